/** Settings of the retry delay after failures. */
export interface BackoffSettings {
  /** Delay before the first retry, ms. */
  baseMs: number;
  /** Longest delay, ms (a source is slowed down to this, never disabled). */
  maxMs: number;
}

/** Largest exponent used, so `2 ** n` never overflows to Infinity however long a source fails. */
const MAX_EXPONENT = 30;

/**
 * Delay before the next try after `failures` consecutive failures (1 = the first failure).
 * Method: capped exponential backoff with "equal jitter" (M. Brooker, "Exponential Backoff And
 * Jitter", AWS Architecture Blog, 2015): `d = min(max, base · 2^(failures−1))`, then
 * `d/2 + random · d/2`, so retries of many sources failing together spread out while each delay
 * stays at least half the exponential value. `random` returns [0, 1) and is injected for tests.
 * `failures <= 0` gives 0.
 */
export function backoffDelay(failures: number, s: BackoffSettings, random: () => number = Math.random): number {
  if (failures <= 0) return 0;
  const exp = Math.min(failures - 1, MAX_EXPONENT);
  const capped = Math.min(s.maxMs, s.baseMs * 2 ** exp);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(capped / 2 + r * (capped / 2));
}

/** Longest Retry-After honoured (1 day): a larger value is treated as 1 day, so a typo cannot park a source for years. */
export const MAX_RETRY_AFTER_MS = 24 * 3600 * 1000;

/**
 * The wait a `Retry-After` header asks for, in ms from `nowMs` (RFC 9110 §10.2.3: either
 * delay-seconds or an HTTP-date). Null when the header is missing or unreadable; a date in the
 * past gives 0; capped at {@link MAX_RETRY_AFTER_MS}.
 */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | null {
  if (!header) return null;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Math.min(Number(v) * 1000, MAX_RETRY_AFTER_MS);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  return Math.min(Math.max(0, t - nowMs), MAX_RETRY_AFTER_MS);
}
