import { createHash } from 'node:crypto';
import { Client, Query, type Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { ErrorCode } from '@qorgau/schema';
import { DomainError } from '../errors';
import { RecentMap } from '../recent';
import { NO_DEADLINE, type Deadline } from './deadline';
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
  /**
   * Runs a read as a named prepared statement: each pooled connection parses it once, and PostgreSQL
   * may keep its plan. For statements that are sent again and again with other values (compiled reads).
   */
  queryPrepared<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
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

/** The request ran past its deadline or its client left: what it still had to do was cancelled. */
export class RequestTimeoutError extends DomainError {
  /** `statement`: PostgreSQL's statement timeout stopped one statement; the request itself had time left. */
  constructor(
    message: string,
    readonly stoppedBy: 'request' | 'statement' = 'request',
  ) {
    super(ErrorCode.TIMEOUT, message);
  }
}

/** The database cannot be reached, or every connection is taken and too many requests wait. */
export class DatabaseUnavailableError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

/** How a request uses the database: its deadline, and how much of the pool it may hold. */
export interface RequestLimits {
  /** Passes at the request's deadline or when its client goes away. */
  deadline?: Deadline;
  /** The most connections the request holds at once (its loaders run in parallel). */
  maxConnections?: number;
  /** New statements are refused while this many wait for a connection already. */
  poolQueueMax?: number;
}

// SQLSTATEs and driver messages that mean "the database is not there", not "the statement is wrong".
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004', '53300']);
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|Query runner already released|terminating connection|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|the database system is (starting up|shutting down)/;

/** A driver error as what it means to a client: a timeout, an unavailable database, or itself. */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof DomainError) return error;
  const driverError = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  const code = (driverError as { code?: unknown } | null)?.code;
  const message = driverError instanceof Error ? driverError.message : '';
  if (code === '57014')
    return new RequestTimeoutError('A database statement ran past the statement timeout and was cancelled.', 'statement');
  if (code === 'Query read timeout' || /Query read timeout/.test(message)) {
    return new DatabaseUnavailableError('The database did not answer in time.');
  }
  if ((typeof code === 'string' && UNAVAILABLE_STATES.has(code)) || UNAVAILABLE_MESSAGES.test(message)) {
    return new DatabaseUnavailableError('The database is not reachable at the moment; retry shortly.');
  }
  return error;
}

/**
 * A counting semaphore: at most `size` holders at once, the others wait in order. `acquire` takes a
 * free slot at once and returns nothing to wait on (the usual case, without a promise); else the
 * promise of a slot.
 */
function slots(size: number): { acquire(): Promise<void> | undefined; release(): void } {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    acquire() {
      if (free > 0) {
        free -= 1;
        return undefined;
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    release() {
      const next = waiting.shift();
      if (next) next();
      else free += 1;
    },
  };
}

/**
 * Asks PostgreSQL to stop the statement a connection runs (a request past its deadline). Sent on a
 * connection of its own, as the cancel protocol does: the pool may have none free. Resolves once the
 * request was sent (or could not be).
 */
function cancelBackend(pool: Pool, pid: number | undefined): Promise<void> {
  if (!pid) return Promise.resolve();
  const client = new Client({ ...(pool.options as object), connectionTimeoutMillis: 2_000 });
  client.on('error', () => undefined);
  return client
    .connect()
    .then(() => client.query('SELECT pg_cancel_backend($1)', [pid]))
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => void client.end().catch(() => undefined));
}

/**
 * A connection keeps every statement prepared on it until it closes: past these bounds it is closed
 * after use (and the pool opens a fresh one), so that clients sending ever new operations cannot
 * grow PostgreSQL's memory without bound.
 */
const MAX_PREPARED_PER_CONNECTION = 200;
const MAX_PREPARED_BYTES_PER_CONNECTION = 4 * 1024 * 1024;

/** The statements this process prepared on each connection (pg's own record of them is private). */
const preparedOn = new WeakMap<PoolClient, { names: Set<string>; bytes: number }>();

/** Names of recent statement texts (a compiled read sends the same text again and again). */
const preparedNames = new RecentMap<string, string>(1_000);

/** The name a prepared statement goes by: its text's digest (the same text on every connection). */
function preparedName(sql: string): string {
  return preparedNames.of(sql, (text) => `q${createHash('sha1').update(text).digest('base64url')}`);
}

/** Records a statement prepared on `connection`; true when the connection now holds too many. */
function recordPrepared(connection: PoolClient, name: string, sql: string): boolean {
  let prepared = preparedOn.get(connection);
  if (!prepared) {
    prepared = { names: new Set(), bytes: 0 };
    preparedOn.set(connection, prepared);
  }
  if (!prepared.names.has(name)) {
    prepared.names.add(name);
    prepared.bytes += sql.length;
  }
  return prepared.names.size > MAX_PREPARED_PER_CONNECTION || prepared.bytes > MAX_PREPARED_BYTES_PER_CONNECTION;
}

/**
 * Whether a failed statement leaves its connection usable: PostgreSQL reported an error about the
 * statement (a SQLSTATE outside connection failures and operator intervention), as opposed to a
 * lost connection or a driver timeout.
 */
function connectionSurvives(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('08') && !code.startsWith('57P');
}

/** Runs one statement on a pooled connection; an abort ends the wait at once and cancels the statement. */
async function queryWithin<T>(pool: Pool, sql: string, params: readonly unknown[], deadline: Deadline, prepared = false): Promise<T[]> {
  let client: PoolClient | undefined;
  try {
    client = await pool.connect();
  } catch (error) {
    throw translateDatabaseError(error);
  }
  // While checked out a connection has no pool listener: a server-side end (PostgreSQL restarting)
  // would be an unhandled 'error' event that ends the process. The query itself reports the failure.
  client.on('error', ignoreConnectionError);
  try {
    return await runOn<T>(client, pool, sql, params, deadline, prepared);
  } finally {
    client.removeListener('error', ignoreConnectionError);
  }
}

