import { ServerResponse, type IncomingMessage } from 'node:http';
import type { GraphQLRequest } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { format as formatContentType, parse as parseContentType } from 'content-type';
import Negotiator from 'negotiator';
import proxyaddr from 'proxy-addr';
import type { CompiledReads, RawJson } from '../compiler/compiled-reads';
import { compiledBodyToSend } from '../compiler/compiled-reads.plugin';
import type { Context } from '../context';
import { chargeOf, chargeRequest, costExtension, rateLimitHeaders, type LimitsOptions } from '../limits/limits.plugin';
import type { Logger } from '../logger';
import { cacheHeaders } from './public-cache';
import { HeldHeaders, type HeaderMethods } from './held-headers';
import type { ContextOfRequest, ServerResponseWithLocals } from './request-context';
import { logGraphQLRequest } from './request-log';
import { RecentMap } from '../recent';

export interface CompiledLaneOptions {
  compiled: CompiledReads;
  schema: GraphQLSchema;
  contextOf: ContextOfRequest;
  limits: LimitsOptions;
  maxBodyBytes: number;
  /** What every answer at /graphql passes before the body is read, in Express's order. */
  middlewares: readonly RequestHandler[];
  /** Express's `trust proxy` function: the client's address as `req.ip` would give it. */
  trustProxy: (address: string, hop: number) => boolean;
  publicCache: { maxAgeSeconds: number; originsListed: boolean };
  exposeSqlStats: boolean;
  logger: Logger;
}

export interface CompiledLane {
  /** Takes the request when it may be a compiled read (true), else leaves it to the caller. */
  take(req: IncomingMessage, res: ServerResponse, handOver: () => void): boolean;
  /** Express's JSON body parser, which reads a body the lane read already from the lane. */
  jsonBody(): RequestHandler;
}

/** A body read by the lane: its parsed value, or the error body-parser would have raised. */
type ReadBody = { value: unknown } | { error: Error };

/** Where the lane leaves a body it read, in `res.locals` (not a WeakMap of requests, which every garbage collection traces). */
const READ_BODY = 'compiledLaneBody';

/** The media types Apollo answers a single result in, in its order of preference. */
const RESULT_MEDIA_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/**
 * The Content-Type of an answer for each media type, as Express's `res.send` writes it: parsed and
 * formatted again (parameter names in lower case).
 */
const RESPONSE_CONTENT_TYPES = new Map(RESULT_MEDIA_TYPES.map((type) => [type, formatContentType(parseContentType(type))]));

/** A JSON body in UTF-8, by the Content-Type parser body-parser uses: anything else goes to it. */
function isJsonUtf8(header: string): boolean {
  try {
    const { type, parameters } = parseContentType(header);
    return type === 'application/json' && (parameters.charset === undefined || parameters.charset.toLowerCase() === 'utf-8');
  } catch {
    return false;
  }
}

/**
 * The compiled lane: a POST of a query text that Apollo has parsed, validated and seen answered by
 * one SQL statement is answered here, without Express's router and Apollo's request pipeline, which
 * cost a compiled read several times what PostgreSQL does. Nothing is skipped: the lane runs the
 * same middlewares (security headers, request id and deadline, CORS), the same context (key, pool
 * admission), the same charge (input limits, cost, budget) and the same statement, and writes the
 * bytes Apollo would. Whatever it does not take — another method or path, an encoded or chunked
 * body, a document it has not seen compiled, an Accept it would have to refuse, any refusal or
 * fallback — goes on to Express with the body already read, and with the context, charge and
 * statement attempt it made, which are made once per request (test/compiled-lane.int.test.ts).
 */
