import type { DataSource } from 'typeorm';
import { createApiKey } from '../src/auth/keys';
import type { Role } from '../src/auth/principal';
import { parseConfig, readHarnessDatabaseUrl, type Config } from '../src/config/env';
import { requestDb } from '../src/sql/db';
import { createDataSource } from '../src/db/data-source';
import { createLogger, type Logger } from '../src/logger';
import { startServer } from '../src/server';
import { RATE_LIMIT_WINDOW_MS } from '../src/limits/rate-limiter';

export interface GraphQLResponse<TData = Record<string, any>> {
  status: number;
  headers: Headers;
  data: TData | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> | undefined;
  sqlStatements: number;
}

export interface TestServer {
  url: string;
  dataSource: DataSource;
  gql<TData = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<TData>>;
  /** Runs SQL directly (fixtures); returns rows. */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  /** A new API key (made as an operator would, with the server's own code); returns the key and its database id. */
  key(role: Role, organizationId?: string | null, name?: string): Promise<{ key: string; id: string }>;
  /** A GraphQL request with `Authorization: Bearer <key>`. */
  as<TData = Record<string, any>>(key: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>>;
  stop(): Promise<void>;
}

/** The real server (express + Apollo) on a free port, over the run's real PostgreSQL (or `env.DATABASE_URL`'s). */
export async function startTestServer(env: Record<string, string> = {}, options: { logger?: Logger } = {}): Promise<TestServer> {
  const databaseUrl = env.DATABASE_URL ?? readHarnessDatabaseUrl();
  const config: Config = parseConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    // Budgets per minute are tested on their own (rate-limits.int.test.ts): off for everything else.
    RATE_LIMIT_KEY_COST_PER_MINUTE: '0',
    RATE_LIMIT_IP_COST_PER_MINUTE: '0',
    ...env,
  });
  const logger = options.logger ?? createLogger(config);
  const dataSource = createDataSource({ url: databaseUrl, poolSize: 4, logger, timeouts: config.database });
  await dataSource.initialize();
  const server = await startServer({ config, dataSource, logger });
  const gql: TestServer['gql'] = async (query, variables, headers) => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: any };
    return {
      status: response.status,
      headers: response.headers,
      data: body.data,
      errors: body.errors,
      sqlStatements: Number(response.headers.get('x-sql-statements') ?? Number.NaN),
    };
  };
  return {
    url: server.url,
    dataSource,
    gql,
    sql: (query, params = []) => dataSource.query(query, params),
    async key(role, organizationId = null, name = `test ${role.toLowerCase()} key`) {
      const created = await requestDb(dataSource).transaction('test key', (tx) =>
        createApiKey(
          tx,
          { actor: { keyId: null, name: 'cli:test', organizationId: null }, operation: 'keys create', requestId: null },
          { name, role, organizationId },
          { name: ['name'], organization: ['organization'] },
        ),
      );
      return { key: created.key, id: created.row.id };
    },
    as(key, query, variables) {
      return gql(query, variables, { authorization: `Bearer ${key}` });
    },
    async stop() {
      await server.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/** The data of a response that must have no errors. */
export function dataOf<T = Record<string, any>>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  if (!response.data) throw new Error('GraphQL response has no data');
  return response.data;
}

export function globalId(type: string, id: string | number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Budgets are per minute: a test that needs one whole window waits out the end of an almost spent one. */
export async function awayFromWindowEnd(): Promise<void> {
  const left = RATE_LIMIT_WINDOW_MS - (Date.now() % RATE_LIMIT_WINDOW_MS);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}
