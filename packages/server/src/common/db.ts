import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Plain rows over the shared pool: read paths skip ORM hydration (see docs/ARCHITECTURE.md). */
export interface Db {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** What this handle has sent so far. */
  readonly stats: SqlStats;
}

/** SQL statements sent on behalf of one request. */
export interface SqlStats {
  statements: number;
}

/**
 * The pg pool under TypeORM's data source. Read paths send their SQL to it directly: TypeORM's
 * query runner adds a per-statement cost (runner, logger, result wrapping) that plain reads do not
 * need. Writes go through TypeORM and its transactions.
 */
export function readPool(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

/**
 * The database handle of one request: every statement it sends is counted in `stats`. Counting
 * here, where the request's queries pass anyway, costs nothing per await (an AsyncLocalStorage
 * would put a hook on every promise of the request).
 */
export function requestDb(pool: Pool, stats: SqlStats): Db {
  return {
    stats,
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      stats.statements += 1;
      const result = await pool.query(sql, params as unknown[]);
      return result.rows as T[];
    },
  };
}
