/**
 * The chrono-node part of the tagger. chrono-node is right, and far better than a hand-made regex,
 * at calendar dates written out (`April 23, 2007`, `23 April 2007`, `Dec. 15`, `Sept 1`,
 * `2013-03-22`, `3/22/2013`), clock times (`8 p.m.`, `15:00 GMT`) and their combinations with a
 * weekday (`Monday, April 23`, `8 p.m. Friday`), so those come from it. What it gets wrong for news
 * is left to the project's refiners (see refiners.ts): it resolves bare weekdays and month-days
 * without a past-tense preference, and its relative-period parsers return days (`last week` → a
 * Monday), so those parsers are removed from the configured instance and replaced by the
 * project's rules (ruleParsers.ts).
 *
 * chrono-node costs about 6 s per MB of text, so it runs only on candidate windows: short spans
 * around a month name, a weekday name, a clock time or a numeric date, found by one cheap regex.
 */
import * as chrono from 'chrono-node';
import type { Anchor, DayPart, Draft } from './draft.js';
import { formatDay, type Ymd } from './calendar.js';

/** chrono-node parsers removed from `chrono.en.casual` because the project's rules replace them (by class name). */
const REMOVED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser', // `within 2 weeks`: a duration, not a date
  'ENTimeUnitAgoFormatParser', // `two years ago`: rule `ago` gives the year granularity
  'ENTimeUnitLaterFormatParser', // `2 days later`: relative to an event, not the dateline
  'ENCasualDateParser', // today/tonight/now: rule `deictic` / `refPoints` (TIMEX3 PRESENT_REF)
  'ENCasualTimeParser', // `this morning` alone: rule `deictic`
  'ENEndOfCurrentMonthParser',
  'ENMonthNameParser', // a month alone: rule `month` (tense-aware year)
  'ENRelativeDateFormatParser', // `last week` → a day: rule `relativePeriod` gives `2007-W16`
  'ENTimeUnitCasualRelativeFormatParser', // `next 2 weeks`
  'ENWeekdayParser', // bare weekdays: rule `weekday` + the weekday-tense refiner
]);
/** chrono-node's parser of dates in figures (`8/2/99`), by class name: month first in American English, day first in British. */
const SLASH_DATE_PARSER = 'SlashDateFormatParser';
/** chrono-node refiners removed: ForwardDateRefiner would push dates into the future regardless of tense. */
const REMOVED_REFINERS = new Set(['ForwardDateRefiner']);

/** A chrono-node instance minus what the project's rules replace. */
function configured(base: chrono.Chrono): chrono.Chrono {
  const c = base.clone();
  c.parsers = c.parsers.filter((p) => !REMOVED_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !REMOVED_REFINERS.has(r.constructor.name));
  return c;
}
/** The configured chrono-node instance (English casual, minus what the project's rules replace): `8/2/99` is August 2. */
export const newsChrono: chrono.Chrono = configured(chrono.en.casual);
/**
 * The same for copy that writes its days first: `8/2/99` is 8 February. Only the parser of dates in
 * figures is swapped for British English's (chrono-node's whole British configuration also drops
 * the month-first parser, so `Aug. 10` would go unread).
 */
export const newsChronoDayFirst: chrono.Chrono = (() => {
  const c = newsChrono.clone();
  const dayFirstSlash = chrono.en.GB.parsers.find((p) => p.constructor.name === SLASH_DATE_PARSER);
  if (dayFirstSlash) c.parsers = c.parsers.map((p) => (p.constructor.name === SLASH_DATE_PARSER ? dayFirstSlash : p));
  return c;
})();

// Words that make chrono-node worth running: month names (with or without a dot) with a number
// after or before them (`1st August`, `the 6th of August`), clock times, numeric dates.
const CHRONO_TRIGGER =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?\s*\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b|\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC)|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\bnoon\b|\bmidnight\b/gi;

/** How far (UTF-16 units) a candidate window reaches on each side of its trigger: enough for `Monday, April 23, 2007 at 8 p.m.`. */
const WINDOW_REACH = 40;

