/**
 * Every `extensions.code` the Qorgau API puts on a top-level GraphQL error, and every `code` of a
 * mutation's `userErrors`. Shared by the server (which raises them) and the SDK (which types them).
 */
export const ErrorCode = {
  /** No or an unknown API key where one is needed. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The API key is valid but its role may not do this. */
  FORBIDDEN: 'FORBIDDEN',
  /** A record that the operation needs does not exist. */
  NOT_FOUND: 'NOT_FOUND',
  /** An argument or input field is malformed or out of range; `extensions.argument` names it. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The document is not valid against the schema (unknown field, wrong shape). */
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  /** The document could not be parsed. */
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  /**
   * The HTTP request itself is malformed: not JSON, a batch (an array), a GET that would mutate, a
   * body over the size limit (HTTP 413), a missing `apollo-require-preflight` header on a GET.
   */
  BAD_REQUEST: 'BAD_REQUEST',
  /** An automatic persisted query's hash is not known yet: send the query text with it once. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** The document holds several operations and `operationName` names none of them (or is missing). */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** The query asks for more than one request may cost, or is too deep, long or aliased. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Too many requests from this client; retry after `Retry-After` seconds. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request ran past its deadline (`REQUEST_TIMEOUT_MS`, or a statement timeout); its work was cancelled. */
  TIMEOUT: 'TIMEOUT',
  /** The database is unreachable or every connection is busy (HTTP 503); retry after `Retry-After` seconds. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** An update carried a version that is no longer current. */
  CONFLICT: 'CONFLICT',
  /** Anything unexpected; details are logged on the server, never sent to the client. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
