#!/usr/bin/env node
// `pnpm qorgau …` (the repository root's script): compiles the server when its build is missing or
// older than its sources, then runs its command line (src/cli.ts) with the arguments given.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = path.resolve(serverDir, '../schema');
const require = createRequire(path.join(serverDir, 'package.json'));
const tsc = require.resolve('typescript/bin/tsc');

function newest(dir, extension) {
  if (!fs.existsSync(dir)) return -1;
  let time = -1;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(file, extension));
    else if (entry.name.endsWith(extension)) time = Math.max(time, fs.statSync(file).mtimeMs);
  }
  return time;
}

function builtAt(file) {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : -1;
}

function compile(project) {
  const result = spawnSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (newest(path.join(schemaDir, 'dist'), '.js') < newest(path.join(schemaDir, 'src'), '.ts')) {
  compile(path.join(schemaDir, 'tsconfig.json'));
}
// tsc leaves unchanged outputs alone, so the build's time is kept in a stamp (written by `pnpm build` too).
const stamp = path.join(serverDir, 'dist/.build-stamp');
if (builtAt(stamp) < newest(path.join(serverDir, 'src'), '.ts')) {
  process.stderr.write('qorgau: compiling the server first…\n');
  compile(path.join(serverDir, 'tsconfig.build.json'));
  fs.writeFileSync(stamp, '');
}
const cli = path.join(serverDir, 'dist/cli.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
