import { describe, expect, it } from 'vitest';
import { GuildLimiter } from '../../src/bot/guildLimiter.js';

/** A window long enough that it cannot end during the test. */
const WINDOW_MS = 60_000;

describe('GuildLimiter', () => {
  it('GIVEN a server at its limit THEN the next command is refused with the wait, and another server is still served', async () => {
    const limiter = new GuildLimiter(2, WINDOW_MS);
    expect(await limiter.take('111111111111111111')).toEqual({ ok: true });
    expect(await limiter.take('111111111111111111')).toEqual({ ok: true });
    const refused = await limiter.take('111111111111111111');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBeGreaterThan(0);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(WINDOW_MS);
    }
    expect(await limiter.take('222222222222222222')).toEqual({ ok: true });
  });

  it('GIVEN a command outside any server (no server id) THEN it is never limited here', async () => {
    const limiter = new GuildLimiter(1, WINDOW_MS);
    for (let i = 0; i < 5; i++) expect(await limiter.take(null)).toEqual({ ok: true });
  });

  it('GIVEN the window has passed THEN the server is served again', async () => {
    const limiter = new GuildLimiter(1, 200);
    expect((await limiter.take('333333333333333333')).ok).toBe(true);
    expect((await limiter.take('333333333333333333')).ok).toBe(false);
    await new Promise((r) => setTimeout(r, 300));
    expect((await limiter.take('333333333333333333')).ok).toBe(true);
  });
});
