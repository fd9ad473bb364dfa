import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { operations } from './generated/operations.js';
import type { Language } from './generated/graphql.js';
import { operationOf, type OperationKind } from './document.js';
import { QorgauGraphQLError, QorgauNetworkError, QorgauUserErrors, type GraphQLErrorItem, type UserError } from './errors.js';

type Operations = typeof operations;
type AnyDocument = DocumentTypeDecoration<unknown, never>;
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, infer _V> ? R : never;
export type VariablesOf<D> = D extends DocumentTypeDecoration<infer _R, infer V> ? V : never;

/** Options of one call, overriding the client's. */
export interface RequestOptions {
  headers?: Record<string, string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  lang?: Language;
  /** Throw `QorgauUserErrors` when a mutation answers with `userErrors` (the default), or return its payload as it is. */
  throwOnUserErrors?: boolean;
  /**
   * What GraphQL errors beside data do: `throw` (the default) throws `QorgauGraphQLError`;
   * `return` resolves to `{ data, errors }`, the data the server could give (null where a field
   * failed) with the errors. Network failures and HTTP errors throw either way.
   */
  errorPolicy?: 'throw' | 'return';
}

/** What a call with `errorPolicy: 'return'` resolves to. */
export interface PartialResult<T> {
  /** What resolved; null when nothing did (a refused query, an error in a non-null root field). */
  data: T | null;
  /** The errors, empty when there were none. */
  errors: ReadonlyArray<GraphQLErrorItem>;
}

/** A request as it is about to be sent: `onRequest` may add or change its headers. */
export interface OutgoingRequest {
  readonly operationName: string | undefined;
  readonly kind: OperationKind | undefined;
  readonly variables: unknown;
  /** The headers to send (mutable). */
  readonly headers: Record<string, string>;
  /** 1 for the first attempt, more for retries. */
  readonly attempt: number;
}

/** A response as it arrived, before the SDK reads it for the caller. */
export interface IncomingResponse {
  readonly operationName: string | undefined;
  readonly status: number;
  readonly headers: Headers;
  /** The response's `extensions`: the query's `cost` and the rate-limit budget, among others. */
  readonly extensions: Readonly<Record<string, unknown>> | undefined;
  readonly errors: ReadonlyArray<GraphQLErrorItem> | undefined;
  readonly durationMs: number;
  readonly attempt: number;
}

/** Called around every HTTP exchange (each retry included); a hook that throws fails the call. */
export interface ClientHooks {
  onRequest?(request: OutgoingRequest): void | Promise<void>;
  onResponse?(response: IncomingResponse): void | Promise<void>;
}

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  url: string;
  /** An API key, sent as `Authorization: Bearer …` (writing needs one; reading does not). */
  apiKey?: string;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** The fetch to use; the global one by default (Node ≥ 20 and browsers have it). */
  fetch?: typeof globalThis.fetch;
  /** Abort a request after this long (default 30 000 ms). */
  timeoutMs?: number;
  /** How many times a failed query is retried (default 2); mutations are never retried. */
  retries?: number;
  /** The first retry's delay before backoff and jitter (default 300 ms). */
  retryDelayMs?: number;
  /** The language of texts (sent as `Accept-Language`); a field's own `lang` variable wins. */
  lang?: Language;
  /**
   * Whether a mutation answered with `userErrors` throws `QorgauUserErrors` (the default) or
   * returns its payload for the caller to read (`payload.userErrors`).
   */
  throwOnUserErrors?: boolean;
  /** Logging, tracing, metrics: called before each request and after each response. */
  hooks?: ClientHooks;
}

// `{}` on purpose: `AllOptional extends V` holds exactly when every variable of V is optional.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type AllOptional = {};

type ThrowingOptions = RequestOptions & { errorPolicy?: 'throw' };
type ReturningOptions = RequestOptions & { errorPolicy: 'return' };

type Method<D> =
  AllOptional extends VariablesOf<D>
    ? {
        (variables?: VariablesOf<D>, options?: ThrowingOptions): Promise<ResultOf<D>>;
        (variables: VariablesOf<D> | undefined, options: ReturningOptions): Promise<PartialResult<ResultOf<D>>>;
        // Options held in a variable of the wider type: either answer.
        (variables: VariablesOf<D> | undefined, options: RequestOptions): Promise<ResultOf<D> | PartialResult<ResultOf<D>>>;
      }
    : {
        (variables: VariablesOf<D>, options?: ThrowingOptions): Promise<ResultOf<D>>;
        (variables: VariablesOf<D>, options: ReturningOptions): Promise<PartialResult<ResultOf<D>>>;
        (variables: VariablesOf<D>, options: RequestOptions): Promise<ResultOf<D> | PartialResult<ResultOf<D>>>;
      };

type ConnectionOperation = {
  [K in keyof Operations]: Operations[K] extends { connection: object } ? K : never;
}[keyof Operations];