export function compiledLane(options: CompiledLaneOptions): CompiledLane {
  const { compiled, schema, contextOf, limits, maxBodyBytes, middlewares, trustProxy, publicCache, exposeSqlStats, logger } = options;
  const contentTypes = contentTypeChooser();
  // Clients send one Content-Type again and again: parsed once per distinct header.
  const jsonUtf8 = new RecentMap<string, boolean>(100);

  function eligible(req: IncomingMessage): boolean {
    if (req.method !== 'POST' || req.url !== '/graphql') return false;
    const { headers } = req;
    if (headers['transfer-encoding'] !== undefined) return false;
    const encoding = headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
    const length = headers['content-length'];
    if (length === undefined || !/^\d{1,9}$/.test(length) || Number(length) > maxBodyBytes) return false;
    const contentType = headers['content-type'];
    return contentType !== undefined && jsonUtf8.of(contentType, isJsonUtf8);
  }

  /**
   * Runs the middlewares that complete at once; false when one did not (Express then runs them all).
   * The headers they set are held in `held` instead of on the response (see HeldHeaders).
   */
  function passMiddlewares(req: IncomingMessage, res: ServerResponse, held: HeldHeaders): boolean {
    const response = res as ServerResponse & HeaderMethods;
    response.setHeader = (name, value) => {
      held.set(name, value);
      return response;
    };
    response.getHeader = (name) => held.get(name);
    response.removeHeader = (name) => held.remove(name);
    try {
      for (const middleware of middlewares) {
        let passed = false;
        try {
          middleware(req as never, res as never, (error?: unknown) => {
            passed = error === undefined;
          });
        } catch {
          // Express runs it again and reports what it throws.
          return false;
        }
        if (!passed) return false;
      }
      return true;
    } finally {
      response.setHeader = ServerResponse.prototype.setHeader;
      response.getHeader = ServerResponse.prototype.getHeader;
      response.removeHeader = ServerResponse.prototype.removeHeader;
    }
  }

  async function serve(
    req: IncomingMessage,
    res: ServerResponseWithLocals,
    body: unknown,
    startedAt: bigint,
    held: HeldHeaders,
  ): Promise<boolean> {
    const asked = graphQLRequestOf(body);
    if (!asked) return false;
    const { request } = asked;
    const known = compiled.knownOperation(asked.query, asked.operationName);
    if (!known || compiled.givenUp(known)) return false;
    const contentType = contentTypes(req.headers.accept);
    if (contentType === null) return false;
    const { document, operation } = known;
    let context: Context;
    try {
      context = await contextOf(req, res, proxyaddr(req, trustProxy));
      await chargeRequest(limits, { schema, operation, document, request, context });
    } catch {
      // A refusal: Apollo reports it from the same context and charge.
      return false;
    }
    const data = await compiled.answer(context, { document, operation, operationName: operation.name?.value ?? null, request });
    if (!data) return false;
    send(res, context, contentType, data, held);
    logGraphQLRequest(logger, context, {
      operationName: operation.name?.value ?? asked.operationName,
      startedAt,
      status: 200,
      errors: 0,
      codes: [],
      lane: 'compiled',
    });
    return true;
  }

  /** The answer Apollo writes for a compiled read (compiled-reads.plugin.ts and the plugins' willSendResponse). */
  function send(res: ServerResponse, context: Context, contentType: string, data: RawJson, held: HeldHeaders): void {
    const charged = chargeOf(context);
    if (charged.budget) for (const [name, value] of rateLimitHeaders(charged.budget)) held.set(name, value);
    const cache = cacheHeaders(publicCache.maxAgeSeconds, publicCache.originsListed, {
      method: 'POST',
      anonymous: context.principal === null,
      complete: true,
    });
    for (const [name, value] of cache) held.set(name, value);
    if (exposeSqlStats) held.set('x-sql-statements', String(context.db.stats.statements));
    held.set('Content-Type', RESPONSE_CONTENT_TYPES.get(contentType) ?? contentType);
    const body = compiledBodyToSend(data, { cost: costExtension(charged, limits.limits.maxQueryCost) });
    held.set('Content-Length', typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : body.length);
    res.writeHead(200, held.flat());
    res.end(body);
  }

  return {
    take(req, res, handOver) {
      if (!eligible(req)) return false;
      const startedAt = process.hrtime.bigint();
      const withLocals = res as ServerResponseWithLocals;
      withLocals.locals = Object.create(null) as Record<string, unknown>;
      const held = new HeldHeaders();
      const passed = passMiddlewares(req, res, held);
      // Express gets the response as the middlewares left it: their headers set, in their order.
      const handOverWithHeaders = () => {
        held.setOn(res);
        handOver();
      };
      const expected = Number(req.headers['content-length']);
      const chunks: Buffer[] = [];
      let received = 0;
      let settled = false;
      const done = (read: ReadBody) => {
        if (settled) return;
        settled = true;
        withLocals.locals[READ_BODY] = read;
        if (!passed || !('value' in read)) return handOverWithHeaders();
        serve(req, withLocals, read.value, startedAt, held).then(
          (served) => {
            if (!served) handOverWithHeaders();
          },
          (error: unknown) => {
            logger.error({ err: error, requestId: withLocals.locals.requestId }, 'the compiled lane failed');
            if (!res.headersSent) handOverWithHeaders();
          },
        );
      };
      req.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        received += chunk.length;
      });
      req.on('end', () => {
        if (received !== expected) return done({ error: bodyError('request.size.invalid', 'request size did not match content length') });
        done(parsedBody(Buffer.concat(chunks, received)));
      });
      // Node reports a client that left mid-body as an 'error' (ECONNRESET) before 'close'.
      req.on('error', () => done({ error: bodyError('request.aborted', 'request aborted') }));
      req.on('close', () => {
        if (!req.complete) done({ error: bodyError('request.aborted', 'request aborted') });
      });
      return true;
    },

    jsonBody() {
      return (req, res, next) => {
        const read = res.locals[READ_BODY] as ReadBody | undefined;
        if (!read) return next();
        if ('error' in read) return next(read.error);
        req.body = read.value;
        next();
      };
    },
  };
}

