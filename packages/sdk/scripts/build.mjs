// Builds @qorgau/sdk as ESM (dist/esm) and CommonJS (dist/cjs), each with its declarations, and
// reports the size a browser app pays for the client (minified and gzipped, dependencies included).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });

execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
execFileSync(
  process.execPath,
  [tsc, '-p', 'tsconfig.build.json', '--module', 'commonjs', '--moduleResolution', 'node10', '--outDir', 'dist/cjs'],
  { cwd: root, stdio: 'inherit' },
);
fs.writeFileSync(path.join(root, 'dist/esm/package.json'), '{ "type": "module", "sideEffects": false }\n');
fs.writeFileSync(path.join(root, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');

const bundle = await esbuild.build({
  stdin: { contents: "export { createClient } from './dist/esm/index.js';", resolveDir: root },
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].contents;
const gzip = zlib.gzipSync(code, { level: 9 });
const size = { minifiedBytes: code.length, gzippedBytes: gzip.length };
fs.writeFileSync(path.join(root, 'dist/size.json'), `${JSON.stringify(size)}\n`);
console.log(
  `@qorgau/sdk built: createClient in a browser bundle is ${(size.minifiedBytes / 1024).toFixed(1)} KiB minified, ${(size.gzippedBytes / 1024).toFixed(1)} KiB gzipped`,
);
