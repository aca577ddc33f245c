import * as chrono from 'chrono-node';
import type { IsoDate } from '../../types.js';

/** A date expression found in a short candidate span. */
export interface PollDate {
  /** ISO value: a day `2007-04-23`, a month `2007-04`, an ISO week `2007-W16`, or a range `A/B`. */
  value: IsoDate;
  /** Offset of the expression in the span. */
  index: number;
  /** The expression as written. */
  text: string;
}

/** Days a poll date may lie after the dateline before we take it for last year's / last week's (polls report the past). */
const FUTURE_SLACK_DAYS = 1;
const DAY_MS = 86_400_000;

/** Month-relative phrases chrono-node does not read: `at the beginning of the month`, `earlier this month`, `last month`. */
const MONTH_PHRASE =
  /\b(?:(?:at|in|from|during|over)\s+)?(?:the\s+)?(?:(?:very\s+)?(?:beginning|start|middle|end|first half|second half|first week|last week)\s+of\s+(?:the|this|last)\s+month|(?:earlier|late|early)\s+this\s+month|this\s+month|last\s+month|the\s+previous\s+month|a\s+month\s+(?:ago|earlier))\b/i;
/** Week-relative phrases, resolved to an ISO week (as TIMEX3 does): `last week`, `this week`, `earlier this week`. */
const WEEK_PHRASE = /\b(?:earlier\s+this|this|last|the\s+previous)\s+week\b/i;

/** `November 1 and 2`, `Oct. 3 and 4`. */
const DAY_PAIR = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?)\s+(\d{1,2})\s+(?:and|&)\s+(\d{1,2})\b/i;
/** Chrono readings relative to something other than the reference date. */
const ANCHORED = /\b(?:before|after|the days|the weeks)\b/i;

/**
 * Cheap gate before chrono-node (the costly step here). Every expression chrono-node's English
 * parsers or the phrases above can read holds one of: a month or weekday name (or its
 * abbreviation), a deictic word (`today`, `now`, `tonight`, `morning`), a time unit (`week`,
 * `months`, `yrs`), a four-digit year, a numeric date or clock time (`4/23`, `2007-04-23`, `10:30`,
 * `8pm`). A span with none of them holds no date, and chrono-node is not run on it. Poll sentences
 * are full of bare numbers (`57 percent`, `937 adults`), which is why a bare digit does not pass.
 * tests/briefing/analyse/polls/pollDateGate.test.ts checks the gate against chrono-node on real text.
 */
export const DATE_HINT =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|today|tonight|tomorrow|yesterday|now|noon|midnight|mornings?|afternoons?|evenings?|nights?|weekends?|(?:second|sec|minute|min|hour|hr|day|week|wk|fortnight|month|mo|quarter|qtr|year|yr|decade)s?|century|centuries)\b|\b\d{4}\b|\d\s*[/:.-]\s*\d|\d\s*(?:[ap]\.?m\b|h\b|o'clock)/i;

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** ISO-8601 week of a UTC date, e.g. `2007-W16`. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** Reference date at noon UTC (so no time zone moves it to another day); null when not a day. */
function referenceInstant(reference: IsoDate | null): Date | null {
  const m = reference ? /^(\d{4})-(\d{2})-(\d{2})/.exec(reference) : null;
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

function componentsDate(c: chrono.ParsedComponents): Date {
  return new Date(Date.UTC(c.get('year') ?? 0, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, 12));
}

/**
 * Moves a date that chrono placed after the reference back into the past: polls are reported after
 * they are done, so `Monday` or `June 14` without a year means the last one, not the next one.
 * Only uncertain parts move (a written year is kept).
 */
function intoPast(c: chrono.ParsedComponents, ref: Date): Date {
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    // `on Monday`: the last such weekday on or before the reference (the reference itself when it is one).
    const back = (ref.getUTCDay() - (c.get('weekday') ?? ref.getUTCDay()) + 7) % 7;
    return new Date(ref.getTime() - back * DAY_MS);
  }
  let d = componentsDate(c);
  if (d.getTime() <= ref.getTime() + FUTURE_SLACK_DAYS * DAY_MS) return d;
  if (!c.isCertain('year')) d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
  return d;
}

/** The ISO value of one chrono component at the granularity it was written with (day or month). */
function valueOf(c: chrono.ParsedComponents, ref: Date): string {
  const d = intoPast(c, ref);
  if (c.isCertain('day') || c.isCertain('weekday')) return isoDay(d);
  if (c.isCertain('month')) return isoDay(d).slice(0, 7);
  return isoDay(d).slice(0, 4);
}

/** A share written in a date span's words. */
const SHARE_IN_SPAN = /\d+(?:[.,]\d+)?\s?(?:%|per ?cent\b|percent\b|pct\b)/gi;

/**
 * `start/end`, the end moved into the start's year when moving each into the past put it before the
 * start: `conducted October 23-27` in a report dated October 26 is 23–27 October of one year, not a
 * range ending a year before it begins.
 */
function range(start: string, end: string): string {
  if (end >= start || end.length !== start.length) return `${start}/${end}`;
  // `from Monday to Friday last week`: two weekdays each moved into the past on its own; the start
  // belongs to the end's week.
  if (/^\d{4}-\d{2}-\d{2}$/.test(start)) {
    const gap = (Date.parse(start) - Date.parse(end)) / DAY_MS;
    if (gap > 0 && gap < 7) return `${isoDay(new Date(Date.parse(start) - 7 * DAY_MS))}/${end}`;
  }
  const sameYear = `${start.slice(0, 4)}${end.slice(4)}`;
  return `${start}/${sameYear >= start ? sameYear : end}`;
}

/** Month-relative phrase → `YYYY-MM`. */
function monthPhrase(text: string, ref: Date): string {
  const back = /last\s+month|previous\s+month|month\s+(?:ago|earlier)/i.test(text) ? 1 : 0;
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - back, 1, 12));
  return isoDay(d).slice(0, 7);
}

