import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { buildQorgauSchema } from '../src/schema';
import { startTestServer, type TestServer } from './harness';

const source = fs.readFileSync(path.resolve(__dirname, '../examples.graphql'), 'utf8');
const document = parse(source);
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
const queries = operations.filter((op) => op.operation === 'query');
const mutations = operations.filter((op) => op.operation === 'mutation');

async function run(operationName: string, headers: Record<string, string> = {}) {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: source, operationName }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ extensions?: { code?: string } }> };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe("examples.graphql (the IDE's example tabs)", () => {
  it('is valid against the schema', () => {
    expect(validate(buildQorgauSchema(), document)).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(6);
  });

  it.each(queries.map((op) => [op.name?.value ?? '']))('%s runs without errors and returns data', async (operationName) => {
    const body = await run(operationName);
    expect(body.errors).toBeUndefined();
    const values = Object.values(body.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toBeNull();
  });

  it.each(mutations.map((op) => [op.name?.value ?? '']))('%s is refused without a key and writes with one', async (operationName) => {
    expect((await run(operationName)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { key } = await server.key(
      'EDITOR',
      (await server.sql(`SELECT id::text AS id FROM organizations WHERE slug = 'general-prosecutors-office'`))[0].id,
    );
    const body = await run(operationName, { authorization: `Bearer ${key}` });
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {})).toEqual([expect.objectContaining({ userErrors: [] })]);
  });
});
