import pino from 'pino';
import type { Config } from './config/env';

export type Logger = pino.Logger;

/** How long a log line may wait in the server's buffer before it is written. */
const FLUSH_INTERVAL_MS = 200;

/**
 * JSON lines on stdout: one per request, plus start, stop and unexpected errors. The server buffers
 * them (up to 4 KiB, written at least every 200 ms, and flushed by pino when the process exits): a
 * write per request would cost a compiled read a sixth of its time. Commands whose stdout is their
 * result (`pnpm qorgau keys list --json`) log to stderr (`fd` 2) instead, line by line.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, fd: 1 | 2 = 1): Logger {
  const options = { level: config.logLevel, base: { service: 'qorgau' } };
  if (fd === 2) return pino(options, pino.destination({ dest: fd, sync: true }));
  const destination = pino.destination({ dest: fd, sync: false, minLength: 4096 });
  setInterval(() => destination.flush(), FLUSH_INTERVAL_MS).unref();
  return pino(options, destination);
}
