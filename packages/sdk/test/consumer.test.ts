import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// A separate TypeScript project that depends on the built package (dist/, through its exports map)
// and is compiled with tsc, once as an ES module project (bundler resolution) and once as Node's
// CommonJS (node16 resolution).
const SDK = path.resolve(__dirname, '..');
const TSC = path.join(SDK, 'node_modules/typescript/bin/tsc');

function consumerProject(compilerOptions: Record<string, unknown>, packageType: 'module' | 'commonjs'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-consumer-'));
  fs.mkdirSync(path.join(dir, 'node_modules/@qorgau'), { recursive: true });
  fs.symlinkSync(SDK, path.join(dir, 'node_modules/@qorgau/sdk'), 'dir');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: packageType }));
  fs.copyFileSync(path.join(__dirname, 'consumer/use.ts'), path.join(dir, 'use.ts'));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: 'ES2022',
        lib: ['ES2023', 'DOM'],
        skipLibCheck: true,
        types: [],
        ...compilerOptions,
      },
      files: ['use.ts'],
    }),
  );
  return dir;
}

function compile(dir: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8' }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('a TypeScript app using the built package', () => {
  beforeAll(() => {
    if (!fs.existsSync(path.join(SDK, 'dist/esm/index.d.ts'))) throw new Error('The SDK is not built: run `pnpm build` first');
  });

  it.each([
    ['ES modules, bundler resolution', { module: 'esnext', moduleResolution: 'bundler' }, 'module'],
    ['CommonJS, node16 resolution', { module: 'node16', moduleResolution: 'node16' }, 'commonjs'],
    ['ES modules, node16 resolution', { module: 'node16', moduleResolution: 'node16' }, 'module'],
  ] as const)('type-checks correct use and rejects wrong fields and variables (%s)', (_name, options, packageType) => {
    const dir = consumerProject(options, packageType);
    try {
      const result = compile(dir);
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails to compile when an expected error is not one (the check is not vacuous)', () => {
    const dir = consumerProject({ module: 'esnext', moduleResolution: 'bundler' }, 'module');
    try {
      const use = path.join(dir, 'use.ts');
      // Remove the directive before the misspelled field: tsc must now report it.
      fs.writeFileSync(
        use,
        fs.readFileSync(use, 'utf8').replace('// @ts-expect-error: a misspelled field does not exist on the result\n', ''),
      );
      const result = compile(dir);
      expect(result.ok).toBe(false);
      expect(result.output).toMatch(/Property 'titel' does not exist/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads at run time from both module systems', () => {
    const dir = consumerProject({}, 'commonjs');
    try {
      const cjs = execFileSync(
        process.execPath,
        ['-e', "const sdk = require('@qorgau/sdk'); console.log(typeof sdk.createClient, typeof sdk.QorgauGraphQLError)"],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(cjs.trim()).toBe('function function');
      const esm = execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { createClient, operations } from '@qorgau/sdk'; console.log(typeof createClient, Object.keys(operations).length)",
        ],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(esm.trim()).toMatch(/^function \d+$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
