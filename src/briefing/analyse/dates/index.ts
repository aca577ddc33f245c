/**
 * Dates of a file's articles: every temporal expression (TIMEX3 value, resolved against the
 * article's dateline date) and the timeline events they date. See tagTimexes.ts for the tagger
 * (chrono-node plus the project's rules and refiners) and buildEvents.ts / mergeEvents.ts for events.
 */
import type { Article, Timex, TimelineEvent } from '../../types.js';
import { buildEvents } from './buildEvents.js';
import { mergeEvents } from './mergeEvents.js';
import { NEWS_TAGGER, NEWS_TAGGER_DAY_FIRST, tagTimexes, type TimexSpan } from './tagTimexes.js';
import { dayFirstWriting } from './dayFirstWriting.js';
import { addDays, addMonths, formatDay, formatMonth, formatWeek, parseYmd, type Ymd } from './calendar.js';

export { tagTimexes, type TimexSpan } from './tagTimexes.js';
export { mergeEvents } from './mergeEvents.js';

/**
 * Tags each article's headline and paragraphs with its own `date` as the reference (an article with
 * no date gets X-form values and no events), and builds timeline events from the paragraphs, merged
 * across the file's articles (the same meeting told by three reports is one entry with `sources`).
 */
export function analyseDates(articles: readonly Article[]): { timexes: Timex[]; events: TimelineEvent[] } {
  const timexes: Timex[] = [];
  const events: TimelineEvent[] = [];
  for (const a of articles) {
    // (Dates in figures read as the article writes its other dates: day first in `28 January 1999` copy.)
    const config = dayFirstWriting(a) ? NEWS_TAGGER_DAY_FIRST : NEWS_TAGGER;
    const perParagraph: TimexSpan[][] = a.paragraphs.map((p) => tagTimexes(p, a.date, config));
    chronologyYears(a.paragraphs, perParagraph);
    anchoredSpans(a.paragraphs, perParagraph);
    repeatedDays(perParagraph);
    dayRanges(a.paragraphs, perParagraph, parseYmd(a.date));
    quotedDeictics(a.paragraphs, perParagraph, a.date);
    const headline = a.headline ? tagTimexes(a.headline, a.date, config) : [];
    for (const t of [...headline, ...perParagraph.flat()]) timexes.push({ articleId: a.id, text: t.text, value: t.value, type: t.type });
    if (a.date) events.push(...buildEvents(a, (p) => perParagraph[p] ?? []));
  }
  return { timexes, events: mergeEvents(events) };
}

/**
 * `today`, `tomorrow`, `yesterday` and `tonight` inside a quote count from the day the quote was
 * said when its paragraph tells that day (`“But tomorrow’s vote … is a vote about the future,” he
 * conceded on Wednesday` in Friday's paper: Thursday's vote), not from the dateline: the speaker's
 * own now. Only a paragraph that names one such day, right after a speech verb, outside its quotes.
 */
function quotedDeictics(paragraphs: readonly string[], perParagraph: TimexSpan[][], date: string | null): void {
  paragraphs.forEach((p, i) => {
    const spans = perParagraph[i] ?? [];
    if (date === null || spans.length < 2 || !QUOTE_MARK.test(p)) return;
    const quotes = [...p.matchAll(QUOTED_SPAN)].map((m) => [m.index, m.index + m[0].length] as const);
    const inQuote = (t: TimexSpan): boolean => quotes.some(([a, b]) => t.start >= a && t.end <= b);
    const saidOn = new Set(spans.filter((t) => !inQuote(t) && WHOLE_DAY.test(t.value) && SPEECH_VERB_BEFORE.test(p.slice(Math.max(0, t.start - SPEECH_VERB_REACH), t.start))).map((t) => t.value.slice(0, 10)));
    if (saidOn.size !== 1) return;
    const [said] = saidOn;
    const day = parseYmd(said);
    if (day === null || said === date) return;
    for (const t of spans) {
      const deictic = inQuote(t) ? DEICTIC.exec(t.text) : null;
      if (!deictic) continue;
      const offset = /^tomorrow/i.test(deictic[1]!) ? 1 : /^yesterday/i.test(deictic[1]!) ? -1 : 0;
      t.value = `${formatDay(addDays(day, offset))}${/T[A-Z0-9:]+$/.exec(t.value)?.[0] ?? ''}`;
      t.tags = [...t.tags, 'refiner/quotedDeictic'];
    }
  });
}
/** A quote mark, the cheap test before {@link QUOTED_SPAN}. */
const QUOTE_MARK = /["“”]/;
/** A quotation in straight or curly marks. */
const QUOTED_SPAN = /“[^“”]{1,600}”|"[^"]{1,600}"/g;
/** A value that is a whole day (perhaps with a part of it). */
const WHOLE_DAY = /^\d{4}-\d{2}-\d{2}/;
/** A speech verb right before a day (`he conceded on Wednesday`, `said Monday`). */
const SPEECH_VERB_BEFORE = /\b(?:said|says|told|conceded|added|insisted|argued|warned|declared|announced|wrote|tweeted|stated)\s+(?:[a-z]+\s+){0,3}?(?:on\s+)?$/;
/** Characters before a day read for {@link SPEECH_VERB_BEFORE}. */
const SPEECH_VERB_REACH = 40;
/** The deictic words counted from the speaker's day. */
const DEICTIC = /^(today|tonight|tomorrow|yesterday)\b/i;

