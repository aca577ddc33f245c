import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type CorpusIndex } from '../../src/bot/answers/corpusIndex.js';
import { LIMITS } from '../../src/bot/answers/discordLimits.js';
import { timelineAnswer, timelinePage } from '../../src/bot/answers/timeline.js';
import { pageCount, type AnswerPage } from '../../src/bot/types.js';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';

let corpus: Corpus;
let index: CorpusIndex;
beforeAll(async () => {
  corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
  index = buildIndex(corpus);
});

/** Every page of a /timeline answer: those it holds and those built when shown. */
function allPages(ix: CorpusIndex, topic: string): AnswerPage[] {
  const a = timelineAnswer(ix, topic);
  const pages = [...a.pages];
  for (let n = a.pages.length; n < pageCount(a); n++) pages.push(timelinePage(ix, topic, n)!);
  return pages;
}
const descriptionOf = (p: AnswerPage): string => p.embeds[0]?.description ?? '';

describe('/timeline answer', () => {
  it('GIVEN every bundled topic THEN its pages hold each merged entry once, ten a page, with page n/total in the footer, and no page past the end', () => {
    for (const t of index.topics) {
      const entries = index.lookup.timelineOf(t.articleIds).length;
      if (entries === 0) continue;
      const pages = allPages(index, t.slug);
      expect(pages.length, t.slug).toBe(Math.ceil(entries / 10));
      expect(pages.map((p) => descriptionOf(p).split('\n').length).reduce((a, b) => a + b, 0), t.slug).toBe(entries);
      pages.forEach((p, n) => {
        if (pages.length > 1) expect(p.embeds[0]?.footer?.text, t.slug).toMatch(new RegExp(`${entries} entr(y|ies) \\| page ${n + 1}/${pages.length}$`));
      });
      expect(timelinePage(index, t.slug, pages.length)).toBeNull();
      expect(timelinePage(index, t.slug, -1)).toBeNull();
      expect(timelinePage(index, t.slug, 0.5)).toBeNull();
    }
    expect(timelinePage(index, 'zzqx no such topic', 1)).toBeNull();
  });

  it('GIVEN event texts made of markdown characters (escaping doubles them) THEN each line is cut to fit and ten entries still fit every page', () => {
    const topic = index.topics.find((t) => t.slug === 'price')!;
    const ids = new Set(topic.articleIds);
    const hostile = { ...corpus, version: 'hostile', events: corpus.events.map((e) => (ids.has(e.articleId) ? { ...e, text: `${'*_~`|>'.repeat(60)} end` } : e)) };
    const ix = buildIndex(hostile);
    const entries = ix.lookup.timelineOf(topic.articleIds).length;
    const pages = allPages(ix, 'price');
    expect(pages.length).toBe(Math.ceil(entries / 10));
    for (const p of pages) {
      const d = descriptionOf(p);
      expect(d.length).toBeLessThanOrEqual(LIMITS.embedDescription - 100);
      for (const line of d.split('\n')) {
        expect(line).toMatch(/…( \*\(\d+ reports\)\*)?$/);
        // Cut between characters, never inside an escape: no lone backslash before the ellipsis.
        expect(line).not.toMatch(/(^|[^\\])(\\\\)*\\…/);
      }
    }
  });
});
