import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { Context } from '../context';

/**
 * Strong ETags and 304s for answers that the GraphQL layer marked `Cache-Control: public` (anonymous
 * GET reads without errors); every other answer is left alone and carries no ETag. Express's own
 * ETags are off because they would tag authenticated answers and errors too.
 */
export function publicCacheValidators(): RequestHandler {
  return (req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const cacheControl = res.getHeader('cache-control');
      if (res.statusCode === 200 && typeof cacheControl === 'string' && cacheControl.startsWith('public') && typeof body === 'string') {
        const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
        res.setHeader('etag', etag);
        const ifNoneMatch = req.headers['if-none-match'];
        if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
          res.status(304);
          return send();
        }
      }
      return send(body);
    };
    next();
  };
}

/**
 * Marks anonymous GET reads answered without errors `Cache-Control: public`, so that a CDN or a
 * caching proxy can serve them; everything else (keys, errors, POSTs, mutations) is `no-store`.
 * The answer depends on the language asked for and on the key, hence `Vary`.
 */
export function publicCachePlugin(maxAgeSeconds: number, originsListed: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, contextValue }) {
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const headers = cacheHeaders(maxAgeSeconds, originsListed, {
            method: request.http?.method,
            anonymous: contextValue.principal === null,
            complete: single !== undefined && !single.errors?.length && (response.http.status ?? 200) === 200,
          });
          for (const [name, value] of headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/** The caching headers of an answer: `public` for an anonymous GET answered whole, else `no-store`. */
export function cacheHeaders(
  maxAgeSeconds: number,
  originsListed: boolean,
  answer: { method: string | undefined; anonymous: boolean; complete: boolean },
): Array<[string, string]> {
  const cacheable = maxAgeSeconds > 0 && answer.method === 'GET' && answer.anonymous && answer.complete;
  if (!cacheable) return [['cache-control', 'no-store']];
  // With `*` every origin gets the same answer: Vary on Origin would only split a CDN's cache.
  return [
    ['cache-control', `public, max-age=${maxAgeSeconds}`],
    ['vary', originsListed ? 'Origin, Accept-Language, Authorization' : 'Accept-Language, Authorization'],
  ];
}
