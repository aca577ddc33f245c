import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseFile, analyseText } from '../../src/briefing/pipeline.js';

const SAMPLE = readFileSync('data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt', 'utf8');

/** Generous ceiling per input character for the whole pipeline: a guard against hangs and catastrophic backtracking, not a benchmark. */
const MS_PER_KB_CEILING = 400;

function checkShape(name: string, text: string): void {
  const started = performance.now();
  const fa = analyseText(name, text);
  const ms = performance.now() - started;
  expect(ms).toBeLessThan(2000 + (text.length / 1024) * MS_PER_KB_CEILING);
  for (const key of ['articles', 'speakers', 'quotes', 'polls', 'events', 'timexes', 'warnings'] as const) expect(Array.isArray(fa[key])).toBe(true);
  const ids = new Set(fa.articles.map((a) => a.id));
  for (const q of fa.quotes) expect(ids.has(q.articleId)).toBe(true);
  for (const p of fa.polls) expect(ids.has(p.articleId)).toBe(true);
  for (const t of fa.timexes) expect(ids.has(t.articleId)).toBe(true);
  expect(() => JSON.stringify(fa)).not.toThrow();
}

/** Characters news pages break on: quote marks of every kind, dashes, RTL and zero-width marks, parentheses, digits. */
const NASTY = ['"', '“', '”', '‘', '’', "'", '«', '»', '—', '-', '(', ')', '\u200b', '\u200f', '\u202e', '\ufeff', '\n', '\n\n', ' ', '%', '7', 'Monday', 'said', 'AFP', 'poll'];

describe('pipeline properties on hostile text', () => {
  it('GIVEN random text THEN analysis never throws and keeps its shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), (s) => checkShape('rand.txt', s)),
      { numRuns: 60 },
    );
  });

  it('GIVEN the sample page truncated, spliced and sprinkled with quote marks and control marks THEN analysis never throws', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SAMPLE.length }),
        fc.integer({ min: 0, max: SAMPLE.length }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: SAMPLE.length }), fc.constantFrom(...NASTY)), { maxLength: 40 }),
        (cut, spliceAt, inserts) => {
          let t = SAMPLE.slice(0, Math.max(cut, 1)) + SAMPLE.slice(spliceAt, spliceAt + 500);
          for (const [at, s] of inserts) t = t.slice(0, at) + s + t.slice(at);
          checkShape('mut.txt', t);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('GIVEN pathological long lines THEN each finishes in bounded time', () => {
    const cases = [
      'A '.repeat(20_000) + '(AFP)',
      'Moscow '.repeat(5_000) + '(AFP) April 23 - x',
      '"'.repeat(50_000),
      '“'.repeat(20_000) + '”'.repeat(20_000),
      ('He said "a ' + 'b '.repeat(50) + '" ').repeat(500),
      '57 percent '.repeat(5_000) + 'poll',
      'Monday Tuesday last week next month in June '.repeat(2_000),
      `Gates said: "${'nested "quote ( ) '.repeat(2_000)}`,
      '\u200b'.repeat(30_000) + 'Moscow (AFP) April 23, 2007\nText "quoted" he said.',
      'x'.repeat(1_000_000),
    ];
    for (const c of cases) checkShape('long.txt', c);
  });

  it('GIVEN one paragraph of 10 MB THEN the default size limit skips it with a named warning', () => {
    const para = `${'The minister said the talks were "useful" on Monday, and 57 percent agreed. '.repeat(140_000)}`;
    const bytes = new TextEncoder().encode(`Big page\nMoscow (AFP) April 23, 2007\n${para}`);
    expect(bytes.byteLength).toBeGreaterThan(10_000_000);
    const skipped = analyseFile({ name: 'big.txt', bytes });
    expect(skipped.warnings.map((w) => w.code)).toEqual(['too-large']);
  });
});
