import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { DATE_HINT, resolvePollDate } from '../../../../src/briefing/analyse/polls/pollDates.js';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const pages = [join(root, 'data'), join(root, 'tests', 'fixtures', 'pages')].flatMap((d) =>
  readdirSync(d)
    .filter((n) => /\.(?:txt|html?|json|xml)$/.test(n))
    .map((n) => readFileSync(join(d, n), 'utf8')),
);

/** Spans as the poll reader cuts them: from a word start, up to 70 characters, ending on a whole word. */
function spansOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const raw = text.slice(m.index, m.index + 70);
    const cut = raw.length < 70 ? raw : raw.replace(/\S*$/, '');
    if (cut.trim() !== '') out.push(cut);
  }
  return out;
}

/** chrono-node reads a bare number after `at` as a clock time (`at 22 percent` → 22:00): not a date, and the gate rightly skips it. */
const CLOCK_MISREAD = /^(?:at\s+)?\d{1,2}(?:\s+to\s+\d{1,2})?$/i;

describe('the poll-date gate in front of chrono-node', () => {
  it('GIVEN every word-aligned span of the bundled pages WHEN chrono-node finds a date in it THEN the gate lets it through', () => {
    const reference = new Date(Date.UTC(2007, 3, 23, 12));
    let spans = 0;
    let found = 0;
    let rejected = 0;
    const missed: string[] = [];
    for (const page of pages) {
      for (const span of spansOf(page)) {
        spans++;
        if (!DATE_HINT.test(span)) rejected++;
        const dates = chrono.parse(span, { instant: reference, timezone: 0 }, { forwardDate: false }).filter((r) => !CLOCK_MISREAD.test(r.text.trim()));
        if (dates.length === 0) continue;
        found++;
        if (!DATE_HINT.test(span)) missed.push(`${span} → ${dates.map((d) => d.text).join(', ')}`);
      }
    }
    expect(spans).toBeGreaterThan(5_000);
    expect(found).toBeGreaterThan(200);
    expect(missed).toEqual([]);
    // And the gate is worth having: it turns away a good share of spans that hold no date.
    expect(rejected).toBeGreaterThan(spans / 5);
  });

  it('GIVEN a clause with numbers but no date word THEN no date, and a clause with one THEN its date', () => {
    expect(resolvePollDate(' by the agency of 937 adults, 57 percent opposed', '2007-04-23')).toBeNull();
    expect(resolvePollDate(' on Monday, 57 percent opposed', '2007-04-25')?.value).toBe('2007-04-23');
    expect(resolvePollDate(' between April 19 and 22 among 937 adults', '2007-04-25')?.value).toBe('2007-04-19/2007-04-22');
  });
});
