import Bottleneck from 'bottleneck';
import type { SharedUserLimit } from '../scale/sharedUserLimit.js';

/** Bottleneck checks reservoir refreshes this often (its default heartbeat), ms. */
const HEARTBEAT_MS = 250;
/** A user's limiter is dropped after this long without commands, ms (Bottleneck Group timeout). */
const IDLE_USER_MS = 5 * 60 * 1000;

/**
 * Per-user command limit: `limit` commands per `windowMs`, as a Bottleneck reservoir per user
 * (Bottleneck.Group keyed by user id; Bottleneck refills each reservoir every window). A command
 * takes one unit with `incrementReservoir(-1)`, which Bottleneck applies atomically and answers
 * with what is left: below zero means over the limit (the unit is given back and the user is told
 * how long to wait). Not `schedule()`: a Bottleneck job passes through several event-loop timer
 * hops (about 5 ms measured), the whole budget of a cached reply; one increment is one hop.
 *
 * With `shared` (several processes on one Redis: src/scale/sharedUserLimit.ts, RateLimiterRedis)
 * the allowance is counted there instead, so a user switching between processes (servers on
 * different shards) has one allowance. Bottleneck's own Redis clustering is not used: it fails on
 * Redis 7 (bottleneck issues #205, #219).
 */
export class UserLimiter {
  readonly #group: Bottleneck.Group;
  readonly #windowMs: number;
  readonly #created = new Map<string, number>();
  readonly #shared: SharedUserLimit | undefined;

  constructor(limit: number, windowMs: number, shared?: SharedUserLimit) {
    this.#windowMs = windowMs;
    this.#shared = shared;
    this.#group = new Bottleneck.Group({
      reservoir: limit,
      reservoirRefreshAmount: limit,
      reservoirRefreshInterval: windowMs,
      timeout: IDLE_USER_MS,
    });
    this.#group.on('created', (_limiter: Bottleneck, key: string) => this.#created.set(key, Date.now()));
  }

  /** Takes one command from the user's allowance; when none is left, says how long to wait (ms). */
  async take(userId: string): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
    if (this.#shared) return this.#shared.take(userId);
    const limiter = this.#group.key(userId);
    const left = await limiter.incrementReservoir(-1);
    if (left !== null && left !== undefined && left < 0) {
      void limiter.incrementReservoir(1);
      // The reservoir refills every window from the limiter's creation (Bottleneck refreshes on its
      // heartbeat, so up to one heartbeat later).
      const since = Date.now() - (this.#created.get(userId) ?? Date.now());
      return { ok: false, retryAfterMs: this.#windowMs - (since % this.#windowMs) + HEARTBEAT_MS };
    }
    return { ok: true };
  }

  async stop(): Promise<void> {
    await Promise.all(this.#group.limiters().map(({ limiter }) => limiter.disconnect()));
  }
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
    this.#channels = new Bottleneck.Group({ reservoir: perChannelPer5s, reservoirRefreshAmount: perChannelPer5s, reservoirRefreshInterval: 5000, maxConcurrent: 1, minTime: Math.ceil(5000 / perChannelPer5s), timeout: IDLE_USER_MS });
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
