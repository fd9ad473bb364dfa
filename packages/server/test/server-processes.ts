import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadTestSettings, parseConfig } from '../src/config/env';
import { openDatabase } from '../src/db/database';
import { createDatabaseSql, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/db/embedded-postgres';
import { createLogger } from '../src/logger';
import { freePort } from './ports';

const MAIN = path.resolve(__dirname, '../dist/main.js');

/** A PostgreSQL of a test's own, which it may stop, restart and freeze without disturbing the others. */
export interface OwnPostgres {
  url: string;
  /** Freezes (SIGSTOP) or thaws (SIGCONT) every process of the cluster, as a hung host would. */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

function childrenOf(parent: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after its ")".
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

export async function startOwnPostgres(): Promise<OwnPostgres> {
  const logger = createLogger({ logLevel: 'warn' });
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-fault-pg-'));
  fs.chmodSync(root, 0o755);
  const dataDir = path.join(root, 'data');
  const port = await freePort();
  let embedded: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir, port, logger });
  await embedded.createDatabase('qorgau');
  const url = embedded.url('qorgau');
  const database = await openDatabase(parseConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'warn' }), logger);
  await database.close();
  const postmasterPid = () =>
    Number.parseInt(fs.readFileSync(path.join(embedded.clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
  return {
    url,
    signal(signal) {
      // PostgreSQL's children each start a session of their own: find them by their parent.
      const postmaster = postmasterPid();
      for (const pid of [postmaster, ...childrenOf(postmaster)]) {
        try {
          process.kill(pid, signal);
        } catch {
          // Gone meanwhile.
        }
      }
    },
    async restart() {
      await embedded.stop();
      embedded = await startEmbeddedPostgres({ dataDir, port, logger });
    },
    async stop() {
      await embedded.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A fresh database on the test run's PostgreSQL server (TEST_DATABASE_URL) or the given one. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(createDatabaseSql(name));
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote (JSON log lines), for assertions and failure reports. */
  output(): string;
  exited: Promise<number | null>;
}

/** `node dist/main.js` with `env` (and a minimal environment), once it answers /readyz. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: loadTestSettings().searchPath, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${output}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 300) throw new Error(`the server did not become ready: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url: `${base}/graphql`, port, child, output: () => output, exited };
}

export async function stopServerProcess(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<{ status: number; headers: Headers; body: any }> {
  // A liveness bound, not a measurement: a request that never ends fails the test instead of hanging it.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
  } finally {
    clearTimeout(timer);
  }
}
