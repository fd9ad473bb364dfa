import type { ErrorCode, UserErrorCode } from '@qorgau/schema';

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorItem {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: ErrorCode; argument?: string; [key: string]: unknown };
}

/** A mutation's `userErrors` entry: what was wrong with which input field. Nothing was changed. */
export interface UserError {
  /** The path of the field in the arguments, e.g. `['input', 'organizers', '1', 'organization']`. */
  field: ReadonlyArray<string> | null;
  message: string;
  code: UserErrorCode;
  /** For CONFLICT: the version the record has now. */
  currentVersion?: number | null;
}

/** The base of every error the SDK throws; `operationName` says which call failed. */
export class QorgauError extends Error {
  constructor(
    message: string,
    readonly operationName: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * The server could not be reached or did not answer with GraphQL: a network failure, a time-out,
 * or an HTTP status without a GraphQL body (`status`). Safe operations are retried before this is thrown.
 */
export class QorgauNetworkError extends QorgauError {
  constructor(
    message: string,
    operationName: string | undefined,
    readonly status: number | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, operationName, options);
  }
}

/** The server answered with GraphQL `errors`; `code` is the first error's `extensions.code`. */
export class QorgauGraphQLError extends QorgauError {
  readonly code: ErrorCode | undefined;

  constructor(
    operationName: string | undefined,
    readonly errors: ReadonlyArray<GraphQLErrorItem>,
    /** Whatever data came with the errors (fields that did resolve). */
    readonly data: unknown,
    readonly status: number,
  ) {
    const first = errors[0];
    const code = first?.extensions?.code;
    const argument = first?.extensions?.argument ? ` (argument ${first.extensions.argument})` : '';
    super(
      `${operationName ?? 'GraphQL request'} failed: ${code ?? 'ERROR'}: ${first?.message ?? 'unknown error'}${argument}`,
      operationName,
    );
    this.code = code;
  }

  /** Every distinct code of the response's errors. */
  get codes(): ErrorCode[] {
    return [...new Set(this.errors.map((e) => e.extensions?.code).filter((c): c is ErrorCode => c !== undefined))];
  }
}

/**
 * A mutation was refused for its input and changed nothing: `userErrors` name the fields, with
 * codes; `data` is the whole response (after a CONFLICT its payload holds the record as it stands).
 * `isUserErrorsOf(error, 'updateEvent')` narrows `data` to the method's result type.
 */
export class QorgauUserErrors<TData = unknown> extends QorgauError {
  constructor(
    operationName: string | undefined,
    readonly userErrors: ReadonlyArray<UserError>,
    readonly data: TData,
  ) {
    const first = userErrors[0];
    const field = first?.field?.length ? ` (${first.field.join('.')})` : '';
    super(`${operationName ?? 'Mutation'} refused: ${first?.code ?? 'ERROR'}: ${first?.message ?? 'invalid input'}${field}`, operationName);
  }

  /** The CONFLICT among the user errors, if the record changed since the client read it. */
  get conflict(): UserError | undefined {
    return this.userErrors.find((error) => error.code === 'CONFLICT');
  }
}
