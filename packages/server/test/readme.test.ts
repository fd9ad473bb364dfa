import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { buildQorgauSchema } from '../src/schema';

// The GraphQL in the README is what a new user copies first: every block must be valid against the
// schema as it is now (the answers shown beside them come from the seeded registry).
const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('README.md', () => {
  const schema = buildQorgauSchema();
  it('holds GraphQL examples', () => {
    expect(blocks.length).toBeGreaterThan(3);
  });
  it.each(blocks.map((block, index) => [index, block]))('block %i is valid against the schema', (_index, block) => {
    expect(validate(schema, parse(block as string)).map((error) => error.message)).toEqual([]);
  });
});
