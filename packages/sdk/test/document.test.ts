import { operationDefinitions, operationOf } from '../src/document';

describe('reading the operation of a document', () => {
  it.each([
    ['query Events { events { totalCount } }', 'query', 'Events'],
    ['{ events { totalCount } }', 'query', undefined],
    ['mutation { createEvent(input: {}) { userErrors { code } } }', 'mutation', undefined],
    [
      'fragment F on Event { id } mutation Save($input: UpdateEventInput!) { updateEvent(input: $input) { event { ...F } } }',
      'mutation',
      'Save',
    ],
    ['# a query of events\nmutation Touch { touch }', 'mutation', 'Touch'],
    ['mutation Note { note(text: "query { x }") }', 'mutation', 'Note'],
    ['mutation Doc {\n  note(text: """\n a } block { query """)\n}', 'mutation', 'Doc'],
    ['query Q($f: EventFilter = { kinds: [CONFERENCE] }) @cached { events(filter: $f) { totalCount } }', 'query', 'Q'],
    ['subscription OnChange { changes { totalCount } }', 'subscription', 'OnChange'],
  ])('%s', (text, kind, name) => {
    expect(operationOf(text)).toEqual({ kind, name });
  });

  it('picks the operation by name among several, and gives up without one', () => {
    const text = 'query Read { events { totalCount } } mutation Write { touch }';
    expect(operationDefinitions(text)).toEqual([
      { kind: 'query', name: 'Read' },
      { kind: 'mutation', name: 'Write' },
    ]);
    expect(operationOf(text, 'Write')).toEqual({ kind: 'mutation', name: 'Write' });
    expect(operationOf(text)).toBeNull();
    expect(operationOf('fragment F on Event { id }')).toBeNull();
  });
});
