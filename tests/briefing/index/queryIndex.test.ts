import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genCorpus } from '../../../bench/genCorpus.js';
import { mergeEvents } from '../../../src/briefing/analyse/dates/mergeEvents.js';
import type { Corpus } from '../../../src/briefing/index/buildCorpus.js';
import { buildQueryIndex } from '../../../src/briefing/index/queryIndex.js';
import { chronologicalKey } from '../../../src/briefing/index/chronologicalKey.js';
import { buildTopics } from '../../../src/briefing/index/topics/index.js';
import { loadCorpus } from '../../../src/corpus/loadCorpus.js';

/**
 * The index must answer exactly what a scan of the corpus answers (same items, same order), on the
 * bundled corpus and on a generated one where many reports repeat the same events (merging).
 */
describe('buildQueryIndex', () => {
  const corpora: { name: string; corpus: Corpus }[] = [];
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-queryindex-'));
    genCorpus({ articles: 200, out: dir, seed: 7, templates: 'data' });
    corpora.push({ name: 'data/', corpus: await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 }) });
    corpora.push({ name: 'generated', corpus: await loadCorpus(dir, { maxFileBytes: 5 * 1024 * 1024 }) });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN each topic of a corpus THEN its quotes, polls, events and merged timeline equal those found by scanning the corpus', () => {
    for (const { name, corpus } of corpora) {
      const index = buildQueryIndex(corpus);
      const topics = buildTopics(corpus);
      expect(topics.length, name).toBeGreaterThan(0);
      let merged = 0;
      for (const t of topics) {
        const ids = new Set(t.articleIds);
        const events = corpus.events.filter((e) => ids.has(e.articleId));
        expect(index.quotesOf(t.articleIds), `${name} ${t.slug}`).toStrictEqual(corpus.quotes.filter((q) => ids.has(q.articleId)));
        expect(index.pollsOf(t.articleIds), `${name} ${t.slug}`).toStrictEqual(corpus.polls.filter((p) => ids.has(p.articleId)));
        expect(index.eventsOf(t.articleIds), `${name} ${t.slug}`).toStrictEqual(events);
        const expected = mergeEvents(events);
        // In date order: the stable sort by chronological key that /timeline made of the merge before.
        const sorted = [...expected].sort((a, b) => chronologicalKey(a.date).localeCompare(chronologicalKey(b.date)));
        expect(index.timelineOf(t.articleIds), `${name} ${t.slug}`).toStrictEqual(sorted);
        merged += events.length - expected.length;
      }
      // The generated corpus repeats stories, so merging is exercised, not only single events.
      if (name === 'generated') expect(merged).toBeGreaterThan(0);
    }
  });

  it('GIVEN each speaker and each article THEN their quotes and timexes equal those found by scanning', () => {
    for (const { name, corpus } of corpora) {
      const index = buildQueryIndex(corpus);
      for (const s of corpus.speakers) expect(index.quotesBy(s.id), `${name} ${s.id}`).toStrictEqual(corpus.quotes.filter((q) => q.speakerId === s.id));
      corpus.articles.forEach((a, i) => expect(index.articleNumber(a.id), `${name} ${a.id}`).toBe(i));
      expect(index.articleNumber('no-such-article#1')).toBeUndefined();
      for (const a of corpus.articles) {
        expect(index.article(a.id)).toBe(a);
        expect(index.timexesOf(a.id), `${name} ${a.id}`).toStrictEqual(corpus.timexes.filter((t) => t.articleId === a.id));
      }
    }
  });

  it('GIVEN an article asked for its timexes twice THEN the same list both times (a brief keeps its dated sentences per list)', () => {
    const { corpus } = corpora[0]!;
    const index = buildQueryIndex(corpus);
    const withTimexes = corpus.articles.find((a) => corpus.timexes.some((t) => t.articleId === a.id))!;
    expect(index.timexesOf(withTimexes.id).length).toBeGreaterThan(0);
    expect(index.timexesOf(withTimexes.id)).toBe(index.timexesOf(withTimexes.id));
    expect(index.timexesOf('no-such-article')).toBe(index.timexesOf('no-such-article'));
  });

  it('GIVEN an unknown article or speaker, or an article id given twice THEN nothing is invented and nothing is doubled', () => {
    const { corpus } = corpora[0]!;
    const index = buildQueryIndex(corpus);
    expect(index.quotesOf(['no-such-article'])).toEqual([]);
    expect(index.quotesBy('no-such-speaker')).toEqual([]);
    expect(index.timexesOf('no-such-article')).toEqual([]);
    expect(index.timelineOf([])).toEqual([]);
    const a = corpus.quotes[0]!.articleId;
    expect(index.quotesOf([a, a])).toStrictEqual(corpus.quotes.filter((q) => q.articleId === a));
  });

  it('GIVEN items of an article the corpus does not list, and two articles with one id THEN lookups find them in corpus order, as a scan does', () => {
    const { corpus } = corpora[0]!;
    const [q0, q1, q2] = corpus.quotes;
    const stray = { ...q1!, articleId: 'not-listed#1' };
    const twin = { ...corpus.articles[1]!, id: corpus.articles[0]!.id };
    const odd = { ...corpus, articles: [...corpus.articles, twin], quotes: [q0!, stray, q2!, { ...q0!, articleId: twin.id }] };
    const index = buildQueryIndex(odd);
    expect(index.quotesOf(['not-listed#1'])).toStrictEqual([stray]);
    expect(index.quotesOf([twin.id, 'not-listed#1'])).toStrictEqual(odd.quotes.filter((q) => q.articleId === twin.id || q.articleId === 'not-listed#1'));
    expect(index.article(twin.id)).toBe(twin);
  });
});