/** A POST body as Apollo reads it, when it is a plain request without extensions (persisted queries go to Apollo). */
function graphQLRequestOf(body: unknown): { request: GraphQLRequest; query: string; operationName: string | null } | undefined {
  if (!isRecord(body) || typeof body.query !== 'string') return undefined;
  const { query, operationName, variables, extensions } = body;
  if (extensions !== undefined && extensions !== null) return undefined;
  if (variables !== undefined && variables !== null && !isRecord(variables)) return undefined;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
  // Apollo refuses an empty name (no operation has it); learnt texts are keyed by the names Apollo resolved.
  if (operationName === '') return undefined;
  return {
    request: { query, operationName: operationName ?? undefined, variables: variables ?? undefined },
    query,
    operationName: operationName ?? null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** body-parser's JSON parsing (strict: an object or an array; an empty body is `{}`), with its errors. */
function parsedBody(buffer: Buffer): ReadBody {
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.length === 0) return { value: {} };
  const first = /^[ \t\n\r]*(.)/s.exec(text)?.[1];
  if (first !== '{' && first !== '[') return { error: bodyError('entity.parse.failed', 'body is not a JSON object or array') };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: bodyError('entity.parse.failed', error instanceof Error ? error.message : 'invalid JSON') };
  }
}

/** An error as body-parser raises it (http-errors: a status and `expose`), for http/client-errors.ts. */
function bodyError(type: string, message: string): Error {
  return Object.assign(new Error(message), { type, status: 400, statusCode: 400, expose: true });
}

/** Apollo's choice of the answer's media type for an Accept header (null: it answers 406), remembered per header. */
function contentTypeChooser(): (accept: string | undefined) => string | null {
  const chosen = new RecentMap<string, string | null>(100);
  return (accept) =>
    accept
      ? chosen.of(accept, (header) => new Negotiator({ headers: { accept: header } }).mediaType(RESULT_MEDIA_TYPES) ?? null)
      : RESULT_MEDIA_TYPES[0]!;
}
