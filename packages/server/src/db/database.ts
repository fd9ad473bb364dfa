import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/env';
import type { Logger } from '../logger';
import { createDataSource } from './data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { applySeeds } from './seed/apply-seed';

export interface Database {
  dataSource: DataSource;
  /** Closes the pool, then stops the embedded PostgreSQL if this process started one. */
  close(): Promise<void>;
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
      logger,
      reuseRunning: options.reuseRunningEmbedded ?? false,
    });
    await embedded.createDatabase(EMBEDDED_DATABASE_NAME);
    url = embedded.url(EMBEDDED_DATABASE_NAME);
  }
  const dataSource = createDataSource({ url, poolSize: config.databasePoolSize, logger, timeouts: config.database });
  try {
    await dataSource.initialize();
    if (config.migrateOnStart) {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      if (ran.length > 0) logger.info({ migrations: ran.map((m) => m.name) }, 'migrations applied');
    }
    if (config.seedOnStart) {
      const seeded = await applySeeds(dataSource);
      if (seeded.length > 0) logger.info({ seeds: seeded }, 'seeds applied');
    }
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