type PageOf<K extends ConnectionOperation> = Operations[K] extends { connection: { field: infer F extends string } }
  ? NonNullable<ResultOf<Operations[K]['document']>[F & keyof ResultOf<Operations[K]['document']>]>
  : never;

/** What a paginator yields: a connection's nodes, or its edges where the operation selects edges (search). */
export type ItemOf<K extends ConnectionOperation> = Operations[K] extends { connection: { items: infer I extends string } }
  ? PageOf<K>[I & keyof PageOf<K>] extends ReadonlyArray<infer Item>
    ? Item
    : never
  : never;

/** A paginator's variables: the operation's, but forwards only (`after` resumes from a cursor). */
type PaginateVariables<K extends ConnectionOperation> = Omit<VariablesOf<Operations[K]['document']>, 'before' | 'last'>;

/** `paginate(document, variables)` pages any connection query of your own (as `pages`); `paginate.events(…)` and the like yield items. */
export type Paginators = (<D extends AnyDocument | string>(
  document: D,
  variables?: D extends AnyDocument ? VariablesOf<D> : Record<string, unknown>,
  options?: ThrowingOptions,
) => AsyncGenerator<D extends AnyDocument ? ResultOf<D> : unknown, void, undefined>) &
  PaginatorMethods;

type PaginatorMethods = {
  [K in ConnectionOperation]: AllOptional extends PaginateVariables<K>
    ? (variables?: PaginateVariables<K>, options?: ThrowingOptions) => AsyncGenerator<ItemOf<K>, void, undefined>
    : (variables: PaginateVariables<K>, options?: ThrowingOptions) => AsyncGenerator<ItemOf<K>, void, undefined>;
};

export type QorgauClient = { [K in keyof Operations]: Method<Operations[K]['document']> } & {
  /** `for await (const event of qorgau.paginate.events({ first: 50 }))`: every item, page after page. */
  paginate: Paginators;
  /**
   * Every page of a connection query of your own, as the query's typed result (so `totalCount`,
   * `pageInfo` and whatever else it selects come along): the connection is its first root field
   * that selects `pageInfo { hasNextPage endCursor }`, and the document must take `$after`. Pass
   * `after` to resume from a cursor.
   */
  pages<D extends AnyDocument | string>(
    document: D,
    variables?: D extends AnyDocument ? VariablesOf<D> : Record<string, unknown>,
    options?: ThrowingOptions,
  ): AsyncGenerator<D extends AnyDocument ? ResultOf<D> : unknown, void, undefined>;
  /** Runs any document: a generated one, or a `TypedDocumentNode`/typed string of your own. */
  request: {
    <D extends AnyDocument | string>(
      document: D,
      variables?: D extends AnyDocument ? VariablesOf<D> : Record<string, unknown>,
      options?: ThrowingOptions,
    ): Promise<D extends AnyDocument ? ResultOf<D> : unknown>;
    <D extends AnyDocument | string>(
      document: D,
      variables: (D extends AnyDocument ? VariablesOf<D> : Record<string, unknown>) | undefined,
      options: ReturningOptions,
    ): Promise<PartialResult<D extends AnyDocument ? ResultOf<D> : unknown>>;
    <D extends AnyDocument | string>(
      document: D,
      variables: (D extends AnyDocument ? VariablesOf<D> : Record<string, unknown>) | undefined,
      options: RequestOptions,
    ): Promise<(D extends AnyDocument ? ResultOf<D> : unknown) | PartialResult<D extends AnyDocument ? ResultOf<D> : unknown>>;
  };
};

