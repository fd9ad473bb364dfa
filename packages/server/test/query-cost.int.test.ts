import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { MAX_MUTATIONS_PER_REQUEST, MAX_QUERY_NODES, operationCost } from '../src/query-cost';
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
  it('counts the nodes connections could return, nested page sizes multiplied', () => {
    expect(costOf('{ event(slug: "x") { title participants { title } } }')).toBe(0);
    expect(costOf('{ events { nodes { title } } }')).toBe(20);
    expect(costOf('{ events(first: 100) { nodes { recommendations(first: 10) { totalCount } } } }')).toBe(100 + 100 * 10);
    expect(costOf('query($n: Int) { organizations(last: $n) { nodes { events(first: 5) { nodes { title } } } } }', { n: 7 })).toBe(
      7 + 7 * 5,
    );
    expect(costOf('{ ...F } fragment F on Query { officials(first: 3) { nodes { events(first: 2) { totalCount } } } }')).toBe(3 + 3 * 2);
    expect(costOf('{ nodes(ids: ["a", "b"]) { ... on Organization { events(first: 10) { totalCount } } } }')).toBe(2 + 2 * 10);
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
    const response = await server.gql(query);
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 100 + 100 * 100 + 100 * 100 * 100,
      maximum: MAX_QUERY_NODES,
    });
    expect(response.sqlStatements).toBe(0);
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
