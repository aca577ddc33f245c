import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentWords, mergeEvents, STOPWORDS } from '../../../../src/briefing/analyse/dates/mergeEvents.js';
import { buildQueryIndex } from '../../../../src/briefing/index/queryIndex.js';
import { chronologicalKey } from '../../../../src/briefing/index/chronologicalKey.js';
import type { Article, TimelineEvent } from '../../../../src/briefing/types.js';

/**
 * The merge as first written (every event copied, every entry's sets built at once), kept here as
 * the reference the lazy one must equal: same date, different articles, at least 2 shared content
 * words and a quarter of the smaller event's.
 */
function referenceMerge(events: readonly TimelineEvent[]): TimelineEvent[] {
  const entries: { ev: TimelineEvent; words: Set<string>; articles: Set<string> }[] = [];
  for (const e of events) {
    const words = contentWords(e.text);
    const into = entries.find((o) => {
      if (o.ev.date !== e.date || o.articles.has(e.articleId)) return false;
      let shared = 0;
      for (const w of words) if (o.words.has(w)) shared++;
      const smaller = Math.min(o.words.size, words.size);
      return shared >= 2 && smaller > 0 && shared / smaller >= 0.25;
    });
    if (!into) {
      entries.push({ ev: { ...e, ...(e.sources ? { sources: [...e.sources] } : {}) }, words: new Set(words), articles: new Set([e.articleId, ...(e.sources ?? [])]) });
      continue;
    }
    const sources = into.ev.sources ?? [];
    for (const id of [e.articleId, ...(e.sources ?? [])]) {
      if (!into.articles.has(id)) {
        sources.push(id);
        into.articles.add(id);
      }
    }
    into.ev.sources = sources;
    if (!into.ev.who && e.who) into.ev.who = e.who;
    for (const w of words) into.words.add(w);
  }
  return entries.map((o) => o.ev);
}

const article = (id: string): Article => ({ id, file: 'f.txt', headline: null, byline: null, place: null, agency: null, date: null, teaser: false, paragraphs: [], url: null });

/** Words few enough that events of one date often share two or more, plus stop words and plurals. */
const WORDS = ['missile', 'missiles', 'shield', 'radar', 'talks', 'Moscow', 'Gates', 'Putin', 'poll', 'vote', 'the', 'said', 'Monday', "Russia's", 'Poland', 'base', 'bases'];

const eventArb = fc.record({
  article: fc.integer({ min: 0, max: 5 }),
  // 2007-W17 and 2007-04-23 share a chronological key: ties keep merge order.
  date: fc.constantFrom('2007-04-23', '2007-04-24', '2007-W16', '2007-W17', '2007-04', '2006-12-31', '2007'),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 7 }),
  who: fc.option(fc.constantFrom('Gates', 'Putin'), { nil: undefined }),
  sources: fc.option(fc.subarray(['a6', 'a7', 'a1']), { nil: undefined }),
});

describe('mergeEvents and the query index merge of a topic timeline', () => {
  it('GIVEN random events (shared dates, overlapping words, repeated articles, events already merged with sources) THEN mergeEvents merges them as the reference merge does, the timeline of the index (word numbers, date ranks) is that merge in chronological order, and the events are left unchanged', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.subarray([0, 1, 2, 3, 4, 5]), (specs, chosen) => {
        const events: TimelineEvent[] = specs.map((s) => ({
          articleId: `a${s.article}`,
          date: s.date,
          expression: 'Monday',
          text: s.words.join(' '),
          ...(s.who === undefined ? {} : { who: s.who }),
          ...(s.sources === undefined ? {} : { sources: s.sources }),
        }));
        const articles = [0, 1, 2, 3, 4, 5].map((i) => article(`a${i}`));
        const index = buildQueryIndex({ articles, quotes: [], polls: [], events, timexes: [] });
        const ids = chosen.map((i) => `a${i}`);
        const wanted = new Set(ids);
        const before = JSON.stringify(events);
        const chosenEvents = events.filter((e) => wanted.has(e.articleId));
        const expected = referenceMerge(chosenEvents);
        expect(mergeEvents(chosenEvents)).toStrictEqual(expected);
        // The timeline's order: the merge sorted stably by chronological key.
        expect(index.timelineOf(ids)).toStrictEqual([...expected].sort((a, b) => chronologicalKey(a.date).localeCompare(chronologicalKey(b.date))));
        // The corpus's own events are never changed by merging.
        expect(JSON.stringify(events)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});

/** contentWords as first written: one regex match, then two regex replaces and a filter per word. */
function referenceContentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(words.map((w) => w.replace(/['’]s$/, '').replace(/(?<=\w{3})s$/, '')).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
}

describe('contentWords', () => {
  it('GIVEN random texts (possessives with both apostrophes, plurals after ASCII and non-ASCII letters, digits, hyphens, stop words, capitals) THEN the one-pass scan gives the words, in the order, of the regex version it replaced', () => {
    const piece = fc.constantFrom('s', "'s", '’s', "s'", 'ss', 'gas', 'talks', "boss's", 'Gates’s', 'the', 'Said', 'él', 'éés', 'straße', 'İs', 'x1s', 'a_bs', 'US-Russia', '-', "'", ' ', '  ', '.', ',', '7', 'Mondays', 'news', 'crisis', 'ÉTATS');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect([...contentWords(text)]).toEqual([...referenceContentWords(text)]);
      }),
      { numRuns: 2000 },
    );
  });
});
