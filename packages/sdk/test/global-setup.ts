import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

declare global {
  var __qorgauSdkTeardown: (() => Promise<void>) | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Events added for pagination tests, in their own region: 30, on distinct days. */
export const FIXTURE_EVENT_COUNT = 30;

/**
 * The SDK is tested against the real server: the built packages/server/dist/main.js, started as
 * `pnpm start` starts it (embedded PostgreSQL, migrations, seed) in a temporary data folder.
 */
export default async function globalSetup(): Promise<void> {
  const main = path.resolve(__dirname, '../../server/dist/main.js');
  if (!fs.existsSync(main)) throw new Error('packages/server is not built: run `pnpm build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-sdk-'));
  fs.chmodSync(dataDir, 0o755);
  const port = await freePort();
  const postgresPort = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      LOG_LEVEL: 'warn',
      // The SDK's tests send hundreds of requests from one address in a minute.
      RATE_LIMIT_IP_COST_PER_MINUTE: '0',
      RATE_LIMIT_KEY_COST_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) break;
    } catch {
      // not yet listening
    }
    if (Date.now() > deadline) throw new Error(`server not ready: ${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // API keys for the tests of mutations, made as an operator makes them: with the server's command
  // line (`pnpm qorgau keys create`), which uses the running server's PostgreSQL.
  const cli = path.resolve(__dirname, '../../server/dist/cli.js');
  const key = (...args: string[]): string => {
    const output = execFileSync(process.execPath, [cli, 'keys', 'create', ...args, '--json'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(postgresPort), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    });
    return (JSON.parse(output) as { key: string }).key;
  };
  process.env.QORGAU_SDK_TEST_ADMIN_KEY = key('--role', 'ADMIN', '--name', 'sdk tests');
  process.env.QORGAU_SDK_TEST_EDITOR_KEY = key(
    '--role',
    'EDITOR',
    '--organization',
    'general-prosecutors-office',
    '--name',
    'sdk tests (GPO)',
  );

  // Fixture rows for pagination, written straight into the server's database (quicker than 30
  // mutations, and these tests are about reading): a region with 30 events.
  const db = new Client({ connectionString: `postgres://qorgau:qorgau@127.0.0.1:${postgresPort}/qorgau` });
  await db.connect();
  const region = await db.query<{ id: string }>(
    `INSERT INTO regions (slug, name, kind) VALUES ('sdk-fixture-region', '{"en":"SDK fixture region"}', 'REGION') RETURNING id::text`,
  );
  for (let i = 0; i < FIXTURE_EVENT_COUNT; i += 1) {
    await db.query(`INSERT INTO events (slug, title, kind, status, starts_on, region_id) VALUES ($1, $2, 'TRAINING', 'HELD', $3, $4)`, [
      `sdk-fixture-${i}`,
      JSON.stringify({ en: `SDK fixture training ${i}` }),
      `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      region.rows[0]!.id,
    ]);
  }
  await db.end();

  process.env.QORGAU_SDK_TEST_URL = url;
  globalThis.__qorgauSdkTeardown = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
