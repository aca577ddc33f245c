/**
 * The project's refiners, applied in the order of {@link NEWS_REFINERS} after the parsers (chrono-node
 * and the project's rules). They exist because chrono-node resolves relative expressions by calendar
 * nearness only, while a news report's dateline and the sentence's tense decide what `Monday`,
 * `in June` or `at the weekend` mean (the method of HeidelTime's news domain: the document
 * creation time as the reference plus the tense of the sentence for underspecified expressions).
 */
import type { Anchor, Draft, Mod, Season } from './draft.js';
import {
  addDays,
  addMonths,
  daysBetween,
  formatDay,
  formatMonth,
  formatWeek,
  isoWeekday,
  parseYmd,
  toUtc,
  type Ymd,
} from './calendar.js';
import { pastAuxiliaryBefore, tenseCue, type Tense } from './tense.js';
import { holidayDate, holidayMonth } from './holidayDate.js';

/** What a refiner sees: the whole text, the reference day (the dateline; null when unknown) and the drafts so far. */
export interface RefineContext {
  text: string;
  ref: Ymd | null;
}

export interface Refiner {
  name: string;
  refine(drafts: Draft[], ctx: RefineContext): Draft[];
}

const tag = (d: Draft, name: string): Draft => ({ ...d, tags: [...d.tags, `refiner/${name}`] });

/** A chrono-node draft loses a tie against a project rule: the rules encode the TIMEX3 extent conventions. */
const isRule = (d: Draft): boolean => d.tags[0]?.startsWith('rule/') ?? false;

/** Overlapping drafts: the longest span wins (it holds the most information); on a tie, the project's rule. */
export const overlaps: Refiner = {
  name: 'overlaps',
  refine(drafts) {
    const ranked = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || Number(isRule(b)) - Number(isRule(a)) || a.start - b.start);
    return keepNonOverlapping(ranked).sort((a, b) => a.start - b.start);
  },
};

/**
 * The drafts of `ranked`, in order, each kept unless it overlaps one kept before it
 * (`k.start < d.end && d.start < k.end`). Checked on an occupancy array over the drafts' extent
 * (which kept draft covers each position, and where empty ones sit), so the cost is the drafts'
 * total length; comparing each draft with every kept one was quadratic in the number of
 * expressions (64 KB of `2007 2007 …` took 0.5 s). Same result as the pairwise test:
 * two non-empty extents overlap when they share a position; an empty one at `t` overlaps a
 * non-empty one when `t` lies strictly inside it; two empty ones never overlap.
 */
function keepNonOverlapping(ranked: readonly Draft[]): Draft[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of ranked) {
    if (d.end < d.start) return ranked.reduce<Draft[]>((kept, x) => (kept.some((k) => k.start < x.end && x.start < k.end) ? kept : [...kept, x]), []);
    lo = Math.min(lo, d.start);
    hi = Math.max(hi, d.end);
  }
  if (ranked.length === 0) return [];
  /** owner[p]: index in `kept` of the non-empty draft covering position lo + p, or -1. */
  const owner = new Int32Array(hi - lo + 1).fill(-1);
  /** empty[p]: 1 when an empty draft sits at position lo + p. */
  const empty = new Uint8Array(hi - lo + 1);
  const kept: Draft[] = [];
  for (const d of ranked) {
    const s = d.start - lo;
    const e = d.end - lo;
    let clash = false;
    if (s === e) clash = s > 0 && owner[s - 1] !== -1 && owner[s - 1] === owner[s];
    else for (let p = s; p < e && !clash; p++) clash = owner[p] !== -1 || (p > s && empty[p] === 1);
    if (clash) continue;
    if (s === e) empty[s] = 1;
    else owner.fill(kept.length, s, e);
    kept.push(d);
  }
  return kept;
}

/**
 * `Thursday (July 28)`, `Thursday's (June 23)`, `Monday, April 23`, `Wednesday 4 January` where
 * chrono-node did not merge them: one expression whose year is the one that makes the weekday
 * right. `Sunday, April 12, 2020` (a whole date) is one expression of that date.
 */
