import path from 'node:path';
import { z } from 'zod';
import { MAX_QUERY_COST } from '../limits/query-cost';

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

const redisUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'redis:' || url.protocol === 'rediss:';
  } catch {
    return false;
  }
}, 'must be a redis:// or rediss:// URL, e.g. redis://localhost:6379');

/** `*` (any origin), or origins separated by commas, each a scheme, host and optional port. */
function parseOrigins(value: string): '*' | string[] | undefined {
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  const valid = origins.every((origin) => {
    try {
      return new URL(origin).origin === origin;
    } catch {
      return false;
    }
  });
  return valid ? origins : undefined;
}

/** Express's `trust proxy`: false, true, a hop count, or addresses/subnets separated by commas. */
function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^[1-9][0-9]?$/.test(value)) return Number(value);
  return value.split(',').map((entry) => entry.trim());
}

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
  COMPILED_READS: booleanFromString.default(true),
  COMPILED_LANE: booleanFromString.default(true),
  CORS_ORIGINS: z.string().default('*'),
  TRUST_PROXY: z.string().default('false'),
  REDIS_URL: redisUrl.optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'letters, digits and _ : . - only')
    .default('qorgau'),
  RATE_LIMIT_KEY_COST_PER_MINUTE: z.coerce.number().int().min(0).default(10_000_000),
  RATE_LIMIT_IP_COST_PER_MINUTE: z.coerce.number().int().min(0).default(2_000_000),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(MAX_QUERY_COST),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).default(262_144),
  PUBLIC_CACHE_MAX_AGE_SECONDS: z.coerce.number().int().min(0).default(60),
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
  DATABASE_POOL_QUEUE_MAX: z.coerce.number().int().min(0).default(200),
  DATABASE_CONNECTIONS_PER_REQUEST: z.coerce.number().int().min(1).default(5),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).optional(),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(65_000),
  HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(1_000),
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
  /** Whether query operations the read models cover are answered with one compiled SQL statement (compiler/). */
  compiledReads: boolean;
  /**
   * Whether query texts seen compiled are answered by the compiled lane (http/compiled-lane.ts)
   * without Express's router and Apollo's pipeline; off, every request goes through both.
   */
  compiledLane: boolean;
  http: {
    /** Origins that browser apps may call the API from: `*` for any (reads need no credentials). */
    corsOrigins: '*' | string[];
    /** Express's `trust proxy`: which hops' X-Forwarded-For to believe for the client's address. */
    trustProxy: boolean | number | string[];
    maxBodyBytes: number;
    /** The longest a request may take from its first byte to its answer, database work included. */
    requestTimeoutMs: number;
    headersTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnections: number;
    /** `Cache-Control: public, max-age` of anonymous GET answers without errors. */
    publicCacheMaxAgeSeconds: number;
  };
  limits: {
    /** The most nodes one request may ask for (see query-cost.ts for how they are counted). */
    maxQueryCost: number;
    maxDepth: number;
    maxAliases: number;
    maxDirectives: number;
    maxTokens: number;
  };
  rateLimit: {
    /** Query cost one API key may spend per minute; 0 turns the limit off. */
    keyCostPerMinute: number;
    /** Query cost one client address may spend per minute without a key; 0 turns the limit off. */
    ipCostPerMinute: number;
    /** Set: budgets are shared by every server process through this Redis; unset: kept in memory. */
    redisUrl: string | undefined;
    /** Prefix of the budgets' Redis keys: deployments (or test runs) sharing a Redis keep apart. */
    redisKeyPrefix: string;
  };
  database: {
    statementTimeoutMs: number;
    idleInTransactionTimeoutMs: number;
    connectTimeoutMs: number;
    /** How many requests may wait for a free connection before new ones are refused. */
    poolQueueMax: number;
    /** The most connections one request holds at once (its loaders run in parallel). */
    connectionsPerRequest: number;
  };
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
  const corsOrigins = parseOrigins(parsed.CORS_ORIGINS);
  if (corsOrigins === undefined) {
    throw new ConfigError(
      `Invalid configuration: CORS_ORIGINS=${JSON.stringify(parsed.CORS_ORIGINS)}: must be * or origins separated by commas, e.g. https://example.kz,https://app.example.kz`,
    );
  }
  // Headers must arrive within the request's own time: by default 10 s, or the request timeout if shorter.
  const headersTimeoutMs = parsed.HTTP_HEADERS_TIMEOUT_MS ?? Math.min(10_000, parsed.REQUEST_TIMEOUT_MS);
  if (headersTimeoutMs > parsed.REQUEST_TIMEOUT_MS) {
    throw new ConfigError('Invalid configuration: HTTP_HEADERS_TIMEOUT_MS must not exceed REQUEST_TIMEOUT_MS');
  }
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
    compiledReads: parsed.COMPILED_READS,
    compiledLane: parsed.COMPILED_LANE,
    http: {
      corsOrigins,
      trustProxy: parseTrustProxy(parsed.TRUST_PROXY),
      maxBodyBytes: parsed.MAX_BODY_BYTES,
      requestTimeoutMs: parsed.REQUEST_TIMEOUT_MS,
      headersTimeoutMs,
      keepAliveTimeoutMs: parsed.HTTP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: parsed.HTTP_MAX_CONNECTIONS,
      publicCacheMaxAgeSeconds: parsed.PUBLIC_CACHE_MAX_AGE_SECONDS,
    },
    limits: {
      maxQueryCost: parsed.MAX_QUERY_COST,
      maxDepth: parsed.MAX_QUERY_DEPTH,
      maxAliases: parsed.MAX_ALIASES,
      maxDirectives: parsed.MAX_DIRECTIVES,
      maxTokens: parsed.MAX_TOKENS,
    },
    rateLimit: {
      keyCostPerMinute: parsed.RATE_LIMIT_KEY_COST_PER_MINUTE,
      ipCostPerMinute: parsed.RATE_LIMIT_IP_COST_PER_MINUTE,
      redisUrl: parsed.REDIS_URL,
      redisKeyPrefix: parsed.REDIS_KEY_PREFIX,
    },
    database: {
      statementTimeoutMs: parsed.STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: parsed.IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectTimeoutMs: parsed.DATABASE_CONNECT_TIMEOUT_MS,
      poolQueueMax: parsed.DATABASE_POOL_QUEUE_MAX,
      connectionsPerRequest: parsed.DATABASE_CONNECTIONS_PER_REQUEST,
    },
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
