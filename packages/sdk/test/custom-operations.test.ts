import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverUrl } from './server';

// The documented path for an app's own queries: it writes them with `graphql()` from GraphQL Code
// Generator's client preset, generates their types against @qorgau/schema/schema.graphql, and runs
// them with the SDK's `request` and `pages`, typed end to end. Here in a project of its own that
// depends on the built packages: codegen, then tsc (which must also refuse wrong fields and
// variables), then the compiled app against the running server.
const SDK = path.resolve(__dirname, '..');
const SCHEMA = path.resolve(SDK, '../schema');
const CONSUMER = path.join(__dirname, 'custom-consumer');
const TSC = path.join(SDK, 'node_modules/typescript/bin/tsc');
const CODEGEN = path.join(SDK, 'node_modules/@graphql-codegen/cli/cjs/bin.js');

function link(dir: string, name: string, target: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, 'node_modules', name)), { recursive: true });
  fs.symlinkSync(target, path.join(dir, 'node_modules', name), 'dir');
}

let dir: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(SDK, 'dist/esm/index.d.ts'))) throw new Error('The SDK is not built: run `pnpm build` first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-custom-'));
  for (const file of ['queries.ts', 'use.ts', 'codegen.json']) fs.copyFileSync(path.join(CONSUMER, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'custom-consumer', private: true, type: 'commonjs' }));
  link(dir, '@qorgau/sdk', SDK);
  link(dir, '@qorgau/schema', SCHEMA);
  // What the app installs to generate: the client preset and its peers.
  link(dir, '@graphql-codegen', fs.realpathSync(path.join(SDK, 'node_modules/@graphql-codegen')));
  link(dir, 'graphql', fs.realpathSync(path.join(SDK, 'node_modules/graphql')));
  link(dir, '@graphql-typed-document-node', fs.realpathSync(path.join(SDK, 'node_modules/@graphql-typed-document-node')));
  link(dir, '@types/node', fs.realpathSync(path.join(SDK, 'node_modules/@types/node')));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'node16',
        moduleResolution: 'node16',
        lib: ['ES2023', 'DOM'],
        types: ['node'],
        skipLibCheck: true,
        outDir: 'out',
      },
      include: ['*.ts', 'gql/*.ts'],
    }),
  );
  execFileSync(process.execPath, [CODEGEN, '--config', 'codegen.json'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function compile(): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe("an app's own typed queries (client preset + request/pages)", () => {
  it('generates typed documents from graphql() calls against the published schema', () => {
    const generated = fs.readFileSync(path.join(dir, 'gql/graphql.ts'), 'utf8');
    expect(generated).toMatch(/export type YearlyEventsQuery = /);
    expect(generated).toMatch(/export type RegionPagesQueryVariables = /);
  });

  it('type-checks the app, refusing a field it did not select and a variable of the wrong type', () => {
    const result = compile();
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('fails to compile when an expected error is not one (the check is not vacuous)', () => {
    const use = path.join(dir, 'use.ts');
    const original = fs.readFileSync(use, 'utf8');
    try {
      fs.writeFileSync(use, original.replace('// @ts-expect-error: the query does not select kind\n', ''));
      const result = compile();
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/Property 'kind' does not exist/);
    } finally {
      fs.writeFileSync(use, original);
    }
  });

  it('runs against the server with the typed results the compiler saw', () => {
    expect(compile().ok).toBe(true);
    const output = execFileSync(process.execPath, [path.join(dir, 'out/use.js')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, QORGAU_URL: serverUrl() },
    });
    const result = JSON.parse(output.trim()) as { count: number; slug: string; start: string; regions: number; totalCount: number };
    expect(result).toEqual({ count: 1, slug: 'astana', start: '2017-01-01', regions: result.totalCount, totalCount: expect.any(Number) });
    expect(result.totalCount).toBeGreaterThan(2);
  });
});
