/**
 * Plain calendar arithmetic on `{year, month, day}` triples (proleptic Gregorian, via UTC `Date`
 * so no time zone or clock is involved) and the TIMEX3 value spellings the dates module emits.
 * ISO-8601 week numbering follows the standard rule: weeks start on Monday and week 1 is the week
 * holding the year's first Thursday.
 */

/** A calendar day. `month` 1–12, `day` 1–31. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` (a longer ISO string is cut to its date part); null when not a valid day. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const back = fromUtc(toUtc(ymd));
  return back.year === ymd.year && back.month === ymd.month && back.day === ymd.day ? ymd : null;
}

export function toUtc(d: Ymd): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

export function fromUtc(ms: number): Ymd {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromUtc(toUtc(d) + n * MS_PER_DAY);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toUtc(b) - toUtc(a)) / MS_PER_DAY);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(toUtc(d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO week-numbering year and week of a day (`2007-04-23` → 2007, 17; `2010-01-02` → 2009, 53). */
export function isoWeek(d: Ymd): { year: number; week: number } {
  // The Thursday of d's week decides the week-year (ISO 8601).
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  return { year: thursday.year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function formatDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** TIMEX3 week value of the ISO week holding `d`, e.g. `2007-W16`. */
export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Shifts a month by `n` months, carrying the year. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const idx = year * 12 + (month - 1) + n;
  return { year: Math.floor(idx / 12), month: (idx % 12 + 12) % 12 + 1 };
}

/** Monday of the week holding `d`. */
export function mondayOf(d: Ymd): Ymd {
  return addDays(d, 1 - isoWeekday(d));
}

/** First day of a TIMEX3 calendar value (day, week, weekend, month, season, quarter, year, decade), for sorting; null for others. */
export function valueStart(value: string): Ymd | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  m = /^(\d{4})-W(\d{2})(-WE)?/.exec(value);
  if (m) {
    const jan4 = { year: Number(m[1]), month: 1, day: 4 }; // Jan 4 is always in ISO week 1
    const monday = addDays(mondayOf(jan4), (Number(m[2]) - 1) * 7);
    return m[3] ? addDays(monday, 5) : monday;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: 1 };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1 };
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return { year: Number(m[1]), month: m[2] === '1' ? 1 : 7, day: 1 };
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return { year: Number(m[1]), month: { SP: 3, SU: 6, FA: 9, WI: 12 }[m[2] as 'SP'] ?? 1, day: 1 };
  m = /^(\d{4})$/.exec(value);
  if (m) return { year: Number(m[1]), month: 1, day: 1 };
  m = /^(\d{3})$/.exec(value);
  if (m) return { year: Number(m[1]) * 10, month: 1, day: 1 };
  return null;
}