const RETRYABLE_STATUS = new Set([429, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 60_000;

function documentText(document: unknown): string {
  if (typeof document === 'string') return document;
  if (document instanceof String) return document.toString();
  const body = (document as { loc?: { source?: { body?: string } } })?.loc?.source?.body;
  if (typeof body === 'string') return body;
  throw new TypeError('Pass a generated document, a query string, or a parsed document that kept its source (gql/graphql-tag)');
}

interface ParsedDefinition {
  kind: string;
  operation?: OperationKind;
  name?: { value: string };
}

/**
 * The operation a document runs: from its definitions when it is a parsed document, else from its
 * text. Null when it cannot be told (several operations and no name): then it is not retried.
 */
function operationOfDocument(
  document: unknown,
  text: string,
  operationName?: string,
): { kind: OperationKind; name: string | undefined } | null {
  const definitions = (document as { definitions?: ParsedDefinition[] } | null)?.definitions;
  if (Array.isArray(definitions)) {
    const operations = definitions
      .filter((d) => d.kind === 'OperationDefinition' && d.operation)
      .map((d) => ({ kind: d.operation as OperationKind, name: d.name?.value }));
    if (operationName !== undefined) return operations.find((o) => o.name === operationName) ?? null;
    return operations.length === 1 ? (operations[0] ?? null) : null;
  }
  return operationOf(text, operationName);
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(Math.max(seconds, 0) * 1000, MAX_RETRY_AFTER_MS);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(date - Date.now(), 0), MAX_RETRY_AFTER_MS);
}

/**
 * The signal of one attempt: aborted by the caller's signal or after `timeoutMs`, built from an
 * AbortController and a timer rather than AbortSignal.any/timeout (missing in browsers before 2023),
 * and released when the attempt ends (`dispose`), so that a long-lived caller signal does not
 * collect a listener per request.
 */
function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): { signal: AbortSignal; timedOut(): boolean; dispose(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The operation timed out.', 'TimeoutError'));
  }, timeoutMs);
  // Node: the timer must not keep the process alive on its own.
  (timer as { unref?: () => void }).unref?.();
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) controller.abort(caller.reason);
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A mutation payload's userErrors, wherever a root field returned some. */
function userErrorsOf(data: unknown): UserError[] {
  if (!data || typeof data !== 'object') return [];
  return Object.values(data as Record<string, unknown>).flatMap((payload) => {
    const errors = (payload as { userErrors?: unknown } | null)?.userErrors;
    return Array.isArray(errors) ? (errors as UserError[]) : [];
  });
}

class RetryableFailure extends Error {
  constructor(
    readonly failure: QorgauNetworkError,
    readonly waitMs: number | undefined,
  ) {
    super(failure.message);
  }
}