/** A month's name or abbreviation in an expression (`March 26`, `Oct. 26`, `26 March`). */
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/i;

/**
 * A month and day written again without its year after the article wrote it with one (`The
 * makeup date is set for March 26, 2020.` … `March 26 is the third date attached to this
 * performance`): the same day, not the one nearest the dateline (2019's). Only a day the article
 * gave one year for, and only after it was written in full.
 */
function repeatedDays(perParagraph: TimexSpan[][]): void {
  const years = new Map<string, Set<string>>();
  for (const spans of perParagraph) {
    for (const t of spans) {
      const day = DAY_VALUE.exec(t.value);
      if (!day || !MONTH_WORD.test(t.text)) continue;
      const md = `${day[2]}-${day[3]}`;
      if (WRITTEN_YEAR.test(t.text)) {
        const ys = years.get(md) ?? new Set<string>();
        ys.add(day[1]!);
        years.set(md, ys);
        continue;
      }
      const ys = years.get(md);
      if (ys === undefined || ys.size !== 1) continue;
      const [year] = ys;
      if (year !== undefined && year !== day[1]) t.value = `${year}-${md}${day[4] ?? ''}`;
    }
  }
}

/** What joins the two ends of a range of days: `from Wednesday to Friday`, `Monday through Thursday`, `the Wednesday-to-Friday demonstrations`. */
const RANGE_JOIN = /^\s*(?:to|until|till|through|thru|-|–|[-–]to[-–])\s*$/i;

/**
 * The end of a range of days written as two weekdays (`to attend the event from Wednesday to
 * Friday`) is the first such day on or after the start: each end was resolved alone, and the end
 * could land a week before its start (`The Wednesday-to-Friday demonstrations are the third round`
 * told on a Thursday: Friday is tomorrow, not last week's). Which week the start is in stays the
 * tagger's reading.
 */
function dayRanges(paragraphs: readonly string[], perParagraph: TimexSpan[][], ref: Ymd | null): void {
  if (ref === null) return;
  perParagraph.forEach((spans, i) => {
    for (let k = 1; k < spans.length; k++) {
      const a = spans[k - 1]!;
      const b = spans[k]!;
      if (!RANGE_JOIN.test(paragraphs[i]!.slice(a.end, b.start))) continue;
      const from = DAY_VALUE.exec(a.value);
      const to = DAY_VALUE.exec(b.value);
      if (!from || !to || !b.tags.includes('rule/weekday')) continue;
      const start = parseYmd(`${from[1]}-${from[2]}-${from[3]}`);
      let end = parseYmd(`${to[1]}-${to[2]}-${to[3]}`);
      if (!start || !end) continue;
      while (daysFrom(start, end) < 0) end = addDays(end, 7);
      while (daysFrom(start, end) >= 7) end = addDays(end, -7);
      b.value = `${formatDay(end)}${to[4] ?? ''}`;
    }
  });
}
/** Days from `a` to `b` (negative when `b` is earlier). */
const daysFrom = (a: Ymd, b: Ymd): number => Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);

/** What follows the date opening a chronology's entry: a colon or a dash (`Aug. 23: …`, `Oct. 2 — …`). */
const ENTRY_AFTER = /^\s*(?::|[-–—]\s)/;
/** A year written in an expression (`Aug. 22, 1985`). */
const WRITTEN_YEAR = /\b(?:1[5-9]|20)\d{2}\b/;
/** A resolved day and what follows it (a time or part of day). */
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})(.*)$/;

/**
 * A chronology (`Aug. 22, 1985: Body found …` / `Aug. 23: Rutherford charged …` / `Feb. 1: …`):
 * entries that open their paragraph with a date and a colon or dash, where later entries leave out
 * the year an earlier one wrote. Each such day is the first on or after the entry before it (the
 * method of HeidelTime's narrative documents, which anchor an underspecified date on the last one
 * told), not the one nearest the dateline: an AP list of a 1985 case's events, dated 2006, put every
 * `Aug. 23` in 2006. Only after an entry that writes its year; other expressions keep their values.
 */
