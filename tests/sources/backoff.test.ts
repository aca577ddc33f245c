import { describe, expect, it } from 'vitest';
import { backoffDelay, MAX_RETRY_AFTER_MS, retryAfterMs } from '../../src/sources/backoff.js';

const S = { baseMs: 60_000, maxMs: 6 * 3600_000 };

describe('backoffDelay', () => {
  it('GIVEN growing failure counts THEN each delay lies between half and all of base·2^(n−1), capped at the maximum', () => {
    for (let n = 1; n <= 40; n++) {
      const full = Math.min(S.maxMs, S.baseMs * 2 ** (n - 1));
      expect(backoffDelay(n, S, () => 0)).toBe(full / 2);
      expect(backoffDelay(n, S, () => 0.999999)).toBeLessThanOrEqual(full);
      expect(backoffDelay(n, S, () => 0.999999)).toBeGreaterThan(full * 0.99);
    }
  });

  it('GIVEN the same jitter draw THEN a later failure never waits less than an earlier one', () => {
    let prev = 0;
    for (let n = 1; n <= 20; n++) {
      const d = backoffDelay(n, S, () => 0.5);
      expect(d).toBeGreaterThanOrEqual(prev);
      prev = d;
    }
  });

  it('GIVEN no failure THEN there is no delay', () => {
    expect(backoffDelay(0, S, () => 0.5)).toBe(0);
  });
});

describe('retryAfterMs', () => {
  const now = Date.parse('2024-05-14T12:00:00Z');
  it('GIVEN delay-seconds THEN it is that many milliseconds', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
  });
  it('GIVEN an HTTP-date THEN it is the time until then, 0 when past', () => {
    expect(retryAfterMs('Tue, 14 May 2024 12:05:00 GMT', now)).toBe(300_000);
    expect(retryAfterMs('Tue, 14 May 2024 11:00:00 GMT', now)).toBe(0);
  });
  it('GIVEN a huge value THEN it is capped at one day', () => {
    expect(retryAfterMs('99999999', now)).toBe(MAX_RETRY_AFTER_MS);
  });
  it('GIVEN no header or an unreadable one THEN it is null', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