export const weekdayWithDate: Refiner = {
  name: 'weekdayWithDate',
  refine(drafts, { text }) {
    return joinNeighbours(drafts, (a, b) => {
      // (`Sunday, April 12, 2020`: a weekday before a whole date is that date's; the date's value stands.)
      if (a.anchor.kind === 'weekday' && a.anchor.mod === null && a.anchor.time === undefined && a.anchor.part === undefined && b.anchor.kind === 'abs' && /^\d{4}-\d{2}-\d{2}$/.test(b.anchor.value) && /^\s*,\s*$|^[ \t]+$/.test(text.slice(a.end, b.start))) {
        return [tag({ ...b, start: a.start }, 'weekdayWithDate')];
      }
      if (a.anchor.kind !== 'weekday' || a.anchor.mod !== null || b.anchor.kind !== 'monthDay' || !/^(?:['’]s)?\s*[(,]\s*$|^[ \t]+$/.test(text.slice(a.end, b.start))) return null;
      const close = text[b.end] === ')' && text.slice(a.end, b.start).includes('(') ? 1 : 0;
      return [tag({ ...b, start: a.start, end: b.end + close, anchor: { ...b.anchor, weekday: a.anchor.weekday } }, 'weekdayWithDate')];
    });
  },
};

/**
 * Each pair of neighbouring drafts that `join` merges or rewrites (it returns what stands for the
 * two, or null to leave the first as it is and go on with the second), in order: the walk the
 * refiners that join two expressions share.
 */
function joinNeighbours(drafts: readonly Draft[], join: (a: Draft, b: Draft) => Draft[] | null): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1];
    const joined = b ? join(a, b) : null;
    if (joined) {
      out.push(...joined);
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * `September 3 and 4, 2004`, `January 15 and 16, 2005`, `March 3 to 5, 2010`: days of one month
 * that share the year written after the last of them. The first day takes that year (read alone,
 * the dateline's year was guessed for it), and the year's expression becomes the last day
 * (`4, 2004` → 2004-09-04), as TimeML tags each day of such a list.
 */
export const daysSharingYear: Refiner = {
  name: 'daysSharingYear',
  refine(drafts, { text }) {
    return joinNeighbours(drafts, (a, b) => {
      // (A month before a later month of a written year shares it, or the one before when it comes
      // later in the calendar: `between October and March 2018` is October 2017.)
      if (a.anchor.kind === 'month' && a.anchor.mod === null && b.anchor.kind === 'abs' && MONTH_BEFORE_SHARED_YEAR.test(text.slice(a.end, b.start))) {
        const later = /^(\d{4})-(\d{2})$/.exec(b.anchor.value);
        if (!later) return null;
        const year = Number(later[1]) - (a.anchor.month > Number(later[2]) ? 1 : 0);
        return [tag({ ...a, anchor: { kind: 'abs', value: `${year}-${pad2(a.anchor.month)}` } }, 'daysSharingYear'), b];
      }
      const between = DAY_BEFORE_SHARED_YEAR.exec(text.slice(a.end, b.start));
      if (!between || a.anchor.kind !== 'monthDay' || b.anchor.kind !== 'abs' || !/^\d{4}$/.test(b.anchor.value)) return null;
      const year = b.anchor.value;
      const day = Number(between[1]);
      const first = tag({ ...a, anchor: { kind: 'abs', value: `${year}-${pad2(a.anchor.month)}-${pad2(a.anchor.day)}` } }, 'daysSharingYear');
      if (day <= a.anchor.day || day > MAX_DAY) return [first, b];
      return [first, tag({ ...b, start: a.end + between.index + between[0].indexOf(between[1]!), anchor: { kind: 'abs', value: `${year}-${pad2(a.anchor.month)}-${pad2(day)}` } }, 'daysSharingYear')];
    });
  },
};
/** What stands between a month and a later month of a written year: ` and `, ` to `, ` through `, `-`. */
const MONTH_BEFORE_SHARED_YEAR = /^\s*(?:and|to|through|till|until|-|–)\s*$/;
/** The last day a month may have. */
const MAX_DAY = 31;
/** What stands between a month's day and the year it shares with a later day: ` and 4, `, `-5, `, ` to 16 `. */
const DAY_BEFORE_SHARED_YEAR = /^\s*(?:and|&|or|to|through|-|–)\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+$/;

/**
 * `two attacks on August 12 and 27`: a bare day after a month's day, joined by `and`, `or` or a
 * comma and ending its phrase, is a day of the same month (and year, when written): one more
 * expression, as TimeML tags each day of such a list. A later day only (`August 12 and 3 others`
 * is a count); a number a noun follows is left alone.
 */
export const coordinatedDays: Refiner = {
  name: 'coordinatedDays',
  refine(drafts, { text }) {
    const out: Draft[] = [];
    drafts.forEach((d, i) => {
      // (`on 13, 14, 16 and 17 December`: days written before a day-first date, each its own.)
      const prev = out[out.length - 1];
      const before: Draft[] = [];
      for (let a: Draft | null = d; a !== null; ) {
        const added = dayBefore(a, text);
        a = added !== null && (prev === undefined || prev.end <= added.start) ? added : null;
        if (a !== null) before.unshift(a);
      }
      out.push(...before, d);
      const next = drafts[i + 1];
      // (`Aug. 5, 6 and 7`: each day found goes on to the next.)
      for (let a: Draft | null = d; a !== null; ) {
        const added = dayAfter(a, text);
        a = added !== null && (next === undefined || next.start >= added.end) ? added : null;
        if (a !== null) out.push(a);
      }
    });
    return out;
  },
};
/** The day coordinated after `a` ({@link coordinatedDays}), or null. */
function dayAfter(a: Draft, text: string): Draft | null {
  const first = dayOf(a);
  // (Cheap test first: a digit right after the expression's joiner.)
  if (first === null || !/^\s*(?:and|&|or|,)\s*\d/.test(text.slice(a.end, a.end + 8))) return null;
  const m = COORDINATED_DAY.exec(text.slice(a.end, a.end + COORDINATED_DAY_REACH));
  if (m === null || Number(m[1]) <= first || Number(m[1]) > MAX_DAY) return null;
  return sameMonthDay(a, Number(m[1]), a.end + m[0].length - m[1]!.length - (m[2]?.length ?? 0), a.end + m[0].length);
}
/** The day coordinated before a day-first date `a` (`13, 14, 16 and 17 December`: `16` before `17 December`), or null. */
function dayBefore(a: Draft, text: string): Draft | null {
  const next = dayOf(a);
  if (next === null || !/^\d/.test(text.slice(a.start, a.start + 1))) return null;
  const m = DAY_BEFORE_DAY.exec(text.slice(Math.max(0, a.start - COORDINATED_DAY_REACH), a.start));
  if (m === null || Number(m[1]) >= next || Number(m[1]) < 1) return null;
  const start = a.start - m[0].length + m[0].indexOf(m[1]!);
  return sameMonthDay(a, Number(m[1]), start, start + m[1]!.length + (m[2]?.length ?? 0));
}
/** The day of the month a month's day or a whole date holds, or null for other drafts. */
function dayOf(a: Draft): number | null {
  if (a.anchor.kind === 'monthDay') return a.anchor.day;
  const whole = a.anchor.kind === 'abs' ? /^\d{4}-\d{2}-(\d{2})$/.exec(a.anchor.value) : null;
  return whole === null ? null : Number(whole[1]);
}
/** Another day of `a`'s month (and year, when written) at `[start, end)`, tagged by its parser and {@link coordinatedDays}. */
function sameMonthDay(a: Draft, day: number, start: number, end: number): Draft {
  // (Only a month's day or a whole date reaches here, see dayOf.)
  const anchor: Anchor = a.anchor.kind === 'abs' ? { kind: 'abs', value: `${a.anchor.value.slice(0, 7)}-${pad2(day)}` } : a.anchor.kind === 'monthDay' ? { kind: 'monthDay', month: a.anchor.month, day, ...(a.anchor.mod ? { mod: a.anchor.mod } : {}) } : a.anchor;
  return tag({ start, end, type: 'DATE', anchor, tags: a.tags.filter((t) => !t.startsWith('refiner/')) }, 'coordinatedDays');
}
/** A bare day right before a day-first date, and its joiner (`16 and `, `14, `): group 1 the day, group 2 its ordinal ending; after a space, a bracket or another day's comma. */
const DAY_BEFORE_DAY = /(?:^|[\s(,])(\d{1,2})(st|nd|rd|th)?\s*(?:,|and|&|or)\s*$/;

/** A bare day after a month's day: the joiner, the day (group 1) and its ordinal ending (group 2), then the phrase's end. */
const COORDINATED_DAY = /^\s*(?:and|&|or|,)\s*(\d{1,2})(st|nd|rd|th)?\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|respectively|when|while|in|at|this|last|next)\b)/;
/** Characters after a day searched for a coordinated day. */
const COORDINATED_DAY_REACH = 40;

/**
 * `15:00 GMT Saturday`, `Friday at 8 p.m.`: a clock time next to a weekday is one TIME expression
 * on that weekday (chrono-node would merge them, but its weekday parser is replaced by the rule).
 */
export const timeWithWeekday: Refiner = {
  name: 'timeWithWeekday',
  refine(drafts, { text }) {
    return joinNeighbours(drafts, (a, b) => {
      const wd = a.anchor.kind === 'weekday' ? a.anchor : b.anchor.kind === 'weekday' ? b.anchor : null;
      const time = a.anchor.kind === 'timeOnly' ? a.anchor.time : b.anchor.kind === 'timeOnly' ? b.anchor.time : null;
      if (!wd || !time || wd.part !== undefined || !/^\s*(?:,\s*)?(?:on|at)?\s*$/i.test(text.slice(a.end, b.start))) return null;
      return [tag({ start: a.start, end: b.end, type: 'TIME', anchor: { ...wd, time }, tags: a.tags }, 'timeWithWeekday')];
    });
  },
};

/**
 * `last April 6`, `next March 3`: a month and day after `last`/`next` is the one before/after the
 * dateline, never the dateline's own day (`last April 6`, written on an April 6 anniversary, is a
 * year back); the word joins the expression. (`last`/`next` before a month alone is the parsers'.)
 */
export const modifiedMonthDay: Refiner = {
  name: 'modifiedMonthDay',
  refine(drafts, { text }) {
    return drafts.map((d) => {
      if (d.anchor.kind !== 'monthDay' || d.anchor.weekday !== undefined) return d;
      const m = MONTH_DAY_MODIFIER.exec(text.slice(Math.max(0, d.start - MONTH_DAY_MODIFIER_REACH), d.start));
      if (!m) return d;
      return tag({ ...d, start: d.start - m[0].length, anchor: { ...d.anchor, mod: m[1]!.toLowerCase() as 'last' | 'next' } }, 'modifiedMonthDay');
    });
  },
};
/** `last ` / `next ` right before a month and day, as a word of its own. */
const MONTH_DAY_MODIFIER = /(?<![\p{L}\p{N}])(last|next|Last|Next)\s+$/u;
/** Characters read back for {@link MONTH_DAY_MODIFIER}. */
const MONTH_DAY_MODIFIER_REACH = 6;

/** Prepositions right before an expression that fix its direction: `until March`, `since June`. */
const FUTURE_PREPOSITION = /\b(?:until|till|by|before|ahead\s+of|through)\s+$/i;
/** `Until` or `Till` opening a sentence right before an expression. */
const UNTIL_OPENING = /(?:^|[.!?]["”’]?\s+)(?:Until|Till)\s+$/;
/** Characters read back for {@link UNTIL_OPENING}. */
const UNTIL_OPENING_REACH = 10;
/** The main clause after the opening phrase, its verb a past perfect: `, Apple had introduced`. */
const PAST_PERFECT_AFTER = /^\s*,\s*[^,.!?;]{1,40}?\bhad\s+(?:(?:not|never|only|always|long|already)\s+)?(?:been|[a-z]{2,}(?:ed|en|wn|ne|t))\b/;
/** How far after the expression (UTF-16 units) the past perfect is read. */
const PAST_PERFECT_REACH = 60;
/** Farthest (weighted UTF-16 units, see tenseCue) a past verb may stand before `until`/`through`/`from` and still tell that the span is gone by. */
const PAST_VERB_OVER_PREPOSITION_REACH = 20;
/** A participle of a state after a present or future verb, then the preposition: `is closed until`, `will remain suspended through`. */
const STATE_PARTICIPLE_BEFORE = /\b(?:is|are|be|being|been|will|remain|remains|stay|stays|['’]s|['’]re|['’]ll)\s+(?:\w+\s+){0,2}?[a-z]+(?:ed|en|ut)\s+(?:\S+\s+){0,3}?(?:until|till|through|by|before|from|starting)\s+$/i;
/** A deferral or extension, then the preposition: `extended through March`, `postponed from Friday`. */
const DEFERRAL_BEFORE = /\b(?:delayed|postponed|deferred|extended|suspended|pushed\s+back|put\s+off|moved|adjourned|closed|shut|banned|rescheduled)\s+(?:\S+\s+){0,3}?(?:through|from)\s+$/i;
/** Characters before an expression searched for {@link STATE_PARTICIPLE_BEFORE} and {@link DEFERRAL_BEFORE}. */
const STATE_PARTICIPLE_REACH = 60;
/** Prepositions of a start, read with the clause's tense (see sentenceTense). */
const START_PREPOSITION = /\b(?:from|starting)\s+$/i;
const PAST_PREPOSITION = /\bsince\s+$/i;
/** `as of` before a date: read with the clause's tense; a past clause's date is gone (see sentenceTense). */
const AS_OF = /\bas\s+of\s+$/i;

/**
 * Days between the dateline and the nearest month and day beyond which the clause's tense (a cue
 * within {@link MONTH_DAY_AGAINST_TENSE_REACH}) decides the year instead (a past clause's day four
 * months ahead is last year's).
 */
const MONTH_DAY_AGAINST_TENSE_DAYS = 100;
/** Farthest cue (weighted UTF-16 units, see tenseCue) that may set a month and day's year against calendar nearness. */
const MONTH_DAY_AGAINST_TENSE_REACH = 80;
/** Largest cue distance (UTF-16 units) at which a tense overrides calendar nearness for a month and day (`Dec. 15`). */
const MONTH_DAY_CUE_REACH = 20;

interface TensedDraft extends Draft {
  tense?: Tense;
  cueDistance?: number;
}

function needsTense(a: Anchor): boolean {
  return (a.kind === 'relWeek' && a.offset === 0) || (a.kind === 'holiday' && a.mod === null) || (a.kind === 'weekday' && a.mod === null) || (a.kind === 'month' && a.mod === null) || a.kind === 'monthDay' || (a.kind === 'season' && a.mod === null) || (a.kind === 'weekend' && (a.mod === null || a.mod === 'this')) || a.kind === 'quarter';
}

/** Tense of the sentence around each expression whose value depends on it (see tense.ts). */
export const sentenceTense: Refiner = {
  name: 'sentenceTense',
  refine(drafts, { text }) {
    return drafts.map((d): TensedDraft => {
      if (!needsTense(d.anchor)) return d;
      const before = text.slice(Math.max(0, d.start - 12), d.start);
      // A possessive makes the preposition the noun's, not the date's: `the toll from Sunday's quake rose`.
      const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(text.slice(d.end, d.end + 3));
      // `from Sept. 12 to Sept. 16` is a span, whose direction the clause's verb gives (`surveyed … from`).
      const span = /\bfrom\s+$/i.test(before) && (/^\s*(?:to|until|till|through|[-–])\s/i.test(text.slice(d.end, d.end + 10)) || /\s(?:to|until|till|through|[-–])\s/i.test(text.slice(d.start, d.end)));
      if (PAST_PREPOSITION.test(before)) return { ...tag(d, 'sentenceTense'), tense: 'past', cueDistance: 0 };
      // (Only `through` and `from` may be read against a past verb below: `delayed until Dec. 15` and
      // `may cut borrowing costs by December` look ahead whatever the verb, as before, with no cue read.)
      const fromOrThrough = /\b(?:through|from)\s+$/i.test(before);
      const ahead = FUTURE_PREPOSITION.test(before) && !possessive && !span;
      // (`Until Tuesday, Apple had introduced only software`: a past perfect after `until` tells a
      // state that ended on the day, gone by.)
      if (ahead && UNTIL_OPENING.test(text.slice(Math.max(0, d.start - UNTIL_OPENING_REACH), d.start)) && PAST_PERFECT_AFTER.test(text.slice(d.end, d.end + PAST_PERFECT_REACH))) return { ...tag(d, 'sentenceTense'), tense: 'past', cueDistance: 0 };
      if (ahead && !fromOrThrough) return { ...tag(d, 'sentenceTense'), tense: 'future', cueDistance: 0 };
      const cue = tenseCue(text, d.start, d.end);
      // A past verb right before the phrase tells a span gone by: `companies that reported results
      // through Thursday`, `the gain it enjoyed from Nov. 20, …, to Jan. 6`.
      // (Not a participle of a state that lasts, `is shut through Monday`, nor after a deferral,
      // `extended through March`.)
      const window = fromOrThrough && cue.tense === 'past' && cue.distance <= PAST_VERB_OVER_PREPOSITION_REACH ? text.slice(Math.max(0, d.start - STATE_PARTICIPLE_REACH), d.start) : null;
      const pastVerbClose = window !== null && !STATE_PARTICIPLE_BEFORE.test(window) && !DEFERRAL_BEFORE.test(window);
      if (ahead && !pastVerbClose) return { ...tag(d, 'sentenceTense'), tense: 'future', cueDistance: 0 };
      // `as of June 30, Huntington was the sixth-largest bank`: a state at a day gone, when the clause is past.
      if (AS_OF.test(before) && cue.tense === 'past') return { ...tag(d, 'sentenceTense'), tense: 'past', cueDistance: 0 };
      // `from`, `starting`: the start of what the clause tells, ahead unless a past auxiliary tells
      // the clause (`will take effect from Jan 1`, `rain … from Friday onwards`, but `had notified
      // reopening … from May 24`).
      if (START_PREPOSITION.test(before) && !possessive && !span && !pastVerbClose && !pastAuxiliaryBefore(text, d.start, d.end)) return { ...tag(d, 'sentenceTense'), tense: 'future', cueDistance: 0 };
      return { ...tag(d, 'sentenceTense'), tense: cue.tense, cueDistance: cue.distance };
    });
  },
};

const pad2 = (n: number): string => String(n).padStart(2, '0');
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** ISO weekday number of Sunday, the last day of an ISO week. */
const SUNDAY = 7;

/** First ISO weekday (Thursday) on which `the weekend` with no tense cue is the coming one. */
const FIRST_WEEKDAY_OF_WEEKEND_AHEAD = 4;

/** Latest ISO weekday (Wednesday) on which a past `this weekend` is the weekend just gone. */
const LAST_WEEKDAY_OF_WEEKEND_BEFORE = 3;

/** Month index (year*12 + month-1) for comparing months. */
const mi = (y: number, m: number): number => y * 12 + m - 1;

/**
 * Instances of a period that recurs every year (a season or a quarter), starting at month `first`
 * and lasting `len` months, picked by modifier/tense: `last` the latest ended before the reference
 * month, `next` the first starting after it, `this` the one of the reference year, past/none the
 * latest begun by the reference month, future the first not yet ended.
 */
function pickRecurring(ref: Ymd, first: number, len: number, mod: Mod, tense: Tense): number {
  const now = mi(ref.year, ref.month);
  const years = [ref.year - 2, ref.year - 1, ref.year, ref.year + 1, ref.year + 2];
  const start = (y: number): number => mi(y, first);
  if (mod === 'this') return ref.year - (first === 12 && ref.month <= 2 ? 1 : 0);
  if (mod === 'last') return [...years].reverse().find((y) => start(y) + len - 1 < now) ?? ref.year - 1;
  if (mod === 'next') return years.find((y) => start(y) > now) ?? ref.year + 1;
  if (tense === 'future') return years.find((y) => start(y) + len - 1 >= now) ?? ref.year;
  return [...years].reverse().find((y) => start(y) <= now) ?? ref.year;
}

/**
 * The day of `days` (one a year, around the reference) nearest the reference, by the calendar
 * (chrono-node's own rule); when `aheadCue` holds and that day is before the reference, the next
 * year's (`dayIn`). Only a future cue overrides: a past date a few weeks ahead of the dateline is
 * rare in news, while `delayed until Dec. 15` written in January is common. How a month and day
 * and a holiday are read.
 */
function nearestYearly(ref: Ymd, days: readonly Ymd[], aheadCue: boolean, dayIn: (year: number) => Ymd): Ymd {
  const pick = [...days].sort((x, y) => Math.abs(daysBetween(ref, x)) - Math.abs(daysBetween(ref, y)))[0]!;
  return aheadCue && toUtc(pick) < toUtc(ref) ? dayIn(pick.year + 1) : pick;
}

/** The TIMEX3 value of a draft against the reference day; X-forms (`XXXX-WXX-1`) when there is none. */
function valueOf(d: TensedDraft, ref: Ymd | null): string {
  const a = d.anchor;
  const tense = d.tense ?? 'none';
  const partOrTime = (x: { part?: string; time?: string }): string => (x.time ? `T${x.time}` : x.part ? `T${x.part}` : '');
  if (a.kind === 'abs') return a.value;
  if (!ref) {
    switch (a.kind) {
      case 'relDay':
        return `XXXX-XX-XX${partOrTime(a)}`;
      case 'relWeek':
        return 'XXXX-WXX';
      case 'weekend':
        return 'XXXX-WXX-WE';
      case 'relMonth':
        return 'XXXX-XX';
      case 'relYear':
        return `XXXX${a.suffix ?? ''}`;
      case 'relDecade':
        return 'XXX';
      case 'ago':
        return 'PAST_REF';
      case 'weekday':
        return `XXXX-WXX-${a.weekday}${partOrTime(a)}`;
      case 'month':
        return `XXXX-${pad2(a.month)}`;
      case 'monthDay':
        return `XXXX-${pad2(a.month)}-${pad2(a.day)}${partOrTime(a)}`;
      case 'season':
        return `XXXX-${a.season}`;
      case 'quarter':
        return `XXXX-Q${a.quarter}`;
      case 'timeOnly':
        return `XXXX-XX-XXT${a.time}`;
      case 'holiday':
        return `XXXX-${pad2(holidayMonth(a.holiday))}`;
    }
  }
  switch (a.kind) {
    case 'relDay':
      return `${formatDay(addDays(ref, a.offset))}${partOrTime(a)}`;
    case 'relWeek':
      // (`Parliament will sit this week`, told on a Sunday: the week that starts the next day.)
      if (a.offset === 0 && tense === 'future' && isoWeekday(ref) === SUNDAY) return formatWeek(addDays(ref, 1));
      return formatWeek(addDays(ref, 7 * a.offset));
    case 'weekend': {
      const wd = isoWeekday(ref);
      // Past (the news default): the weekend just gone, or the current one on a Saturday/Sunday.
      let offset = a.mod === 'last' ? -1 : a.mod === 'next' ? 1 : a.mod === 'this' ? 0 : tense === 'future' ? 0 : wd >= 6 ? 0 : -1;
      if (a.mod === null && tense === 'future' && wd === 7) offset = 0;
      // With no tense to tell, late in a week `the weekend` is the one coming (`Jurors … have the
      // weekend off` on a Friday), not the one six days gone.
      if (a.mod === null && tense === 'none' && wd >= FIRST_WEEKDAY_OF_WEEKEND_AHEAD && wd <= 5) offset = 0;
      // `this weekend` told in the past early in a week is the weekend just gone (`both missed this
      // weekend’s two matches` on a Monday).
      if (a.mod === 'this' && tense === 'past' && wd <= LAST_WEEKDAY_OF_WEEKEND_BEFORE) offset = -1;
      return `${formatWeek(addDays(ref, 7 * offset))}-WE`;
    }
    case 'relMonth': {
      const m = addMonths(ref.year, ref.month, a.offset);
      return formatMonth(m.year, m.month);
    }
    case 'relYear':
      return `${String(ref.year + a.offset).padStart(4, '0')}${a.suffix ?? ''}`;
    case 'relDecade':
      return String(Math.floor(ref.year / 10) + a.offset);
    case 'ago': {
      if (a.unit === 'year') return String(ref.year - a.n);
      if (a.unit === 'decade') return String(ref.year - 10 * a.n);
      if (a.unit === 'century') return String(ref.year - 100 * a.n);
      if (a.unit === 'month' || a.unit === 'quarter') {
        const m = addMonths(ref.year, ref.month, -a.n * (a.unit === 'quarter' ? 3 : 1));
        return formatMonth(m.year, m.month);
      }
      if (a.unit === 'week') return formatWeek(addDays(ref, -7 * a.n));
      if (a.unit === 'day') return formatDay(addDays(ref, -a.n));
      return formatDay(ref);
    }
    case 'weekday': {
      const diff = a.weekday - isoWeekday(ref); // -6 … 6
      let offset: number;
      if (a.mod === 'this') offset = diff;
      else if (a.mod === 'last') offset = diff < 0 ? diff : diff - 7;
      else if (a.mod === 'next') offset = diff > 0 ? diff : diff + 7;
      else if (tense === 'future') offset = diff >= 0 ? diff : diff + 7;
      else offset = diff <= 0 ? diff : diff - 7; // past and no cue: on or before the dateline
      return `${formatDay(addDays(ref, offset))}${partOrTime(a)}`;
    }
    case 'month': {
      let year = ref.year;
      if (a.mod === 'last') year = a.month < ref.month ? ref.year : ref.year - 1;
      else if (a.mod === 'next') year = a.month > ref.month ? ref.year : ref.year + 1;
      else if (a.mod === 'this') year = ref.year;
      else if (tense === 'future') year = a.month >= ref.month ? ref.year : ref.year + 1;
      else year = a.month <= ref.month ? ref.year : ref.year - 1;
      return formatMonth(year, a.month);
    }
    case 'monthDay': {
      if (a.mod !== undefined) {
        // `last April 6` / `next March 3`: the nearest such day strictly before / after the dateline.
        const days = [ref.year - 1, ref.year, ref.year + 1].map((year) => ({ year, month: a.month, day: a.day }));
        const at = toUtc(ref);
        const pick = a.mod === 'last' ? [...days].reverse().find((x) => toUtc(x) < at)! : days.find((x) => toUtc(x) > at)!;
        return `${formatDay(pick)}${partOrTime(a)}`;
      }
      // Calendar nearness (chrono-node's own rule), the weekday if one is named, then a close tense cue.
      let options = [ref.year - 1, ref.year, ref.year + 1].map((y) => ({ year: y, month: a.month, day: a.day }));
      if (a.weekday !== undefined) {
        const w = a.weekday;
        const matching = options.filter((o) => isoWeekday(o) === w);
        if (matching.length > 0) options = matching;
      }
      const strong = (d.cueDistance ?? Infinity) <= MONTH_DAY_CUE_REACH && a.weekday === undefined;
      let pick = nearestYearly(ref, options, strong && tense === 'future', (year) => ({ year, month: a.month, day: a.day }));
      // A day months away against the tense of a cue in its own clause: `… fatally shot … on May 6`
      // in November is the May gone, not the one to come.
      const ahead = daysBetween(ref, pick);
      // (A past preposition, `since June 30` or a past `as of June 30`, puts the day behind the dateline however near.)
      const pastBound = d.cueDistance === 0 && tense === 'past' && ahead > 0;
      // (Only a cue in the date's own clause: `Some games were previously announced, such as … playing
      // in Paris … on Jan. 23` in August is the coming January, the announcing far from it.)
      const near = (d.cueDistance ?? Infinity) <= MONTH_DAY_AGAINST_TENSE_REACH;
      if (a.weekday === undefined && tense === 'past' && ((near && ahead > MONTH_DAY_AGAINST_TENSE_DAYS) || pastBound)) pick = { ...pick, year: pick.year - 1 };
      else if (a.weekday === undefined && tense === 'future' && near && -ahead > MONTH_DAY_AGAINST_TENSE_DAYS) pick = { ...pick, year: pick.year + 1 };
      return `${formatDay(pick)}${partOrTime(a)}`;
    }
    case 'season': {
      const year = pickRecurring(ref, SEASON_START[a.season], 3, a.mod, tense);
      return `${year}-${a.season}`;
    }
    case 'quarter': {
      const year = pickRecurring(ref, (a.quarter - 1) * 3 + 1, 3, a.mod, tense);
      return `${year}-Q${a.quarter}`;
    }
    case 'holiday': {
      // `last`/`next` the one before/after the dateline, `this` the dateline year's; otherwise read
      // as a month and day is (nearestYearly).
      const days = [ref.year - 1, ref.year, ref.year + 1].map((y) => holidayDate(a.holiday, y));
      const at = toUtc(ref);
      let pick: Ymd;
      if (a.mod === 'last') pick = [...days].reverse().find((x) => toUtc(x) < at) ?? days[0]!;
      else if (a.mod === 'next') pick = days.find((x) => toUtc(x) > at) ?? days[2]!;
      else if (a.mod === 'this') pick = days[1]!;
      else pick = nearestYearly(ref, days, (d.cueDistance ?? Infinity) <= MONTH_DAY_CUE_REACH && tense === 'future', (year) => holidayDate(a.holiday, year));
      return formatDay(pick);
    }
    case 'timeOnly':
      return `${formatDay(ref)}T${a.time}`;
  }
}

/** Resolves every draft to its TIMEX3 value. */
export const resolve: Refiner = {
  name: 'resolve',
  refine(drafts, { ref }) {
    return drafts.map((d) => ({ ...d, value: valueOf(d, ref) }));
  },
};

/**
 * `the week of Sept. 5`: the week a day falls in, one expression (TIMEX3 `2023-W36`), after the
 * day is resolved.
 */
export const weekOf: Refiner = {
  name: 'weekOf',
  refine(drafts, { text }) {
    return drafts.map((d) => {
      const m = d.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d.value) ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, d.start - WEEK_OF_REACH), d.start)) : null;
      const day = m === null ? null : parseYmd(d.value);
      return m === null || day === null ? d : tag({ ...d, start: d.start - m[0].length, value: formatWeek(day) }, 'weekOf');
    });
  },
};
/** `the week of ` right before a day. */
const WEEK_OF_BEFORE = /\b(?:the\s+)?week\s+of\s+$/i;
/** Characters before a day searched for `the week of`. */
const WEEK_OF_REACH = 16;

/**
 * `between 8am Friday and 4pm Tuesday`, `from Monday to Wednesday`: the end of a range of weekdays
 * comes after its start, so a weekday end resolved before the start moves a week on (each was read
 * alone, by the sentence's tense).
 */
export const weekdayRangeEnd: Refiner = {
  name: 'weekdayRangeEnd',
  refine(drafts, { text }) {
    return drafts.map((d, i) => {
      const start = drafts[i - 1];
      if (start === undefined || d.anchor.kind !== 'weekday' || start.value === undefined || d.value === undefined) return d;
      if (!RANGE_JOIN.test(text.slice(start.end, d.start)) || !RANGE_OPENING.test(text.slice(Math.max(0, start.start - RANGE_OPENING_REACH), start.start))) return d;
      const from = parseYmd(start.value.slice(0, 10));
      const to = parseYmd(d.value.slice(0, 10));
      if (from === null || to === null || daysBetween(from, to) >= 0) return d;
      return tag({ ...d, value: `${formatDay(addDays(to, DAYS_IN_WEEK))}${d.value.slice(10)}` }, 'weekdayRangeEnd');
    });
  },
};
/** The join of a range's two ends. */
const RANGE_JOIN = /^\s*(?:and|to|until|till|through|thru|-|–|—)\s*$/;
/** What opens a range right before its start. */
const RANGE_OPENING = /\b(?:between|from)\s+$/i;
/** Characters before a range's start searched for `between`/`from`. */
const RANGE_OPENING_REACH = 10;
const DAYS_IN_WEEK = 7;

/**
 * The refiners, declared once, in order: overlap removal first (so each span is one reading),
 * then merging a weekday with its written date, days sharing a year and days coordinated with a
 * month's day, a clock time with its weekday, then `last`/`next` before a month and day, then the
 * sentence tense, then resolution, then a weekday range's end after its start, then `the week of` a resolved day.
 */
export const NEWS_REFINERS: readonly Refiner[] = [overlaps, weekdayWithDate, daysSharingYear, coordinatedDays, timeWithWeekday, modifiedMonthDay, sentenceTense, resolve, weekdayRangeEnd, weekOf];
