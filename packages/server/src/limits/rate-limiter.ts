import Redis from 'ioredis';
import type { Logger } from '../logger';

/** The budget window: costs are counted per client per minute. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

export interface BudgetState {
  /** Whether the request fits in what is left of the budget (and was counted). */
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the window ends and the budget is whole again (ms since the epoch). */
  resetAt: number;
}

/** Whole seconds until a budget is whole again (at least 1): what `Retry-After` says. */
export function retryAfterSeconds(resetAt: number, now: number = Date.now()): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}

/** Spends query cost from per-client budgets that refill every minute (fixed windows). */
export interface RateLimiter {
  /** Counts `cost` against `subject`'s budget of `limit` unless it does not fit; a refused request spends nothing. */
  spend(subject: string, cost: number, limit: number): Promise<BudgetState>;
  close(): Promise<void>;
}

function windowOf(now: number): { index: number; resetAt: number } {
  const index = Math.floor(now / RATE_LIMIT_WINDOW_MS);
  return { index, resetAt: (index + 1) * RATE_LIMIT_WINDOW_MS };
}

/** Budgets of one process: enough for a single server. */
export function memoryRateLimiter(now: () => number = Date.now): RateLimiter {
  const spent = new Map<string, number>();
  let currentWindow = windowOf(now()).index;
  return {
    async spend(subject, cost, limit) {
      const window = windowOf(now());
      if (window.index !== currentWindow) {
        // A new minute: every budget is whole again, and the map does not grow without end.
        spent.clear();
        currentWindow = window.index;
      }
      const before = spent.get(subject) ?? 0;
      const allowed = before + cost <= limit;
      const after = allowed ? before + cost : before;
      if (allowed) spent.set(subject, after);
      return { allowed, limit, remaining: Math.max(0, limit - after), resetAt: window.resetAt };
    },
    async close() {},
  };
}

// Atomic check-and-spend: KEYS[1] the window's counter; ARGV cost, limit, window length.
const SPEND_SCRIPT = `
local spent = tonumber(redis.call('GET', KEYS[1]) or '0')
local cost = tonumber(ARGV[1])
if spent + cost > tonumber(ARGV[2]) then return {spent, 0} end
spent = redis.call('INCRBY', KEYS[1], cost)
if spent == cost then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return {spent, 1}
`;

/**
 * Budgets shared by every server process through Redis, so that three replicas behind a load
 * balancer grant one client one budget. When Redis cannot answer in time the request is let through
 * (and the problem logged): losing the limit for a moment is better than refusing every reader.
 */
export function redisRateLimiter(url: string, keyPrefix: string, logger: Logger, now: () => number = Date.now): RateLimiter {
  const redis = new Redis(url, {
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2_000,
    // Named, so that an operator (or a test) can tell the API's connections apart in CLIENT LIST.
    connectionName: `${keyPrefix}-rate-limits`,
  });
  // EVALSHA after the first call: the script is sent once per connection, not with every request.
  redis.defineCommand('qorgauSpend', { numberOfKeys: 1, lua: SPEND_SCRIPT });
  const spendCommand = (
    redis as unknown as Record<string, (...args: Array<string | number>) => Promise<[number, number]>>
  ).qorgauSpend!.bind(redis);
  let lastWarning = 0;
  redis.on('error', (error: Error) => {
    if (now() - lastWarning > 10_000) {
      lastWarning = now();
      logger.warn({ err: error.message }, 'redis for rate limits is unavailable; requests are not limited meanwhile');
    }
  });
  return {
    async spend(subject, cost, limit) {
      const window = windowOf(now());
      try {
        const [spent, allowed] = await spendCommand(`${keyPrefix}:ratelimit:${subject}:${window.index}`, cost, limit, RATE_LIMIT_WINDOW_MS);
        return { allowed: allowed === 1, limit, remaining: Math.max(0, limit - spent), resetAt: window.resetAt };
      } catch (error) {
        if (now() - lastWarning > 10_000) {
          lastWarning = now();
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'rate limit not checked: redis did not answer');
        }
        return { allowed: true, limit, remaining: limit, resetAt: window.resetAt };
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}
