import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { parseConfig, readHarnessDatabaseUrl } from '../src/config/env';
import { openDatabase } from '../src/db/database';
import { createDataSource } from '../src/db/data-source';
import { createDatabaseSql } from '../src/db/embedded-postgres';
import { createLogger } from '../src/logger';

const BENCH_DIR = path.resolve(__dirname, '../../../bench');

/** One of the bench's queries (bench/queries.mjs) as the API is asked it. */
export interface BenchQuery {
  name: string;
  graphql: string;
  variables: Array<Record<string, unknown>>;
}

interface BenchScript {
  steps: Array<[string, string]>;
  queries: BenchQuery[];
}

/** The bench's data set steps and queries at `scale`, from its own ES modules (run by node, not jest). */
function benchScript(scale: number): BenchScript {
  const script = `
    import { datasetSteps, scaledSizes } from ${JSON.stringify(path.join(BENCH_DIR, 'dataset.mjs'))};
    import { buildQueries } from ${JSON.stringify(path.join(BENCH_DIR, 'queries.mjs'))};
    const sizes = scaledSizes(${scale});
    const queries = buildQueries(sizes).map(({ name, graphql, variables }) => ({ name, graphql, variables }));
    process.stdout.write(JSON.stringify({ steps: datasetSteps(sizes), queries }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { maxBuffer: 64 * 1024 * 1024 }).toString());
}

/** A database of its own on the test run's PostgreSQL server, for a test that other files' writes must not disturb. */
let databasesMade = 0;

/**
 * A database of its own beside the run's, named for this worker and call: test files run in
 * parallel workers, and two of them sharing a name would drop and fill each other's database.
 */
async function ownDatabase(suffix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const harnessUrl = new URL(readHarnessDatabaseUrl());
  databasesMade += 1;
  const name = `${harnessUrl.pathname.slice(1)}_${suffix}_${process.pid}_${databasesMade}`;
  const adminUrl = Object.assign(new URL(harnessUrl), { pathname: '/postgres' }).toString();
  const url = Object.assign(new URL(harnessUrl), { pathname: `/${name}` }).toString();
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(createDatabaseSql(name));
  await admin.end();
  return {
    url,
    async drop() {
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** The seeded registry in a database of its own, migrated and seeded as the server does at start. */
export async function createSeededDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const database = await ownDatabase('seeded');
  const opened = await openDatabase(
    parseConfig({ NODE_ENV: 'test', DATABASE_URL: database.url, LOG_LEVEL: 'warn' }),
    createLogger({ logLevel: 'warn' }),
  );
  await opened.close();
  return database;
}

/**
 * The bench's "national" data set at `scale` (0.01: 1,000 events), built in a database of its own
 * on the test run's PostgreSQL server, migrated like any other; with the bench's queries for it.
 */
export async function createBenchDatabase(scale: number): Promise<{ url: string; queries: BenchQuery[]; drop(): Promise<void> }> {
  const database = await ownDatabase('bench');
  const dataSource = createDataSource({ url: database.url, poolSize: 1, logger: createLogger({ logLevel: 'warn' }) });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  const { steps, queries } = benchScript(scale);
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    for (const [, sql] of steps) await client.query(sql);
  } finally {
    await client.end();
  }
  return { ...database, queries };
}