function ignoreConnectionError(): void {}

async function runOn<T>(
  connection: PoolClient,
  pool: Pool,
  sql: string,
  params: readonly unknown[],
  deadline: Deadline,
  prepared: boolean,
): Promise<T[]> {
  return new Promise<T[]>((resolve, reject) => {
    let settled = false;
    // Set when the request gave up on the statement: the cancel request's completion.
    let cancelled: Promise<void> | undefined;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      cancelled = cancelBackend(pool, (connection as unknown as { processID?: number }).processID);
      reject(new RequestTimeoutError(deadline.reason));
    };
    /**
     * A connection whose statement was given up on goes back to the pool only once that statement
     * has ended and the cancel request has been sent: released earlier, the cancel could stop
     * another request's statement on it. Kept, its backend stays warm (a fresh one plans every
     * statement anew); one whose statement failed otherwise (a connection lost) is closed.
     */
    const releaseAfterCancel = (error?: unknown) => {
      const healthy = error === undefined || connectionSurvives(error);
      void (cancelled ?? Promise.resolve()).then(() => connection.release(healthy ? undefined : asError(error)));
    };
    if (deadline.passed) {
      settled = true;
      connection.release();
      reject(new RequestTimeoutError(deadline.reason));
      return;
    }
    const stopListening = deadline.onPass(onAbort);
    const name = prepared ? preparedName(sql) : undefined;
    const tooMany = name !== undefined && recordPrepared(connection, name, sql);
    // A Query made from the text (and named after) rather than from a config object: pg copies a
    // config object's property descriptors into a new object on every statement, which cost a
    // compiled read more than binding its values.
    const query = new Query(sql, params as unknown[], (error: Error | undefined, result: { rows: unknown[] }) => {
      stopListening();
      if (error) {
        if (settled) return releaseAfterCancel(error);
        settled = true;
        connection.release(connectionSurvives(error) && !tooMany ? undefined : asError(error));
        reject(translateDatabaseError(error));
        return;
      }
      if (settled) return releaseAfterCancel();
      settled = true;
      connection.release(tooMany);
      resolve(result.rows as T[]);
    });
    if (name) (query as Query & { name?: string }).name = name;
    connection.query(query);
  });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A request's database handle: reads on the shared pool, writes in TypeORM transactions (a query
 * runner holds one connection from BEGIN to COMMIT). Every statement is counted in `stats`, here
 * where the request's queries pass anyway: an AsyncLocalStorage would put a hook on every promise.
 * `limits` bound what one request may take: its deadline cancels its statements, it holds at most
 * `maxConnections` connections, and it is refused while the pool's queue is full.
 */
export function requestDb(
  dataSource: DataSource,
  stats: SqlStats = { statements: 0 },
  pool: Pool = readPool(dataSource),
  limits: RequestLimits = {},
): Db {
  const deadline = limits.deadline ?? NO_DEADLINE;
  const connections = slots(limits.maxConnections ?? Number.POSITIVE_INFINITY);
  const checkCanStart = () => {
    if (deadline.passed) throw new RequestTimeoutError(deadline.reason);
    if (limits.poolQueueMax !== undefined && pool.waitingCount >= limits.poolQueueMax) {
      throw new DatabaseUnavailableError('Every database connection is busy and too many requests wait; retry shortly.');
    }
  };
  const read = async <T>(sql: string, params: readonly unknown[], prepared: boolean): Promise<T[]> => {
    checkCanStart();
    stats.statements += 1;
    const slot = connections.acquire();
    if (slot) await slot;
    try {
      return await queryWithin<T>(pool, sql, params, deadline, prepared);
    } finally {
      connections.release();
    }
  };
  return {
    stats,
    query: <T>(sql: string, params: readonly unknown[] = []) => read<T>(sql, params, false),
    queryPrepared: <T>(sql: string, params: readonly unknown[]) => read<T>(sql, params, true),
    async transaction<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
      // The deadline holds for writes too: past it, the statement running is cancelled, no other is
      // sent, and the transaction rolls back whole (nothing half-written, the client told TIMEOUT).
      checkCanStart();
      await connections.acquire();
      const runner = dataSource.createQueryRunner('master');
      const onAbort = () =>
        cancelBackend(pool, (runner as unknown as { databaseConnection?: { processID?: number } }).databaseConnection?.processID);
      const stopListening = deadline.onPass(() => void onAbort());
      try {
        await runner.connect();
        await runner.startTransaction('READ COMMITTED');
        stats.statements += 1;
        const tx: Tx = {
          name,
          query: async <R>(sql: string, params: readonly unknown[] = []) => {
            if (deadline.passed) throw new RequestTimeoutError(deadline.reason);
            stats.statements += 1;
            try {
              const result = await runner.query(sql, params as unknown[], true);
              return result.records as R[];
            } catch (error) {
              if (deadline.passed) throw new RequestTimeoutError(deadline.reason);
              throw error;
            }
          },
        };
        try {
          const value = await work(tx);
          // Not cancelled during COMMIT: the client would be told TIMEOUT of a write that committed.
          stopListening();
          stats.statements += 1;
          await runner.commitTransaction();
          return value;
        } catch (error) {
          if (runner.isTransactionActive) {
            stats.statements += 1;
            await runner.rollbackTransaction().catch(() => undefined);
          }
          throw error;
        }
      } catch (error) {
        throw translateDatabaseError(error);
      } finally {
        stopListening();
        await runner.release();
        connections.release();
      }
    },
  };
}
