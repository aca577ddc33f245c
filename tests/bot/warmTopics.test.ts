import { beforeAll, describe, expect, it, vi } from 'vitest';
import { briefAnswer } from '../../src/bot/answers/brief.js';
import { buildIndex, type CorpusIndex } from '../../src/bot/answers/corpusIndex.js';
import { topicScope } from '../../src/bot/answers/scope.js';
import { afterReplyPending, PAGES_AFTER_REPLY_MS, timelineAnswer, timelinePage } from '../../src/bot/answers/timeline.js';
import { askCost, topicsToWarm, warmTopics, WARM_BY_SIZE_SHARE, WARM_MIN_ARTICLES } from '../../src/bot/answers/warmTopics.js';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import type { Topic } from '../../src/briefing/index/topics/index.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
});

let copies = 0;
/**
 * A copy of the bundled corpus whose articles carry a url of their own to this call: a copy made by
 * hand, so its replies' scope fingerprints hash its articles (src/bot/answers/scope.ts), and no two
 * calls share one. Answers prepared for another test's topics (kept by fingerprint) cannot serve it.
 */
function freshCorpus(): Corpus {
  const tag = ++copies;
  return { ...corpus, version: `copy-${tag}`, articles: corpus.articles.map((a) => ({ ...a, url: `https://example.org/${tag}/${a.id}` })) };
}

/**
 * An index of `c` whose event merge and brief inputs are counted: a warmed topic must answer
 * without them. (Each call builds a new index, so its topics are new objects.)
 */
function countingIndex(c: Corpus): { index: CorpusIndex; merges: () => number; quoteReads: () => number } {
  const base = buildIndex(c);
  let merges = 0;
  let quoteReads = 0;
  const lookup = {
    ...base.lookup,
    timelineOf: (ids: Iterable<string>) => {
      merges++;
      return base.lookup.timelineOf(ids);
    },
    quotesOf: (ids: Iterable<string>) => {
      quoteReads++;
      return base.lookup.quotesOf(ids);
    },
  };
  return { index: { ...base, lookup }, merges: () => merges, quoteReads: () => quoteReads };
}

/** The index with one of its lookups throwing `message` (a bug in it, as a warm-up step would meet it). */
function withBrokenLookup(base: CorpusIndex, name: 'timelineOf' | 'sizeOf', message: string): CorpusIndex {
  return {
    ...base,
    lookup: {
      ...base.lookup,
      [name]: (): never => {
        throw new Error(message);
      },
    },
  };
}

/** Waits until no timeline waits to be worked out after an earlier test's answers (they run one at a time, a delay apart). */
async function drainAfterReply(): Promise<void> {
  await vi.waitFor(() => expect(afterReplyPending()).toBe(0), { timeout: 60 * PAGES_AFTER_REPLY_MS, interval: 10 });
}

/** Runs each step at once (synchronously): the steps' order, without the event loop. */
const now = (step: () => void): void => step();

