import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';

// Apps already depend on the API: the schema grows additively, or retires a field through
// @deprecated first. packages/schema/released.graphql is the contract as last released to apps
// (replaced by schema.graphql at each release: `pnpm run release:schema`); the schema of today
// must not break it. graphql-js's own comparison, the one GraphQL Inspector builds on.

const SCHEMA_DIR = path.resolve(__dirname, '../../schema');
const read = (file: string) => buildSchema(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));

describe('the schema against its last release', () => {
  it('breaks nothing that apps of the last release use', () => {
    const changes = findBreakingChanges(read('released.graphql'), read('schema.graphql'));
    expect(changes.map((change) => `${change.type}: ${change.description}`)).toEqual([]);
  });

  it('would catch a field removed, a type narrowed or an argument made required', () => {
    const before = buildSchema(`type Query { a: String, b(x: Int): Int, c: [Int] }`);
    const after = buildSchema(`type Query { a: Int, b(x: Int!): Int }`);
    expect(findBreakingChanges(before, after).map((change) => change.type)).toEqual(
      expect.arrayContaining(['FIELD_REMOVED', 'FIELD_CHANGED_KIND', 'ARG_CHANGED_KIND']),
    );
  });
});
