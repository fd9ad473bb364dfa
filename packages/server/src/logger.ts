import pino from 'pino';
import type { Config } from './config/env';

export type Logger = pino.Logger;

/** JSON lines on stdout: one per request, plus start, stop and unexpected errors. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'qorgau' } });
}
