import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selection';

// A tiny schema whose resolver records what selectsField says about its own selection.
const schema = buildSchema('type Query { list: List } type List { totalCount: Int nodes: [Int] }');

function check(query: string): boolean {
  let seen: boolean | undefined;
  void execute({
    schema,
    document: parse(query),
    rootValue: {
      list: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => (
        (seen = selectsField(info, 'totalCount')),
        { totalCount: 1, nodes: [] }
      ),
    },
  });
  if (seen === undefined) throw new Error('resolver did not run');
  return seen;
}

describe('selectsField', () => {
  it('finds a field selected directly, in an inline fragment or in a named fragment', () => {
    expect(check('{ list { totalCount } }')).toBe(true);
    expect(check('{ list { ... on List { totalCount } } }')).toBe(true);
    expect(check('{ list { ...F } } fragment F on List { nodes totalCount }')).toBe(true);
  });

  it('says no when the field is not selected, even under an alias of another field', () => {
    expect(check('{ list { nodes } }')).toBe(false);
    expect(check('{ list { totalCount: nodes } }')).toBe(false);
  });
});
