import { randomUUID } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@qorgau/schema';
import { authenticate } from './auth/keys';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import type { Config } from './config/env';
import { createContext, type Context } from './context';
import { languageFromHeader } from './graphql/localized-text';
import type { Principal } from './auth/principal';
import { DatabaseUnavailableError, readPool, requestDb, RequestTimeoutError, translateDatabaseError, type Db } from './sql/db';
import { formatError, UnauthenticatedError } from './errors';
import type { Logger } from './logger';
import { buildQorgauSchema } from './schema';
import { corsMiddleware } from './http/cors';
import { apiSecurityHeaders, ideSecurityHeaders } from './http/security-headers';
import { clientErrorHandler, completeRefusals, sendGraphQLError, unexpectedErrorHandler } from './http/client-errors';
import { publicCachePlugin, publicCacheValidators } from './http/public-cache';
import { requestLogPlugin } from './http/request-log';
import { documentLimitRules } from './limits/document-rules';
import { limitsPlugin } from './limits/limits.plugin';
import { memoryRateLimiter, redisRateLimiter, type RateLimiter } from './limits/rate-limiter';

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

/** A client's own request id when it is a reasonable token, else a new one. */
function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
}

/** The request's API key as its principal; a bad key ends the request with HTTP 401 before anything runs. */
/**
 * How many refused keys one address may present per minute. Each unknown key is a lookup in the
 * database; past this, the address is answered 429 before any lookup (while budgets are on).
 */
export const MAX_REFUSED_KEYS_PER_MINUTE = 30;

async function principalOf(
  db: Db,
  authorization: string | undefined,
  refusals: { limiter: RateLimiter; subject: string; enabled: boolean },
): Promise<Principal | null> {
  if (authorization !== undefined && refusals.enabled) {
    const state = await refusals.limiter.spend(refusals.subject, 0, MAX_REFUSED_KEYS_PER_MINUTE);
    if (state.remaining === 0) {
      const retryAfter = String(Math.max(1, Math.ceil((state.resetAt - Date.now()) / 1000)));
      throw new GraphQLError(
        `This address presented ${MAX_REFUSED_KEYS_PER_MINUTE} refused API keys this minute; retry in ${retryAfter} s.`,
        {
          extensions: { code: ErrorCode.RATE_LIMITED, http: { status: 429, headers: new HeaderMap([['retry-after', retryAfter]]) } },
        },
      );
    }
  }
  try {
    return await authenticate(db, authorization);
  } catch (error) {
    const translated = translateDatabaseError(error);
    if (translated instanceof DatabaseUnavailableError || translated instanceof RequestTimeoutError) {
      // The key could not be looked up: the database is away, not the key wrong. Worth a retry.
      throw new GraphQLError(translated.message, {
        originalError: translated,
        extensions: { code: translated.code, http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) } },
      });
    }
    if (!(error instanceof UnauthenticatedError)) throw error;
    if (refusals.enabled) await refusals.limiter.spend(refusals.subject, 1, MAX_REFUSED_KEYS_PER_MINUTE);
    throw new GraphQLError(error.message, {
      extensions: {
        code: ErrorCode.UNAUTHENTICATED,
        http: { status: 401, headers: new HeaderMap([['www-authenticate', 'Bearer realm="qorgau"']]) },
      },
    });
  }
}

/** How long /readyz waits for the database before it answers 503 (well within a probe's timeout). */
const READINESS_TIMEOUT_MS = 2_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

