import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { loadTestSettings, parseConfig, writeHarnessDatabaseUrl } from '../src/config/env';
import { openDatabase } from '../src/db/database';
import { createDatabaseSql, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createLogger } from '../src/logger';
import { freePort } from './ports';

declare global {
  // Read by global-teardown.ts: jest shares globals between the two and nothing else.
  var __qorgauHarnessTeardown: (() => Promise<void>) | undefined;
}

/**
 * One fresh database per test run, migrated and seeded once: on TEST_DATABASE_URL's server when it
 * is set, else on an embedded PostgreSQL in a temporary folder. Test files isolate their own rows
 * (their own regions and slugs), so they run in parallel without teardown between them.
 */
export default async function globalSetup(): Promise<void> {
  const settings = loadTestSettings();
  const logger = createLogger({ logLevel: 'warn' });
  const databaseName = `qorgau_test_${process.pid}_${Date.now()}`;
  let url: string;
  let stopServer: () => Promise<void>;
  if (settings.testDatabaseUrl) {
    const admin = new Client({ connectionString: settings.testDatabaseUrl });
    await admin.connect();
    await admin.query(createDatabaseSql(databaseName));
    await admin.end();
    const target = new URL(settings.testDatabaseUrl);
    target.pathname = `/${databaseName}`;
    url = target.toString();
    stopServer = async () => {
      const cleanup = new Client({ connectionString: settings.testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
      await cleanup.end();
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qorgau-test-pg-'));
    fs.chmodSync(dataDir, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort(), logger });
    await embedded.createDatabase(databaseName);
    url = embedded.url(databaseName);
    stopServer = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const config = parseConfig({ NODE_ENV: 'test', DATABASE_URL: url, LOG_LEVEL: 'warn' });
  const database = await openDatabase(config, logger);
  await database.close();
  writeHarnessDatabaseUrl(url);
  globalThis.__qorgauHarnessTeardown = stopServer;
}
