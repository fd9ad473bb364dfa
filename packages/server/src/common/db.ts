import type { DataSource } from 'typeorm';

/** Plain rows over the shared pool: read paths skip ORM hydration (see docs/ARCHITECTURE.md). */
export interface Db {
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export function dbOf(dataSource: DataSource): Db {
  return {
    query: <T>(sql: string, params: readonly unknown[] = []) => dataSource.query(sql, [...params]) as Promise<T[]>,
  };
}
