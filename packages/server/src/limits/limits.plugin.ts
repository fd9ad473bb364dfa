import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { ErrorCode } from '@qorgau/schema';
import type { Config } from '../config/env';
import type { Context } from '../context';
import { DomainError, httpRefusal } from '../errors';
import { coercedVariables, fragmentsOf } from '../graphql/operation-input';
import { RecentMap } from '../recent';
import { QueryTooComplexError } from './document-rules';
import { checkInputLimits } from './input-limits';
import { costVariablesKey, operationCost, rootFieldCount } from './query-cost';
import { retryAfterSeconds, type BudgetState, type RateLimiter } from './rate-limiter';

/**
 * The most mutations one request may run. Each runs in its own transaction, one after another, so
 * a request with hundreds of aliased mutations would hold a connection and the writers' locks for
 * as long as it liked; batches larger than this are sent as several requests.
 */
export const MAX_MUTATIONS_PER_REQUEST = 20;

export function rateLimitHeaders(budget: BudgetState): Array<[string, string]> {
  return [
    ['x-ratelimit-limit', String(budget.limit)],
    ['x-ratelimit-remaining', String(budget.remaining)],
    ['x-ratelimit-reset', String(Math.ceil(budget.resetAt / 1000))],
  ];
}

export interface LimitsOptions {
  limits: Config['limits'];
  rateLimit: Config['rateLimit'];
  limiter: RateLimiter;
}

/** What a request was charged: its cost, and the client's budget after it (none when budgets are off). */
export interface Charge {
  requested: number;
  budget?: BudgetState;
}

/** An operation as a request asks it: what a charge is computed from. */
export interface OperationRequest {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  document: DocumentNode;
  request: GraphQLRequest;
  context: Context;
}

const CHARGE = Symbol('charge');

/** A request's charge as far as it went (a refused request reports what it asked for), and the check's run. */
function chargeState(context: Context): { charge: Charge; run?: Promise<Charge> } {
  return context.once(CHARGE, () => ({ charge: { requested: 0 } }));
}

/** What the request was charged so far: nothing before its operation is known. */
export function chargeOf(context: Context): Charge {
  return chargeState(context).charge;
}

/**
 * What a request may cost, checked once its operation is known and before anything runs: the number
 * of mutations, the length of input lists and texts, the cost (query-cost.ts), then the client's
 * budget per minute (its API key's, else its address's). A refusal is thrown as an HTTP refusal.
 * Computed once per request: the compiled lane and Apollo's pipeline share the result.
 */
export function chargeRequest(options: LimitsOptions, request: OperationRequest): Promise<Charge> {
  const state = chargeState(request.context);
  state.run ??= charge(options, request, state.charge);
  return state.run;
}

