import cors from 'cors';
import type { RequestHandler } from 'express';
import { recordedHeaders } from './recorded-headers';

/** What the SDK, the IDE and browser apps send besides the CORS-safelisted headers. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept-language',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
];

/** What a browser app may read from an answer besides the safelisted headers. */
const EXPOSED_HEADERS = [
  'x-request-id',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
  'etag',
  'x-sql-statements',
];

/**
 * Cross-origin access for browser apps (NGO and journalists' sites, the SDK in a browser). The API
 * authenticates with the Authorization header only, never cookies, so `*` without credentials lets
 * any site read what is public and nothing more: a browser never attaches a key on its own.
 */
export function corsMiddleware(origins: '*' | readonly string[]): RequestHandler {
  const middleware = cors({
    origin: origins === '*' ? '*' : [...origins],
    credentials: false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    // Chromium caps a cached preflight at two hours.
    maxAge: 7200,
    optionsSuccessStatus: 204,
  });
  // With `*`, an answer's CORS headers are the same whatever its Origin; a preflight (OPTIONS) and a
  // list of origins (which answers per Origin, with Vary) go to the middleware itself.
  if (origins !== '*') return middleware;
  return recordedHeaders(middleware, { method: 'POST' }, (req) => req.method.toUpperCase() !== 'OPTIONS');
}
