import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of `process.env`: every setting is parsed and validated here once, so a bad value
 * stops the process at start with one clear line instead of failing later in a request.
 */

const REPO_ROOT = path.resolve(__dirname, '../../../..');

const booleanFromString = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}, 'must be a postgres:// or postgresql:// URL, e.g. postgres://user:password@localhost:5432/qorgau');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  /** Unset: 54329, or a free port when another server holds that one (see embeddedPostgresPortIsDefault). */
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  MIGRATE_ON_START: booleanFromString.default(true),
  SEED_ON_START: booleanFromString.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EXPOSE_SQL_STATS: booleanFromString.optional(),
  /** Set by pnpm and npm to the directory the command was typed in (scripts run elsewhere). */
  INIT_CWD: z.string().min(1).optional(),
});

export interface Config {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  host: string;
  port: number;
  /** Absent: the server starts an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  databasePoolSize: number;
  dataDir: string;
  embeddedPostgresPort: number;
  /** The port was not set: the embedded PostgreSQL takes a free one if another server holds it. */
  embeddedPostgresPortIsDefault: boolean;
  migrateOnStart: boolean;
  seedOnStart: boolean;
  logLevel: string;
  /** Adds the SQL statement count of each request to its response (`x-sql-statements`). */
  exposeSqlStats: boolean;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const given = env[key];
      return `${key}${given === undefined ? '' : `=${JSON.stringify(given)}`}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  // A production server with no DATABASE_URL would keep its data in an embedded PostgreSQL inside
  // its container, silently lost with it: refuse instead.
  if (parsed.NODE_ENV === 'production' && parsed.DATABASE_URL === undefined) {
    throw new ConfigError(
      'Invalid configuration: NODE_ENV=production needs DATABASE_URL (the embedded PostgreSQL is for development and tests only): set DATABASE_URL to your PostgreSQL',
    );
  }
  return {
    nodeEnv: parsed.NODE_ENV,
    isProduction: parsed.NODE_ENV === 'production',
    host: parsed.HOST,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    databasePoolSize: parsed.DATABASE_POOL_SIZE,
    // Relative to where the user typed the command, so `pnpm start` (which runs in packages/server)
    // and `pnpm qorgau` (which runs at the root) find the same folder.
    dataDir: path.resolve(parsed.INIT_CWD ?? process.cwd(), parsed.DATA_DIR),
    embeddedPostgresPort: parsed.EMBEDDED_POSTGRES_PORT ?? 54329,
    embeddedPostgresPortIsDefault: parsed.EMBEDDED_POSTGRES_PORT === undefined,
    migrateOnStart: parsed.MIGRATE_ON_START,
    seedOnStart: parsed.SEED_ON_START,
    logLevel: parsed.LOG_LEVEL,
    exposeSqlStats: parsed.EXPOSE_SQL_STATS ?? parsed.NODE_ENV !== 'production',
  };
}

/** Where a configuration keeps its data, as an operator would recognise it (never a password). */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) {
    const port = config.embeddedPostgresPortIsDefault
      ? `port ${config.embeddedPostgresPort} or a free one`
      : `port ${config.embeddedPostgresPort}`;
    return `the embedded PostgreSQL in ${config.dataDir} (DATA_DIR), ${port}`;
  }
  const url = new URL(config.databaseUrl);
  return `the PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname} (DATABASE_URL)`;
}

/** Reads the process environment; everything else receives a `Config`. */
export function loadConfig(): Config {
  return parseConfig(process.env);
}

/** Settings of the test harness (jest global setup), read here so no test touches process.env. */
export function loadTestSettings(): { testDatabaseUrl: string | undefined; chromiumPath: string; searchPath: string } {
  const testDatabaseUrl = process.env.TEST_DATABASE_URL;
  if (testDatabaseUrl !== undefined) postgresUrl.parse(testDatabaseUrl);
  // searchPath: the PATH that tests pass on to the processes they start with a minimal environment.
  return { testDatabaseUrl, chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', searchPath: process.env.PATH ?? '' };
}

/** Where jest's global setup leaves the database URL for the test workers. */
export function readHarnessDatabaseUrl(): string {
  const url = process.env.QORGAU_HARNESS_DATABASE_URL;
  if (!url) throw new ConfigError('QORGAU_HARNESS_DATABASE_URL is not set: run the tests through jest (its global setup sets it)');
  return url;
}

export function writeHarnessDatabaseUrl(url: string): void {
  process.env.QORGAU_HARNESS_DATABASE_URL = url;
}
