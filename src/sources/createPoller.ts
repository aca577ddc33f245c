import { createHash } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type Bottleneck from 'bottleneck';
import type { Article } from '../briefing/types.js';
import { articleToRecord, contentKey, isSummaryOnly } from './articleRecord.js';
import { backoffDelay } from './backoff.js';
import { bodyKind, decodeBody } from './decodeBody.js';
import { fetchResource, type FetchErrorCode, type FetchLike, type FetchOutcome, type Validators } from './fetchResource.js';
import { createHostLimiter, type HostLimiter } from './hostLimiter.js';
import { hostOf, normaliseUrl, sourceIdOf } from './normaliseUrl.js';
import { defaultSourceOptions, type SourceOptions } from './sourceOptions.js';
import type { SourceEntry } from './sourcesFile.js';
import { remember, type SourceState, type SourceStore, type StoreData } from './sourceStore.js';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Failed page fetches of one feed item before its feed summary is stored instead (so it is never lost, nor retried forever). */
export const MAX_ITEM_ATTEMPTS = 3;
/** The scheduler never sleeps longer than this (ms), so sources added meanwhile are picked up. */
const MAX_TICK_MS = 60_000;
/** … nor shorter than this (ms), so a busy clock never spins. */
const MIN_TICK_MS = 1_000;
/** Folder under the corpus where fetched articles are written. */
export const SOURCES_CORPUS_FOLDER = 'sources';

/** A pino-compatible logger (the bot passes its pino logger). */
export interface PollerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

const silentLogger: PollerLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** Told after a poll that changed the corpus: reload the corpus, invalidate cached replies. */
export interface NewArticlesEvent {
  sourceId: string;
  sourceUrl: string;
  /** Corpus files written (absolute or relative to the process, as `corpusDir` was given). */
  files: string[];
  /** Corpus files deleted (an earlier version of a page source). */
  removedFiles: string[];
  /** The articles written, as stored. */
  articles: Article[];
}

export interface PollerDeps {
  /** Sources from the sources file (see `readSourcesFile`). */
  sources: readonly SourceEntry[];
  store: SourceStore;
  /** The corpus folder (CORPUS_DIR); articles go to `<corpusDir>/sources/<host>/<key>.json`. */
  corpusDir: string;
  options?: Partial<SourceOptions>;
  /** Defaults to Node's global `fetch`. */
  fetch?: FetchLike;
  /** Clock, epoch ms. Defaults to `Date.now`. */
  now?: () => number;
  /** Jitter source in [0, 1). Defaults to `Math.random`. */
  random?: () => number;
  /** Extra Bottleneck settings for the per-host limiters. */
  limiterOptions?: Bottleneck.ConstructorOptions;
  onNewArticles?: (e: NewArticlesEvent) => void | Promise<void>;
  logger?: PollerLogger;
}

export type PollStatus =
  /** New articles were written. */
  | 'new'
  /** Fetched, nothing new. */
  | 'unchanged'
  /** The server answered 304 Not Modified. */
  | 'not-modified'
  /** The fetch or the reading failed; `nextTry` is after the backoff. */
  | 'failed'
  /** Not fetched now: the host asked us to wait, or the poller is stopping. */
  | 'deferred'
  | 'unknown-source';

export interface PollOutcome {
  sourceId: string;
  status: PollStatus;
  newArticles: number;
  duplicates: number;
  /** Why it failed or was deferred. */
  message: string | null;
  /** Epoch ms of the next fetch; null for an unknown source. */
  nextTry: number | null;
}

/** One line of `/source list`. Times are ISO-8601 strings (UTC); null when it never happened. */
export interface SourceStatus {
  id: string;
  url: string;
  topic: string | null;
  origin: 'file' | 'admin';
  kind: 'feed' | 'page' | null;
  intervalSeconds: number;
  lastSuccess: string | null;
  lastError: { at: string; message: string } | null;
  lastItemError: { at: string; message: string } | null;
  consecutiveFailures: number;
  nextTry: string | null;
  itemsSeen: number;
  articlesStored: number;
  duplicates: number;
}

