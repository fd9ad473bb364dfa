import type { DataSource } from 'typeorm';

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
 * The database handle of one request: every statement it sends is counted in `stats`. Counting
 * here, where the request's queries pass anyway, costs nothing per await (an AsyncLocalStorage
 * would put a hook on every promise of the request).
 */
export function requestDb(dataSource: DataSource, stats: SqlStats): Db {
  return {
    stats,
    query: <T>(sql: string, params: readonly unknown[] = []) => {
      stats.statements += 1;
      return dataSource.query(sql, [...params]) as Promise<T[]>;
    },
  };
}
