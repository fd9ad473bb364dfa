import { GraphQLError, Kind, parse, visit, type ASTNode, type DocumentNode, type GraphQLFormattedError, type Source } from 'graphql';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ErrorCode, isErrorCode } from '@qorgau/schema';

/**
 * Domain errors carry a code from @qorgau/schema. `formatError` below is the one place they become
 * `extensions.code`; anything without a code is masked as INTERNAL_SERVER_ERROR in production.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * A domain error as a refusal before execution (from the context function or a plugin hook):
 * Apollo answers with this HTTP status and headers, and `formatError` gives the domain's code.
 */
export function httpRefusal(error: DomainError, status: number, headers: ReadonlyArray<[string, string]> = []): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { http: { status, ...(headers.length > 0 && { headers: new HeaderMap(headers) }) } },
  });
}

/** Keeps a `switch` over a union complete: a new member that no case handles fails to compile. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

/** A malformed argument; `argument` is its path, e.g. `filter.region` or `after`. */
export class BadUserInputError extends DomainError {
  constructor(message: string, argument: string) {
    super(ErrorCode.BAD_USER_INPUT, message, { argument });
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, argument?: string) {
    super(ErrorCode.NOT_FOUND, message, argument ? { argument } : {});
  }
}

/** No API key where one is needed (a write), or a key that is malformed, unknown or revoked. */
export class UnauthenticatedError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

/** The key is valid, but its role or organization may not do this. Nothing was changed. */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

// graphql-js reports a literal of the wrong type (a bad Date, an unknown enum value) as a validation
// error; to clients it is bad input in an argument like any other.
const BAD_VALUE_PATTERNS = [
  /^Expected value of type/,
  /^Value ".*" does not exist in ".*" enum/,
  /^Enum ".*" cannot represent/,
  /^\w+ cannot represent/,
];

/**
 * The argument path (`filter.dateRange.from`) of the value at `position` in a document: graphql-js
 * reports a bad literal with the value's location only, and clients are promised the argument.
 */
export function argumentPathAt(document: DocumentNode, position: number): string | undefined {
  let found: string | undefined;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (found !== undefined || node.loc?.start !== position || !VALUE_KINDS.has(node.kind)) return undefined;
      const names = [...ancestors, parent]
        .filter((a): a is ASTNode => typeof a === 'object' && a !== null && 'kind' in a)
        .filter((a) => a.kind === Kind.ARGUMENT || a.kind === Kind.OBJECT_FIELD)
        .map((a) => (a as { name: { value: string } }).name.value);
      if (names.length > 0) found = names.join('.');
      return undefined;
    },
  });
  return found;
}

const VALUE_KINDS = new Set<string>([Kind.STRING, Kind.INT, Kind.FLOAT, Kind.BOOLEAN, Kind.ENUM, Kind.LIST, Kind.OBJECT, Kind.NULL]);

// One parse per request, however many bad literals it has: its errors share the document's Source.
const parsedSources = new WeakMap<Source, DocumentNode>();

function badLiteralArgument(error: unknown): string | undefined {
  const graphQLError = error instanceof GraphQLError ? error : undefined;
  const node = graphQLError?.nodes?.[0];
  const source = graphQLError?.source;
  if (!node?.loc || source === undefined) return undefined;
  try {
    let document = parsedSources.get(source);
    if (!document) {
      document = parse(source);
      parsedSources.set(source, document);
    }
    return argumentPathAt(document, node.loc.start);
  } catch {
    return undefined;
  }
}

function isClientHttpStatus(http: unknown): boolean {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** graphql-js's refusal of a variable's value: the variable, and where in it the bad value is. */
const BAD_VARIABLE = /^Variable "\$(\w+)" got invalid value /;
const BAD_VARIABLE_AT = / at "([^"]+)"; /;

/** graphql-js's refusal of a document over `parseOptions.maxTokens`. */
// (graphql-js 16 writes "more that".)
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Whether an error reaches the client masked as INTERNAL_SERVER_ERROR (a bug or an unexpected
 * failure, logged at error level) rather than with a code of its own (the client's mistake).
 */
export function isInternalError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return false;
  if (original instanceof GraphQLError) {
    if (original.originalError instanceof DomainError) return false;
    const code = original.extensions?.code;
    if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return false;
    // graphql-js's own errors (validation, parsing, coercion of variables) carry no code yet.
    if (original.originalError === undefined || original.originalError === null) return false;
  }
  return true;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, options: { isProduction: boolean }): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return { ...formatted, message: original.message, extensions: { ...original.extensions, code: original.code } };
  }
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) {
    const domain = original.originalError;
    return { ...formatted, extensions: { ...domain.extensions, code: domain.code } };
  }
  const code = formatted.extensions?.code;
  const tooManyTokens = code === ErrorCode.GRAPHQL_PARSE_FAILED ? TOO_MANY_TOKENS.exec(formatted.message) : null;
  if (tooManyTokens) {
    const maximum = Number(tooManyTokens[1]);
    return {
      message: `The document has more than ${maximum} tokens, the limit.`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', maximum },
    };
  }
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && formatted.message === 'Maximum introspection depth exceeded') {
    // graphql-js's own rule against introspection that nests member lists (types { fields { type { fields … }).
    return { ...formatted, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'introspection' } };
  }
  if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && BAD_VALUE_PATTERNS.some((p) => p.test(formatted.message))) {
    const argument = badLiteralArgument(error);
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } };
  }
  if (
    original instanceof GraphQLError &&
    !original.originalError &&
    original.extensions.code === undefined &&
    isClientHttpStatus(original.extensions.http)
  ) {
    // Apollo's own refusals without a code (a persisted query's hash that does not match, an
    // unknown protocol version): the client's mistake, said as Apollo says it.
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  }
  if (isErrorCode(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...rest } = formatted.extensions ?? {};
    // A variable's value that does not coerce: graphql-js names the offending field in its message
    // only; clients are promised it as `argument`, the path within the variable (`input.link`).
    const variable = code === ErrorCode.BAD_USER_INPUT && rest.argument === undefined ? BAD_VARIABLE.exec(formatted.message) : null;
    const argument = variable ? (BAD_VARIABLE_AT.exec(formatted.message)?.[1] ?? variable[1]) : undefined;
    const extensions = options.isProduction ? rest : (formatted.extensions ?? {});
    return { ...formatted, extensions: argument === undefined ? extensions : { ...extensions, argument } };
  }
  // Logged with the request's id by the request log plugin (didEncounterErrors), not here.
  if (options.isProduction) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