function chronologyYears(paragraphs: readonly string[], perParagraph: TimexSpan[][]): void {
  let last: { y: number; md: string } | null = null;
  paragraphs.forEach((p, i) => {
    const first = perParagraph[i]?.[0];
    if (!first || first.start !== 0 || !ENTRY_AFTER.test(p.slice(first.end))) return;
    const day = DAY_VALUE.exec(first.value);
    if (!day) return;
    const md = `${day[2]}-${day[3]}`;
    if (WRITTEN_YEAR.test(first.text)) {
      last = { y: Number(day[1]), md };
      return;
    }
    if (last === null) return;
    const y: number = md < last.md ? last.y + 1 : last.y;
    first.value = `${y}-${md}${day[4]}`;
    first.tags = [...first.tags, 'refiner/chronology'];
    last = { y, md };
  });
}

/** What turns a span of days or weeks into a day counted from the day told before: `Three days later`, `a day earlier`, `a week after that`. */
// (Not `before` alone, which opens a clause: `lasted three days before the fighting resumed`; only
// before a clause's end or its verb: `Katrina, which a day before had grown to …`.)
const COUNTED_FROM = /^\s+(later|afterwards|after that|earlier|before that|beforehand|before(?=\s*[,.;]|\s+(?:had|was|were)\b))\b/i;
/** A span that says how long, not when: `for three days later`, `within a week`, `lasted … a day`. */
const HOW_LONG_BEFORE = /\b(?:for|within|over|in|lasted|lasting|last|took|takes|spent)\s+$/i;
/** A span of days or weeks, as the tagger writes it (`P3D`, `P1W`). */
const DAY_SPAN = /^P(\d{1,3})([DW])$/;
/** A span made the day or year it lands on: its text takes in the words after it that count it (`later`), its value that date. */
function landSpan(t: TimexSpan, paragraph: string, countedLength: number, value: string): void {
  t.end += countedLength;
  t.text = paragraph.slice(t.start, t.end);
  t.value = value;
  t.type = 'DATE';
  t.tags = [...t.tags, 'refiner/anchoredSpan'];
}

/** A span of years, as the tagger writes it (`P2Y`). */
const YEAR_SPAN = /^P(\d{1,2})Y$/;
/** Paragraphs (this one and the ones before) searched back for the day a counted span starts from. */
const ANCHOR_PARAGRAPHS = 2;

/**
 * A span counted from a day the story has just told (`Police arrested a 15-year-old on October 26.
 * Three days later, a 16-year-old was held`, `It was 56% contained a day earlier`): the day it
 * lands on, from the last whole day told before it in its paragraph or the one before (the method
 * of HeidelTime's anaphoric relative dates, which anchor on the last date mentioned). With no such
 * day, the span stays a duration (no day is better than a guessed one); spans of days and weeks
 * only. Steps the tagger leaves alone ({@link STEP_FROM_TOLD}: `the next day`, `later that day`,
 * `the following year`) are added the same way, from the last day or year told; with none, left out.
 */
