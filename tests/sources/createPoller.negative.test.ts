import { writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_ITEM_ATTEMPTS } from '../../src/sources/createPoller.js';
import { page, rss, STORIES } from './fixtures.js';
import { harness, records, T0 } from './pollerHarness.js';
import { plain, startServer, type LocalServer } from './localServer.js';

const MINUTE = 60_000;
/** Backoff defaults (SOURCE_BACKOFF_BASE_SECONDS, SOURCE_BACKOFF_MAX_SECONDS) in ms. */
const BASE = 60_000;
const MAX = 6 * 3600_000;
let srv: LocalServer;
let failing = true;

beforeEach(async () => {
  srv = await startServer();
  failing = true;
  const good = rss('Wire', [{ story: STORIES[0]!, link: `/news/a`, full: true }]);
  srv.routes.set('/flaky.xml', (_q, res) => (failing ? res.writeHead(500, 'Internal Server Error').end('oops') : res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(good)));
  srv.routes.set('/busy.xml', (_q, res) => res.writeHead(429, { 'retry-after': '600' }).end());
  srv.routes.set('/neighbour.xml', plain(() => good, 'application/rss+xml'));
  srv.routes.set('/bad.xml', plain(() => '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>x</item></channel></rss>', 'application/rss+xml'));
  srv.routes.set('/slow.xml', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?>');
  });
  srv.routes.set('/loop1', (_q, res) => res.writeHead(301, { location: '/loop2' }).end());
  srv.routes.set('/loop2', (_q, res) => res.writeHead(301, { location: '/loop1' }).end());
  srv.routes.set('/huge.xml', (_q, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < 20 * 1024 * 1024 && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
});
afterEach(() => srv.close());

describe('createPoller when a source fails', () => {
  it('GIVEN a feed answering 500 again and again THEN each failure is listed with its error and a later next try, the source is never disabled, and it recovers', async () => {
    const h = harness([{ url: `${srv.base}/flaky.xml` }]);
    let lastDelay = 0;
    for (let n = 1; n <= 12; n++) {
      const r = await h.poller.pollOnce(`${srv.base}/flaky.xml`);
      expect(r.status).toBe('failed');
      const [s] = await h.poller.list();
      expect(s!.consecutiveFailures).toBe(n);
      expect(s!.lastError!.message).toContain('HTTP 500');
      expect(s!.lastError!.at).toBe(new Date(h.clock.t).toISOString());
      const delay = Date.parse(s!.nextTry!) - h.clock.t;
      const full = Math.min(MAX, BASE * 2 ** (n - 1));
      expect(delay).toBeGreaterThanOrEqual(full / 2);
      expect(delay).toBeLessThanOrEqual(full);
      expect(delay).toBeGreaterThanOrEqual(lastDelay);
      lastDelay = delay;
      // Before the next try nothing is fetched; at it, the source is polled again.
      const hits = srv.count('/flaky.xml');
      h.clock.t += delay - 1;
      expect(await h.poller.pollDue()).toEqual([]);
      expect(srv.count('/flaky.xml')).toBe(hits);
      h.clock.t += 1;
    }
    failing = false;
    const [ok] = await h.poller.pollDue();
    expect(ok).toMatchObject({ status: 'new', newArticles: 1 });
    const [s] = await h.poller.list();
    expect(s).toMatchObject({ consecutiveFailures: 0, lastSuccess: new Date(h.clock.t).toISOString(), nextTry: new Date(h.clock.t + 15 * MINUTE).toISOString() });
    expect(s!.lastError!.message).toContain('HTTP 500'); // kept for the admin to see what happened
  });

  it('GIVEN a 429 with Retry-After 600 THEN the next try is no sooner than 10 minutes and the host is paused for the other sources on it', async () => {
    const h = harness([{ url: `${srv.base}/busy.xml` }, { url: `${srv.base}/neighbour.xml` }]);
    const r = await h.poller.pollOnce(`${srv.base}/busy.xml`);
    expect(r.status).toBe('failed');
    expect(r.nextTry).toBe(T0 + 600_000);
    const n = await h.poller.pollOnce(`${srv.base}/neighbour.xml`);
    expect(n).toMatchObject({ status: 'deferred', nextTry: T0 + 600_000 });
    expect(srv.count('/neighbour.xml')).toBe(0);
    const list = await h.poller.list();
    expect(list.find((s) => s.url.endsWith('/busy.xml'))!.lastError!.message).toMatch(/HTTP 429.*retry after 600 s/);
    expect(list.find((s) => s.url.endsWith('/neighbour.xml'))).toMatchObject({ lastError: null, consecutiveFailures: 0 });
    h.clock.t = T0 + 600_000;
    expect(await h.poller.pollOnce(`${srv.base}/neighbour.xml`)).toMatchObject({ status: 'new' });
  });

  const cases: [string, string, RegExp][] = [
    ['malformed XML', '/bad.xml', /malformed XML at line \d+/],
    ['a response slower than the timeout', '/slow.xml', /within 0\.3 s/],
    ['a redirect loop', '/loop1', /redirect loop/],
    ['a 20 MB body', '/huge.xml', /more than the 2000000-byte limit/],
    ['nothing listening', 'http://127.0.0.1:1/feed', /could not fetch/],
  ];
  for (const [what, path, message] of cases) {
    it(`GIVEN ${what} THEN the poll fails, nothing is written, and list names the error and the next try`, async () => {
      const url = path.startsWith('http') ? path : `${srv.base}${path}`;
      const h = harness([{ url }], { options: { hostPerMinute: 1000, timeoutMs: 300, maxBytes: 2_000_000 } });
      const r = await h.poller.pollOnce(url);
      expect(r.status).toBe('failed');
      const [s] = await h.poller.list();
      expect(s!.lastError!.message).toMatch(message);
      expect(Date.parse(s!.nextTry!)).toBeGreaterThan(T0);
      expect(s!.lastSuccess).toBeNull();
      expect(records(h.corpusDir).size).toBe(0);
      expect(h.events).toEqual([]);
    });
  }

  it(`GIVEN a summary item whose page fails THEN it is retried on later polls and after ${MAX_ITEM_ATTEMPTS} failures the feed summary is kept`, async () => {
    srv.routes.set('/teasers.xml', plain(() => rss('Wire', [{ story: STORIES[1]!, link: '/news/gone', full: false }]), 'application/rss+xml'));
    srv.routes.set('/news/gone', (_q, res) => res.writeHead(500).end());
    const h = harness([{ url: `${srv.base}/teasers.xml` }]);
    for (let i = 1; i < MAX_ITEM_ATTEMPTS; i++) {
      const r = await h.poller.pollOnce(`${srv.base}/teasers.xml`);
      expect(r).toMatchObject({ status: 'unchanged', newArticles: 0 });
      const [s] = await h.poller.list();
      expect(s!.lastError).toBeNull(); // the feed itself is fine
      expect(s!.lastItemError!.message).toContain('/news/gone');
      h.clock.t += 15 * MINUTE;
    }
    const last = await h.poller.pollOnce(`${srv.base}/teasers.xml`);
    expect(last).toMatchObject({ status: 'new', newArticles: 1 });
    expect(srv.count('/news/gone')).toBe(MAX_ITEM_ATTEMPTS);
    const [rec] = [...records(h.corpusDir).values()];
    expect(rec!['headline']).toBe(STORIES[1]!.headline);
    h.clock.t += 15 * MINUTE;
    await h.poller.pollOnce(`${srv.base}/teasers.xml`);
    expect(srv.count('/news/gone')).toBe(MAX_ITEM_ATTEMPTS);
  });

  it('GIVEN a page source that is a link index, not an article THEN the poll fails with that reason', async () => {
    srv.routes.set('/index', plain(() => `<!doctype html><html><body><ul>${STORIES.map((s) => `<li><a href="/news/${s.slug}">${s.headline}</a></li>`).join('')}</ul></body></html>`, 'text/html'));
    const h = harness([{ url: `${srv.base}/index` }]);
    expect(await h.poller.pollOnce(`${srv.base}/index`)).toMatchObject({ status: 'failed' });
    expect((await h.poller.list())[0]!.lastError!.message).toMatch(/not an article/);
  });

  it('GIVEN a corrupt state file THEN the poller starts fresh and moves the file aside', async () => {
    srv.routes.set('/news/a', plain(() => page(STORIES[0]!), 'text/html'));
    const h = harness([{ url: `${srv.base}/flaky.xml` }]);
    mkdirSync(dirname(h.statePath), { recursive: true });
    writeFileSync(h.statePath, '{"version": 1, "sources": ');
    const [s] = await h.poller.list();
    expect(s).toMatchObject({ consecutiveFailures: 0, lastError: null });
    expect(readdirSync(dirname(h.statePath)).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  it('GIVEN an unknown source id THEN pollOnce says so without fetching', async () => {
    const h = harness([]);
    expect(await h.poller.pollOnce('nope')).toMatchObject({ status: 'unknown-source' });
    expect((await h.poller.add('ftp://x.example/')).ok).toBe(false);
  });
});

describe('createPoller stopping', () => {
  it('GIVEN stop while page requests wait behind the host budget THEN stop returns at once, keeps what was taken, and leaves the rest for the next poll', async () => {
    const teasers = STORIES.map((s) => ({ story: s, link: `/news/${s.slug}`, full: false }));
    srv.routes.set('/teasers.xml', plain(() => rss('Wire', teasers), 'application/rss+xml'));
    let firstPage: () => void = () => {};
    const firstPageServed = new Promise<void>((resolve) => (firstPage = resolve));
    for (const s of STORIES) srv.routes.set(`/news/${s.slug}`, plain(() => page(s), 'text/html'));
    // A fetch that has read a page's whole body before telling the test, so stopping cannot cut that page off.
    const fetchPages = async (u: string, init: RequestInit): Promise<Response> => {
      const res = await fetch(u, init);
      if (!u.includes('/news/')) return res;
      const body = await res.arrayBuffer();
      firstPage();
      return new Response(body, { status: res.status, headers: res.headers });
    };
    // Budget: 2 requests a minute on this host: the feed and one page; the other pages must wait a minute.
    const h = harness([{ url: `${srv.base}/teasers.xml` }], { fetch: fetchPages, options: { hostPerMinute: 2, timeoutMs: 3000, maxBytes: 2_000_000 } });
    const polling = h.poller.pollOnce(`${srv.base}/teasers.xml`);
    await firstPageServed;
    await h.poller.stop();
    const r = await polling;
    expect(r.newArticles).toBe(1);
    expect(records(h.corpusDir).size).toBe(1);
    const again = h.make({ fetch, options: { hostPerMinute: 1000, timeoutMs: 3000, maxBytes: 2_000_000 } });
    h.clock.t += 15 * MINUTE;
    expect(await again.pollOnce(`${srv.base}/teasers.xml`)).toMatchObject({ status: 'new', newArticles: 2 });
    expect(records(h.corpusDir).size).toBe(3);
    await again.stop();
  });
});
