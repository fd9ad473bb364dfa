import { parseConfig, readHarnessDatabaseUrl } from '../src/config/env';
import { openDatabase } from '../src/db/database';
import { createDataSource } from '../src/db/data-source';
import { createDatabaseSql } from '../src/db/embedded-postgres';
import { MIGRATIONS } from '../src/db/migrations';
import { createLogger } from '../src/logger';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
const databaseName = `qorgau_migrations_${process.pid}_${Date.now()}`;
const replicasDatabaseName = `qorgau_replicas_${process.pid}_${Date.now()}`;

function urlOf(database: string): string {
  const url = new URL(readHarnessDatabaseUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

beforeAll(async () => {
  server = await startTestServer();
  await server.sql(`CREATE DATABASE ${databaseName} TEMPLATE template0 ENCODING 'UTF8'`);
  await server.sql(createDatabaseSql(replicasDatabaseName));
});
afterAll(async () => {
  await server.sql(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  await server.sql(`DROP DATABASE IF EXISTS ${replicasDatabaseName} WITH (FORCE)`);
  await server.stop();
});

describe('migrations', () => {
  it('apply on an empty database, and revert to an empty one', async () => {
    const url = new URL(readHarnessDatabaseUrl());
    url.pathname = `/${databaseName}`;
    const dataSource = createDataSource({ url: url.toString(), poolSize: 1, logger: createLogger({ logLevel: 'silent' }) });
    await dataSource.initialize();
    try {
      const tables = async () =>
        (
          await dataSource.query(
            `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
          )
        ).map((row: { table_name: string }) => row.table_name);

      const applied = await dataSource.runMigrations({ transaction: 'each' });
      expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await tables()).toEqual(
        expect.arrayContaining([
          'events',
          'organizations',
          'officials',
          'posts',
          'regions',
          'recommendations',
          'record_sources',
          'seed_history',
        ]),
      );
      expect(await dataSource.runMigrations()).toEqual([]);

      for (let i = 0; i < MIGRATIONS.length; i += 1) await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('run once when several replicas start at once on a fresh database (under an advisory lock)', async () => {
    // Three servers' start-up on one empty database, all at once: without the lock, their
    // migrations collide on CREATE TABLE and some fail.
    const config = parseConfig({ NODE_ENV: 'test', DATABASE_URL: urlOf(replicasDatabaseName), DATABASE_POOL_SIZE: '1' });
    const logger = createLogger({ logLevel: 'silent' });
    const replicas = await Promise.all([1, 2, 3].map(() => openDatabase(config, logger)));
    try {
      const applied = replicas.map((replica) => replica.applied);
      // One replica applied every migration and seed; the others found nothing left to do.
      expect(applied.filter((a) => a.migrations.length > 0)).toEqual([
        { migrations: MIGRATIONS.map((m) => m.name), seeds: ['press-release-2017-12-08'] },
      ]);
      expect(applied.filter((a) => a.migrations.length === 0)).toEqual([
        { migrations: [], seeds: [] },
        { migrations: [], seeds: [] },
      ]);
      const [recorded] = await replicas[0]!.dataSource.query('SELECT count(*)::int AS n FROM migrations');
      expect(recorded.n).toBe(MIGRATIONS.length);
      // The lock is released once start-up is done: nothing in this database holds one now.
      const held = await replicas[0]!.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      expect(held[0].n).toBe(0);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
    }
  });
});
