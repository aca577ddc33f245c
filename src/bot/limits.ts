import Bottleneck from 'bottleneck';

/** Bottleneck checks reservoir refreshes this often (its default heartbeat), ms. */
const HEARTBEAT_MS = 250;
/** A user's limiter is dropped after this long without commands, ms (Bottleneck Group timeout). */
const IDLE_USER_MS = 5 * 60 * 1000;

/**
 * Per-user command limit: `limit` commands per `windowMs`, as a Bottleneck reservoir per user
 * (Bottleneck.Group keyed by user id). A command over the limit is not queued: the group uses
 * `highWater: 0` with the OVERFLOW strategy, so Bottleneck drops it and we answer "slow down"
 * with the time until the reservoir refills.
 */
export class UserLimiter {
  readonly #group: Bottleneck.Group;
  readonly #windowMs: number;
  readonly #created = new Map<string, number>();

  constructor(limit: number, windowMs: number) {
    this.#windowMs = windowMs;
    this.#group = new Bottleneck.Group({
      reservoir: limit,
      reservoirRefreshAmount: limit,
      reservoirRefreshInterval: windowMs,
      highWater: 0,
      strategy: Bottleneck.strategy.OVERFLOW,
      timeout: IDLE_USER_MS,
    });
    this.#group.on('created', (_limiter: Bottleneck, key: string) => this.#created.set(key, Date.now()));
  }

  /** Takes one command from the user's allowance; when none is left, says how long to wait (ms). */
  async take(userId: string): Promise<{ ok: true } | { ok: false; retryAfterMs: number }> {
    const limiter = this.#group.key(userId);
    try {
      await limiter.schedule(() => Promise.resolve());
      return { ok: true };
    } catch {
      // Dropped: the reservoir is empty. It refills every window from the limiter's creation
      // (Bottleneck refreshes on its heartbeat, so up to one heartbeat later).
      const since = Date.now() - (this.#created.get(userId) ?? Date.now());
      const retryAfterMs = this.#windowMs - (since % this.#windowMs) + HEARTBEAT_MS;
      return { ok: false, retryAfterMs };
    }
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
    this.#global = new Bottleneck({ reservoir: perSecond, reservoirRefreshAmount: perSecond, reservoirRefreshInterval: 1000, maxConcurrent: perSecond });
    this.#channels = new Bottleneck.Group({ reservoir: perChannelPer5s, reservoirRefreshAmount: perChannelPer5s, reservoirRefreshInterval: 5000, maxConcurrent: 1, timeout: IDLE_USER_MS });
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
