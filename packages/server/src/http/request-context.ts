import { randomUUID } from 'node:crypto';
import type { ContextFunction } from '@apollo/server';
import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler, Response } from 'express';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@qorgau/schema';
import { authenticate } from '../auth/keys';
import type { Principal } from '../auth/principal';
import type { Config } from '../config/env';
import { createContext, type Context } from '../context';
import { DomainError, httpRefusal, UnauthenticatedError } from '../errors';
import { languageFromHeader } from '../graphql/localized-text';
import { retryAfterSeconds, type RateLimiter } from '../limits/rate-limiter';
import type { Logger } from '../logger';
import { Deadline } from '../sql/deadline';
import { DatabaseUnavailableError, requestDb, RequestTimeoutError, translateDatabaseError, type Db } from '../sql/db';

/**
 * How many refused keys one address may present per minute. Each unknown key is a lookup in the
 * database; past this, the address is answered 429 before any lookup (while budgets are on).
 */
export const MAX_REFUSED_KEYS_PER_MINUTE = 30;

/** A client's own request id when it is a reasonable token, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
}

/**
 * The request's id (`x-request-id`) and its deadline: at `timeoutMs`, or when its client goes away,
 * its database statements are cancelled and the ones it has not sent yet are refused.
 */
export function requestIdAndDeadline(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    // Set already when the compiled lane handed the request over (http/compiled-lane.ts).
    if (res.locals.requestId !== undefined) return next();
    const requestId = requestIdOf(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const deadline = new Deadline();
    const timer = setTimeout(() => deadline.pass(`The request ran past its deadline of ${timeoutMs} ms and was cancelled.`), timeoutMs);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) deadline.pass('The client went away before the answer was sent.');
    });
    res.locals.deadline = deadline;
    next();
  };
}

/** A 503 worth retrying in a second: the database is away or busy, the request itself is fine. */
function unavailable(error: DomainError) {
  return httpRefusal(error, 503, [['retry-after', '1']]);
}

/** The request's API key as its principal; a bad key ends the request with HTTP 401 before anything runs. */
async function principalOf(
  db: Db,
  authorization: string | undefined,
  refusals: { limiter: RateLimiter; subject: string; enabled: boolean },
): Promise<Principal | null> {
  if (authorization !== undefined && refusals.enabled) {
    const state = await refusals.limiter.spend(refusals.subject, 0, MAX_REFUSED_KEYS_PER_MINUTE);
    if (state.remaining === 0) {
      const retryAfter = retryAfterSeconds(state.resetAt);
      throw httpRefusal(
        new DomainError(
          ErrorCode.RATE_LIMITED,
          `This address presented ${MAX_REFUSED_KEYS_PER_MINUTE} refused API keys this minute; retry in ${retryAfter} s.`,
        ),
        429,
        [['retry-after', String(retryAfter)]],
      );
    }
  }
  try {
    return await authenticate(db, authorization);
  } catch (error) {
    const translated = translateDatabaseError(error);
    // The key could not be looked up: the database is away, not the key wrong. Worth a retry.
    if (translated instanceof DatabaseUnavailableError || translated instanceof RequestTimeoutError) throw unavailable(translated);
    if (!(error instanceof UnauthenticatedError)) throw error;
    if (refusals.enabled) await refusals.limiter.spend(refusals.subject, 1, MAX_REFUSED_KEYS_PER_MINUTE);
    throw httpRefusal(error, 401, [['www-authenticate', 'Bearer realm="qorgau"']]);
  }
}

/** The request's context: made once per request, by the compiled lane or by Apollo's context function. */
export type ContextOfRequest = (req: IncomingMessage, res: Response | ServerResponseWithLocals, clientAddress: string) => Promise<Context>;

/** A Node response with Express's `locals` (the compiled lane gives its responses one before Express sees them). */
export type ServerResponseWithLocals = ServerResponse & { locals: Record<string, unknown> };

const CONTEXT = 'qorgauContext';

/**
 * The request's context: its Db (its deadline, a share of the pool), language, loaders and
 * principal. A refusal here (a full pool, an absent database, a refused key) is the client's or the
 * moment's problem, not a bug: logged at info with the request's id. Made once per request (kept in
 * `res.locals`), so that a refused key is counted once when the compiled lane hands a request over.
 */
export function contextOfRequest(options: {
  config: Config;
  dataSource: DataSource;
  pool: Pool;
  limiter: RateLimiter;
  logger: Logger;
}): ContextOfRequest {
  const { config, dataSource, pool, limiter, logger } = options;
  const create = async (req: IncomingMessage, requestId: string, deadline: Deadline, clientAddress: string): Promise<Context> => {
    try {
      if (pool.waitingCount >= config.database.poolQueueMax) {
        throw unavailable(new DatabaseUnavailableError('Every database connection is busy and too many requests wait; retry shortly.'));
      }
      // The request's Db counts the SQL statements it sends (the key lookup included).
      const db = requestDb(dataSource, { statements: 0 }, pool, {
        deadline,
        maxConnections: config.database.connectionsPerRequest,
        poolQueueMax: config.database.poolQueueMax,
      });
      return createContext({
        db,
        lang: languageFromHeader(req.headers['accept-language']),
        principal: await principalOf(db, req.headers.authorization, {
          limiter,
          subject: `refused-keys:${clientAddress}`,
          enabled: config.rateLimit.ipCostPerMinute > 0,
        }),
        requestId,
        clientAddress,
      });
    } catch (error) {
      const code = error instanceof GraphQLError && error.originalError instanceof DomainError ? error.originalError.code : undefined;
      logger.info(
        { requestId, code, err: error instanceof Error ? error.message : String(error) },
        'graphql request refused before execution',
      );
      throw error;
    }
  };
  return (req, res, clientAddress) => {
    const locals = res.locals;
    let context = locals[CONTEXT] as Promise<Context> | undefined;
    if (!context) {
      context = create(req, locals.requestId as string, locals.deadline as Deadline, clientAddress);
      // Apollo or the lane awaits it; a refusal must not also count as an unhandled rejection meanwhile.
      context.catch(() => undefined);
      locals[CONTEXT] = context;
    }
    return context;
  };
}

/** Apollo's context function: the request's context, made by the lane already or now. */
export function graphqlContext(contextOf: ContextOfRequest): ContextFunction<[ExpressContextFunctionArgument], Context> {
  return ({ req, res }) => contextOf(req, res, req.ip ?? req.socket.remoteAddress ?? 'unknown');
}
