import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** Statements and their values: what every store function sends. */
export interface Queryable {
  /** Runs one statement with bound values and returns its rows (also for INSERT/UPDATE … RETURNING). */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** The statements of one transaction: everything sent through it commits together or not at all. */
export interface Tx extends Queryable {
  /** The name given to `Db.transaction`, e.g. `updateEvent`. */
  readonly name: string;
}

/** The database handle of one request (or of one CLI command). */
export interface Db extends Queryable {
  /** What this handle has sent so far. */
  readonly stats: SqlStats;
  /**
   * Runs `work` in one transaction (READ COMMITTED) on a connection of its own: committed when
   * `work` resolves, rolled back when it throws, and the error rethrown.
   */
  transaction<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T>;
}

/** SQL statements sent on behalf of one request. */
export interface SqlStats {
  statements: number;
}

/**
 * Takes a lock named `name` until the transaction ends: for checks that a row lock cannot make safe
 * (two writes each seeing no cycle, or the same free slug), so that the second waits for the first
 * to commit and then sees its write. Writes that do not take the same name never wait.
 */
export async function lockName(tx: Queryable, name: string): Promise<void> {
  await tx.query(`/* lockName */ SELECT pg_advisory_xact_lock(hashtext($1))`, [name]);
}

/**
 * The pg pool under TypeORM's data source. Reads send their SQL to it directly: TypeORM's query
 * runner adds a per-statement cost (runner, logger, result wrapping) that plain reads do not need.
 */
export function readPool(dataSource: DataSource): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}

/**
 * A request's database handle: reads on the shared pool, writes in TypeORM transactions (a query
 * runner holds one connection from BEGIN to COMMIT). Every statement is counted in `stats`, here
 * where the request's queries pass anyway: an AsyncLocalStorage would put a hook on every promise.
 */
export function requestDb(dataSource: DataSource, stats: SqlStats = { statements: 0 }, pool: Pool = readPool(dataSource)): Db {
  return {
    stats,
    query: async <T>(sql: string, params: readonly unknown[] = []) => {
      stats.statements += 1;
      const result = await pool.query(sql, params as unknown[]);
      return result.rows as T[];
    },
    async transaction<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
      const runner = dataSource.createQueryRunner('master');
      await runner.connect();
      try {
        await runner.startTransaction('READ COMMITTED');
        stats.statements += 1;
        const tx: Tx = {
          name,
          query: async <R>(sql: string, params: readonly unknown[] = []) => {
            stats.statements += 1;
            const result = await runner.query(sql, params as unknown[], true);
            return result.records as R[];
          },
        };
        try {
          const value = await work(tx);
          stats.statements += 1;
          await runner.commitTransaction();
          return value;
        } catch (error) {
          if (runner.isTransactionActive) {
            stats.statements += 1;
            await runner.rollbackTransaction();
          }
          throw error;
        }
      } finally {
        await runner.release();
      }
    },
  };
}