async function charge(
  { limits, rateLimit, limiter }: LimitsOptions,
  { schema, operation, document, request, context }: OperationRequest,
  charged: Charge,
): Promise<Charge> {
  if (operation.operation === 'subscription') {
    throw httpRefusal(
      new DomainError(ErrorCode.BAD_REQUEST, 'This API has no subscriptions: follow changes with the `changes` query and its cursor.'),
      400,
    );
  }
  const fragments = fragmentsOf(document);
  // When the variables do not coerce, execution refuses them (BAD_USER_INPUT) before any resolver runs.
  const variables = coercedVariables(schema, operation, request, context);
  if (!variables) return charged;
  if (operation.operation === 'mutation') {
    const mutations = rootFieldCount(operation.selectionSet, fragments);
    if (mutations > MAX_MUTATIONS_PER_REQUEST) {
      throw httpRefusal(
        new QueryTooComplexError(
          `This request runs ${mutations} mutations; the limit is ${MAX_MUTATIONS_PER_REQUEST} per request. Send larger batches as several requests.`,
          { mutations, maximum: MAX_MUTATIONS_PER_REQUEST },
        ),
        400,
      );
    }
  }
  try {
    checkInputLimits(schema, document, operation, variables);
  } catch (error) {
    if (error instanceof DomainError) throw httpRefusal(error, 400);
    throw error;
  }
  const requested = costOf(operation, costVariablesKey(operation, fragments, variables), () =>
    operationCost(schema, operation, fragments, variables),
  );
  charged.requested = requested;
  if (requested > limits.maxQueryCost) {
    throw httpRefusal(
      new QueryTooComplexError(
        `This request could fetch ${requested} records; the limit is ${limits.maxQueryCost}. Ask for smaller pages (first/last) in nested connections, or fewer nested lists.`,
        { cost: requested, maximum: limits.maxQueryCost },
      ),
      400,
    );
  }
  const principal = context.principal;
  const limit = principal ? rateLimit.keyCostPerMinute : rateLimit.ipCostPerMinute;
  if (limit === 0) return charged;
  const subject = principal ? `key:${principal.keyId}` : `ip:${context.clientAddress}`;
  // Even a request of no cost (only scalars of one record) is a request: it spends 1.
  const spent = Math.max(1, requested);
  if (spent > limit) {
    // No wait would help: it is refused as too large for the budget, not rate-limited.
    throw httpRefusal(
      new QueryTooComplexError(`This request costs ${spent}, more than the budget of ${limit} per minute; ask for less in one request.`, {
        cost: spent,
        maximum: limit,
      }),
      400,
    );
  }
  const budget = await limiter.spend(subject, spent, limit);
  charged.budget = budget;
  if (!budget.allowed) {
    const retryAfter = retryAfterSeconds(budget.resetAt);
    const message = `The budget of ${limit} per minute is spent (this request costs ${spent}); retry in ${retryAfter} s.`;
    throw httpRefusal(new DomainError(ErrorCode.RATE_LIMITED, message, { cost: spent, limit, retryAfterSeconds: retryAfter }), 429, [
      ...rateLimitHeaders(budget),
      ['retry-after', String(retryAfter)],
    ]);
  }
  return charged;
}

/** Costs of an operation per what of its variables changes its cost (costVariablesKey): walked once per key. */
const costs = new WeakMap<OperationDefinitionNode, RecentMap<string, number>>();

function costOf(operation: OperationDefinitionNode, costKey: string, walk: () => number): number {
  let byVariables = costs.get(operation);
  if (!byVariables) {
    byVariables = new RecentMap(100);
    costs.set(operation, byVariables);
  }
  return byVariables.of(costKey, walk);
}

/** `extensions.cost` of an answer: what the request cost and, unless shared through caches, the budget left. */
export function costExtension(charge: Charge, maxQueryCost: number): Record<string, unknown> {
  const { requested, budget } = charge;
  return {
    requested,
    limit: maxQueryCost,
    ...(budget && { budget: { limit: budget.limit, remaining: budget.remaining, resetAt: isoTime(budget.resetAt) } }),
  };
}

/** The last window end written out: every answer of a minute carries the same one. */
let lastResetAt: { at: number; iso: string } = { at: 0, iso: new Date(0).toISOString() };

function isoTime(at: number): string {
  if (lastResetAt.at !== at) lastResetAt = { at, iso: new Date(at).toISOString() };
  return lastResetAt.iso;
}

/**
 * Charges every request (chargeRequest) once its operation is known. Every answer reports the cost
 * in `extensions.cost`, as Shopify's API does, and the budget in `x-ratelimit-*` headers.
 */
export function limitsPlugin(options: LimitsOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          await chargeRequest(options, { schema, operation, document, request, context: contextValue });
        },
        async willSendResponse({ response, request, contextValue }) {
          const charged = chargeOf(contextValue);
          // An anonymous GET may be served from a shared cache to other clients: its answer must
          // not carry one client's budget (and the ETag must not change with it).
          const shareable = request.http?.method === 'GET' && contextValue.principal === null && response.http.status !== 429;
          const shown = shareable ? { requested: charged.requested } : charged;
          if (shown.budget) for (const [name, value] of rateLimitHeaders(shown.budget)) response.http.headers.set(name, value);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: costExtension(shown, options.limits.maxQueryCost) };
        },
      };
    },
  };
}