export async function startServer(options: { config: Config; dataSource: DataSource; logger: Logger }): Promise<RunningServer> {
  const { config, dataSource, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  // Public answers get ETags of their own (http/public-cache.ts); Express's would tag every answer.
  app.set('etag', false);
  app.set('trust proxy', config.http.trustProxy);
  // Node checks request and header timeouts only this often (30 s by default): a fraction of the timeout.
  const connectionsCheckingInterval = Math.max(250, Math.min(5_000, Math.floor(config.http.requestTimeoutMs / 4)));
  const httpServer = http.createServer({ connectionsCheckingInterval }, app);
  // Behind a load balancer: keep idle connections open longer than it does (it closes first, so no
  // request is sent on a connection this side is closing), and bound slow clients and their number.
  httpServer.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  httpServer.headersTimeout = config.http.headersTimeoutMs;
  httpServer.requestTimeout = config.http.requestTimeoutMs;
  httpServer.maxConnections = config.http.maxConnections;

  const limiter = config.rateLimit.redisUrl
    ? redisRateLimiter(config.rateLimit.redisUrl, config.rateLimit.redisKeyPrefix, logger)
    : memoryRateLimiter();
  const apollo = new ApolloServer<Context>({
    schema: buildQorgauSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: !config.isProduction,
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: documentLimitRules(config.limits),
    formatError: (formatted, error) => formatError(formatted, error, { isProduction: config.isProduction }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Cache-control hints are not used (the plugin would wrap every field resolver); public
      // answers are marked by publicCachePlugin.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN; the IDE is served from this server (dist-ide).
      ApolloServerPluginLandingPageDisabled(),
      limitsPlugin({ limits: config.limits, rateLimit: config.rateLimit, limiter }),
      publicCachePlugin(config.http.publicCacheMaxAgeSeconds, config.http.corsOrigins !== '*'),
      requestLogPlugin(logger, config.exposeSqlStats),
    ],
  });
  await apollo.start();
  const pool = readPool(dataSource);

  // Every answer (health checks, 404s) gets the API's security headers; the IDE page sets its own.
  app.use(apiSecurityHeaders());
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(
        pool.query('SELECT 1').then(() => undefined),
        READINESS_TIMEOUT_MS,
      );
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'database not reachable');
      res.status(503).json({ status: 'unavailable', reason: 'database not reachable' });
    }
  });

  const ideAvailable = fs.existsSync(path.join(IDE_DIR, 'index.html'));
  app.use('/graphql/ide', ideSecurityHeaders(), express.static(IDE_DIR, { index: false, maxAge: '1h' }));
  app.get('/graphql', (req, res, next) => {
    if (!wantsHtml(req)) return next();
    ideSecurityHeaders()(req, res, () => {
      if (!ideAvailable) {
        res.status(404).type('text/plain').send('The GraphQL IDE is not built: run `pnpm build`.');
        return;
      }
      res.sendFile(path.join(IDE_DIR, 'index.html'));
    });
  });

  app.use(
    '/graphql',
    (req, res, next) => {
      const requestId = requestIdOf(req.headers['x-request-id']);
      res.locals.requestId = requestId;
      res.setHeader('x-request-id', requestId);
      // The request's deadline: at REQUEST_TIMEOUT_MS, or when its client goes away, its database
      // statements are cancelled and the ones it has not sent yet are refused.
      const deadline = new AbortController();
      const timer = setTimeout(
        () => deadline.abort(`The request ran past its deadline of ${config.http.requestTimeoutMs} ms and was cancelled.`),
        config.http.requestTimeoutMs,
      );
      res.on('close', () => {
        clearTimeout(timer);
        if (!res.writableFinished) deadline.abort('The client went away before the answer was sent.');
      });
      res.locals.signal = deadline.signal;
      next();
    },
    corsMiddleware(config.http.corsOrigins),
    publicCacheValidators(),
    completeRefusals(config.limits.maxQueryCost),
    express.json({ limit: config.http.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        try {
          if (pool.waitingCount >= config.database.poolQueueMax) {
            throw new GraphQLError('Every database connection is busy and too many requests wait; retry shortly.', {
              extensions: {
                code: ErrorCode.SERVICE_UNAVAILABLE,
                http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) },
              },
            });
          }
          // The request's Db counts the SQL statements it sends (the key lookup included).
          const db = requestDb(dataSource, { statements: 0 }, pool, {
            signal: res.locals.signal as AbortSignal,
            maxConnections: config.database.connectionsPerRequest,
            poolQueueMax: config.database.poolQueueMax,
          });
          return createContext({
            db,
            lang: languageFromHeader(req.headers['accept-language']),
            principal: await principalOf(db, req.headers.authorization, {
              limiter,
              subject: `refused-keys:${req.ip ?? 'unknown'}`,
              enabled: config.rateLimit.ipCostPerMinute > 0,
            }),
            requestId,
            clientAddress: req.ip ?? req.socket.remoteAddress ?? 'unknown',
          });
        } catch (error) {
          // A refused key (401) or a full pool or absent database (503): the client's or the
          // moment's problem, not a bug; logged here, where the request's id is known.
          const code = error instanceof GraphQLError ? error.extensions.code : undefined;
          logger.info(
            { requestId, code, err: error instanceof Error ? error.message : String(error) },
            'graphql request refused before execution',
          );
          throw error;
        }
      },
    }),
  );
  app.use(clientErrorHandler(logger));
  app.use((req: express.Request, res: express.Response) => {
    res.locals.requestId ??= requestIdOf(req.headers['x-request-id']);
    res.setHeader('x-request-id', res.locals.requestId as string);
    res.setHeader('cache-control', 'no-store');
    sendGraphQLError(res, 404, ErrorCode.NOT_FOUND, 'Nothing here: the API is at /graphql.');
  });
  app.use(unexpectedErrorHandler(logger));

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
      await limiter.close();
    },
  };
}
