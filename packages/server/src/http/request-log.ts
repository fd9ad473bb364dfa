import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@qorgau/schema';
import type { Context } from '../context';
import { isInternalError } from '../errors';
import type { Logger } from '../logger';

/** The log line of one GraphQL request, whichever lane answered it. */
export function logGraphQLRequest(
  logger: Logger,
  context: Context,
  answer: {
    operationName: string | null;
    startedAt: bigint;
    status: number;
    errors: number;
    codes: readonly string[];
    /** Set when the compiled lane answered (http/compiled-lane.ts), without Express's router and Apollo's pipeline. */
    lane?: 'compiled';
  },
): void {
  const durationMs = Number(process.hrtime.bigint() - answer.startedAt) / 1e6;
  logger.info(
    {
      requestId: context.requestId,
      apiKey: context.principal?.keyId ?? null,
      operationName: answer.operationName,
      durationMs: Math.round(durationMs * 10) / 10,
      status: answer.status,
      errors: answer.errors,
      ...(answer.codes.length > 0 && { codes: answer.codes }),
      sqlStatements: context.db.stats.statements,
      ...(answer.lane && { lane: answer.lane }),
    },
    'graphql request',
  );
}

/**
 * One JSON log line per GraphQL request (operation, duration, status, error codes, SQL statements),
 * at info whatever the client did wrong; unexpected errors at error level with their stack. Every
 * error in the answer carries the request's id, so that a report can be matched to its log line.
 * The request's variables and body are never logged: they may hold personal data or keys.
 */
export function requestLogPlugin(logger: Logger, exposeSqlStats: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const startedAt = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (isInternalError(error))
              logger.error({ err: error.originalError ?? error, requestId: contextValue.requestId }, 'internal error');
          }
        },
        async willSendResponse({ response, operationName, contextValue, operation }) {
          const statements = contextValue.db.stats.statements;
          if (exposeSqlStats) response.http.headers.set('x-sql-statements', String(statements));
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const codes = [...new Set((body?.errors ?? []).map((error) => String(error.extensions?.code ?? 'UNKNOWN')))];
          if (body?.errors) {
            body.errors = body.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: contextValue.requestId },
            }));
          }
          // A query that could not reach the database is worth retrying: tell clients (and the SDK) when.
          if (codes.includes(ErrorCode.SERVICE_UNAVAILABLE) && operation?.operation !== 'mutation') {
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
          }
          logGraphQLRequest(logger, contextValue, {
            operationName: operationName ?? request.operationName ?? null,
            startedAt,
            status: response.http.status ?? 200,
            errors: body?.errors?.length ?? 0,
            codes,
          });
        },
      };
    },
  };
}
