import { readHarnessDatabaseUrl } from '../src/config/env';
import { createDataSource } from '../src/db/data-source';
import { MIGRATIONS } from '../src/db/migrations';
import { createLogger } from '../src/logger';
import { startTestServer, type TestServer } from './harness';

let server: TestServer;
const databaseName = `qorgau_migrations_${process.pid}_${Date.now()}`;

beforeAll(async () => {
  server = await startTestServer();
  await server.sql(`CREATE DATABASE ${databaseName} TEMPLATE template0 ENCODING 'UTF8'`);
});
afterAll(async () => {
  await server.sql(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
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
});