export type AddResult = { ok: true; source: SourceStatus } | { ok: false; error: string; source?: SourceStatus };
export type RemoveResult = { ok: true; source: SourceStatus } | { ok: false; error: string };

export interface Poller {
  /** Loads the state and polls due sources, then keeps polling each on its interval until {@link stop}. */
  start(): Promise<void>;
  /** Stops the schedule, aborts requests in flight, waits for running polls and saves the state. */
  stop(): Promise<void>;
  /** Polls one source now (by id or URL), whatever its schedule. A poll already running for it is joined. */
  pollOnce(idOrUrl: string): Promise<PollOutcome>;
  /** Polls every source whose next try is due (by the injected clock). */
  pollDue(): Promise<PollOutcome[]>;
  list(): Promise<SourceStatus[]>;
  /** Adds a source (admin); it is due at once. */
  add(url: string, topic?: string): Promise<AddResult>;
  /** Removes a source by id or URL. Articles already in the corpus stay. A sources-file entry stays removed until added again. */
  remove(idOrUrl: string): Promise<RemoveResult>;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
/** A host as a folder name (no `:` for ports, nothing outside `[a-z0-9.-]`). */
const hostFolder = (host: string): string => host.toLowerCase().replace(/[^a-z0-9.-]/g, '_');

interface Readers {
  readFeed: typeof import('../briefing/ingest/readFeed.js').readFeed;
  pageToArticle: typeof import('./pageToArticle.js').pageToArticle;
}
/** The feed and page readers once their import has begun. */
let readers: Promise<Readers> | undefined;

/**
 * The feed and page readers (fast-xml-parser, htmlparser2, linkedom, Readability: about 25 MB of
 * resident memory), imported at the first poll, not when the bot starts: a bot without live
 * sources never loads them. A failed import fails that poll before anything is fetched (logged by
 * the scheduler) and is tried again at the next.
 */
async function loadReaders(): Promise<Readers> {
  const pending = (readers ??= Promise.all([import('../briefing/ingest/readFeed.js'), import('./pageToArticle.js')]).then(([f, p]) => ({ readFeed: f.readFeed, pageToArticle: p.pageToArticle })));
  try {
    return await pending;
  } catch (err) {
    if (readers === pending) readers = undefined;
    throw err;
  }
}

function freshState(entry: SourceEntry, origin: 'file' | 'admin', now: number): SourceState {
  return {
    id: sourceIdOf(entry.url),
    url: entry.url,
    topic: entry.topic ?? null,
    intervalSeconds: entry.intervalSeconds ?? null,
    origin,
    addedAt: now,
    kind: null,
    etag: null,
    lastModified: null,
    bodyHash: null,
    lastSuccess: null,
    lastError: null,
    lastItemError: null,
    consecutiveFailures: 0,
    nextTry: null,
    seenUrls: [],
    seenHashes: [],
    pending: {},
    stored: 0,
    duplicates: 0,
    currentFile: null,
  };
}

/**
 * The live-source poller. Each source (RSS 2.0 / Atom feed, or a single page) is fetched on its own
 * interval through {@link fetchResource} (conditional, time-, size- and redirect-limited) under a
 * per-host Bottleneck limiter. A feed's items are taken newest-unseen first up to
 * `maxItemsPerPoll`; an item carrying only a summary has its link fetched and read with
 * Readability ({@link pageToArticle}). Every article is checked by URL and by content key
 * ({@link contentKey}) against everything stored before, from any source, and new ones are written
 * as JSON records under `<corpusDir>/sources/<host>/`, where the corpus loader reads them. State
 * (validators, seen URLs and keys, errors, next try) is saved after each poll, so a restart neither
 * fetches nor writes an item again.
 *
 * Failures never disable a source: they are recorded (`lastError`, `consecutiveFailures`) and the
 * next try backs off exponentially with jitter ({@link backoffDelay}), never sooner than a
 * `Retry-After`; the host is paused for that long for every source on it.
 */
export function createPoller(deps: PollerDeps): Poller {
  const o: SourceOptions = { ...defaultSourceOptions(), ...deps.options };
  const fetchFn: FetchLike = deps.fetch ?? ((u, i) => fetch(u, i));
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const log = deps.logger ?? silentLogger;
  const settings = { timeoutMs: o.timeoutMs, maxBytes: o.maxBytes, maxRedirects: o.maxRedirects, userAgent: o.userAgent };

  let data: StoreData | null = null;
  let loading: Promise<StoreData> | null = null;
  /** Item URLs taken per source, and by all sources. */
  const seenBySource = new Map<string, Set<string>>();
  const seenAll = new Set<string>();
  const inFlight = new Map<string, Promise<PollOutcome>>();
  let limiter: HostLimiter | null = null;
  let abort = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  /** Set while stopping: no new request is started. */
  let stopping = false;

  const intervalMs = (s: SourceState): number => (s.intervalSeconds ?? o.pollMs / 1000) * 1000;
  const limiterNow = (): HostLimiter => (limiter ??= createHostLimiter({ perMinute: o.hostPerMinute, now, ...(deps.limiterOptions ? { bottleneck: deps.limiterOptions } : {}) }));

  function index(s: SourceState): void {
    const set = new Set(s.seenUrls);
    seenBySource.set(s.id, set);
    for (const u of set) seenAll.add(u);
  }

  async function ready(): Promise<StoreData> {
    if (data) return data;
    loading ??= (async () => {
      const { data: d, warning } = await deps.store.load();
      if (warning) log.warn({ warning }, 'source state reset');
      const t = now();
      const fileIds = new Set<string>();
      for (const e of deps.sources) {
        if (d.removed.includes(e.url)) continue;
        const id = sourceIdOf(e.url);
        fileIds.add(id);
        const s = d.sources[id];
        if (s) {
          s.topic = e.topic ?? null;
          s.intervalSeconds = e.intervalSeconds ?? null;
          s.origin = 'file';
        } else d.sources[id] = freshState(e, 'file', t);
      }
      for (const s of Object.values(d.sources)) if (s.origin === 'file' && !fileIds.has(s.id)) delete d.sources[s.id];
      for (const s of Object.values(d.sources)) index(s);
      data = d;
      return d;
    })();
    return loading;
  }

  function find(d: StoreData, idOrUrl: string): SourceState | undefined {
    const byId = d.sources[idOrUrl];
    if (byId) return byId;
    const n = normaliseUrl(idOrUrl);
    return n ? d.sources[sourceIdOf(n)] : undefined;
  }

  function status(s: SourceState): SourceStatus {
    const err = (e: SourceState['lastError']) => (e ? { at: iso(e.at)!, message: e.message } : null);
    return {
      id: s.id,
      url: s.url,
      topic: s.topic,
      origin: s.origin,
      kind: s.kind,
      intervalSeconds: intervalMs(s) / 1000,
      lastSuccess: iso(s.lastSuccess),
      lastError: err(s.lastError),
      lastItemError: err(s.lastItemError),
      consecutiveFailures: s.consecutiveFailures,
      nextTry: iso(s.nextTry),
      itemsSeen: s.seenUrls.length,
      articlesStored: s.stored,
      duplicates: s.duplicates,
    };
  }

  /** A request under the host's limiter, unless the host is paused (`paused`: not asked at all) or the poller is stopping. */
  async function get(url: string, validators: Validators): Promise<FetchOutcome | { kind: 'paused'; until: number; message: string }> {
    if (stopping) return { kind: 'error', code: 'aborted', message: `request to ${url} not made (poller stopping).` };
    const host = hostOf(url);
    const until = limiterNow().blockedUntil(host);
    if (until !== null) return { kind: 'paused', until, message: `${host} asked us to wait until ${iso(until)}.` };
    try {
      const signal = abort.signal;
      const r = await limiterNow().schedule(host, () => fetchResource(fetchFn, url, settings, validators, { nowMs: now(), signal }));
      if (r.kind === 'error' && r.code === 'rate-limited' && r.retryAfterMs !== undefined) limiterNow().block(host, now() + r.retryAfterMs);
      return r;
    } catch (e) {
      return { kind: 'error', code: 'aborted', message: `request to ${url} not made (${(e as Error).message}).` };
    }
  }

  function recordFailure(s: SourceState, code: FetchErrorCode | 'bad-feed' | 'no-article', message: string, retryAfter?: number): void {
    const t = now();
    s.consecutiveFailures++;
    s.lastError = { at: t, message, code };
    let delay = backoffDelay(s.consecutiveFailures, { baseMs: o.backoffBaseMs, maxMs: o.backoffMaxMs }, random);
    if (retryAfter !== undefined) delay = Math.max(delay, retryAfter);
    s.nextTry = t + delay;
  }

  function recordSuccess(s: SourceState): void {
    const t = now();
    s.consecutiveFailures = 0;
    s.lastSuccess = t;
    s.nextTry = t + intervalMs(s);
  }

  async function poll(s: SourceState, d: StoreData): Promise<PollOutcome> {
    const out = (st: PollStatus, message: string | null = null, newArticles = 0, duplicates = 0): PollOutcome => ({ sourceId: s.id, status: st, newArticles, duplicates, message, nextTry: s.nextTry });
    // Before fetching: if the readers cannot be loaded, nothing is fetched that could not be read.
    const { readFeed, pageToArticle } = await loadReaders();
    const res = await get(s.url, { etag: s.etag, lastModified: s.lastModified });
    if (res.kind === 'paused') {
      // The host was paused by an answer to another request: wait, without counting a failure of this source.
      s.nextTry = res.until;
      return out('deferred', res.message);
    }
    if (res.kind === 'error') {
      if (res.code === 'aborted') return out('deferred', res.message);
      recordFailure(s, res.code, res.message, res.retryAfterMs);
      log.warn({ source: s.url, code: res.code, failures: s.consecutiveFailures, nextTry: iso(s.nextTry) }, res.message);
      return out('failed', res.message);
    }
    if (res.kind === 'not-modified') {
      recordSuccess(s);
      return out('not-modified');
    }
    const bodyHash = createHash('sha256').update(res.bytes).digest('hex');
    if (bodyHash === s.bodyHash) {
      recordSuccess(s);
      s.etag = res.etag;
      s.lastModified = res.lastModified;
      return out('unchanged');
    }
    const text = decodeBody(res.bytes, res.contentType);
    const kind = bodyKind(text, res.contentType);
    const written: { file: string; article: Article }[] = [];
    const removedFiles: string[] = [];
    let duplicates = 0;
    let complete = true;
    const mine = seenBySource.get(s.id) ?? new Set<string>();
    seenBySource.set(s.id, mine);
    const markSeen = (url: string | null): void => {
      if (!url) return;
      remember(s.seenUrls, url);
      mine.add(url);
      seenAll.add(url);
    };

    /** Stores one article unless its content is already in the corpus. */
    const take = async (a: Article, url: string | null): Promise<void> => {
      const key = contentKey(a);
      const known = d.articles[key];
      if (known) {
        // Counted once: an item of this very source seen again (no URL to recognise it by) is not a duplicate.
        if (known.sourceId !== s.id || (url !== null && known.url !== url)) {
          duplicates++;
          s.duplicates++;
        }
        markSeen(url);
        return;
      }
      const file = join(SOURCES_CORPUS_FOLDER, hostFolder(hostOf(url ?? s.url)), `${key}.json`);
      const t = now();
      await writeFileAtomic(join(deps.corpusDir, file), `${JSON.stringify(articleToRecord(a, { source: s.url, topic: s.topic, fetchedAt: iso(t)! }), null, 2)}\n`);
      d.articles[key] = { file, url, sourceId: s.id, at: t };
      remember(s.seenHashes, key);
      s.stored++;
      markSeen(url);
      written.push({ file: join(deps.corpusDir, file), article: a });
    };

    if (kind === 'page') {
      const r = pageToArticle(text, { url: res.url }, 'page#1', res.url);
      if (!r.ok) {
        recordFailure(s, 'no-article', r.message);
        return out('failed', r.message);
      }
      const key = contentKey(r.article);
      const previous = s.seenHashes[s.seenHashes.length - 1];
      if (key !== previous) {
        const before = s.currentFile;
        await take(r.article, null);
        if (written.length > 0) {
          s.currentFile = d.articles[key]!.file;
          if (before && before !== s.currentFile) {
            await unlink(join(deps.corpusDir, before)).catch(() => undefined);
            for (const [k, v] of Object.entries(d.articles)) if (v.file === before) delete d.articles[k];
            removedFiles.push(join(deps.corpusDir, before));
          }
        }
      }
    } else {
      const r = readFeed(`${SOURCES_CORPUS_FOLDER}/${hostFolder(hostOf(s.url))}/feed.xml`, text);
      const bad = r.warnings.find((w) => w.code === 'bad-feed');
      if (bad && r.articles.length === 0) {
        recordFailure(s, 'bad-feed', bad.message.replace(/^[^:]+: /, `${s.url}: `));
        log.warn({ source: s.url }, bad.message);
        return out('failed', s.lastError!.message);
      }
      // Forget failed attempts of items no longer in the feed (bounded state).
      const listed = new Set(r.articles.map((a) => (a.url ? normaliseUrl(a.url, res.url) : null)));
      for (const u of Object.keys(s.pending)) if (!listed.has(u)) delete s.pending[u];
      let handled = 0;
      for (const item of r.articles) {
        const url = item.url ? normaliseUrl(item.url, res.url) : null;
        if (url && mine.has(url)) continue;
        if (url && seenAll.has(url)) {
          duplicates++;
          s.duplicates++;
          markSeen(url);
          continue;
        }
        if (handled >= o.maxItemsPerPoll) {
          complete = false;
          break;
        }
        handled++;
        let article: Article = { ...item, url };
        if (url && isSummaryOnly(item.paragraphs)) {
          const page = await get(url, {});
          if (page.kind === 'paused' || (page.kind === 'error' && (page.code === 'aborted' || page.code === 'rate-limited'))) {
            // The item's host asks us to wait (or we are stopping): leave the item for a later poll, no attempt counted.
            complete = false;
            if (page.kind === 'error' && page.code === 'rate-limited') s.lastItemError = { at: now(), message: page.message, code: page.code };
            continue;
          }
          let failure: string | null = null;
          if (page.kind === 'ok') {
            const pr = pageToArticle(decodeBody(page.bytes, page.contentType), { url, headline: item.headline, date: item.date, byline: item.byline }, 'item#1', url);
            if (pr.ok) article = { ...pr.article, headline: pr.article.headline ?? item.headline, agency: pr.article.agency ?? item.agency, url };
            else failure = pr.message;
          } else if (page.kind === 'not-modified') failure = `${url}: unexpected 304 for an unconditional request.`;
          else failure = page.message;
          if (failure !== null) {
            const attempts = (s.pending[url] ?? 0) + 1;
            s.pending[url] = attempts;
            s.lastItemError = { at: now(), message: failure, code: page.kind === 'error' ? page.code : 'no-article' };
            log.warn({ source: s.url, item: url, attempts }, failure);
            if (attempts < MAX_ITEM_ATTEMPTS) {
              complete = false;
              continue;
            }
            // Given up on the page: keep the feed's own text so the item is not lost.
          }
          delete s.pending[url];
        }
        await take(article, url);
      }
    }
    recordSuccess(s);
    s.kind = kind;
    // An incomplete poll (items left for later) must read the body again next time: keep no validators.
    s.bodyHash = complete ? bodyHash : null;
    s.etag = complete ? res.etag : null;
    s.lastModified = complete ? res.lastModified : null;
    if (written.length > 0 || removedFiles.length > 0) {
      pendingEvents.push({ sourceId: s.id, sourceUrl: s.url, files: written.map((w) => w.file), removedFiles, articles: written.map((w) => w.article) });
    }
    return out(written.length > 0 ? 'new' : 'unchanged', null, written.length, duplicates);
  }

  const pendingEvents: NewArticlesEvent[] = [];

  async function emit(): Promise<void> {
    while (pendingEvents.length > 0) {
      const e = pendingEvents.shift()!;
      log.info({ source: e.sourceUrl, files: e.files.length }, 'new articles from source');
      try {
        await deps.onNewArticles?.(e);
      } catch (err) {
        log.error({ err, source: e.sourceUrl }, 'onNewArticles failed');
      }
    }
  }

  async function pollOnce(idOrUrl: string): Promise<PollOutcome> {
    const d = await ready();
    const s = find(d, idOrUrl);
    if (!s) return { sourceId: idOrUrl, status: 'unknown-source', newArticles: 0, duplicates: 0, message: `no source ${idOrUrl}`, nextTry: null };
    const joined = inFlight.get(s.id);
    if (joined) return joined;
    const p = (async () => {
      try {
        const r = await poll(s, d);
        await deps.store.save(d);
        await emit();
        return r;
      } finally {
        inFlight.delete(s.id);
      }
    })();
    inFlight.set(s.id, p);
    return p;
  }

  async function pollDue(): Promise<PollOutcome[]> {
    const d = await ready();
    const t = now();
    const due = Object.values(d.sources).filter((s) => (s.nextTry === null || s.nextTry <= t) && !inFlight.has(s.id));
    return Promise.all(due.map((s) => pollOnce(s.id)));
  }

  function schedule(): void {
    if (!running || !data) return;
    const t = now();
    const next = Math.min(...Object.values(data.sources).map((s) => s.nextTry ?? t), t + MAX_TICK_MS);
    const wait = Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, next - t));
    timer = setTimeout(() => {
      timer = null;
      void pollDue()
        .catch((err: unknown) => log.error({ err }, 'source poll failed'))
        .finally(schedule);
    }, wait);
    timer.unref();
  }

  return {
    async start() {
      if (running) return;
      await ready();
      running = true;
      abort = new AbortController();
      void pollDue()
        .catch((err: unknown) => log.error({ err }, 'source poll failed'))
        .finally(schedule);
    },
    async stop() {
      running = false;
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      abort.abort();
      // Drop requests queued behind a host's budget first, so stopping never waits for the budget to refill.
      if (limiter) await limiter.stop();
      await Promise.allSettled([...inFlight.values()]);
      limiter = null;
      abort = new AbortController();
      stopping = false;
      if (data) await deps.store.save(data);
    },
    pollOnce,
    pollDue,
    async list() {
      const d = await ready();
      return Object.values(d.sources)
        .sort((a, b) => a.addedAt - b.addedAt || a.url.localeCompare(b.url))
        .map(status);
    },
    async add(url, topic) {
      const d = await ready();
      const n = normaliseUrl(url);
      if (!n) return { ok: false, error: `${url} is not an http(s) URL.` };
      const existing = d.sources[sourceIdOf(n)];
      if (existing) return { ok: false, error: `${n} is already a source (id ${existing.id}).`, source: status(existing) };
      const t = topic?.trim();
      const s = freshState({ url: n, ...(t ? { topic: t } : {}) }, 'admin', now());
      d.sources[s.id] = s;
      d.removed = d.removed.filter((u) => u !== n);
      index(s);
      await deps.store.save(d);
      log.info({ source: n, id: s.id }, 'source added');
      return { ok: true, source: status(s) };
    },
    async remove(idOrUrl) {
      const d = await ready();
      const s = find(d, idOrUrl);
      if (!s) return { ok: false, error: `no source ${idOrUrl} (give its id or URL from /source list).` };
      delete d.sources[s.id];
      seenBySource.delete(s.id);
      if (s.origin === 'file' && !d.removed.includes(s.url)) d.removed.push(s.url);
      await deps.store.save(d);
      log.info({ source: s.url, id: s.id }, 'source removed');
      return { ok: true, source: status(s) };
    },
  };
}
