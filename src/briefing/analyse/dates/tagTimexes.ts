/**
 * Temporal tagging of plain text: find every date, time, duration and set expression and give its
 * TIMEX3 value, resolved against a reference day (a news article's dateline, passed in: never the
 * clock). The design follows chrono-node's own (parsers, then refiners, in one configuration):
 *
 * 1. Parsers. chrono-node (a configured instance, chronoParser.ts) for written calendar dates and
 *    clock times, run only on cheap candidate windows; the project's rules (ruleParsers.ts, one
 *    linear regex each) for what chrono-node lacks or gets wrong in news: durations, sets, years
 *    alone, weeks and weekends, months and weekdays by tense, seasons, quarters, `PRESENT_REF`.
 * 2. Refiners (refiners.ts), the project's, in the order of {@link NEWS_REFINERS}: one reading per
 *    span, weekday + written date merged, `last`/`next` before a month and day, sentence tense,
 *    resolution against the reference.
 *
 * Every result keeps its span and the tags of the parser and refiners that made it.
 */
import type { TimexType } from '../../types.js';
import { parseYmd } from './calendar.js';
import { chronoDrafts, newsChronoDayFirst } from './chronoParser.js';
import type { Draft } from './draft.js';
import { NEWS_REFINERS, type Refiner } from './refiners.js';
import { runRuleParsers } from './ruleParsers.js';

/** One temporal expression of a text: UTF-16 offsets (end exclusive), its words, TIMEX3 value and type. */
export interface TimexSpan {
  start: number;
  end: number;
  text: string;
  value: string;
  type: TimexType;
  /** The parser and refiners that made it, in order (`rule/weekday`, `refiner/sentenceTense`, …). */
  tags: string[];
}

/** The tagger's configuration: the parser stages and the refiners, in order. */
export interface TaggerConfig {
  parsers: readonly { name: string; parse(text: string, ref: ReturnType<typeof parseYmd>): Draft[] }[];
  refiners: readonly Refiner[];
}

/** The news configuration, declared once: chrono-node (on candidate windows) and the project's rules, then the project's refiners. */
export const NEWS_TAGGER: TaggerConfig = {
  parsers: [
    { name: 'chrono', parse: (text, ref) => chronoDrafts(text, ref) },
    { name: 'rules', parse: (text) => runRuleParsers(text) },
  ],
  refiners: NEWS_REFINERS,
};

/** The news configuration for copy that writes its days first (`28 January 1999`): `8/2/99` is 8 February (see dayFirstWriting). */
export const NEWS_TAGGER_DAY_FIRST: TaggerConfig = {
  ...NEWS_TAGGER,
  parsers: [{ name: 'chrono', parse: (text, ref) => chronoDrafts(text, ref, newsChronoDayFirst) }, ...NEWS_TAGGER.parsers.slice(1)],
};

/**
 * Tags `text` against the reference day `ref` (`YYYY-MM-DD`; null or invalid: relative expressions
 * get TIMEX3 X-forms such as `XXXX-WXX-1`). Results are in text order and never overlap.
 * `2007-04-23` as reference: `said Monday` → `2007-04-23`, `will visit on Tuesday` → `2007-04-24`,
 * `last week` → `2007-W16`, `at the weekend` → `2007-W16-WE`, `in June` (future) → `2007-06`,
 * `15 years` → `P15Y` (DURATION), `every Monday` → `XXXX-WXX-1` (SET).
 */
export function tagTimexes(text: string, ref: string | null, config: TaggerConfig = NEWS_TAGGER): TimexSpan[] {
  const refDay = parseYmd(ref);
  let drafts: Draft[] = config.parsers.flatMap((p) => p.parse(text, refDay));
  for (const r of config.refiners) drafts = r.refine(drafts, { text, ref: refDay });
  return drafts
    .filter((d) => d.end > d.start && d.value !== undefined)
    .map((d) => ({ start: d.start, end: d.end, text: text.slice(d.start, d.end), value: d.value!, type: d.type, tags: d.tags }));
}
