import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { ErrorCode } from '@qorgau/schema';
import type { Logger } from '../logger';

/** A refusal in GraphQL's response shape, so that clients read every error the same way. */
export function sendGraphQLError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  const requestId = res.locals.requestId as string | undefined;
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extensions, ...(requestId ? { requestId } : {}) } }] }));
}

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
  /** Set by body-parser (http-errors) on errors that are the client's, such as a damaged gzip body. */
  expose?: boolean;
}

const BODY_PROBLEMS: Record<string, string> = {
  'entity.too.large': 'The request body is larger than the limit of {limit} bytes.',
  'entity.parse.failed': 'The request body is not a JSON object (a GraphQL request is {"query": …, "variables": …}).',
  'encoding.unsupported': 'The request body has a content encoding the server does not accept.',
  'charset.unsupported': 'The request body has a charset the server does not accept; send UTF-8.',
  'request.aborted': 'The client ended the request before its body arrived.',
  'request.size.invalid': 'The request body is shorter or longer than its Content-Length.',
};

/**
 * Errors raised while reading a request's body (too large, not JSON): a JSON answer with
 * BAD_REQUEST and the HTTP status, logged at info without the body. Express would otherwise send
 * an HTML page and print the error, with a fragment of the body, to stderr.
 */
export function clientErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, next) => {
    const clientsFault = error.expose === true && error.status !== undefined && error.status >= 400 && error.status < 500;
    const template =
      (error.type ? BODY_PROBLEMS[error.type] : undefined) ??
      (clientsFault ? 'The request body could not be read: its content encoding is damaged or not the one declared.' : undefined);
    if (template === undefined || res.headersSent) {
      next(error);
      return;
    }
    const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
    logger.info({ requestId: res.locals.requestId, status, problem: error.type }, 'request refused');
    sendGraphQLError(res, status, ErrorCode.BAD_REQUEST, template.replace('{limit}', String(error.limit ?? '')));
  };
}

/** The last handler: anything unexpected becomes a JSON 500 without details (they go to the log). */
export function unexpectedErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    logger.error({ err: error, requestId: res.locals.requestId }, 'unexpected error in the HTTP layer');
    if (res.headersSent) {
      res.end();
      return;
    }
    sendGraphQLError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}

/**
 * Adds the request id to the errors of refusals that Apollo answers before a request has a context
 * (a batch, a CSRF block, a GET mutation, a refused key), and the cost they were charged (nothing),
 * so that every answer has both. Answers below 400 are left untouched: the GraphQL plugins gave them
 * both, and the hot path stays as it is.
 */
export function completeRefusals(maxQueryCost: number): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (res.statusCode >= 400 && typeof body === 'string' && body.startsWith('{"errors"')) {
        try {
          const parsed = JSON.parse(body) as {
            errors?: Array<{ extensions?: Record<string, unknown> }>;
            extensions?: Record<string, unknown>;
          };
          for (const error of parsed.errors ?? []) error.extensions = { requestId: res.locals.requestId as string, ...error.extensions };
          parsed.extensions = { cost: { requested: 0, limit: maxQueryCost }, ...parsed.extensions };
          return send(JSON.stringify(parsed));
        } catch {
          return send(body);
        }
      }
      return send(body);
    };
    next();
  };
}
