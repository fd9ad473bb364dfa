import path from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { applySeeds } from './seed/apply-seed';

export interface Database {
  dataSource: DataSource;
  /** What this process applied at start (empty when another process, or an earlier run, did it). */
  applied: { migrations: string[]; seeds: string[] };
  /** Closes the pool, then stops the embedded PostgreSQL if this process started one. */
  close(): Promise<void>;
}

/**
 * A session-level advisory lock held around migrations and seeds: API replicas starting at once
 * take turns, so the first migrates and the others find nothing pending (TypeORM's runMigrations
 * takes no lock of its own, and two of them at once fail on each other's CREATE TABLE). Distinct
 * from the seeds' own transaction lock (apply-seed.ts), which it encloses.
 */
export const MIGRATION_LOCK_KEY = 0x51_6f_72_67_4d_69; // "QorgMi"

/**
 * Runs pending migrations and seeds, as asked, under MIGRATION_LOCK_KEY. The lock is held by a
 * connection of its own, outside the pool, so that a pool of one connection cannot deadlock on it;
 * if this process dies, its session ends and the lock is released.
 */
async function migrateAndSeed(
  url: string,
  options: { migrate: boolean; seed: boolean },
  logger: Logger,
): Promise<{ migrations: string[]; seeds: string[] }> {
  const applied = { migrations: [] as string[], seeds: [] as string[] };
  if (!options.migrate && !options.seed) return applied;
  const lock = new Client({ connectionString: url, application_name: 'qorgau migrations lock' });
  await lock.connect();
  const dataSource = createDataSource({ url, poolSize: 2, logger });
  try {
    await dataSource.initialize();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    if (options.migrate) {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      applied.migrations = ran.map((migration) => migration.name);
      if (ran.length > 0) logger.info({ migrations: applied.migrations }, 'migrations applied');
    }
    if (options.seed) {
      applied.seeds = await applySeeds(dataSource);
      if (applied.seeds.length > 0) logger.info({ seeds: applied.seeds }, 'seeds applied');
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    // Ending the session releases the lock, also when a migration failed.
    await lock.end();
  }
  return applied;
}

const EMBEDDED_DATABASE_NAME = 'qorgau';

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when there is none (or, with
 * `reuseRunningEmbedded`, uses the one a running server started); then runs pending migrations and
 * seeds as configured.
 */
export async function openDatabase(config: Config, logger: Logger, options: { reuseRunningEmbedded?: boolean } = {}): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(config.dataDir, 'postgres'),
      port: config.embeddedPostgresPort,
      portIsDefault: config.embeddedPostgresPortIsDefault,
      logger,
      reuseRunning: options.reuseRunningEmbedded ?? false,
    });
    await embedded.createDatabase(EMBEDDED_DATABASE_NAME);
    url = embedded.url(EMBEDDED_DATABASE_NAME);
  }
  // Serving connections carry the statement and idle-in-transaction timeouts; migrations and seeds
  // run before, on connections without them (a migration on a large table may take minutes).
  const dataSource = createDataSource({ url, poolSize: config.databasePoolSize, logger, timeouts: config.database });
  let applied: Database['applied'];
  try {
    applied = await migrateAndSeed(url, { migrate: config.migrateOnStart, seed: config.seedOnStart }, logger);
    await dataSource.initialize();
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    applied,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
