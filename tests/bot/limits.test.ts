import { afterEach, describe, expect, it } from 'vitest';
import { UserLimiter } from '../../src/bot/limits.js';

let limiter: UserLimiter | undefined;
afterEach(async () => {
  await limiter?.stop();
});

describe('per-user command limiter', () => {
  it('GIVEN a limit of 2 per minute THEN a user gets 2 commands, the third is refused with a wait within the window, and another user is unaffected', async () => {
    limiter = new UserLimiter(2, 60_000);
    expect((await limiter.take('alice')).ok).toBe(true);
    expect((await limiter.take('alice')).ok).toBe(true);
    const third = await limiter.take('alice');
    expect(third.ok).toBe(false);
    if (!third.ok) {
      expect(third.retryAfterMs).toBeGreaterThan(0);
      expect(third.retryAfterMs).toBeLessThanOrEqual(60_000 + 250);
    }
    expect((await limiter.take('bob')).ok).toBe(true);
  });
});
