import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { requestDb, RequestTimeoutError } from './db';
import { Deadline } from './deadline';

/**
 * A pool whose connections answer after `delayMs` (or fail with `failure`), counting how many are
 * checked out at once and how many were given back broken (released with an error: closed).
 */
function countingPool(delayMs: number, failure?: { code: string }) {
  const stats = { current: 0, most: 0, released: 0, closed: 0 };
  const pool = {
    waitingCount: 0,
    options: {},
    async connect() {
      stats.current += 1;
      stats.most = Math.max(stats.most, stats.current);
      const client = {
        on() {},
        removeListener() {},
        // As pg's client takes a Query: it answers through the query's callback.
        query(query: { callback: (error: unknown, result?: { rows: unknown[] }) => void }) {
          if (Number.isFinite(delayMs))
            setTimeout(() => (failure ? query.callback(failure) : query.callback(undefined, { rows: [{ ok: true }] })), delayMs);
          return query;
        },
        release(error?: unknown) {
          stats.current -= 1;
          stats.released += 1;
          if (error) stats.closed += 1;
        },
      };
      return client as unknown as PoolClient;
    },
  };
  return { pool: pool as unknown as Pool, stats };
}

describe('a request’s database handle', () => {
  it('holds at most maxConnections connections at once, however many loaders run in parallel', async () => {
    const { pool, stats } = countingPool(20);
    const db = requestDb({} as DataSource, { statements: 0 }, pool, { maxConnections: 2 });
    const rows = await Promise.all(Array.from({ length: 7 }, () => db.query('SELECT 1')));
    expect(rows).toHaveLength(7);
    expect(stats.most).toBe(2);
    expect(stats.released).toBe(7);
  });

  it('refuses statements once its deadline has passed, and keeps the connection of the one running once it is cancelled', async () => {
    // The running statement ends 100 ms after the deadline, as PostgreSQL ends a cancelled one.
    const { pool, stats } = countingPool(110, { code: '57014' });
    const deadline = new Deadline();
    const db = requestDb({} as DataSource, { statements: 0 }, pool, { deadline });
    const running = db.query('SELECT pg_sleep(10)');
    await new Promise((resolve) => setTimeout(resolve, 10));
    deadline.pass('The request ran past its deadline.');
    // The request is answered at once; its connection is given back only when the statement ended
    // (given back earlier, the cancel could stop another request's statement on it).
    await expect(running).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(stats.current).toBe(1);
    await expect(db.query('SELECT 1')).rejects.toThrow('The request ran past its deadline.');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stats).toMatchObject({ current: 0, released: 1, closed: 0 });
  });

  it('closes a connection whose statement failed without an answer from PostgreSQL', async () => {
    const { pool, stats } = countingPool(5, { code: 'ECONNRESET' });
    const db = requestDb({} as DataSource, { statements: 0 }, pool);
    await expect(db.query('SELECT 1')).rejects.toBeDefined();
    expect(stats).toMatchObject({ current: 0, closed: 1 });
  });

  it('keeps a connection whose statement PostgreSQL refused', async () => {
    const { pool, stats } = countingPool(5, { code: '22P02' });
    const db = requestDb({} as DataSource, { statements: 0 }, pool);
    await expect(db.query('SELECT 1')).rejects.toBeDefined();
    expect(stats).toMatchObject({ current: 0, closed: 0 });
  });

  it('refuses new statements while too many requests wait for a connection', async () => {
    const { pool } = countingPool(1);
    (pool as unknown as { waitingCount: number }).waitingCount = 5;
    const db = requestDb({} as DataSource, { statements: 0 }, pool, { poolQueueMax: 5 });
    await expect(db.query('SELECT 1')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
