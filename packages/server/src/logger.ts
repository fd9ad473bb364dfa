import pino from 'pino';
import type { Config } from './config/env';

export type Logger = pino.Logger;

/**
 * JSON lines on stdout: one per request, plus start, stop and unexpected errors. Commands whose
 * stdout is their result (`pnpm qorgau keys list --json`) log to stderr (`fd` 2) instead.
 */
export function createLogger(config: Pick<Config, 'logLevel'>, fd: 1 | 2 = 1): Logger {
  const options = { level: config.logLevel, base: { service: 'qorgau' } };
  return fd === 1 ? pino(options) : pino(options, pino.destination({ dest: fd, sync: true }));
}
