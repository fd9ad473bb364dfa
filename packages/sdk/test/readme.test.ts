import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { apiKeys, serverUrl } from './server';

// Every ```ts example of the README is type-checked against the built package and run against the
// test server (its URL replacing localhost:4000).
const SDK = path.resolve(__dirname, '..');
const README = fs.readFileSync(path.join(SDK, 'README.md'), 'utf8');
const EXAMPLES = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('README examples', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-readme-'));
    fs.mkdirSync(path.join(dir, 'node_modules/@qorgau'), { recursive: true });
    fs.symlinkSync(SDK, path.join(dir, 'node_modules/@qorgau/sdk'), 'dir');
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('states the bundle size that the build measured', () => {
    const size = JSON.parse(fs.readFileSync(path.join(SDK, 'dist/size.json'), 'utf8')) as { minifiedBytes: number; gzippedBytes: number };
    const stated = `${(size.minifiedBytes / 1024).toFixed(1)} KiB minified, ${(size.gzippedBytes / 1024).toFixed(1)} KiB gzipped`;
    expect(README).toContain(stated);
  });

  it('has examples', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(4);
  });

  it('type-check against the built package', () => {
    EXAMPLES.forEach((code, index) => fs.writeFileSync(path.join(dir, `example${index}.ts`), `${code}\nexport {};\n`));
    fs.writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: 'ES2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          typeRoots: [path.join(SDK, 'node_modules/@types')],
          skipLibCheck: true,
        },
        include: ['example*.ts'],
      }),
    );
    let output: string;
    try {
      output = execFileSync(process.execPath, [path.join(SDK, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    expect(output).toBe('');
  });

  it.each(EXAMPLES.map((code, index) => [index, code]))('example %i runs against the server', async (index, code) => {
    const source = (code as string).replaceAll('http://localhost:4000/graphql', serverUrl());
    const { code: js } = await esbuild.transform(source, { loader: 'ts', format: 'esm', target: 'es2022' });
    const file = path.join(dir, `run${index}.mjs`);
    fs.writeFileSync(file, js);
    const output = execFileSync(process.execPath, [file], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', QORGAU_API_KEY: apiKeys().editor },
    });
    expect(output.length).toBeGreaterThan(0);
    if (String(code).includes("'not-a-cursor'")) expect(output).toContain('BAD_USER_INPUT');
    if (String(code).includes('pilotDashboard')) expect(output).toContain('EVENTS_HELD MORE_THAN 3000');
    if (String(code).includes('RegionDocument')) expect(output).toContain('2018-06-19');
    if (String(code).includes('isUserErrorsOf')) expect(output).toContain('conflict: now at version 2 Round table on shelters');
    if (String(code).includes("kind: 'TRAINING'")) expect(output).toMatch(/^training-for-district-police(-\d+)? 1 HELD$/m);
  });
});