function anchoredSpans(paragraphs: readonly string[], perParagraph: TimexSpan[][]): void {
  let last: { day: Ymd; paragraph: number } | null = null;
  let lastYear: { year: number; paragraph: number } | null = null;
  paragraphs.forEach((p, i) => {
    const told = perParagraph[i] ?? [];
    // Steps from the day told before that the tagger leaves alone: `the next day`, `the following year`.
    if (STEP_GATE.test(p)) {
      for (const m of p.matchAll(STEP_FROM_TOLD)) {
        const start = m.index;
        const end = start + m[0].length;
        if (told.some((t) => t.start < end && start < t.end)) continue;
        told.push({ start, end, text: m[0], value: '', type: 'DATE', tags: ['rule/stepFromTold'] });
      }
      told.sort((x, y) => x.start - y.start);
    }
    for (const t of told) {
      if (t.tags[0] === 'rule/stepFromTold') {
        t.value = stepValue(t.text, last !== null && i - last.paragraph < ANCHOR_PARAGRAPHS ? last.day : null, lastYear !== null && i - lastYear.paragraph < ANCHOR_PARAGRAPHS ? lastYear.year : null) ?? '';
        // (A step forward is the day the story goes on from, `The next day … The following day …`; a
        // step back is an aside, and the day told stays the anchor: `a quake that struck the same area
        // the day before. The USGS said the previous day's tremor was a foreshock to Friday's quake`.)
        // (The story is still about that day, so it stays in reach from here.)
        const stepped = parseYmd(t.value);
        if (stepped && stepBack(t.text)) last = last !== null ? { day: last.day, paragraph: i } : null;
        else if (stepped) last = { day: stepped, paragraph: i };
        if (/^\d{4}/.test(t.value)) lastYear = { year: Number(t.value.slice(0, 4)), paragraph: i };
        continue;
      }
      const span = t.type === 'DURATION' ? DAY_SPAN.exec(t.value) : null;
      const counted = span && !HOW_LONG_BEFORE.test(p.slice(Math.max(0, t.start - 12), t.start)) ? COUNTED_FROM.exec(p.slice(t.end)) : null;
      if (span && counted && last !== null && i - last.paragraph < ANCHOR_PARAGRAPHS) {
        const days = Number(span[1]) * (span[2] === 'W' ? 7 : 1);
        const back = /^(?:earlier|before)/i.test(counted[1]!);
        const day = addDays(last.day, back ? -days : days);
        landSpan(t, p, counted[0].length, formatDay(day));
        last = { day, paragraph: i };
        continue;
      }
      // (Years counted from a year told, `in 2003. Two years later, …`: the year it lands on.)
      const years = t.type === 'DURATION' ? YEAR_SPAN.exec(t.value) : null;
      const yearsCounted = years && !HOW_LONG_BEFORE.test(p.slice(Math.max(0, t.start - 12), t.start)) ? COUNTED_FROM.exec(p.slice(t.end)) : null;
      if (years && yearsCounted && lastYear !== null && i - lastYear.paragraph < ANCHOR_PARAGRAPHS) {
        const back = /^(?:earlier|before)/i.test(yearsCounted[1]!);
        const year = lastYear.year + (back ? -1 : 1) * Number(years[1]);
        landSpan(t, p, yearsCounted[0].length, String(year));
        lastYear = { year, paragraph: i };
        continue;
      }
      // (A day's part or time tells its day too: `said Friday afternoon, up from 80% the day before`.)
      // (Not a clock time restated in GMT in brackets, `on Friday at 8:19 pm (0319 GMT Saturday)`: the
      // day told is still Friday's.)
      const restated = t.type === 'TIME' && /\b(?:GMT|UTC)\b/.test(t.text) && p.lastIndexOf('(', t.start) > p.lastIndexOf(')', t.start);
      const whole = (t.type === 'DATE' || t.type === 'TIME') && !restated ? /^\d{4}-\d{2}-\d{2}/.exec(t.value) : null;
      const day = whole ? parseYmd(whole[0]) : null;
      if (day) last = { day, paragraph: i };
      if (t.type === 'DATE' && /^\d{4}(?:$|-)/.test(t.value)) lastYear = { year: Number(t.value.slice(0, 4)), paragraph: i };
    }
    // (A step with nothing told before it has no day: it is left out, as the tagger would.)
    perParagraph[i] = told.filter((t) => t.value !== '');
  });
}

/** Cheap test before {@link STEP_FROM_TOLD}. */
const STEP_GATE = /\b(?:next|following|previous|preceding|prior|later|earlier|same|day (?:before|after))\b/i;
/**
 * A step from the day the story has just told: `the next day`, `the following morning`, `the
 * following year`, `later that day`, `earlier in the day`, `the previous week`, `on the same day`, `that same day` (not
 * `the same day as the vote`), `the day before` (ending its clause: `the
 * day after the vote` is a day of its own, `the day after tomorrow` another's). A whole word: `in the
 * following days` is no day.
 */
const STEP_FROM_TOLD = /\b(?:[Tt]he\s+(?:next|following|previous|preceding|prior)\s+(?:day|morning|afternoon|evening|night|week|month|year)\b|(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|(?:[Ll]ater|[Ee]arlier)\s+in\s+the\s+day|[Tt]he\s+day\s+(?:before|after)(?=\s*(?:[,.;:!?)]|$))|(?:[Tt]hat\s+same|(?<=\b[Oo]n\s+)the\s+same)\s+day(?!\s+(?:as|that|when)\b))/g;

/** True for a {@link STEP_FROM_TOLD} step back (`the day before`, `the previous week`). */
const stepBack = (text: string): boolean => /\b(?:previous|preceding|prior|day\s+before)\b/i.test(text);

/** The value of a {@link STEP_FROM_TOLD} step from the last day (and year) told, or null without one. */
function stepValue(text: string, day: Ymd | null, year: number | null): string | null {
  const t = text.toLowerCase();
  const back = stepBack(t);
  const unit = /\bweek\b/.test(t) ? 'week' : /\bmonth\b/.test(t) ? 'month' : /\byear\b/.test(t) ? 'year' : 'day';
  if (unit === 'year') return year === null ? null : String(year + (back ? -1 : 1));
  if (day === null) return null;
  if (/^(?:later|earlier)\b|\bsame\b/.test(t)) return formatDay(day);
  if (unit === 'day') return formatDay(addDays(day, back ? -1 : 1));
  if (unit === 'week') return formatWeek(addDays(day, back ? -7 : 7));
  const m = addMonths(day.year, day.month, back ? -1 : 1);
  return formatMonth(m.year, m.month);
}
