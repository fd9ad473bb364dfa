import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@qorgau/schema';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { DataSource } from 'typeorm';
import type { Config } from './config/env';
import { readPool } from './sql/db';
import { formatError } from './errors';
import type { Context } from './context';
import { contextOfRequest, graphqlContext, requestIdAndDeadline, requestIdOf } from './http/request-context';
import type { Logger } from './logger';
import { buildQorgauSchema, guardedFields } from './schema';
import { corsMiddleware } from './http/cors';
import { apiSecurityHeaders, ideSecurityHeaders } from './http/security-headers';
import { clientErrorHandler, completeRefusals, sendGraphQLError, unexpectedErrorHandler } from './http/client-errors';
import { publicCachePlugin, publicCacheValidators } from './http/public-cache';
import { requestLogPlugin } from './http/request-log';
import { documentLimitRules } from './limits/document-rules';
import { limitsPlugin } from './limits/limits.plugin';
import { memoryRateLimiter, redisRateLimiter } from './limits/rate-limiter';
import { compiledReadsPlugin, stringifyResult } from './compiler/compiled-reads.plugin';
import { CompiledReads } from './compiler/compiled-reads';
import { compiledLane, type CompiledLane } from './http/compiled-lane';
import { assertModelsUnguarded, readModels } from './read-models';

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
  // Set once the API is assembled below; until then every request goes to Express.
  let lane: CompiledLane | undefined;
  const httpServer = http.createServer({ connectionsCheckingInterval }, (req, res) => {
    if (!lane?.take(req, res, () => app(req, res))) app(req, res);
  });
  // Behind a load balancer: keep idle connections open longer than it does (it closes first, so no
  // request is sent on a connection this side is closing), and bound slow clients and their number.
  httpServer.keepAliveTimeout = config.http.keepAliveTimeoutMs;
  httpServer.headersTimeout = config.http.headersTimeoutMs;
  httpServer.requestTimeout = config.http.requestTimeoutMs;
  httpServer.maxConnections = config.http.maxConnections;

  const limiter = config.rateLimit.redisUrl
    ? redisRateLimiter(config.rateLimit.redisUrl, config.rateLimit.redisKeyPrefix, logger)
    : memoryRateLimiter();
  const schema = buildQorgauSchema();
  const models = readModels();
  assertModelsUnguarded(models, guardedFields());
  const compiled = config.compiledReads ? new CompiledReads(schema, models, logger) : undefined;
  const limits = { limits: config.limits, rateLimit: config.rateLimit, limiter };
  const apollo = new ApolloServer<Context>({
    schema,
    stringifyResult,
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
      limitsPlugin(limits),
      publicCachePlugin(config.http.publicCacheMaxAgeSeconds, config.http.corsOrigins !== '*'),
      requestLogPlugin(logger, config.exposeSqlStats),
      // Last: it answers after validation, the cost check and the budgets have run.
      ...(compiled ? [compiledReadsPlugin(compiled)] : []),
    ],
  });
  await apollo.start();
  const pool = readPool(dataSource);

  // Every answer (health checks, 404s) gets the API's security headers; the IDE page sets its own.
  const securityHeaders = apiSecurityHeaders();
  app.use(securityHeaders);
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

  const requestIdAndDeadlineOfGraphQL = requestIdAndDeadline(config.http.requestTimeoutMs);
  const cors = corsMiddleware(config.http.corsOrigins);
  const contextOf = contextOfRequest({ config, dataSource, pool, limiter, logger });
  if (compiled && config.compiledLane) {
    lane = compiledLane({
      compiled,
      schema,
      contextOf,
      limits,
      maxBodyBytes: config.http.maxBodyBytes,
      middlewares: [securityHeaders, requestIdAndDeadlineOfGraphQL, cors],
      trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
      publicCache: { maxAgeSeconds: config.http.publicCacheMaxAgeSeconds, originsListed: config.http.corsOrigins !== '*' },
      exposeSqlStats: config.exposeSqlStats,
      logger,
    });
  }
  app.use(
    '/graphql',
    requestIdAndDeadlineOfGraphQL,
    cors,
    publicCacheValidators(),
    completeRefusals(config.limits.maxQueryCost),
    // A body the compiled lane read and handed over; body-parser then sees the request finished.
    ...(lane ? [lane.jsonBody()] : []),
    express.json({ limit: config.http.maxBodyBytes }),
    expressMiddleware(apollo, { context: graphqlContext(contextOf) }),
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