/** Creates a client with one typed method per operation of the SDK. Works in Node ≥ 20 and browsers. */
export function createClient(options: ClientOptions): QorgauClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw new TypeError('No fetch available: pass one as options.fetch');
  const retries = Math.max(0, options.retries ?? 2);
  const retryDelayMs = options.retryDelayMs ?? 300;

  async function attempt(
    text: string,
    operation: { kind: OperationKind; name: string | undefined } | null,
    variables: unknown,
    call: RequestOptions,
    attemptNumber: number,
  ): Promise<unknown> {
    const operationName = operation?.name;
    const throwOnUserErrors = call.throwOnUserErrors ?? options.throwOnUserErrors ?? true;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.lang || call.lang ? { 'accept-language': (call.lang ?? options.lang ?? 'EN').toLowerCase() } : {}),
      ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
      ...options.headers,
      ...call.headers,
    };
    // The hook runs before the attempt's clock starts: a token refresh there takes none of its time.
    await options.hooks?.onRequest?.({ operationName, kind: operation?.kind, variables, headers, attempt: attemptNumber });
    const deadline = attemptSignal(call.signal, call.timeoutMs ?? options.timeoutMs ?? 30_000);
    const started = Date.now();
    let response: Response;
    let body: { data?: unknown; errors?: GraphQLErrorItem[]; extensions?: Record<string, unknown> } | undefined;
    try {
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query: text, operationName, variables: variables ?? {} }),
          signal: deadline.signal,
        });
      } catch (error) {
        if (call.signal?.aborted) throw call.signal.reason ?? error;
        const reason = deadline.timedOut() ? 'timed out' : error instanceof Error ? error.message : String(error);
        throw new RetryableFailure(
          new QorgauNetworkError(`${operationName ?? 'GraphQL request'} failed: network error: ${reason}`, operationName, undefined, {
            cause: error,
          }),
          undefined,
        );
      }
      try {
        body = (await response.json()) as typeof body;
      } catch {
        body = undefined;
      }
    } finally {
      deadline.dispose();
    }
    await options.hooks?.onResponse?.({
      operationName,
      status: response.status,
      headers: response.headers,
      extensions: body?.extensions,
      errors: body?.errors,
      durationMs: Date.now() - started,
      attempt: attemptNumber,
    });
    if (RETRYABLE_STATUS.has(response.status) || (!body && response.status >= 500)) {
      const failure = new QorgauNetworkError(
        `${operationName ?? 'GraphQL request'} failed: HTTP ${response.status}`,
        operationName,
        response.status,
      );
      if (RETRYABLE_STATUS.has(response.status)) throw new RetryableFailure(failure, retryAfterMs(response.headers.get('retry-after')));
      throw failure;
    }
    if (!body || (body.data === undefined && !body.errors)) {
      throw new QorgauNetworkError(
        `${operationName ?? 'GraphQL request'} failed: HTTP ${response.status} without a GraphQL response`,
        operationName,
        response.status,
      );
    }
    const returnErrors = call.errorPolicy === 'return';
    if (body.errors?.length && !returnErrors) throw new QorgauGraphQLError(operationName, body.errors, body.data ?? null, response.status);
    const userErrors = userErrorsOf(body.data);
    if (userErrors.length > 0 && throwOnUserErrors) throw new QorgauUserErrors(operationName, userErrors, body.data);
    return returnErrors ? { data: body.data ?? null, errors: body.errors ?? [] } : body.data;
  }

  async function execute(
    document: unknown,
    variables: unknown,
    call: RequestOptions = {},
    known?: { kind: OperationKind; name: string },
  ): Promise<unknown> {
    const text = documentText(document);
    const operation = known ?? operationOfDocument(document, text);
    // Only queries are safe to repeat: a mutation that timed out may have been applied. A
    // document whose operation cannot be told is not repeated either.
    const maxAttempts = operation?.kind === 'query' ? retries + 1 : 1;
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      try {
        return await attempt(text, operation, variables, call, attemptNumber);
      } catch (error) {
        if (!(error instanceof RetryableFailure)) throw error;
        if (attemptNumber >= maxAttempts) throw error.failure;
        const backoff = retryDelayMs * 2 ** (attemptNumber - 1);
        await sleep(error.waitMs ?? backoff / 2 + Math.random() * (backoff / 2), call.signal);
      }
    }
  }

  /** A connection as paging reads it. */
  type PageOfData = { pageInfo: { hasNextPage: boolean; endCursor: string | null }; [key: string]: unknown };

  /** The connection of a page: the first root field of `data` that has pageInfo. */
  function connectionOf(data: unknown): PageOfData | null {
    for (const value of Object.values((data ?? {}) as Record<string, unknown>)) {
      const pageInfo = (value as { pageInfo?: unknown } | null)?.pageInfo as { hasNextPage?: unknown; endCursor?: unknown } | undefined;
      if (pageInfo && typeof pageInfo.hasNextPage === 'boolean') return value as PageOfData;
    }
    return null;
  }

  /**
   * Every page of a connection query, from `variables.after` on, each with the connection `pageOf`
   * finds in it (null: nothing to page through), following `endCursor` until there is no next page.
   */
  async function* walk(
    document: unknown,
    variables: Record<string, unknown>,
    call: RequestOptions,
    known: { kind: OperationKind; name: string } | undefined,
    pageOf: (data: unknown) => PageOfData | null,
  ): AsyncGenerator<{ data: unknown; page: PageOfData | null }, void, undefined> {
    let after = (variables.after as string | null | undefined) ?? null;
    for (;;) {
      const data = await execute(document, { ...variables, after }, { ...call, errorPolicy: 'throw' }, known);
      const page = pageOf(data);
      yield { data, page };
      if (!page) return;
      const next = page.pageInfo.endCursor;
      // A cursor that does not advance would loop forever: stop instead.
      if (!page.pageInfo.hasNextPage || next === null || next === after) return;
      after = next;
    }
  }

  async function* pages(document: unknown, variables: Record<string, unknown> = {}, call: RequestOptions = {}) {
    // Without `$after` the server would ignore the cursor and answer the first page again.
    if (!/\$after\s*:/.test(documentText(document))) throw new TypeError('pages() needs a query that takes $after (the cursor)');
    for await (const { data, page } of walk(document, variables, call, undefined, connectionOf)) {
      yield data;
      if (!page) throw new TypeError('pages() needs a query whose root field selects pageInfo { hasNextPage endCursor }');
    }
  }

  const client: Record<string, unknown> = {};
  const paginate: Record<string, unknown> = {};
  for (const [method, operation] of Object.entries(operations) as Array<[string, Operations[keyof Operations]]>) {
    const known = { kind: operation.kind, name: operation.operationName };
    client[method] = (variables?: unknown, call?: RequestOptions) => execute(operation.document, variables, call, known);
    if ('connection' in operation) {
      const { field, items } = operation.connection;
      const pageOf = (data: unknown) => (data as Record<string, PageOfData | null>)[field] ?? null;
      paginate[method] = async function* (variables: Record<string, unknown> = {}, call: RequestOptions = {}) {
        for await (const { page } of walk(operation.document, variables, call, known, pageOf)) {
          for (const item of (page?.[items] as unknown[] | undefined) ?? []) yield item;
        }
      };
    }
  }
  client.paginate = Object.assign(
    (document: unknown, variables?: Record<string, unknown>, call?: RequestOptions) => pages(document, variables, call),
    paginate,
  );
  client.pages = pages;
  client.request = (document: unknown, variables?: unknown, call?: RequestOptions) => execute(document, variables, call);
  return client as QorgauClient;
}

/**
 * Whether a caught error is the user errors of one SDK method; narrows `error.data` to that
 * method's result (`isUserErrorsOf(error, 'updateEvent')` → `error.data.updateEvent?.event`).
 */
export function isUserErrorsOf<K extends keyof Operations>(
  error: unknown,
  method: K,
): error is QorgauUserErrors<ResultOf<Operations[K]['document']>> {
  return error instanceof QorgauUserErrors && error.operationName === operations[method].operationName;
}
