import { getVariableValues, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Language } from '@qorgau/schema';
import { readModels } from '../read-models';
import { buildQorgauSchema } from '../schema';
import { CompiledSelections, compileOperation, type CompileInput } from './compile';

const schema = buildQorgauSchema();
const models = readModels();
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

/** Operations whose variables sit at the root, in nested arguments, in directives and in fragments. */
const DOCUMENT = parse(`
  query EventDetail($id: ID!) {
    event(id: $id) {
      slug title startsOn
      region { name parent { name } }
      organizers { role organization { slug name shortName } }
      recommendations(first: 5) { totalCount nodes { text status responsibleOrganizations { name } } }
    }
  }
  query Nested($id: ID!, $first: Int, $withSources: Boolean!, $lang: Language) {
    event(id: $id) {
      title(lang: $lang)
      recommendations(first: $first) { totalCount nodes { text } pageInfo { hasNextPage endCursor } }
      sources @include(if: $withSources) { title }
      ...Organizers
    }
  }
  query Feed($region: ID!, $first: Int!) {
    events(first: $first, filter: { region: $region }) { totalCount nodes { slug title region { name } ...Organizers } }
    organizations(first: 2) { nodes { name } }
  }
  fragment Organizers on Event { organizers { role organization { name } } }
`);

const fragments = Object.fromEntries(
  DOCUMENT.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);

function operation(name: string): OperationDefinitionNode {
  return DOCUMENT.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  ) as OperationDefinitionNode;
}

function input(name: string, raw: Record<string, unknown>, lang: Language, compiled?: CompiledSelections): CompileInput {
  const op = operation(name);
  const { coerced, errors } = getVariableValues(schema, op.variableDefinitions ?? [], raw);
  if (errors) throw errors[0];
  return { schema, models, operation: op, fragments, variables: coerced, lang, compiled };
}

const VARIABLE_SETS: Record<string, Array<Record<string, unknown>>> = {
  EventDetail: [1, 2, 997, 40_000].map((id) => ({ id: globalId('Event', id) })),
  Nested: [
    { id: globalId('Event', 1), first: 2, withSources: true },
    { id: globalId('Event', 5), first: 2, withSources: false, lang: 'RU' },
    { id: globalId('Event', 9), first: 0, withSources: true, lang: 'KK' },
    { id: globalId('Event', 9), withSources: true },
  ],
  Feed: [
    { region: globalId('Region', 3), first: 10 },
    { region: globalId('Region', 4), first: 10 },
    { region: globalId('Region', 4), first: 0 },
  ],
};

describe('compiled selections', () => {
  it('give every request the statement a compilation of its own would give, in every language', () => {
    for (const [name, sets] of Object.entries(VARIABLE_SETS)) {
      const compiled = new CompiledSelections();
      // Twice over: the second round takes every selection without variables from the first.
      for (const round of [1, 2])
        for (const lang of ['EN', 'RU', 'KK'] as const)
          for (const variables of sets) {
            const alone = compileOperation(input(name, variables, lang));
            const reused = compileOperation(input(name, variables, lang, compiled));
            expect({ name, round, lang, variables, ...reused }).toEqual({ name, round, lang, variables, ...alone });
          }
    }
  });

  it('make the same text for another id, as the same string, so that its prepared statement is found at once', () => {
    const compiled = new CompiledSelections();
    const first = compileOperation(input('EventDetail', { id: globalId('Event', 1) }, 'EN', compiled));
    const second = compileOperation(input('EventDetail', { id: globalId('Event', 2) }, 'EN', compiled));
    expect(second.sql).toBe(first.sql);
    expect(second.params).not.toEqual(first.params);
    expect(second.params).toContain('2');
  });

  it('compile for new values only what takes variables: the rest comes from the first request', () => {
    const compiled = new CompiledSelections();
    const remember = jest.spyOn(compiled, 'remember');
    compileOperation(input('EventDetail', { id: globalId('Event', 3) }, 'EN', compiled));
    expect(remember).toHaveBeenCalled();
    remember.mockClear();
    compileOperation(input('EventDetail', { id: globalId('Event', 4) }, 'EN', compiled));
    expect(remember).not.toHaveBeenCalled();
    // Texts in another language are other SQL: compiled once for it.
    compileOperation(input('EventDetail', { id: globalId('Event', 4) }, 'RU', compiled));
    expect(remember).toHaveBeenCalled();
  });
});
