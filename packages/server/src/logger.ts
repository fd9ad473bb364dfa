import pino from 'pino';
import type { Config } from './config/env';

export type Logger = pino.Logger;

/** How long a log line may wait in the server's buffer before it is written. */
const FLUSH_INTERVAL_MS = 200;

/**
 * JSON lines on stdout: one per request, plus start, stop and unexpected errors. The server buffers
 * them (up to 4 KiB, written at least every 200 ms, and when the process exits): a
 * write per request would cost a compiled read a sixth of its time. The buffer is written
 * synchronously, as pino's default destination writes: an asynchronous write goes through libuv's
 * thread pool, and waking a pool thread and then the event loop again cost a compiled read more
 * (under load, 0.9 context switches of the main thread per request instead of 0.64) than the
 * write itself. Commands whose stdout is their result (`pnpm qorgau keys list --json`) log to
 * stderr (`fd` 2) instead, line by line.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, fd: 1 | 2 = 1): Logger {
  const options = { level: config.logLevel, base: { service: 'qorgau' } };
  if (fd === 2) return pino(options, pino.destination({ dest: fd, sync: true }));
  const destination = pino.destination({ dest: fd, sync: true, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_INTERVAL_MS).unref();
  // pino writes out what a synchronous destination holds only when it is asked to: at exit, here.
  process.once('exit', () => destination.flushSync());
  return pino(options, destination);
}
