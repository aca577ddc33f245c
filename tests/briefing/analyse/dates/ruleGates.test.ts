import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_PARSERS } from '../../../../src/briefing/analyse/dates/ruleParsers.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const paragraphs = [join(root, 'data'), join(root, 'tests', 'fixtures', 'pages')].flatMap((d) =>
  readdirSync(d)
    .filter((n) => n.endsWith('.txt'))
    .flatMap((n) => readFileSync(join(d, n), 'utf8').split(/\n\s*\n/)),
);

/** Does the parser's full pattern match somewhere in `text`? */
const fullMatch = (re: RegExp, text: string): boolean => new RegExp(re.source, re.flags.replace('g', '')).test(text);

/** Words the date patterns are built from, mixed with plain words, digits and punctuation, in any case. */
const WORDS = [
  'the', 'last', 'next', 'this', 'past', 'coming', 'early', 'late', 'mid', 'beginning', 'end', 'of', 'in', 'at', 'for', 'over', 'every', 'each', 'other',
  'ago', 'now', 'present', 'future', 'time', 'today', 'tonight', 'yesterday', 'morning', 'night', 'weekend', 'day', 'days', 'week', 'weeks', 'month',
  'months', 'year', 'years', 'decade', 'century', 'quarter', 'half', 'first', 'second', 'Q3', 'spring', 'fall', 'Monday', 'Mondays', 'Friday', 'June',
  'Jan.', 'Sept.', 'May', 'annually', 'two', 'a', 'few', 'several', '15', '2007', '1990s', "'90s", '2007-08', 'FY2009', 'fiscal', '21st', 'said', 'percent',
  'old', 'rose', ',', '.', '-', '–', 'Christmas', 'Eve', 'Day', 'Boxing', "New Year's", 'Thanksgiving', 'Labor', 'Memorial', 'Easter', 'Good', 'Sunday',
];
const word = fc.constantFrom(...WORDS).chain((w) => fc.constantFrom(w, w.toLowerCase(), w.toUpperCase()));
const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).chain((ws) => fc.constantFrom(' ', '  ', '\n', '-').map((sep) => ws.join(sep)));

describe('date rule gates (a cheap word test that skips a pattern)', () => {
  it('GIVEN every paragraph of the bundled pages THEN no pattern matches where its gate fails', () => {
    const wrong: string[] = [];
    let skipped = 0;
    for (const p of paragraphs) {
      for (const r of RULE_PARSERS) {
        if (!r.gate || r.gate.test(p)) continue;
        skipped++;
        if (fullMatch(r.re, p)) wrong.push(`${r.name}: ${p.slice(0, 80)}`);
      }
    }
    expect(wrong).toEqual([]);
    // The gates do skip work: most parsers are skipped on most paragraphs.
    expect(skipped).toBeGreaterThan(paragraphs.length * RULE_PARSERS.length * 0.5);
  });

  it('GIVEN random phrases of date words in any case THEN a pattern matches only where its gate passes', () => {
    fc.assert(
      fc.property(phrase, (text) => {
        for (const r of RULE_PARSERS) if (r.gate && fullMatch(r.re, text)) expect(`${r.name}: ${r.gate.test(text)}`).toBe(`${r.name}: true`);
      }),
      { numRuns: 3000 },
    );
  });
});
