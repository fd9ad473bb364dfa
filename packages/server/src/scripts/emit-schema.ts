import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildQorgauSchema } from '../schema';

/** Writes packages/schema/schema.graphql from the server's types (run through `pnpm generate`). */
const target = path.resolve(__dirname, '../../../schema/schema.graphql');
const sdl = `# Emitted by @qorgau/server (pnpm generate). Do not edit: change the server's types instead.\n\n${printSchema(lexicographicSortSchema(buildQorgauSchema()))}\n`;
fs.writeFileSync(target, sdl);
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
