import 'reflect-metadata';
import { types } from 'pg';
import { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { TypeOrmPinoLogger } from './typeorm-logger';
import { MIGRATIONS } from './migrations';

// Dates the sources give as dates stay `YYYY-MM-DD` strings: a JS Date would shift them by time zone.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

/** Bounds on every connection, so that a slow or frozen database fails requests instead of holding them. */
export interface ConnectionTimeouts {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  connectTimeoutMs: number;
}

export function createDataSource(options: { url: string; poolSize: number; logger: Logger; timeouts?: ConnectionTimeouts }): DataSource {
  const timeouts = options.timeouts;
  return new DataSource({
    type: 'postgres',
    url: options.url,
    // No entities: each feature's store declares its tables once (sql/table.ts) and sends SQL of its own;
    // TypeORM keeps the migrations, the pool and the transactions (query runners).
    entities: [],
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: new TypeOrmPinoLogger(options.logger),
    maxQueryExecutionTime: 1000,
    extra: {
      max: options.poolSize,
      application_name: 'qorgau',
      // The API's statements are short; JIT compilation pays only for long analytic ones, and a
      // grouped statement whose estimates overshoot (an aggregate's buckets) would spend ~0.5 s
      // compiling for a 60 ms query on a PostgreSQL built with LLVM (Debian's, the usual servers).
      //
      // random_page_cost 1.1 (not 4, a spinning disk's): a registry's working set lives in memory
      // or on SSD, where a page read at random costs about what one read in sequence does. At 4 the
      // planner scans the whole regions table (221 rows, 5 pages) for every region a row names (259
      // times for a national dashboard's buckets); at 1.1 the bench's statements (pnpm bench, Q1–Q6)
      // cost PostgreSQL 0–24% less CPU, none more (docs/ARCHITECTURE.md, "PostgreSQL's side").
      options: '-c jit=off -c random_page_cost=1.1',
      ...(timeouts && {
        // Enforced by PostgreSQL: a statement past it is cancelled, and so is a transaction left open.
        statement_timeout: timeouts.statementTimeoutMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionTimeoutMs,
        // Enforced here, for a PostgreSQL that does not answer at all (frozen, or a network gone).
        query_timeout: timeouts.statementTimeoutMs + 1_000,
        connectionTimeoutMillis: timeouts.connectTimeoutMs,
      }),
    },
  });
}
