// pnpm bench [--quick] [--explain]: builds the "national" data set in its own database, serves it with the API
// (production mode) and with the hand-written SQL baseline, checks that both return the same data,
// loads each query from a separate process, and prints one table (also bench/results/latest.json).
import { fork, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { DATASET_STEPS } from './dataset.mjs';
import { buildQueries } from './queries.mjs';
import { explainQueries } from './explain.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const require = createRequire(import.meta.url);
const serverDist = path.join(root, 'packages/server/dist');

// The bench's settings: its own flags and environment, read here once.
const quick = process.argv.includes('--quick');
const settings = {
  databaseServerUrl: process.env.BENCH_DATABASE_URL, // a PostgreSQL server to create the bench database on; else embedded
  connections: Number(process.env.BENCH_CONNECTIONS ?? 20),
  seconds: quick ? 3 : 10,
  warmupSeconds: quick ? 1 : 3,
  poolSize: 10,
  databaseName: 'qorgau_bench',
};

const log = (message) => process.stderr.write(`${message}\n`);

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

async function waitFor(check, what, child) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not become ready`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function openDatabaseServer() {
  if (settings.databaseServerUrl)
    return { url: (db) => Object.assign(new URL(settings.databaseServerUrl), { pathname: `/${db}` }).toString(), stop: async () => {} };
  const { startEmbeddedPostgres } = require(path.join(serverDist, 'db/embedded-postgres.js'));
  const { createLogger } = require(path.join(serverDist, 'logger.js'));
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(root, '.data/bench-postgres'),
    port: await freePort(),
    logger: createLogger({ logLevel: 'warn' }),
  });
  return { url: embedded.url, stop: () => embedded.stop() };
}

async function buildDataset(databaseServer) {
  const { createDatabaseSql } = require(path.join(serverDist, 'db/embedded-postgres.js'));
  const admin = new pg.Client({ connectionString: databaseServer.url('postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${settings.databaseName} WITH (FORCE)`);
  await admin.query(createDatabaseSql(settings.databaseName));
  await admin.end();
  const url = databaseServer.url(settings.databaseName);

  const { createDataSource } = require(path.join(serverDist, 'db/data-source.js'));
  const { createLogger } = require(path.join(serverDist, 'logger.js'));
  const dataSource = createDataSource({ url, poolSize: 1, logger: createLogger({ logLevel: 'warn' }) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  for (const [step, sql] of DATASET_STEPS) {
    const stepStarted = Date.now();
    await client.query(sql);
    log(`  data set: ${step} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  const seconds = (Date.now() - started) / 1000;
  await client.end();
  return { url, seconds };
}

function runLoad(url, bodies, headers = {}) {
  return new Promise((resolve, reject) => {
    const task = JSON.stringify({
      url,
      bodies,
      headers,
      connections: settings.connections,
      seconds: settings.seconds,
      warmupSeconds: settings.warmupSeconds,
    });
    const child = spawn(process.execPath, [path.join(here, 'load.mjs'), task], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`load process exited with ${code}`))));
  });
}

function runWriters(task) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-w1-')), 'task.json');
  fs.writeFileSync(file, JSON.stringify(task));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, 'writers.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
      if (code === 0) resolve(JSON.parse(out));
      else reject(new Error(`writers exited with ${code}`));
    });
  });
}

/**
 * W1: EDITOR keys of the five organizations responsible for the most recommendations, two writers
 * each (racing on the same recommendations), while readers run Q1; then the audit log is checked
 * against the writes the API acknowledged.
 */
async function runW1(datasetUrl, apiUrl, q1Bodies) {
  const client = new pg.Client({ connectionString: datasetUrl });
  await client.connect();
  const gid = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
  try {
    const owners = (
      await client.query(
        `SELECT organization_id::text AS id FROM recommendation_responsible_organizations GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 5`,
      )
    ).rows.map((row) => row.id);
    const officials = (await client.query(`SELECT id::text AS id FROM officials ORDER BY id LIMIT 50`)).rows.map((row) =>
      gid('Official', row.id),
    );
    const others = (
      await client.query(`SELECT id::text AS id FROM organizations WHERE id <> ALL($1::bigint[]) ORDER BY id LIMIT 20`, [owners])
    ).rows.map((row) => gid('Organization', row.id));
    const district = (await client.query(`SELECT id::text AS id FROM regions WHERE kind = 'DISTRICT' ORDER BY id LIMIT 1`)).rows[0].id;

    const { createDataSource } = require(path.join(serverDist, 'db/data-source.js'));
    const { createLogger } = require(path.join(serverDist, 'logger.js'));
    const { requestDb } = require(path.join(serverDist, 'sql/db.js'));
    const { createApiKey } = require(path.join(serverDist, 'auth/keys.js'));
    const dataSource = createDataSource({ url: datasetUrl, poolSize: 1, logger: createLogger({ logLevel: 'warn' }) });
    await dataSource.initialize();
    const writers = [];
    try {
      const db = requestDb(dataSource);
      const scope = { actor: { keyId: null, name: 'cli:bench', organizationId: null }, operation: 'keys create', requestId: null };
      for (const owner of owners) {
        const recommendations = (
          await client.query(
            `SELECT recommendation_id::text AS id FROM recommendation_responsible_organizations WHERE organization_id = $1 ORDER BY recommendation_id LIMIT 40`,
            [owner],
          )
        ).rows.map((row) => gid('Recommendation', row.id));
        for (let pair = 0; pair < 2; pair += 1) {
          const { key } = await db.transaction('bench key', (tx) =>
            createApiKey(
              tx,
              scope,
              { name: `W1 writer ${owner}-${pair}`, role: 'EDITOR', organizationId: owner },
              { name: ['name'], organization: ['organization'] },
            ),
          );
          writers.push({
            key,
            organization: gid('Organization', owner),
            recommendations,
            coOrganizers: others,
            officials,
            district: gid('Region', district),
          });
        }
      }
    } finally {
      await dataSource.destroy();
    }

    log(`W1 (writes): ${writers.length} writers while readers run Q1…`);
    const [writes, reads] = await Promise.all([
      runWriters({ url: apiUrl, writers, seconds: settings.seconds, warmupSeconds: settings.warmupSeconds }),
      runLoad(apiUrl, q1Bodies),
    ]);
    const audited = Object.fromEntries(
      (
        await client.query(
          `SELECT operation, count(*)::int AS count FROM audit_log
           WHERE (operation, record_type) IN (('createEvent', 'Event'), ('updateRecommendationStatus', 'Recommendation')) GROUP BY operation`,
        )
      ).rows.map((row) => [row.operation, row.count]),
    );
    const auditMatches =
      (audited.createEvent ?? 0) === writes.acknowledged.createEvent &&
      (audited.updateRecommendationStatus ?? 0) === writes.acknowledged.updateRecommendationStatus;
    return { writes, reads: { rps: reads.rps, p50Ms: reads.p50Ms, p99Ms: reads.p99Ms }, audited, auditMatches };
  } finally {
    await client.end();
  }
}

function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

// Ranks are float4 in both; JSON renders them with different digits.
/** The answer's data as compared with the baseline's: ranks rounded, and the API's `extensions` (its cost) left out. */
function normalize(value) {
  const { extensions: _extensions, ...answer } = value;
  return JSON.parse(JSON.stringify(answer), (key, v) => (key === 'rank' && typeof v === 'number' ? Math.round(v * 1e5) / 1e5 : v));
}

/**
 * How long the server takes to refuse each request of the hostile-input corpus (the test suite
 * checks that each is refused with its code before any SQL; here it is timed, on the national data set).
 */
async function timeRefusals(apiUrl) {
  const { HOSTILE_CASES } = createRequire(import.meta.url)('../packages/server/test/hostile-cases.cjs');
  log(`hostile requests: ${HOSTILE_CASES.length} kinds, 5 times each…`);
  const results = [];
  for (const hostile of HOSTILE_CASES) {
    const times = [];
    let status = 0;
    let code = '';
    for (let i = 0; i < 5; i += 1) {
      const started = performance.now();
      const response = await fetch(`${apiUrl}${hostile.request.path ?? ''}`, {
        method: hostile.request.method,
        headers: hostile.request.headers,
        body: hostile.request.body,
      });
      const body = await response.json();
      times.push(performance.now() - started);
      status = response.status;
      code = body.errors?.[0]?.extensions?.code ?? 'none';
    }
    times.sort((a, b) => a - b);
    results.push({
      name: hostile.name,
      status,
      code,
      medianMs: Math.round(times[2] * 10) / 10,
      asExpected: status === hostile.status && code === hostile.code,
    });
  }
  return results;
}

async function main() {
  const startedAt = Date.now();
  log(
    `pnpm bench${quick ? ' --quick' : ''}: ${settings.connections} connections, ${settings.warmupSeconds} s warm-up + ${settings.seconds} s per query`,
  );
  const databaseServer = await openDatabaseServer();
  const children = [];
  try {
    log('building the national data set…');
    const dataset = await buildDataset(databaseServer);
    log(`data set built in ${dataset.seconds.toFixed(1)} s`);
    if (process.argv.includes('--dataset-only')) return;

    const apiPort = await freePort();
    const api = spawn(process.execPath, [path.join(serverDist, 'main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(apiPort),
        DATABASE_URL: dataset.url,
        DATABASE_POOL_SIZE: String(settings.poolSize),
        MIGRATE_ON_START: 'false',
        SEED_ON_START: 'false',
        EXPOSE_SQL_STATS: 'true',
        LOG_LEVEL: 'info',
        // The load comes from one address: budgets too large to refuse anything, so that what the
        // rate limiter costs per request is still measured.
        RATE_LIMIT_IP_COST_PER_MINUTE: '1000000000',
        RATE_LIMIT_KEY_COST_PER_MINUTE: '1000000000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}/graphql`;
    await waitFor(async () => (await fetch(`http://127.0.0.1:${apiPort}/readyz`)).ok, 'the API', api);

    const baselinePort = await freePort();
    const baseline = fork(path.join(here, 'baseline.mjs'), [String(baselinePort), dataset.url, String(settings.poolSize)], {
      stdio: 'inherit',
    });
    children.push(baseline);
    await new Promise((resolve) => baseline.once('message', resolve));
    const baselineUrl = `http://127.0.0.1:${baselinePort}/`;

    const queries = buildQueries();
    if (process.argv.includes('--explain')) await explainQueries({ serverDist, databaseUrl: dataset.url, queries, log });
    const rows = [];
    for (const query of queries) {
      const apiBodies = query.variables.map((variables) => JSON.stringify({ query: query.graphql, variables }));
      const baselineBodies = query.params.map((params) => JSON.stringify({ name: query.name, params }));

      // Same data from both for every request of the list, and the SQL statements the API spends
      // per request. Asking each one of both also warms PostgreSQL's buffers for both alike: the
      // first to touch a page would otherwise pay for reading it (the API, which runs first).
      let sqlPerRequest = 0;
      for (let i = 0; i < apiBodies.length; i += 1) {
        const apiResponse = await fetch(apiUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: apiBodies[i] });
        const apiBody = await apiResponse.json();
        sqlPerRequest = Math.max(sqlPerRequest, Number(apiResponse.headers.get('x-sql-statements')));
        const baselineBody = await (await fetch(baselineUrl, { method: 'POST', body: baselineBodies[i] })).json();
        if (apiBody.errors || !isDeepStrictEqual(normalize(apiBody), normalize(baselineBody))) {
          log(`${query.name}: the API and the baseline disagree for ${JSON.stringify(query.variables[i])}`);
          log(`API:      ${JSON.stringify(apiBody).slice(0, 2000)}`);
          log(`baseline: ${JSON.stringify(baselineBody).slice(0, 2000)}`);
          process.exitCode = 1;
          return;
        }
      }

      log(`${query.name} (${query.title}): API…`);
      let peakRss = rssMb(api.pid);
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(api.pid))), 250);
      const apiResult = await runLoad(apiUrl, apiBodies);
      clearInterval(sampler);
      log(`${query.name} (${query.title}): baseline…`);
      const baselineResult = await runLoad(baselineUrl, baselineBodies);
      for (const [who, r] of [
        ['API', apiResult],
        ['baseline', baselineResult],
      ]) {
        if (r.errors || r.non2xx) log(`  warning: ${who} had ${r.errors} errors and ${r.non2xx} non-2xx responses`);
      }
      rows.push({
        name: query.name,
        title: query.title,
        api: { rps: apiResult.rps, p50Ms: apiResult.p50Ms, p99Ms: apiResult.p99Ms, sqlPerRequest, rssMb: Math.round(peakRss) },
        baseline: { rps: baselineResult.rps, p50Ms: baselineResult.p50Ms, p99Ms: baselineResult.p99Ms },
        ratio: Math.round((apiResult.rps / baselineResult.rps) * 100) / 100,
      });
    }

    const q1Bodies = queries[0].variables.map((variables) => JSON.stringify({ query: queries[0].graphql, variables }));
    const w1 = process.argv.includes('--no-writes') ? null : await runW1(dataset.url, apiUrl, q1Bodies);

    const refusals = await timeRefusals(apiUrl);

    const header = ['query', 'API req/s', 'p50 ms', 'p99 ms', 'SQL/req', 'RSS MB', 'baseline req/s', 'p50 ms', 'p99 ms', 'ratio'];
    const table = [
      header,
      ...rows.map((r) =>
        [
          `${r.name} ${r.title}`,
          r.api.rps.toFixed(0),
          r.api.p50Ms,
          r.api.p99Ms,
          r.api.sqlPerRequest,
          r.api.rssMb,
          r.baseline.rps.toFixed(0),
          r.baseline.p50Ms,
          r.baseline.p99Ms,
          r.ratio.toFixed(2),
        ].map(String),
      ),
    ];
    const widths = header.map((_, c) => Math.max(...table.map((row) => row[c].length)));
    const lines = table.map(
      (row) => `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`,
    );
    lines.splice(1, 0, `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
    process.stdout.write(`\n${lines.join('\n')}\n\n`);
    if (w1) {
      const w = w1.writes;
      process.stdout.write(
        [
          '| W1 writes under Q1 load | writes/s | creates | status changes | conflicts | errors | write p50 ms | write p99 ms | Q1 req/s | Q1 p99 ms | audit = acknowledged |',
          '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|',
          `| ${w.writers} writers | ${w.writesPerSecond} | ${w.creates} | ${w.statusChanges} | ${w.conflicts} | ${w.errors} | ${w.p50Ms} | ${w.p99Ms} | ${w1.reads.rps.toFixed(0)} | ${w1.reads.p99Ms} | ${w1.auditMatches ? 'yes' : 'NO'} (${w1.audited.createEvent ?? 0} + ${w1.audited.updateRecommendationStatus ?? 0}) |`,
        ].join('\n') + '\n\n',
      );
      if (!w1.auditMatches) process.exitCode = 1;
    }
    process.stdout.write(
      [
        '| hostile request (test/hostile-cases.cjs) | status | code | refused in ms (median of 5) |',
        '|---|--:|---|--:|',
        ...refusals.map((r) => `| ${r.name} | ${r.status} | ${r.code} | ${r.medianMs} |`),
      ].join('\n') + '\n\n',
    );
    if (refusals.some((r) => !r.asExpected)) {
      log('a hostile request was not refused as test/hostile-cases.cjs expects');
      process.exitCode = 1;
    }
    const summary = {
      quick,
      connections: settings.connections,
      seconds: settings.seconds,
      datasetSeconds: Math.round(dataset.seconds * 10) / 10,
      totalSeconds: Math.round((Date.now() - startedAt) / 1000),
      queries: rows,
      w1,
      refusals,
    };
    fs.mkdirSync(path.join(here, 'results'), { recursive: true });
    fs.writeFileSync(path.join(here, 'results/latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
    log(`written bench/results/latest.json (data set ${summary.datasetSeconds} s, whole run ${summary.totalSeconds} s)`);
  } finally {
    for (const child of children) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
    await databaseServer.stop();
  }
}

main().catch((error) => {
  log(`bench failed: ${error?.stack ?? error}`);
  process.exit(1);
});
