import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/briefing/pipeline.js';
import type { Article, FileAnalysis, Quote, TimelineEvent } from '../../src/briefing/types.js';
import { createStringPool, shareStrings, type StringPool } from '../../src/corpus/shareStrings.js';

/** An analysis as the cache gives it back: JSON text parsed, then shared. */
const roundTrip = (fa: FileAnalysis, pool?: StringPool): FileAnalysis => {
  const back = JSON.parse(JSON.stringify(fa)) as FileAnalysis;
  shareStrings(back, pool);
  return back;
};

describe('shareStrings', () => {
  it('GIVEN every bundled page analysed THEN its analysis read back and shared (one pool across files, as the cache reads them) holds the same values', () => {
    const pool = createStringPool();
    const files = readdirSync('data').filter((f) => f.endsWith('.txt') || f.endsWith('.json') || f.endsWith('.xml'));
    expect(files.length).toBeGreaterThan(5);
    let events = 0;
    let quotes = 0;
    for (const f of files) {
      const fa = analyseFile({ name: `data/${f}`, bytes: readFileSync(join('data', f)) });
      events += fa.events.length;
      quotes += fa.quotes.length;
      expect(roundTrip(fa, pool)).toEqual(JSON.parse(JSON.stringify(fa)));
      expect(roundTrip(fa)).toEqual(JSON.parse(JSON.stringify(fa)));
    }
    expect(events).toBeGreaterThan(50);
    expect(quotes).toBeGreaterThan(50);
  });

  it('GIVEN texts cut from paragraphs, joined parts and texts from nowhere, with right and wrong paragraph hints THEN every value is unchanged', () => {
    const paragraph = fc.string({ minLength: 0, maxLength: 80, unit: fc.constantFrom('a', 'b', ' ', '“', 'é', '\u{1F600}') });
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean(), fc.option(fc.nat({ max: 6 }), { nil: undefined })), { maxLength: 12 }), (paragraphs, picks) => {
        const article: Article = { id: 'p#1', file: 'p.txt', headline: null, byline: null, place: null, agency: null, date: null, teaser: false, paragraphs, url: null };
        const texts = picks.map(([pi, a, b, joined]) => {
          const p = paragraphs[pi % paragraphs.length]!;
          const from = Math.min(a, b) % (p.length + 1);
          const cut = p.slice(from, from + (Math.max(a, b) % 40));
          return joined ? `${cut} … ${cut}` : cut;
        });
        const quotes: Quote[] = texts.map((text, i) => ({ articleId: 'p#1', speakerId: null, speaker: null, text, partial: false, ...(picks[i]![4] === undefined ? {} : { paragraph: picks[i]![4] }) }));
        const events: TimelineEvent[] = texts.map((text) => ({ articleId: 'p#1', date: '2020-01-01', expression: 'today', text }));
        const fa: FileAnalysis = { file: 'p.txt', hash: 'h', articles: [article], speakers: [], quotes, polls: [], events, timexes: [], warnings: [] };
        expect(roundTrip(fa)).toEqual(fa);
      }),
    );
  });

  it('GIVEN an entry of the wrong shape (a damaged cache file) THEN it throws, so the cache counts a miss', () => {
    expect(() => shareStrings({ file: 'x', hash: 'h', articles: null } as unknown as FileAnalysis)).toThrow();
  });

  it('GIVEN more distinct strings than a pool holds (it starts over) THEN every share gives back an equal string', () => {
    const pool = createStringPool();
    for (let i = 0; i < 120_000; i++) {
      const s = `value number ${i % 70_000}`;
      expect(pool.share(s)).toBe(s);
    }
  });
});
