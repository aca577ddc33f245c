import Bottleneck from 'bottleneck';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { SharedUserLimit } from '../scale/sharedUserLimit.js';

/** A channel's outbound limiter is dropped after this long without posts, ms (Bottleneck Group timeout). */
const IDLE_CHANNEL_MS = 5 * 60 * 1000;

/**
 * Per-user command limit: `limit` commands per `windowMs`, counted by rate-limiter-flexible's
 * `RateLimiterMemory` (a fixed window per user id, starting at the user's first command; the
 * counter is dropped when the window ends). Over the limit, the user is told how long until the
 * window ends. Taking a unit answers at once (a resolved promise, a few microseconds), which a
 * cached reply needs: Bottleneck's `incrementReservoir` (used here before) waits one `setTimeout`
 * hop, about 1 ms, half of the cached reply's 2 ms budget. Bottleneck stays for the outbound
 * smoothing below, where waiting is the point.
 *
 * With `shared` (several processes on one Redis: src/scale/sharedUserLimit.ts, RateLimiterRedis,
 * the same library and window rule) the allowance is counted there instead, so a user switching
 * between processes (servers on different shards) has one allowance. Bottleneck's own Redis
 * clustering is not used: it fails on Redis 7 (bottleneck issues #205, #219).
 */
export class UserLimiter {
  readonly #limiter: RateLimiterMemory;
  readonly #shared: SharedUserLimit | undefined;

  constructor(limit: number, windowMs: number, shared?: SharedUserLimit) {
    this.#shared = shared;
    // rate-limiter-flexible counts the window in seconds (fractions allowed: USER_RATE_WINDOW_SECONDS=0.5).
    this.#limiter = new RateLimiterMemory({ points: limit, duration: windowMs / 1000 });
  }

  /** Takes one command from the user's allowance; when none is left, says how long to wait (ms). */
  async take(userId: string): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
    if (this.#shared) return this.#shared.take(userId);
    try {
      await this.#limiter.consume(userId, 1);
      return { ok: true };
    } catch (res) {
      if (res instanceof RateLimiterRes) return { ok: false, retryAfterMs: Math.max(1, res.msBeforeNext) };
      throw res;
    }
  }

  /** Nothing to release: the in-memory counters expire on their own. Kept so callers stop every limiter alike. */
  async stop(): Promise<void> {}
}

/**
 * Limits the bot's own posts to channels (digests, announcements): at most `perSecond` requests
 * per second bot-wide (Discord's global limit is 50/s) and `perChannelPer5s` posts per channel per
 * five seconds (Discord's per-channel message limit is about 5/5 s). Posts wait their turn in
 * order; nothing is dropped. Interaction replies do not go through here: Discord exempts them
 * from the global limit and they must meet the 3-second deadline.
 */
export class OutboundLimiter {
  readonly #global: Bottleneck;
  readonly #channels: Bottleneck.Group;

  constructor(perSecond: number, perChannelPer5s: number) {
    // A reservoir alone lets a full budget go at the end of one interval and another at the start
    // of the next (2x in a sliding window; measured 55/s with 40/s against the emulator);
    // `minTime` spaces the starts so any window of a second (or five) holds at most the budget.
    this.#global = new Bottleneck({ reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000, maxConcurrent: perSecond, minTime: Math.ceil(1000 / perSecond) });
    this.#channels = new Bottleneck.Group({ reservoir: perChannelPer5s, reservoirRefreshAmount: perChannelPer5s, reservoirRefreshInterval: 5000, maxConcurrent: 1, minTime: Math.ceil(5000 / perChannelPer5s), timeout: IDLE_CHANNEL_MS });
  }

  /** Runs `post` when both the channel's and the global budget allow. */
  schedule<T>(channelId: string, post: () => Promise<T>): Promise<T> {
    return this.#channels.key(channelId).schedule(() => this.#global.schedule(post));
  }

  /** Posts waiting or running. */
  get pending(): number {
    const c = this.#global.counts();
    return (c.QUEUED ?? 0) + (c.RUNNING ?? 0) + (c.EXECUTING ?? 0);
  }

  async stop(): Promise<void> {
    await this.#global.stop({ dropWaitingJobs: true }).catch(() => undefined);
    await Promise.all(this.#channels.limiters().map(({ limiter }) => limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
  }
}
