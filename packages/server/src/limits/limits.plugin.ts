import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@qorgau/schema';
import type { Config } from '../config/env';
import type { Context } from '../context';
import { DomainError, httpRefusal } from '../errors';
import { coercedVariables, fragmentsOf } from '../graphql/operation-input';
import { QueryTooComplexError } from './document-rules';
import { checkInputLimits } from './input-limits';
import { operationCost, rootFieldCount } from './query-cost';
import { retryAfterSeconds, type BudgetState, type RateLimiter } from './rate-limiter';

/**
 * The most mutations one request may run. Each runs in its own transaction, one after another, so
 * a request with hundreds of aliased mutations would hold a connection and the writers' locks for
 * as long as it liked; batches larger than this are sent as several requests.
 */
export const MAX_MUTATIONS_PER_REQUEST = 20;

function rateLimitHeaders(budget: BudgetState): Array<[string, string]> {
  return [
    ['x-ratelimit-limit', String(budget.limit)],
    ['x-ratelimit-remaining', String(budget.remaining)],
    ['x-ratelimit-reset', String(Math.ceil(budget.resetAt / 1000))],
  ];
}

/**
 * What a request may cost, checked once its operation is known and before anything runs: the number
 * of mutations, the length of input lists and texts, the cost (query-cost.ts), then the client's
 * budget per minute (its API key's, else its address's). Every answer reports the cost in
 * `extensions.cost`, as Shopify's API does, and the budget in `x-ratelimit-*` headers.
 */
export function limitsPlugin(options: {
  limits: Config['limits'];
  rateLimit: Config['rateLimit'];
  limiter: RateLimiter;
}): ApolloServerPlugin<Context> {
  const { limits, rateLimit, limiter } = options;
  return {
    async requestDidStart() {
      let requested = 0;
      let budget: BudgetState | undefined;
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw httpRefusal(
              new DomainError(
                ErrorCode.BAD_REQUEST,
                'This API has no subscriptions: follow changes with the `changes` query and its cursor.',
              ),
              400,
            );
          }
          const fragments = fragmentsOf(document);
          // When the variables do not coerce, execution refuses them (BAD_USER_INPUT) before any resolver runs.
          const variables = coercedVariables(schema, operation, request);
          if (!variables) return;
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
          requested = operationCost(schema, operation, fragments, variables);
          if (requested > limits.maxQueryCost) {
            throw httpRefusal(
              new QueryTooComplexError(
                `This request could fetch ${requested} records; the limit is ${limits.maxQueryCost}. Ask for smaller pages (first/last) in nested connections, or fewer nested lists.`,
                { cost: requested, maximum: limits.maxQueryCost },
              ),
              400,
            );
          }
          const principal = contextValue.principal;
          const limit = principal ? rateLimit.keyCostPerMinute : rateLimit.ipCostPerMinute;
          if (limit === 0) return;
          const subject = principal ? `key:${principal.keyId}` : `ip:${contextValue.clientAddress}`;
          // Even a request of no cost (only scalars of one record) is a request: it spends 1.
          const charge = Math.max(1, requested);
          if (charge > limit) {
            // No wait would help: it is refused as too large for the budget, not rate-limited.
            throw httpRefusal(
              new QueryTooComplexError(
                `This request costs ${charge}, more than the budget of ${limit} per minute; ask for less in one request.`,
                {
                  cost: charge,
                  maximum: limit,
                },
              ),
              400,
            );
          }
          budget = await limiter.spend(subject, charge, limit);
          if (!budget.allowed) {
            const retryAfter = retryAfterSeconds(budget.resetAt);
            const message = `The budget of ${limit} per minute is spent (this request costs ${charge}); retry in ${retryAfter} s.`;
            throw httpRefusal(
              new DomainError(ErrorCode.RATE_LIMITED, message, { cost: charge, limit, retryAfterSeconds: retryAfter }),
              429,
              [...rateLimitHeaders(budget), ['retry-after', String(retryAfter)]],
            );
          }
        },
        async willSendResponse({ response, request, contextValue }) {
          // An anonymous GET may be served from a shared cache to other clients: its answer must
          // not carry one client's budget (and the ETag must not change with it).
          const shareable = request.http?.method === 'GET' && contextValue.principal === null && response.http.status !== 429;
          if (shareable) budget = undefined;
          if (budget) for (const [name, value] of rateLimitHeaders(budget)) response.http.headers.set(name, value);
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: {
              requested,
              limit: limits.maxQueryCost,
              ...(budget && {
                budget: { limit: budget.limit, remaining: budget.remaining, resetAt: new Date(budget.resetAt).toISOString() },
              }),
            },
          };
        },
      };
    },
  };
}
