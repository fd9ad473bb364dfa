import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type OperationDefinitionNode } from 'graphql';
import { buildQorgauSchema } from '../src/schema';
import { startTestServer, type TestServer } from './harness';

const source = fs.readFileSync(path.resolve(__dirname, '../examples.graphql'), 'utf8');
const document = parse(source);
const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');

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

  it.each(operations.map((op) => [op.name?.value ?? '']))('%s runs without errors and returns data', async (operationName) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, operationName }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    const values = Object.values(body.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) expect(value).not.toBeNull();
  });
});
