/**
 * Worst cases of the analysers' regular expressions and scans: each analyser runs on one paragraph
 * made of an adversarial unit repeated, at a size and at four times that size. Linear work grows
 * about 4x; quadratic work (catastrophic backtracking, a regex re-scanning a prefix per match, a
 * pairwise comparison) grows about 16x. The bound below sits between the two with room for noise,
 * and the best of three runs is taken after a warm-up, so this guards against super-linear growth
 * without being a benchmark.
 *
 * Cases found and fixed by this test (each was super-linear before):
 * - dates: `yearRangeSuffix` had `\s*` inside a look-behind, re-scanning a run of white space at
 *   every position (32 KB of spaces: 1.4 s);
 * - dates: the `overlaps` refiner compared each expression with every kept one (`2007 2007 …`);
 * - quotes: `mask` rebuilt the paragraph string once per quote (300 KB dense with quotes: 2.9 s);
 * - quotes: the naming/title filters tested an end-anchored regex on the whole paragraph prefix
 *   before each quote (`“a “a “a …`: 1.8 s at 64 KB);
 * - quotes: the round-up speaker line (`-- Name on …`) split a long word in capitals every way
 *   (session 17; the test below);
 * - segment: a colon glued between capitalised words was found with a look-behind opening the
 *   pattern, which ran back over a long lower-case word at every position (session 17; unit `x`).
 * - quotes: the title read back from every capitalised name went over a whole run of `Ko (柯文哲) Ko
 *   (柯文哲) …` (a bracketed aside counts inside a title), 80 s at 64 KB (session 19; now at most
 *   12 tokens back).
 * - quotes: the sentence before each pronoun was found by a regex searching the paragraph from its
 *   start with a look-ahead to its end (`He said "…," the minister said. ` repeated: 9x for 4x the
 *   text, this test's own flake; session 24, now read back from the pronoun).
 */
import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../src/briefing/analyse/dates/index.js';
import { extractPolls } from '../../src/briefing/analyse/polls/index.js';
import { analyseQuotes } from '../../src/briefing/analyse/quotes/index.js';
import { readArticles } from '../../src/briefing/ingest/readArticles.js';
import type { Article } from '../../src/briefing/types.js';

/** Growth allowed when the input grows 4x: linear is 4, quadratic 16. */
const MAX_GROWTH = 9;
/** Times below this (ms) are timer noise: the small run counts as at least this long. */
const NOISE_FLOOR_MS = 25;
/** Characters of the small input; the large one is four times as long. */
const SMALL_CHARS = 16_000;

function article(paragraph: string): Article {
  return { id: 'adv#1', file: 'adv.txt', headline: 'Adversarial', byline: null, place: 'Testville', agency: 'TNA', date: '2024-05-01', teaser: false, paragraphs: [paragraph], url: null };
}

const ANALYSERS: Record<string, (paragraph: string) => unknown> = {
  quotes: (p) => analyseQuotes([article(p)]),
  polls: (p) => extractPolls([article(p)]),
  dates: (p) => analyseDates([article(p)]),
  segment: (p) => readArticles('adv.txt', `Adversarial page\nTestville (TNA) May 1, 2024 - ${p}`),
};

/** Units aimed at the patterns the analysers use: white space runs, quote marks, cues, numbers, years, names, dashes. */
const UNITS = [
  ' ',
  '\n\n',
  '“a ',
  '"a" ',
  '"',
  'He said "we will act now," the minister said. ',
  '2007 ',
  '1953 - ',
  '57 percent ',
  'John Smith said ',
  'Mr. ',
  'A ',
  '- ',
  ', ',
  '\u200b',
  'on Monday, ',
  'due  to ',
  // One long word in lower case (a look-behind opening a pattern re-scanned it at every position).
  'x',
  // Session 19's patterns: an aside before a comma, a stamp pair, a wire dateline inside a long
  // line, a native-script aside, a change before a level, a list after `from`, a bullet.
  'Reid (Con - Ward), ',
  'Posted 1/24/2005 Updated ',
  'SEOUL, Jan. 2 (Xinhua) -- ',
  'Ko (柯文哲) ',
  'loses 0.5% and stands at ',
  'from Ab, ',
  '• ',
  // A hyphenated run of capitals, as a press release's place might open (a pattern whose words
  // could hold hyphens split it every way), and white space before a bracket.
  'A-',
  '   (',
];

function bestOf3(f: () => unknown): number {
  let best = Infinity;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('analysers grow linearly on adversarial input', () => {
  for (const [name, run] of Object.entries(ANALYSERS)) {
    it(`GIVEN ${name} on paragraphs of one repeated adversarial unit THEN 4x the input costs less than ${MAX_GROWTH}x the time`, () => {
      run('warm up the analyser "once," he said on Monday, 2007-08.');
      const slow: string[] = [];
      for (const unit of UNITS) {
        const small = unit.repeat(Math.ceil(SMALL_CHARS / unit.length));
        const large = unit.repeat(Math.ceil((4 * SMALL_CHARS) / unit.length));
        const a = bestOf3(() => run(small));
        const b = bestOf3(() => run(large));
        if (b > MAX_GROWTH * Math.max(a, NOISE_FLOOR_MS)) slow.push(`${JSON.stringify(unit)}: ${a.toFixed(0)} ms → ${b.toFixed(0)} ms`);
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }

  it('GIVEN a quote paragraph then a dash line of one long word in capitals THEN 4x the word costs less than 9x the time (the speaker-line pattern once split the word every way: 23 s at 200 letters)', () => {
    const quoteThenDash = (letters: number): Article => ({ ...article('"We will win."'), paragraphs: ['"We will win."', `-- ${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.repeat(Math.ceil(letters / 26)).slice(0, letters)}!`] });
    analyseQuotes([quoteThenDash(26)]);
    const a = bestOf3(() => analyseQuotes([quoteThenDash(2_000)]));
    const b = bestOf3(() => analyseQuotes([quoteThenDash(8_000)]));
    expect(b).toBeLessThan(MAX_GROWTH * Math.max(a, NOISE_FLOOR_MS));
  });

  it('GIVEN one 300 KB paragraph dense with quotes and "said" THEN quotes are found in every sentence and analysis finishes (was 2.9 s, quadratic)', () => {
    const unit = 'He said "we will act now," the minister said. ';
    const p = unit.repeat(Math.ceil(300_000 / unit.length));
    const { quotes } = analyseQuotes([article(p)]);
    expect(quotes.length).toBe(Math.ceil(300_000 / unit.length));
    expect(quotes.every((q) => q.text === 'we will act now')).toBe(true);
  });
});
