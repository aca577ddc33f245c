import { createHash } from 'node:crypto';

/** Query parameters that only track campaigns and never change the page (Google Analytics `utm_*` and common click ids). */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i;

/**
 * The canonical form of an http(s) URL used to recognise the same item twice (WHATWG URL
 * parsing, then: fragment dropped, tracking parameters removed, remaining parameters sorted,
 * host lower-cased and default port dropped by the parser). Returns null for anything that is not
 * an absolute http(s) URL (relative links are resolved against `base` first when given).
 */
export function normaliseUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  return u.toString();
}

/** Length of hex digests used in ids and file names (64 bits: collisions are negligible at corpus sizes). */
const ID_HEX = 16;

/** A short stable id for a source: the first hex digits of the sha256 of its normalised URL. */
export function sourceIdOf(normalisedUrl: string): string {
  return createHash('sha256').update(normalisedUrl).digest('hex').slice(0, ID_HEX);
}

/** The host of a URL as used for per-host politeness and corpus folders (`www.` kept: it may be another server). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return 'unknown-host';
  }
}
