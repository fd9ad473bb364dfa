import { ConfigError, loadConfig } from './config/env';
import { openDatabase } from './db/database';
import { EmbeddedPostgresError } from './db/embedded-postgres';
import { createLogger } from './logger';
import { startServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = await openDatabase(config, logger);
  const server = await startServer({ config, dataSource: database.dataSource, logger });
  logger.info({ url: server.url }, `Qorgau GraphQL API ready at ${server.url}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // A shutdown that hangs (a PostgreSQL that never answers) must not keep the process alive.
    setTimeout(() => {
      logger.error('shutdown timed out after 15 s');
      process.exit(1);
    }, 15_000).unref();
    try {
      await server.stop();
      await database.close();
      logger.info('stopped');
      process.exitCode = 0;
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exitCode = 1;
    }
  };
  // This process owns shutdown: drain requests, close the pool, then stop PostgreSQL. Apollo Server
  // registers signal handlers of its own (stopOnTerminationSignals) that stop it and re-raise the
  // signal, racing this shutdown: they are removed. The embedded PostgreSQL runs in its own process
  // group, so a terminal's Ctrl-C does not stop it under the draining requests. Listeners stay: a
  // second signal (Ctrl-C reaches pnpm, which forwards it too) must not kill the process midway and
  // leave PostgreSQL running.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => void shutdown(signal));
  }
}

main().catch((error: unknown) => {
  // Expected start-up failures get one line; anything else gets its stack for a bug report.
  if (error instanceof ConfigError || error instanceof EmbeddedPostgresError) {
    process.stderr.write(`qorgau: ${error.message}\n`);
  } else if (error instanceof Error && /ECONNREFUSED|password authentication|does not exist|ENOTFOUND/.test(error.message)) {
    process.stderr.write(`qorgau: cannot use the database: ${error.message}\n`);
  } else {
    process.stderr.write(`qorgau: failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