describe('warmTopics', () => {
  it('GIVEN the bundled corpus THEN the topics to warm are the largest share of the count and the costliest of the others, costliest first, at most the count asked, none under the least size', () => {
    const index = buildIndex(corpus);
    const bySize = index.topicsBySize.map((t) => t.topic);
    const sizes = bySize.map((t) => t.articleIds.length);
    const all = topicsToWarm(index, 1000, 1);
    expect(new Set(all)).toEqual(new Set(bySize));
    const costs = all.map((t) => askCost(index, t));
    for (let i = 1; i < costs.length; i++) expect(costs[i]!, all[i]!.slug).toBeLessThanOrEqual(costs[i - 1]!);
    // The cost counts what an answer reads: a topic's items, not only its number of articles.
    const top = all[0]!;
    const size = index.lookup.sizeOf(top.articleIds);
    expect(size.articles).toBe(top.articleIds.length);
    expect(size.events).toBe(index.lookup.eventsOf(top.articleIds).length);
    expect(size.quotes).toBe(index.lookup.quotesOf(top.articleIds).length);
    expect(size.paragraphs).toBe(top.articleIds.reduce((n, id) => n + index.articleById.get(id)!.paragraphs.length, 0));
    expect(askCost(index, top)).toBeGreaterThan(askCost(index, all.at(-1)!));
    // Eight: the largest share of them, then the costliest of the rest.
    const bySizeCount = Math.ceil(8 * WARM_BY_SIZE_SHARE);
    expect(bySizeCount).toBeLessThan(8);
    const eight = topicsToWarm(index, 8, 1);
    const rest = bySize.slice(bySizeCount).sort((a, b) => askCost(index, b) - askCost(index, a));
    expect(new Set(eight)).toEqual(new Set([...bySize.slice(0, bySizeCount), ...rest.slice(0, 8 - bySizeCount)]));
    expect(topicsToWarm(index, 1, 1)).toEqual([bySize[0]]);
    const atLeast = sizes[4]!;
    const big = topicsToWarm(index, 1000, atLeast);
    expect(big.length).toBe(sizes.filter((n) => n >= atLeast).length);
    expect(big.every((t) => t.articleIds.length >= atLeast)).toBe(true);
    expect(topicsToWarm(index, 0, 1)).toEqual([]);
    // The bundled topics are small: with the default least size nothing is warmed.
    expect(Math.max(...sizes)).toBeLessThan(WARM_MIN_ARTICLES);
    expect(topicsToWarm(index, 64)).toEqual([]);
  });

  it('GIVEN large cheap topics and a small one holding more (events, quotes, paragraphs) THEN the warm-up takes the largest share by size and the costly one for the rest, costliest first', () => {
    const index = buildIndex(corpus);
    const one = (id: string): Topic => ({ ...index.topicsBySize[0]!.topic, articleIds: [id] });
    const ids = corpus.articles.map((a) => a.id);
    const richest = ids.reduce((best, id) => (askCost(index, one(id)) > askCost(index, one(best)) ? id : best));
    const poorest = ids.reduce((best, id) => (askCost(index, one(id)) < askCost(index, one(best)) ? id : best));
    const [r, p] = [index.lookup.sizeOf([richest]), index.lookup.sizeOf([poorest])];
    expect(r.events + r.quotes + r.paragraphs).toBeGreaterThan(p.events + p.quotes + p.paragraphs);
    // Eight cheap topics, largest first (9 articles down to 2), then a costly one of one article.
    const cheap = [9, 8, 7, 6, 5, 4, 3, 2].map((n) => ({ ...one(poorest), slug: `cheap-${n}`, articleIds: Array<string>(n).fill(poorest) }));
    const rich = { ...one(richest), slug: 'rich', articleIds: [richest] };
    expect(askCost(index, rich)).toBeGreaterThan(askCost(index, cheap[0]!));
    const custom = { ...index, topicsBySize: [...cheap, rich].map((topic) => ({ topic, slugs: [topic.slug] })) };
    expect(topicsToWarm(custom, 1, 1).map((t) => t.slug)).toEqual(['cheap-9']);
    const count = 4;
    const bySize = Math.ceil(count * WARM_BY_SIZE_SHARE);
    expect(topicsToWarm(custom, count, 1).map((t) => t.slug)).toEqual(['rich', ...cheap.slice(0, bySize).map((t) => t.slug)]);
    // By size alone, the costly topic would have waited for a count of nine.
    expect(topicsToWarm(custom, 9, 1).map((t) => t.slug)).toEqual(['rich', ...cheap.map((t) => t.slug)]);
  });

  it('GIVEN warmed topics THEN /brief (full and short) and /timeline answer exactly as without warming, and without merging events or reading quotes again', async () => {
    const c = freshCorpus();
    const cold = buildIndex(c);
    const { index, merges, quoteReads } = countingIndex(c);
    const report = await warmTopics(index, { topics: 4, minArticles: 1, schedule: now }).done;
    expect(report).toMatchObject({ topics: 4, cancelled: false });
    const warmed = topicsToWarm(index, 4, 1);
    const before = { merges: merges(), quoteReads: quoteReads() };
    expect(before.merges).toBe(4);
    for (const t of warmed) {
      expect(briefAnswer(index, t.slug, 'full'), t.slug).toEqual(briefAnswer(cold, t.slug, 'full'));
      expect(briefAnswer(index, t.slug, 'short'), t.slug).toEqual(briefAnswer(cold, t.slug, 'short'));
      expect(timelineAnswer(index, t.slug), t.slug).toEqual(timelineAnswer(cold, t.slug));
    }
    expect({ merges: merges(), quoteReads: quoteReads() }).toEqual(before);
    // A topic the warm-up left alone is worked out at its ask, as before.
    const other = index.topicsBySize.map((t) => t.topic).find((t) => !warmed.includes(t))!;
    expect(timelineAnswer(index, other.slug)).toEqual(timelineAnswer(cold, other.slug));
    expect(merges()).toBe(before.merges + 1);
  });

  it('GIVEN a warm-up THEN every topic of the index, warmed or not, has its fingerprint worked out (the same as at an ask), so no first ask reads its articles for it; WITH topics 0 none is', async () => {
    const c = freshCorpus();
    const cold = buildIndex(c);
    const { index, quoteReads } = countingIndex(c);
    const all = index.topicsBySize.map((t) => t.topic);
    const warmed = topicsToWarm(index, 2, 1);
    expect(all.length).toBeGreaterThan(warmed.length);
    const report = await warmTopics(index, { topics: 2, minArticles: 1, schedule: now }).done;
    expect(report).toMatchObject({ topics: 2, fingerprinted: all.length, cancelled: false });
    const read = quoteReads();
    for (const t of all) expect(topicScope(index, t), t.slug).toBe(topicScope(cold, cold.topicsBySize.find((x) => x.topic.slug === t.slug)!.topic));
    expect(quoteReads()).toBe(read); // every fingerprint was kept: none read the topic's quotes again
    // Turned off: nothing is worked out, and a fingerprint is made at its ask.
    const off = countingIndex(freshCorpus());
    expect(await warmTopics(off.index, { topics: 0, minArticles: 1, schedule: now }).done).toMatchObject({ topics: 0, fingerprinted: 0 });
    expect(off.quoteReads()).toBe(0);
    topicScope(off.index, off.index.topicsBySize[0]!.topic);
    expect(off.quoteReads()).toBe(1);
  });

  it('GIVEN a warmed answer changed by its reader THEN the next answer is unchanged (each answer is a copy)', async () => {
    const { index } = countingIndex(freshCorpus());
    await warmTopics(index, { topics: 1, minArticles: 1, schedule: now }).done;
    const slug = topicsToWarm(index, 1, 1)[0]!.slug;
    const first = timelineAnswer(index, slug);
    const expected = structuredClone(first);
    first.pages[0]!.embeds[0]!.description = 'changed';
    first.pages[0]!.embeds[0]!.footer!.text = 'changed';
    expect(timelineAnswer(index, slug)).toEqual(expected);
    const brief = briefAnswer(index, slug, 'full');
    const briefExpected = structuredClone(brief);
    brief.pages[0]!.embeds[0]!.fields?.splice(0);
    brief.pages[0]!.embeds[0]!.title = 'changed';
    expect(briefAnswer(index, slug, 'full')).toEqual(briefExpected);
  });

  it('GIVEN a warmed topic of several pages answered THEN its whole timeline is worked out shortly after the reply, and a page turn merges nothing more', async () => {
    const c = freshCorpus();
    const { index, merges } = countingIndex(c);
    await warmTopics(index, { topics: 4, minArticles: 1, schedule: now }).done;
    const cold = buildIndex(c);
    const paged = topicsToWarm(index, 4, 1).find((t) => timelineAnswer(cold, t.slug).more !== undefined);
    expect(paged, 'a warmed bundled topic with a second timeline page').toBeDefined();
    await drainAfterReply(); // timelines other tests' answers left waiting
    const warmedMerges = merges();
    const answer = timelineAnswer(index, paged!.slug);
    expect(merges()).toBe(warmedMerges); // the reply itself merges nothing
    await new Promise((r) => setTimeout(r, 10));
    expect(merges()).toBe(warmedMerges); // not while the reply is on its way
    await new Promise((r) => setTimeout(r, 2 * PAGES_AFTER_REPLY_MS));
    expect(merges()).toBe(warmedMerges + 1); // then its timeline is worked out once
    for (let n = 1; n < answer.more!.total; n++) expect(timelinePage(index, paged!.slug, n), `page ${n}`).toEqual(timelinePage(cold, paged!.slug, n));
    expect(merges()).toBe(warmedMerges + 1);
  });

  it('GIVEN several warmed topics of several pages answered one after another THEN their whole timelines are worked out one at a time, a delay apart, not all in one turn of the event loop', async () => {
    const c = freshCorpus();
    const { index, merges } = countingIndex(c);
    await warmTopics(index, { topics: 1000, minArticles: 1, schedule: now }).done;
    const cold = buildIndex(c);
    const paged = topicsToWarm(index, 1000, 1)
      .filter((t) => timelineAnswer(cold, t.slug).more !== undefined)
      .slice(0, 4);
    expect(paged.length, 'warmed bundled topics with a second timeline page').toBe(4);
    await drainAfterReply();
    const warmedMerges = merges();
    vi.useFakeTimers();
    try {
      for (const t of paged) timelineAnswer(index, t.slug);
      timelineAnswer(index, paged[0]!.slug); // asked again while waiting: not queued twice
      expect(merges()).toBe(warmedMerges);
      for (let k = 1; k <= paged.length; k++) {
        vi.advanceTimersByTime(PAGES_AFTER_REPLY_MS);
        expect(merges(), `after ${k} delays`).toBe(warmedMerges + k);
      }
      vi.advanceTimersByTime(10 * PAGES_AFTER_REPLY_MS);
      expect(merges()).toBe(warmedMerges + paged.length);
    } finally {
      vi.useRealTimers();
    }
    for (const t of paged) expect(timelinePage(index, t.slug, 1)).toEqual(timelinePage(cold, t.slug, 1));
    expect(merges()).toBe(warmedMerges + paged.length);
  });

  it('GIVEN a corpus change that leaves every topic alone (a new version of the same corpus) THEN the new index is warmed from what the old one prepared: no event merged, and no quote read beyond what its fingerprints read', async () => {
    const c = freshCorpus();
    await warmTopics(buildIndex(c), { topics: 4, minArticles: 1, schedule: now }).done;
    const next = { ...c, version: `${c.version}-next` };
    // What working out the topics' fingerprints alone reads (they are worked out on every index: the
    // warmed topics', then every other topic's).
    const probe = countingIndex(next);
    for (const { topic } of probe.index.topicsBySize) topicScope(probe.index, topic);
    const { index, merges, quoteReads } = countingIndex(next);
    expect(await warmTopics(index, { topics: 4, minArticles: 1, schedule: now }).done).toMatchObject({ topics: 4, cancelled: false });
    expect({ merges: merges(), quoteReads: quoteReads() }).toEqual({ merges: 0, quoteReads: probe.quoteReads() });
    const cold = buildIndex(next);
    for (const t of topicsToWarm(index, 4, 1)) {
      expect(briefAnswer(index, t.slug, 'full'), t.slug).toEqual(briefAnswer(cold, t.slug, 'full'));
      expect(timelineAnswer(index, t.slug), t.slug).toEqual(timelineAnswer(cold, t.slug));
    }
  });

  it('GIVEN a change to the events of one article THEN only the warmed topics holding it are worked out again, and they show the change', async () => {
    const c = freshCorpus();
    const first = buildIndex(c);
    const warmed = topicsToWarm(first, 4, 1);
    await warmTopics(first, { topics: 4, minArticles: 1, schedule: now }).done;
    const target = warmed[0]!.articleIds.find((id) => c.events.some((e) => e.articleId === id))!;
    const changed = { ...c, version: `${c.version}-edited`, events: c.events.map((e) => (e.articleId === target ? { ...e, text: `${e.text} (updated)` } : e)) };
    const { index, merges } = countingIndex(changed);
    await warmTopics(index, { topics: 4, minArticles: 1, schedule: now }).done;
    const holding = topicsToWarm(index, 4, 1).filter((t) => t.articleIds.includes(target));
    expect(holding.length).toBeGreaterThan(0);
    expect(holding.length).toBeLessThan(4);
    expect(merges()).toBe(holding.length);
    const cold = buildIndex(changed);
    for (const t of topicsToWarm(index, 4, 1)) expect(timelineAnswer(index, t.slug), t.slug).toEqual(timelineAnswer(cold, t.slug));
  });

  it('GIVEN the event loop THEN each step is its own task, and cancel stops the warm-up between steps with what it did', async () => {
    const { index, merges } = countingIndex(freshCorpus());
    const queued: (() => void)[] = [];
    const w = warmTopics(index, { topics: 3, minArticles: 1, schedule: (step) => queued.push(step) });
    expect(merges()).toBe(0); // nothing runs before warmTopics returns
    // The first step chooses the topics; then steps per topic: fingerprint, briefs, timeline. Run the
    // choice, the first topic's three and the second's first.
    queued.shift()!();
    expect(merges()).toBe(0);
    for (let i = 0; i < 4; i++) queued.shift()!();
    expect(merges()).toBe(1);
    w.cancel();
    w.cancel();
    while (queued.length > 0) queued.shift()!();
    expect(merges()).toBe(1);
    expect(await w.done).toMatchObject({ topics: 1, cancelled: true });
  });

  it('GIVEN a step that throws THEN it is reported with its topic and the warm-up goes on', async () => {
    const base = buildIndex(freshCorpus());
    const broken = withBrokenLookup(base, 'timelineOf', 'broken merge');
    const failed: string[] = [];
    const report = await warmTopics(broken, { topics: 2, minArticles: 1, schedule: now, onError: (err, topic) => failed.push(`${topic?.slug}: ${(err as Error).message}`) }).done;
    const slugs = topicsToWarm(broken, 2, 1).map((t) => t.slug);
    expect(failed).toEqual(slugs.map((s) => `${s}: broken merge`));
    expect(report).toMatchObject({ topics: 2, cancelled: false });
    // Its other steps ran: its briefs answer as ever.
    expect(briefAnswer(broken, slugs[0]!, 'full')).toEqual(briefAnswer(base, slugs[0]!, 'full'));
  });

  it('GIVEN choosing the topics throws THEN it is reported without a topic, nothing is warmed and the warm-up ends', async () => {
    const broken = withBrokenLookup(buildIndex(freshCorpus()), 'sizeOf', 'broken sizes');
    const failed: string[] = [];
    const w = warmTopics(broken, { topics: 2, minArticles: 1, schedule: now, onError: (err, topic) => failed.push(`${topic?.slug ?? '(choice)'}: ${(err as Error).message}`) });
    expect(await w.done).toMatchObject({ topics: 0, cancelled: false });
    expect(failed).toEqual(['(choice): broken sizes']);
  });
});
