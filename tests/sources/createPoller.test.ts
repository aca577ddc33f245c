import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { atom, FURNITURE, page, rss, STORIES, type FeedItem } from './fixtures.js';
import { harness, records, T0 } from './pollerHarness.js';
import { plain, startServer, withEtag, type LocalServer } from './localServer.js';

const [STRIKE, RAIL, FLOOD] = STORIES as [(typeof STORIES)[0], (typeof STORIES)[0], (typeof STORIES)[0]];
let srv: LocalServer;
let items: FeedItem[];

beforeEach(async () => {
  srv = await startServer();
  for (const s of STORIES) srv.routes.set(`/news/${s.slug}`, plain(() => page(s), 'text/html; charset=utf-8'));
  items = [
    { story: STRIKE, link: `${srv.base}/news/${STRIKE.slug}?utm_source=rss`, full: true },
    { story: RAIL, link: `/news/${RAIL.slug}`, full: false },
  ];
  srv.routes.set('/feed.xml', withEtag(() => rss('Example Wire', items), 'application/rss+xml'));
});
afterEach(() => srv.close());

describe('createPoller on a feed', () => {
  it('GIVEN a feed with a full-text item and a summary-only item THEN both land in the corpus as records the corpus loader reads, the summary fetched as a page', async () => {
    const h = harness([{ url: `${srv.base}/feed.xml`, topic: 'europe' }]);
    const r = await h.poller.pollOnce(`${srv.base}/feed.xml`);
    expect(r).toMatchObject({ status: 'new', newArticles: 2, duplicates: 0 });
    expect(srv.count(`/news/${STRIKE.slug}`)).toBe(0); // full text in the feed: no page fetch
    expect(srv.count(`/news/${RAIL.slug}`)).toBe(1);
    const recs = [...records(h.corpusDir).values()];
    expect(recs.map((x) => x['headline']).sort()).toEqual([RAIL.headline, STRIKE.headline].sort());
    expect(recs.every((x) => x['topic'] === 'europe')).toBe(true);
    const corpus = await loadCorpus(h.corpusDir, { maxFileBytes: 1e7 });
    expect(corpus.warnings).toEqual([]);
    const rail = corpus.articles.find((a) => a.headline === RAIL.headline)!;
    expect(rail).toMatchObject({ place: 'Prague', agency: 'AFP', date: '2024-05-15', url: `${srv.base}/news/${RAIL.slug}` });
    expect(rail.byline).toContain(RAIL.byline);
    expect(rail.paragraphs.slice(1)).toEqual(RAIL.paragraphs.slice(1));
    for (const f of FURNITURE) expect(rail.paragraphs.join(' ')).not.toContain(f);
    const strike = corpus.articles.find((a) => a.headline === STRIKE.headline)!;
    expect(strike).toMatchObject({ place: 'Hamburg', agency: 'AFP', date: '2024-05-14', url: `${srv.base}/news/${STRIKE.slug}`, byline: STRIKE.byline });
    expect(h.events).toHaveLength(1);
    expect(h.events[0]!.files).toHaveLength(2);
  });

  it('GIVEN an unchanged feed THEN the second poll is a conditional request answered 304, and no page is fetched or written again', async () => {
    const h = harness([{ url: `${srv.base}/feed.xml` }]);
    await h.poller.pollOnce(`${srv.base}/feed.xml`);
    h.clock.t += 15 * 60_000;
    const r = await h.poller.pollOnce(`${srv.base}/feed.xml`);
    expect(r.status).toBe('not-modified');
    expect(srv.requests.filter((q) => q.path === '/feed.xml').at(-1)!.headers['if-none-match']).toBeTruthy();
    expect(srv.count(`/news/${RAIL.slug}`)).toBe(1);
    expect(records(h.corpusDir).size).toBe(2);
    expect(h.events).toHaveLength(1);
  });

  it('GIVEN the feed gains an item between polls THEN only the new item is fetched and written', async () => {
    const h = harness([{ url: `${srv.base}/feed.xml` }]);
    await h.poller.pollOnce(`${srv.base}/feed.xml`);
    items = [{ story: FLOOD, link: `${srv.base}/news/${FLOOD.slug}`, full: false }, ...items];
    h.clock.t += 15 * 60_000;
    const r = await h.poller.pollOnce(`${srv.base}/feed.xml`);
    expect(r).toMatchObject({ status: 'new', newArticles: 1 });
    expect(srv.count(`/news/${FLOOD.slug}`)).toBe(1);
    expect(srv.count(`/news/${RAIL.slug}`)).toBe(1);
    expect(records(h.corpusDir).size).toBe(3);
    expect(h.events.map((e) => e.articles.map((a) => a.headline))).toEqual([expect.any(Array), [FLOOD.headline]]);
  });

  it('GIVEN a restart over the same state folder and a feed body that differs only in order THEN nothing is fetched or written again', async () => {
    srv.routes.set('/plain.xml', plain(() => rss('Example Wire', items), 'application/rss+xml'));
    const h = harness([{ url: `${srv.base}/plain.xml` }]);
    await h.poller.pollOnce(`${srv.base}/plain.xml`);
    await h.poller.stop();
    items = [...items].reverse();
    const again = h.make();
    h.clock.t += 15 * 60_000;
    const r = await again.pollOnce(`${srv.base}/plain.xml`);
    expect(r).toMatchObject({ status: 'unchanged', newArticles: 0, duplicates: 0 });
    expect(srv.count(`/news/${RAIL.slug}`)).toBe(1);
    expect(records(h.corpusDir).size).toBe(2);
    const [status] = await again.list();
    expect(status).toMatchObject({ itemsSeen: 2, articlesStored: 2, consecutiveFailures: 0 });
  });

  it('GIVEN the same wire story in two feeds under other URLs and headlines THEN it is stored once and counted as a duplicate', async () => {
    const reprint = { ...STRIKE, headline: 'Port strike halts container traffic', slug: 'reprint' };
    srv.routes.set('/other.atom', plain(() => atom('Other Paper', [{ story: reprint, link: `${srv.base}/other/strike-story`, full: true }]), 'application/atom+xml'));
    const h = harness([{ url: `${srv.base}/feed.xml` }, { url: `${srv.base}/other.atom` }]);
    await h.poller.pollOnce(`${srv.base}/feed.xml`);
    const r = await h.poller.pollOnce(`${srv.base}/other.atom`);
    expect(r).toMatchObject({ status: 'unchanged', newArticles: 0, duplicates: 1 });
    expect(records(h.corpusDir).size).toBe(2);
    const list = await h.poller.list();
    expect(list.find((s) => s.url.endsWith('/other.atom'))).toMatchObject({ duplicates: 1, articlesStored: 0, itemsSeen: 1 });
  });

  it('GIVEN a feed listing an item another feed already took by URL THEN that page is not fetched again', async () => {
    srv.routes.set('/second.xml', plain(() => rss('Second', [{ story: RAIL, link: `${srv.base}/news/${RAIL.slug}#comments`, full: false }]), 'application/rss+xml'));
    const h = harness([{ url: `${srv.base}/feed.xml` }, { url: `${srv.base}/second.xml` }]);
    await h.poller.pollOnce(`${srv.base}/feed.xml`);
    const r = await h.poller.pollOnce(`${srv.base}/second.xml`);
    expect(r).toMatchObject({ newArticles: 0, duplicates: 1 });
    expect(srv.count(`/news/${RAIL.slug}`)).toBe(1);
  });
});