/**
 * Finds the first date expression in a short candidate span (a few words after `published`,
 * `conducted`, `surveyed`, or before `poll`) and resolves it against the article's dateline date.
 *
 * Method: hand rules for the month and week phrases chrono-node does not read (`at the beginning of
 * the month` → `2007-04`, `last month`, `last week` → ISO week), then chrono-node with the reference
 * date; a range (`April 5-8`, `between June 10 and June 16`) gives `A/B`. Poll dates are in the past,
 * so a weekday or a month-day without year that chrono puts after the reference is moved back.
 * Returns null when the span holds no date or there is no reference and the date needs one.
 * Kept behind this one function so the general date tagger (`analyse/dates/`) can replace it.
 */
export function resolvePollDate(raw: string, reference: IsoDate | null): PollDate | null {
  if (!DATE_HINT.test(raw)) return null;
  // Shares are no dates (`in September, 73% of whom` is not September 1973): blanked, offsets kept.
  const span = raw.replace(SHARE_IN_SPAN, (m) => ' '.repeat(m.length));
  const ref = referenceInstant(reference);
  const found: PollDate[] = [];
  if (ref) {
    const m = MONTH_PHRASE.exec(span);
    if (m) found.push({ value: monthPhrase(m[0], ref), index: m.index, text: m[0] });
    const w = WEEK_PHRASE.exec(span);
    if (w) {
      const back = /last|previous/i.test(w[0]) ? 7 : 0;
      found.push({ value: isoWeek(new Date(ref.getTime() - back * DAY_MS)), index: w.index, text: w[0] });
    }
  }
  // `November 1 and 2`: one month, two days (chrono reads only the first).
  const pair = DAY_PAIR.exec(span);
  if (ref && pair) {
    const first = chrono.parse(`${pair[1]} ${pair[2]}`, { instant: ref, timezone: 0 }, { forwardDate: false })[0];
    const second = chrono.parse(`${pair[1]} ${pair[3]}`, { instant: ref, timezone: 0 }, { forwardDate: false })[0];
    if (first && second) found.push({ value: `${valueOf(first.start, ref)}/${valueOf(second.start, ref)}`, index: pair.index, text: pair[0] });
  }
  // With no reference date only dates written with their year count, and chrono is given a fixed
  // instant, not the clock: `a month earlier` in an undated article has no value (it had the
  // month before the machine's own date).
  const refOrNow = ref ?? new Date(Date.UTC(9999, 0, 1));
  const results = chrono.parse(span, { instant: refOrNow, timezone: 0 }, { forwardDate: false });
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    if (!ref && (!r.start.isCertain('year') || !/\b\d{4}\b/.test(r.text))) continue;
    // `eight days before Election Day`: anchored to an event, not to the dateline.
    if (ANCHORED.test(r.text)) continue;
    if (/week/i.test(r.text) && found.some((f) => f.index === r.index)) continue;
    if (pair && r.index === pair.index) continue;
    let value = valueOf(r.start, refOrNow);
    let text = r.text;
    if (r.end) {
      value = range(value, valueOf(r.end, refOrNow));
    } else {
      // `between June 10 and June 16`: chrono gives two results joined by `and`/`to`.
      const next = results[i + 1];
      const gap = next ? span.slice(r.index + r.text.length, next.index) : '';
      if (next && /^\s*(?:and|to|through|until|-|–)\s*$/i.test(gap)) {
        value = range(value, valueOf(next.start, refOrNow));
        text = span.slice(r.index, next.index + next.text.length);
        i++;
      }
    }
    found.push({ value, index: r.index, text });
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}
