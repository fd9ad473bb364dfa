import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@qorgau/schema';
import { authenticate } from './auth/keys';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import type { Config } from './config/env';
import { createContext, type Context } from './context';
import { languageFromHeader } from './graphql/localized-text';
import type { Principal } from './auth/principal';
import { readPool, requestDb, type Db } from './sql/db';
import { formatError, UnauthenticatedError } from './errors';
import type { Logger } from './logger';
import { queryCostPlugin } from './query-cost';
import { buildQorgauSchema } from './schema';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** The GraphiQL bundle built by scripts/build-ide.mjs; absent in a checkout that was not built. */
const IDE_DIR = path.resolve(__dirname, '../dist-ide');

function wantsHtml(req: express.Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && req.query.query === undefined;
}

/**
 * One JSON log line per GraphQL request (operation, duration, status, SQL statements), and the
 * statement count as the `x-sql-statements` response header when `exposeSqlStats` is on.
 */
function requestLogPlugin(logger: Logger, exposeSqlStats: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const startedAt = process.hrtime.bigint();
      return {
        async willSendResponse({ response, errors, operationName, contextValue }) {
          const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
          const statements = contextValue.db.stats.statements;
          if (exposeSqlStats) response.http.headers.set('x-sql-statements', String(statements));
          logger.info(
            {
              requestId: contextValue.requestId,
              apiKey: contextValue.principal?.keyId ?? null,
              operationName: operationName ?? request.operationName ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              status: response.http.status ?? 200,
              errors: errors?.length ?? 0,
              sqlStatements: statements,
            },
            'graphql request',
          );
        },
      };
    },
    async contextCreationDidFail({ error }) {
      logger.info({ err: error.message }, 'graphql request refused before execution');
    },
  };
}

/** A client's own request id when it is a reasonable token, else a new one. */
function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
}

/** The request's API key as its principal; a bad key ends the request with HTTP 401 before anything runs. */
async function principalOf(db: Db, authorization: string | undefined): Promise<Principal | null> {
  try {
    return await authenticate(db, authorization);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    throw new GraphQLError(error.message, {
      extensions: {
        code: ErrorCode.UNAUTHENTICATED,
        http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="qorgau"']]) },
      },
    });
  }
}

export async function startServer(options: { config: Config; dataSource: DataSource; logger: Logger }): Promise<RunningServer> {
  const { config, dataSource, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: buildQorgauSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: (formatted, error) =>
      formatError(formatted, error, {
        isProduction: config.isProduction,
        onInternalError: (internal) => logger.error({ err: internal }, 'internal error'),
      }),
    // Cache-control hints are not used; the plugin would wrap every field resolver.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      queryCostPlugin(),
      requestLogPlugin(logger, config.exposeSqlStats),
    ],
  });
  await apollo.start();
  const pool = readPool(dataSource);

  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', reason: 'database not reachable' });
    }
  });

  const ideAvailable = fs.existsSync(path.join(IDE_DIR, 'index.html'));
  app.use('/graphql/ide', express.static(IDE_DIR, { index: false, maxAge: '1h' }));
  app.get('/graphql', (req, res, next) => {
    if (!wantsHtml(req)) return next();
    if (!ideAvailable) {
      res.status(404).type('text/plain').send('The GraphQL IDE is not built: run `pnpm build`.');
      return;
    }
    res.sendFile(path.join(IDE_DIR, 'index.html'));
  });

  app.use(
    '/graphql',
    (req, res, next) => {
      res.locals.requestId = requestIdOf(req.headers['x-request-id']);
      res.setHeader('x-request-id', res.locals.requestId as string);
      next();
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // The request's Db counts the SQL statements it sends (the key lookup included).
        const db = requestDb(dataSource, { statements: 0 }, pool);
        return createContext({
          db,
          lang: languageFromHeader(req.headers['accept-language']),
          principal: await principalOf(db, req.headers.authorization),
          requestId: res.locals.requestId as string,
        });
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    async stop() {
      await apollo.stop();
    },
  };
}
