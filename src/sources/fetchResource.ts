import { retryAfterMs } from './backoff.js';

/** The part of WHATWG `fetch` the poller uses; Node 20's global `fetch` (undici) by default. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Limits of one request. */
export interface FetchSettings {
  /** Whole request (all redirects, headers and body), ms. */
  timeoutMs: number;
  /** Largest body read, bytes; the transfer is aborted past it. */
  maxBytes: number;
  /** Most redirects followed. */
  maxRedirects: number;
  userAgent: string;
}

/** Validators from the previous response, sent back as `If-None-Match` / `If-Modified-Since`. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchErrorCode =
  /** No answer within the timeout. */
  | 'timeout'
  /** Body (or Content-Length) over the size limit. */
  | 'too-large'
  /** A redirect pointed back at a URL already visited in this request. */
  | 'redirect-loop'
  | 'too-many-redirects'
  /** A redirect without a usable `Location` (missing, or not http/https). */
  | 'bad-redirect'
  /** 429 Too Many Requests or 503 Service Unavailable: the server asks us to wait. */
  | 'rate-limited'
  /** Any other non-2xx status. */
  | 'http'
  /** DNS, connection refused or reset, TLS… */
  | 'network'
  /** The caller aborted (poller stopped). */
  | 'aborted';

export type FetchOutcome =
  | {
      kind: 'ok';
      /** The URL finally answered, after redirects. */
      url: string;
      status: number;
      bytes: Uint8Array;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { kind: 'not-modified'; url: string }
  | { kind: 'error'; code: FetchErrorCode; message: string; status?: number; retryAfterMs?: number };

/** HTTP statuses that are redirects with a Location (RFC 9110 §15.4; 304 is not one). */
const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** Statuses that say "come back later" and may carry Retry-After. */
const RATE_LIMITED = new Set([429, 503]);
/** What we accept: feeds first, then HTML pages. */
const ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5';

/** Why a fetch threw, as a short sentence: `connect ECONNREFUSED 127.0.0.1:1`. */
function networkMessage(e: unknown): string {
  const err = e as { message?: string; cause?: { message?: string; code?: string } };
  return err.cause?.message ?? err.cause?.code ?? err.message ?? String(e);
}

/** Drops an unread body so the connection is released. */
async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    /* already closed */
  }
}

/**
 * GETs `url` politely and defensively, returning a value for every outcome (never throwing):
 * conditional request (`If-None-Match`, `If-Modified-Since` from `validators`; a 304 is
 * `not-modified`); redirects followed by hand (`redirect: 'manual'`) up to `maxRedirects`, a
 * Location already visited being a `redirect-loop`; one `AbortController` bounding the whole
 * request by `timeoutMs`; the body streamed and the transfer aborted as soon as it passes
 * `maxBytes` (a Content-Length over the limit is refused before reading). 429/503 carry the
 * `Retry-After` wait (ms, read against `nowMs`) when the server sends one.
 */
export async function fetchResource(
  fetchFn: FetchLike,
  url: string,
  s: FetchSettings,
  validators: Validators = {},
  opts: { nowMs?: number; signal?: AbortSignal } = {},
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, s.timeoutMs);
  const onOuterAbort = (): void => controller.abort();
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  /** Set when the body passed the limit: leaving the stream early then aborts the transfer. */
  let overLimit: string | null = null;
  const fail = (code: FetchErrorCode, message: string, extra: { status?: number; retryAfterMs?: number } = {}): FetchOutcome => ({ kind: 'error', code, message, ...extra });
  const tooLarge = (at: string): FetchOutcome => {
    controller.abort();
    return fail('too-large', `${at} sent more than the ${s.maxBytes}-byte limit (SOURCE_MAX_BYTES); transfer stopped.`);
  };
  try {
    const visited = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      visited.add(current);
      const headers: Record<string, string> = { 'user-agent': s.userAgent, accept: ACCEPT };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await fetchFn(current, { headers, redirect: 'manual', signal: controller.signal });
      if (REDIRECT.has(res.status)) {
        await discard(res);
        const loc = res.headers.get('location');
        let next: URL | null = null;
        try {
          next = loc ? new URL(loc, current) : null;
        } catch {
          next = null;
        }
        if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) return fail('bad-redirect', `HTTP ${res.status} redirect from ${current} has no usable Location (${loc ?? 'none'}).`, { status: res.status });
        next.hash = '';
        const target = next.toString();
        if (visited.has(target)) return fail('redirect-loop', `redirect loop: ${current} sends back to ${target}.`, { status: res.status });
        if (hop + 1 > s.maxRedirects) return fail('too-many-redirects', `more than ${s.maxRedirects} redirects (last to ${target}).`, { status: res.status });
        current = target;
        continue;
      }
      if (res.status === 304) {
        await discard(res);
        return { kind: 'not-modified', url: current };
      }
      if (res.status < 200 || res.status > 299) {
        await discard(res);
        const statusText = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${current}`;
        if (RATE_LIMITED.has(res.status)) {
          const wait = retryAfterMs(res.headers.get('retry-after'), opts.nowMs ?? Date.now());
          return fail('rate-limited', wait === null ? `${statusText}.` : `${statusText}; asked to retry after ${Math.ceil(wait / 1000)} s.`, {
            status: res.status,
            ...(wait !== null ? { retryAfterMs: wait } : {}),
          });
        }
        return fail('http', `${statusText}.`, { status: res.status });
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > s.maxBytes) {
        controller.abort();
        return fail('too-large', `${current} declares ${declared} bytes, over the ${s.maxBytes}-byte limit (SOURCE_MAX_BYTES).`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      if (res.body) {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          size += chunk.byteLength;
          if (size > s.maxBytes) {
            overLimit = current;
            break;
          }
          chunks.push(chunk);
        }
      }
      if (overLimit !== null) return tooLarge(overLimit);
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const c of chunks) {
        bytes.set(c, at);
        at += c.byteLength;
      }
      return {
        kind: 'ok',
        url: current,
        status: res.status,
        bytes,
        contentType: res.headers.get('content-type'),
        etag: res.headers.get('etag'),
        lastModified: res.headers.get('last-modified'),
      };
    }
  } catch (e) {
    if (overLimit !== null) return tooLarge(overLimit);
    if (timedOut) return fail('timeout', `no complete answer from ${url} within ${Math.round(s.timeoutMs / 100) / 10} s (SOURCE_TIMEOUT_SECONDS).`);
    if (opts.signal?.aborted) return fail('aborted', `request to ${url} stopped (poller stopping).`);
    return fail('network', `could not fetch ${url}: ${networkMessage(e)}.`);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}
