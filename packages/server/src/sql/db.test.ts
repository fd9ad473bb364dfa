import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { requestDb, RequestTimeoutError } from './db';

/** A pool whose connections answer after `delayMs`, counting how many are checked out at once. */
function countingPool(delayMs: number) {
  const stats = { current: 0, most: 0, released: 0 };
  const pool = {
    waitingCount: 0,
    options: {},
    async connect() {
      stats.current += 1;
      stats.most = Math.max(stats.most, stats.current);
      const client = {
        on() {},
        removeListener() {},
        query: () =>
          new Promise((resolve) => {
            if (Number.isFinite(delayMs)) setTimeout(() => resolve({ rows: [{ ok: true }] }), delayMs);
          }),
        release() {
          stats.current -= 1;
          stats.released += 1;
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

  it('refuses statements once its deadline has passed, and gives back the connection of the one running', async () => {
    const { pool, stats } = countingPool(Number.POSITIVE_INFINITY);
    const deadline = new AbortController();
    const db = requestDb({} as DataSource, { statements: 0 }, pool, { signal: deadline.signal });
    const running = db.query('SELECT pg_sleep(10)');
    await new Promise((resolve) => setTimeout(resolve, 10));
    deadline.abort('The request ran past its deadline.');
    await expect(running).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(stats.current).toBe(0);
    await expect(db.query('SELECT 1')).rejects.toThrow('The request ran past its deadline.');
  });

  it('refuses new statements while too many requests wait for a connection', async () => {
    const { pool } = countingPool(1);
    (pool as unknown as { waitingCount: number }).waitingCount = 5;
    const db = requestDb({} as DataSource, { statements: 0 }, pool, { poolQueueMax: 5 });
    await expect(db.query('SELECT 1')).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  });
});
