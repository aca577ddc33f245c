import type { TimexType } from '../../types.js';
import type { Holiday } from './holidayDate.js';

/** Part of a day as TIMEX3 spells it: morning, afternoon, evening, night. */
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';

/** Spring, summer, fall (autumn), winter, as TIMEX3 spells them. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * What a parser understood, before the refiners resolve it against the reference date. `abs`
 * needs no reference; every other kind is relative (to the dateline, the sentence's tense, or both).
 */
export type Anchor =
  | { kind: 'abs'; value: string }
  /** today (0), yesterday (-1), tomorrow (1); optional part of day (`last night`). */
  | { kind: 'relDay'; offset: number; part?: DayPart }
  /** last/this/next week (offset -1/0/1). */
  | { kind: 'relWeek'; offset: number }
  /** A weekend: `last weekend` (-1), `this weekend` (0), `next weekend` (1), or by tense (`at the weekend`). */
  | { kind: 'weekend'; mod: Mod }
  | { kind: 'relMonth'; offset: number }
  /** last/this/next year; `suffix` narrows it (`-06` for `June next year`, `-Q1`, `-H2`). */
  | { kind: 'relYear'; offset: number; suffix?: string }
  | { kind: 'relDecade'; offset: number }
  /** `two years ago`: n units before the reference, at that unit's granularity. */
  | { kind: 'ago'; n: number; unit: Unit }
  /** A weekday (1 Monday … 7 Sunday), optionally with a time or part of day. */
  | { kind: 'weekday'; weekday: number; mod: Mod; part?: DayPart; time?: string }
  /** A month name without a year (1–12). */
  | { kind: 'month'; month: number; mod: Mod }
  /** A month and day without a year; `weekday` when the text also names it (`Thursday (July 28)`); `mod` when `last`/`next` comes before it (`last April 6`). */
  | { kind: 'monthDay'; month: number; day: number; weekday?: number; time?: string; mod?: 'last' | 'next' }
  | { kind: 'season'; season: Season; mod: Mod }
  | { kind: 'quarter'; quarter: number; mod: Mod }
  /** A holiday (`Boxing Day`, `Thanksgiving`, `Easter`), optionally `last`/`next`/`this`. */
  | { kind: 'holiday'; holiday: Holiday; mod: Mod }
  /** A time of day on the reference day (`8 p.m.`), `HH:MM`. */
  | { kind: 'timeOnly'; time: string };

/** The modifier in front of a relative name: `last June`, `next Tuesday`, `this summer`, or none (tense decides). */
export type Mod = 'last' | 'next' | 'this' | null;

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** One expression found by a parser, carried through the refiners. Offsets are UTF-16, end exclusive. */
export interface Draft {
  start: number;
  end: number;
  type: TimexType;
  anchor: Anchor;
  /** Which parser found it and which refiners changed it, in order: `rule/weekRelative`, `chrono/ENMonthNameMiddleEndianParser`, `refiner/weekdayTense`. */
  tags: string[];
  /** Resolved TIMEX3 value; set by the `resolve` refiner. */
  value?: string;
}