describe('createPoller on a page source', () => {
  it('GIVEN a single page THEN its article is stored; GIVEN the page is updated THEN the new version replaces the old file', async () => {
    let story = STRIKE;
    srv.routes.set('/live', plain(() => page(story), 'text/html'));
    const h = harness([{ url: `${srv.base}/live` }]);
    expect(await h.poller.pollOnce(`${srv.base}/live`)).toMatchObject({ status: 'new', newArticles: 1 });
    const first = [...records(h.corpusDir).keys()];
    h.clock.t += 15 * 60_000;
    expect(await h.poller.pollOnce(`${srv.base}/live`)).toMatchObject({ status: 'unchanged' });
    story = { ...STRIKE, paragraphs: ['Hamburg (AFP) May 14 - The strike at three northern ports ended on Tuesday evening after the operators raised their offer to 8 percent over two years, the union said.', ...STRIKE.paragraphs.slice(1)] };
    h.clock.t += 15 * 60_000;
    expect(await h.poller.pollOnce(`${srv.base}/live`)).toMatchObject({ status: 'new', newArticles: 1 });
    const second = [...records(h.corpusDir).keys()];
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    expect(h.events.at(-1)!.removedFiles).toHaveLength(1);
    expect((await h.poller.list())[0]).toMatchObject({ kind: 'page', articlesStored: 2 });
  });
});

describe('createPoller list, add, remove, start', () => {
  it('GIVEN a successful poll THEN list reports last success, the next try one interval later, items seen and no error', async () => {
    const h = harness([{ url: `${srv.base}/feed.xml`, topic: 'europe', intervalSeconds: 600 }]);
    await h.poller.pollOnce(`${srv.base}/feed.xml`);
    const [s] = await h.poller.list();
    expect(s).toMatchObject({
      url: `${srv.base}/feed.xml`,
      topic: 'europe',
      origin: 'file',
      kind: 'feed',
      intervalSeconds: 600,
      lastSuccess: new Date(T0).toISOString(),
      lastError: null,
      consecutiveFailures: 0,
      nextTry: new Date(T0 + 600_000).toISOString(),
      itemsSeen: 2,
      articlesStored: 2,
    });
  });

  it('GIVEN an admin adds a source THEN it is listed and due at once; the same URL again is refused; removing a file source survives a restart', async () => {
    const h = harness([{ url: `${srv.base}/feed.xml` }]);
    const added = await h.poller.add(`${srv.base}/news/${FLOOD.slug}`, 'floods');
    expect(added.ok).toBe(true);
    expect((await h.poller.add(`${srv.base}/news/${FLOOD.slug}#x`)).ok).toBe(false);
    const due = await h.poller.pollDue();
    expect(due.map((d) => d.status).sort()).toEqual(['new', 'new']);
    const feedId = (await h.poller.list()).find((s) => s.url.endsWith('/feed.xml'))!.id;
    expect((await h.poller.remove(feedId)).ok).toBe(true);
    expect((await h.poller.remove(feedId)).ok).toBe(false);
    await h.poller.stop();
    const again = h.make();
    expect((await again.list()).map((s) => [s.url, s.topic, s.origin])).toEqual([[`${srv.base}/news/${FLOOD.slug}`, 'floods', 'admin']]);
  });

  it('GIVEN start THEN due sources are polled and onNewArticles is told; stop ends the schedule', async () => {
    let told: () => void = () => {};
    const toldP = new Promise<void>((resolve) => (told = resolve));
    const h = harness([{ url: `${srv.base}/feed.xml` }], { onNewArticles: () => told() });
    await h.poller.start();
    await toldP;
    await h.poller.stop();
    expect(records(h.corpusDir).size).toBe(2);
    const hits = srv.count('/feed.xml');
    expect(hits).toBe(1);
  });
});
