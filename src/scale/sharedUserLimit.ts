import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** What `UserLimiter` asks of a limiter shared between processes. */
export interface SharedUserLimit {
  /** Takes one command from the user's allowance; when none is left, says how long to wait (ms). */
  take(userId: string): Promise<{ ok: true } | { ok: false; retryAfterMs: number }>;
}

/**
 * Per-user command limit shared by every bot process on one Redis: `limit` commands per
 * `windowMs`, counted by rate-limiter-flexible's RateLimiterRedis (a fixed window per user kept in
 * Redis by one atomic script, so two processes answering the same user draw from one allowance).
 * Bottleneck's own Redis mode is not used: it fails on Redis 7 (bottleneck issues #205, #219).
 *
 * While Redis does not answer, the library's insurance limiter (an in-memory one with the same
 * allowance, per process) decides, so commands are still answered and still limited.
 */
export function sharedUserLimit(redis: Redis, options: { keyPrefix: string; limit: number; windowMs: number }): SharedUserLimit {
  // rate-limiter-flexible counts whole seconds; a window below one second is one second.
  const duration = Math.max(1, Math.ceil(options.windowMs / 1000));
  const limiter = new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: options.keyPrefix,
    points: options.limit,
    duration,
    insuranceLimiter: new RateLimiterMemory({ points: options.limit, duration }),
  });
  return {
    async take(userId) {
      try {
        await limiter.consume(userId, 1);
        return { ok: true };
      } catch (res) {
        if (res instanceof RateLimiterRes) return { ok: false, retryAfterMs: res.msBeforeNext };
        // Neither Redis nor the insurance limiter answered: let the command through rather than refuse everyone.
        return { ok: true };
      }
    },
  };
}
