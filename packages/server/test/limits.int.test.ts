import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { declaredMaxItems, MAX_QUERY_COST, operationCost, rootFieldCount } from '../src/limits/query-cost';
import { MAX_MUTATIONS_PER_REQUEST } from '../src/limits/limits.plugin';
import { buildQorgauSchema } from '../src/schema';
import { dataOf, startTestServer, type TestServer } from './harness';

function costOf(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
  );
  return operationCost(buildQorgauSchema(), operation, fragments, variables);
}

describe('query cost', () => {
  it('counts the records a request could fetch: page sizes multiplied, plain lists at their bound, records and counts at 1', () => {
    expect(costOf('{ event(slug: "x") { title } }')).toBe(1);
    expect(costOf('{ event(slug: "x") { title participants { role } } }')).toBe(1 + 200);
    expect(costOf('{ events { nodes { title } } }')).toBe(20);
    expect(costOf('{ events(first: 100) { nodes { recommendations(first: 10) { totalCount } } } }')).toBe(100 + 100 * 10 + 100);
    expect(costOf('query($n: Int) { organizations(last: $n) { nodes { events(first: 5) { nodes { title } } } } }', { n: 7 })).toBe(
      7 + 7 * 5,
    );
    expect(costOf('{ ...F } fragment F on Query { officials(first: 3) { nodes { events(first: 2) { totalCount } } } }')).toBe(
      3 + 3 * 2 + 3,
    );
    expect(costOf('{ nodes(ids: ["a", "b"]) { ... on Organization { events(first: 10) { totalCount } } } }')).toBe(2 + 2 * 10 + 2);
    expect(costOf('{ events(first: 2) { totalCount edges { node { region { name } } } } }')).toBe(2 + 1 + 2);
  });

  it('grows with every level of a cycle through plain lists', () => {
    const level = (depth: number): string => (depth === 0 ? 'name' : `name children { parent { ${level(depth - 1)} } }`);
    const costs = [1, 2, 3].map((depth) => costOf(`{ region(slug: "kazakhstan") { ${level(depth)} } }`));
    expect(costs[0]).toBe(1 + 50 + 50);
    expect(costs[1]).toBe(1 + 50 + 50 + 50 * 50 + 50 * 50);
    expect(costs[2]).toBe(1 + 50 + 50 + 50 * 50 + 50 * 50 + 50 ** 3 + 50 ** 3);
    expect(costs[2]).toBeGreaterThan(MAX_QUERY_COST);
  });

  it('counts every alias and every item of a list argument', () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: event(slug: "x") { title }`).join(' ');
    expect(costOf(`{ ${aliases} }`)).toBe(10);
    expect(
      costOf('query($types: [SearchType!]) { search(query: "x", types: $types, first: 5) { totalCount } }', {
        types: ['EVENT', 'EVENT', 'REGION'],
      }),
    ).toBe(3 + 5 + 1);
  });

  it('walks each fragment once, however often it is spread (a chain spreading each link twice)', () => {
    const links = 40;
    const chain = Array.from({ length: links }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    // Walking every spread would take 2^40 steps (the test would never end); each spread counts, so
    // the figure says what the document asks for, and it is refused.
    expect(costOf(`{ ...F0 } ${chain} fragment F${links} on Query { events(first: 3) { totalCount } }`)).toBe(2 ** links * (3 + 1));
    const document = parse(
      `mutation { ...F0 } ${chain.replace(/on Query/g, 'on Mutation')} fragment F${links} on Mutation { deleteSource(input: { id: "x", version: 1 }) { userErrors { code } } }`,
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
    );
    expect(rootFieldCount(operation.selectionSet, fragments)).toBe(2 ** links);
  });

  it('charges introspection: the whole schema 50,000, a type 50', () => {
    expect(costOf('{ __schema { types { name } } }')).toBe(50_000);
    expect(costOf('{ __type(name: "Event") { fields { name } } __typename }')).toBe(50);
  });

  it('declares a bound on every plain list of objects (else it would cost 1 whatever it holds)', () => {
    const schema = buildQorgauSchema();
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        const listed = getNullableType(field.type);
        if (!isListType(listed) || !isCompositeType(getNamedType(field.type))) continue;
        if (field.name === 'nodes' && type.name === 'Query') continue;
        if (declaredMaxItems(field) === undefined) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe('the limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses a request that could return too many nodes, before running it', async () => {
    const query = `{ events(first: 100) { nodes { recommendations(first: 100) { nodes { event { recommendations(first: 100) { totalCount } } } } } } }`;
    expect(costOf(query)).toBeGreaterThan(MAX_QUERY_COST);
    const response = await server.gql(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 100 + 100 * 100 + 100 * 100 + 100 * 100 * 100 + 100 * 100,
      maximum: MAX_QUERY_COST,
    });
    expect(response.sqlStatements).toBe(0);
  });

  it('counts variables as the operation runs with them, defaults included', async () => {
    const nested = (first: string) =>
      `organizations(first: ${first}) { nodes { officials(first: ${first}) { nodes { events(first: ${first}) { nodes { slug } } } } } }`;
    const literal = await server.gql(`{ ${nested('100')} }`);
    const byDefault = await server.gql(`query($n: Int = 100) { ${nested('$n')} }`);
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect(byDefault.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: literal.errors?.[0]?.extensions?.cost });
    expect(byDefault.sqlStatements).toBe(0);
  });

  it('serves a large request within the limit', async () => {
    const data = dataOf(await server.gql(`{ events(first: 100) { nodes { recommendations(first: 100) { totalCount } } } }`));
    expect(Array.isArray(data.events.nodes)).toBe(true);
  });
  it('refuses a request running more mutations than the limit, aliases and fragments counted, writing nothing', async () => {
    const admin = await server.key('ADMIN');
    const mutation = (i: number) =>
      `m${i}: createSource(input: { slug: "cap-test-${i}", title: { en: "Cap ${i}" }, language: EN, kind: REPORT }) { userErrors { code } }`;
    const fields = Array.from({ length: MAX_MUTATIONS_PER_REQUEST + 1 }, (_, i) => mutation(i));
    const document = `mutation { ${fields.slice(0, 10).join(' ')} ...More } fragment More on Mutation { ${fields.slice(10).join(' ')} }`;
    const response = await server.as(admin.key, document);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      mutations: MAX_MUTATIONS_PER_REQUEST + 1,
      maximum: MAX_MUTATIONS_PER_REQUEST,
    });
    expect(await server.sql(`SELECT count(*)::int AS n FROM sources WHERE slug LIKE 'cap-test-%'`)).toEqual([{ n: 0 }]);

    const withinLimit = `mutation { ${fields.slice(0, MAX_MUTATIONS_PER_REQUEST).join(' ')} }`;
    const accepted = await server.as(admin.key, withinLimit);
    expect(accepted.errors).toBeUndefined();
    expect(await server.sql(`SELECT count(*)::int AS n FROM sources WHERE slug LIKE 'cap-test-%'`)).toEqual([
      { n: MAX_MUTATIONS_PER_REQUEST },
    ]);
  });
});
