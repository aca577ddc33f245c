import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** Key prefix of the in-memory counters (one counter per server id). */
const KEY_PREFIX = 'guild';

/** The answer of {@link GuildLimiter.take}. */
export type GuildGate = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * Per-server command limit: at most `limit` commands per `windowMs` from one server, whoever runs
 * them, so many members (or many accounts) of one server cannot take the bot's time from every
 * other server. A fixed window per server id, counted by rate-limiter-flexible's
 * `RateLimiterMemory` (the window starts at the server's first command and its counter is dropped
 * when it ends). The router asks it only after the member's own limit let the command through, so
 * one member over their limit does not use up their server's budget.
 *
 * Commands outside a server (direct messages: no server id) are never limited here. In-process
 * only: with several processes each counts its own share (the per-user limit is the shared one).
 */
export class GuildLimiter {
  readonly #limiter: RateLimiterMemory;

  constructor(limit: number, windowMs: number) {
    this.#limiter = new RateLimiterMemory({ keyPrefix: KEY_PREFIX, points: limit, duration: windowMs / 1000 });
  }

  /** Takes one command from the server's allowance; when none is left, says how long to wait (ms). */
  async take(guildId: string | null): Promise<GuildGate> {
    if (guildId === null) return { ok: true };
    try {
      await this.#limiter.consume(guildId);
      return { ok: true };
    } catch (res) {
      if (res instanceof RateLimiterRes) return { ok: false, retryAfterMs: res.msBeforeNext };
      throw res;
    }
  }
}
