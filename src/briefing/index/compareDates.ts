/** Dates made of digits and hyphens only: ISO calendar values (`2007`, `2007-04`, `2007-04-23`), or none (``). */
const DIGITS_AND_HYPHENS = /^[\d-]*$/;

/** True when `s` holds only digits and hyphens, so {@link compareDates} may compare it by code unit. */
export function isPlainDate(s: string): boolean {
  return DIGITS_AND_HYPHENS.test(s);
}

/**
 * `a.localeCompare(b)` for date strings, cheaply: two strings of digits and hyphens (ISO dates) by
 * code unit, which orders them as the locale does (hyphen before digits, digits in order, a prefix
 * first) at a fraction of the cost; anything else by localeCompare itself, so the order is
 * localeCompare's for every pair. Sorting 20k timeline entries or the articles of the largest
 * topics spent most of its time in localeCompare.
 */
export function compareDates(a: string, b: string): number {
  if (isPlainDate(a) && isPlainDate(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
