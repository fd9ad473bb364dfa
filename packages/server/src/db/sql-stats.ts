import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../logger';

/** SQL statements sent on behalf of one HTTP request. */
export interface RequestSqlStats {
  statements: number;
}

// One store per request, entered by the HTTP layer; queries outside a request (migrations, seed) count nowhere.
export const requestSqlStats = new AsyncLocalStorage<RequestSqlStats>();

/** TypeORM hands every statement to its logger: count it for the current request, log it at debug. */
export class SqlStatsLogger implements TypeOrmLogger {
  constructor(private readonly logger: Logger) {}

  logQuery(query: string): void {
    const stats = requestSqlStats.getStore();
    if (stats) stats.statements += 1;
    if (this.logger.isLevelEnabled('trace')) this.logger.trace({ sql: query }, 'sql');
  }

  logQueryError(error: string | Error, query: string): void {
    this.logger.debug({ err: error, sql: query }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ durationMs: time, sql: query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ typeorm: message }, 'typeorm');
    else this.logger.debug({ typeorm: message }, 'typeorm');
  }
}
