import { getVariableValues, Kind, parse, validate, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildQorgauSchema } from '../schema';
import { costVariablesKey, operationCost } from './query-cost';

const schema = buildQorgauSchema();
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

const DOCUMENT = parse(`
  query Page($id: ID!, $first: Int = 10, $ids: [ID!]!, $regions: [ID!]) {
    event(id: $id) { title recommendations(first: $first) { nodes { text } } }
    nodes(ids: $ids) { id }
    ...Feed
  }
  fragment Feed on Query { events(first: 5, filter: { regions: $regions }) { nodes { title } } }
`);
const operation = DOCUMENT.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
const fragments = Object.fromEntries(
  DOCUMENT.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
);

function costAndKey(raw: Record<string, unknown>): { cost: number; key: string } {
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], raw);
  if (errors) throw errors[0];
  return { cost: operationCost(schema, operation, fragments, coerced), key: costVariablesKey(operation, fragments, coerced) };
}

describe('the cost key of an operation', () => {
  const base = { id: globalId('Event', 1), ids: [globalId('Event', 2), globalId('Organization', 3)] };

  it('is read from a valid document', () => {
    expect(validate(schema, DOCUMENT)).toEqual([]);
  });

  it('is the same for other ids (whose cost is the same), so the operation is not walked again', () => {
    const one = costAndKey(base);
    const other = costAndKey({ ...base, id: globalId('Event', 99), ids: [globalId('Event', 7), globalId('Event', 8)] });
    expect(other).toEqual(one);
  });

  it('changes with a page size given as a variable (defaults applied) and with the length of a list, as the cost does', () => {
    const byDefault = costAndKey(base);
    const larger = costAndKey({ ...base, first: 50 });
    const moreIds = costAndKey({ ...base, ids: [...base.ids, globalId('Event', 4)] });
    expect(costAndKey({ ...base, first: 10 })).toEqual(byDefault);
    for (const changed of [larger, moreIds]) {
      expect(changed.key).not.toBe(byDefault.key);
      expect(changed.cost).toBeGreaterThan(byDefault.cost);
    }
  });

  it('leaves out lists inside input objects, which the cost does not count either', () => {
    const without = costAndKey(base);
    const withRegions = costAndKey({ ...base, regions: [globalId('Region', 1), globalId('Region', 2)] });
    expect(withRegions).toEqual(without);
  });
});