/** Candidate windows for chrono-node: spans around each trigger, merged when they touch. */
export function chronoWindows(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CHRONO_TRIGGER.lastIndex = 0;
  for (let m = CHRONO_TRIGGER.exec(text); m; m = CHRONO_TRIGGER.exec(text)) {
    let start = Math.max(0, m.index - WINDOW_REACH);
    let end = Math.min(text.length, m.index + m[0].length + WINDOW_REACH);
    // Snap to white space so no word is cut in two (a cut word could read as a date).
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

/** Leading words chrono-node keeps in its extent that TIMEX3 leaves out. */
const LEADING_PREPOSITION = /^(?:(?:on|at|in|by|from|since|until|till|of|for|during|before|after)\s+)+/i;

const HOUR_WORD = /(?:[ap]\.?m\.?|:\d{2}|GMT|UTC|noon|midnight|o['’]clock)/i;
/** A 24-hour clock time written with a dot and two-figure hours (`17.30`, `09.00`). */
const DOTTED_CLOCK = /\b(?:[01]\d|2[0-3])\.[0-5]\d\b/;

/**
 * chrono-node on the candidate windows of `text`, each result converted to a draft whose anchor
 * the project's refiners resolve. Results chrono-node is known to misread in news are dropped:
 * bare times without a clock sign (`10 to 20` years is not 10:40) and numeric day/month pairs
 * without a year (`3/22` may be a score or a fraction).
 */
export function chronoDrafts(text: string, ref: Ymd | null, parser: chrono.Chrono = newsChrono): Draft[] {
  const out: Draft[] = [];
  // chrono-node needs some reference instant; with no dateline, anything it implies is discarded below.
  const instant = new Date(Date.UTC(ref?.year ?? 2000, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12));
  for (const w of chronoWindows(text)) {
    const slice = text.slice(w.start, w.end);
    for (const r of parser.parse(slice, { instant, timezone: 0 })) {
      let start = w.start + r.index;
      let t = r.text;
      const lead = LEADING_PREPOSITION.exec(t);
      if (lead) {
        start += lead[0].length;
        t = t.slice(lead[0].length);
      }
      t = t.replace(/[\s,]+$/, '');
      const tags = ['chrono', ...[...r.tags()].filter((x) => x.startsWith('parser/')).map((x) => `chrono/${x.slice(7)}`)];
      const kept = tags.length > 1 ? tags.slice(1) : tags;
      // A range whose end is written out on its own (`11 April-19 May`, `March 3 to April 9`): two
      // expressions, as TIMEX3 tags them, the end resolved from chrono-node's end components.
      const split = r.end ? RANGE_END_WRITTEN_OUT.exec(t) : null;
      if (split && r.end) {
        const left = t.slice(0, split.index);
        const right = split[2]!;
        const rightStart = start + split.index + split[1]!.length;
        // (`March 3 to April 9, 2018`: the start takes the end's written year, the year before when its month is later.)
        let startAnchor = toAnchor(r.start, left);
        if (startAnchor?.kind === 'monthDay' && startAnchor.time === undefined && startAnchor.weekday === undefined && r.end.isCertain('year') && !r.start.isCertain('year')) {
          const endYear = r.end.get('year')!;
          const year = startAnchor.month > (r.end.get('month') ?? 12) ? endYear - 1 : endYear;
          startAnchor = { kind: 'abs', value: formatDay({ year, month: startAnchor.month, day: startAnchor.day }) };
        }
        push(out, start, left, startAnchor, kept);
        push(out, rightStart, right, toAnchor(r.end, right), [...kept, RANGE_END_TAG]);
        continue;
      }
      push(out, start, t, toAnchor(r.start, t), kept);
    }
  }
  return out;
}

/** The tag of a range's end split off (see {@link RANGE_END_WRITTEN_OUT}): a timeline dates the range by its start alone. */
export const RANGE_END_TAG = 'chrono/rangeEnd';

/**
 * The join and end of a range whose end names its month, weekday or year (group 1 the join with its
 * white space, group 2 the end): `-19 May`, ` to April 9`, ` through Friday`. An end of a bare day
 * (`June 3-5`) is not written out and the range stays one expression.
 */
const RANGE_END_WRITTEN_OUT = /(\s*(?:[-–—]|\bto\b|\buntil\b|\bthrough\b|\btill\b)\s*)((?=[^-–—]*(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b\d{4})\b)[^-–—]+)$/i;

function push(out: Draft[], start: number, text: string, anchor: Anchor | null, tags: string[]): void {
  if (!anchor) return;
  const type = anchor.kind === 'timeOnly' || ('time' in anchor && anchor.time !== undefined) || (anchor.kind === 'abs' && anchor.value.includes('T')) ? 'TIME' : 'DATE';
  out.push({ start, end: start + text.length, type, anchor, tags });
}

function toAnchor(s: chrono.ParsedComponents, text: string): Anchor | null {
  const has = (k: chrono.Component): boolean => s.isCertain(k);
  // (A clock time with a dot, as British copy writes it, only beside a day it dates: `at 17.30 on 14th
  // May 2013`; alone, `at 10.50` may be a rate.)
  const clock = HOUR_WORD.test(text) || (DOTTED_CLOCK.test(text) && has('day') && has('month'));
  const hh = (): string | undefined => (has('hour') && clock ? `${String(s.get('hour')).padStart(2, '0')}:${String(s.get('minute') ?? 0).padStart(2, '0')}` : undefined);
  const time = hh();
  if (has('hour') && !time) return null; // `10 to 20` read as a clock time
  const p2 = (n: number | null): string => String(n ?? 0).padStart(2, '0');
  if (has('day') && has('month')) {
    if (/^\d{1,2}\/\d{1,2}$/.test(text.trim())) return null;
    if (has('year')) {
      const day = `${String(s.get('year')).padStart(4, '0')}-${p2(s.get('month'))}-${p2(s.get('day'))}`;
      return { kind: 'abs', value: time ? `${day}T${time}` : day };
    }
    const a: Anchor = { kind: 'monthDay', month: s.get('month')!, day: s.get('day')! };
    if (has('weekday')) a.weekday = s.get('weekday') === 0 ? 7 : s.get('weekday')!;
    if (time) a.time = time;
    return a;
  }
  if (has('month') && has('year')) return { kind: 'abs', value: `${String(s.get('year')).padStart(4, '0')}-${p2(s.get('month'))}` };
  if (has('weekday')) {
    const weekday = s.get('weekday') === 0 ? 7 : s.get('weekday')!;
    const a: Anchor = { kind: 'weekday', weekday, mod: null };
    if (time) a.time = time;
    const part = [...s.tags()].find((x) => x.startsWith('casualReference/'));
    const PART_OF: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
    if (part && PART_OF[part.slice(16)]) a.part = PART_OF[part.slice(16)]!;
    return a;
  }
  if (time) return { kind: 'timeOnly', time };
  return null;
}
