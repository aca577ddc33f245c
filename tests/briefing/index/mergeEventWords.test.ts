import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeEvents } from '../../../src/briefing/analyse/dates/mergeEvents.js';
import { buildQueryIndex } from '../../../src/briefing/index/queryIndex.js';
import type { Article, TimelineEvent } from '../../../src/briefing/types.js';

const article = (id: string): Article => ({ id, file: 'f.txt', headline: null, byline: null, place: null, agency: null, date: null, teaser: false, paragraphs: [], url: null });

/** Words few enough that events of one date often share two or more, plus stop words and plurals. */
const WORDS = ['missile', 'missiles', 'shield', 'radar', 'talks', 'Moscow', 'Gates', 'Putin', 'poll', 'vote', 'the', 'said', 'Monday', "Russia's", 'Poland', 'base', 'bases'];

const eventArb = fc.record({
  article: fc.integer({ min: 0, max: 5 }),
  date: fc.constantFrom('2007-04-23', '2007-04-24', '2007-W16', '2007-04'),
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 7 }),
  who: fc.option(fc.constantFrom('Gates', 'Putin'), { nil: undefined }),
  sources: fc.option(fc.subarray(['a6', 'a7', 'a1']), { nil: undefined }),
});

describe('mergeEventWords (the query index merge of a topic timeline)', () => {
  it('GIVEN random events (shared dates, overlapping words, repeated articles, events already merged with sources) THEN the index merges them exactly as mergeEvents does', () => {
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
        expect(index.mergedEventsOf(ids)).toStrictEqual(mergeEvents(events.filter((e) => wanted.has(e.articleId))));
        // The corpus's own events are never changed by merging.
        expect(JSON.stringify(events)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});
