import { MONTH_DAY_RE, monthNumber } from './lineKinds.js';

/**
 * Explicit dates with a year: `April 23, 2007`, `Dec. 19, 2009`, `JUNE 5, 2019` (press releases
 * write the month in capitals), `2012-10-30`, `23 April 2007`, `6th November 2012`, `14-Dec-2018`, and day/month/year in figures
 * (`21/04/2022`, `21.04.2022`, `16-07-2025`; see {@link numericDate} for which order is read), and a
 * two-digit year only in a stamp (`Published 28.12.22`) or after the weekday it falls on (`Thu - 20 July 23`),
 * and a mail stamp (`Wed May 10 11:12:24 EST 1995`).
 */
const FULL_DATE_RES: readonly RegExp[] = [
  new RegExp(MONTH_DAY_RE.replace('(?:,?\\s+((?:19|20)\\d{2}))?', ',?\\s+((?:19|20)\\d{2})'), 'g'),
  // (ISO 8601 with its time too: `2005-04-11T21:35:56`.)
  /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))/g,
  // (An ordinal day too: `Tuesday 6th November 2012`, `the 3rd of May 2019`.)
  /\b(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:,?\s+|-)((?:19|20)\d{2})\b/g,
  /\b(JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b/g,
  /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-]|\.\d)/g,
  // A stamp with a two-digit year, read only after `Published`/`Updated` (`Published 28.12.22, 12:40 AM`).
  /\b(?:published|posted|updated)(?: on)?:?\s+(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.])/gi,
  // A weekday, then a day, a month and a two-digit year (Telangana Today's `Published Date - 08:03 PM,
  // Thu - 20 July 23`, Edinburgh Guide's `Thu, 6 Jun '19 9.15am`): read only when the weekday is that day's.
  /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\s*[-–,]?\s*(\d{1,2})\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+['’]?(\d{2})(?![\d:/.-])/g,
  // A mail or Usenet stamp, as Unix `date` writes it, the year after the clock (`Wed May 10 11:12:24 EST 1995`).
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+(\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{2,5}\s+)?((?:19|20)\d{2})\b/g,
];

/** Index in {@link FULL_DATE_RES} of a date in figures with a four-digit year (`21/04/2022`). */
const FIGURES_RE = 4;
/** Index in {@link FULL_DATE_RES} of the mail stamp (`Wed May 10 11:12:24 EST 1995`). */
const UNIX_STAMP_RE = 7;

/** Weekday abbreviations in the order of `Date.getUTCDay()`. */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * A date written in figures: with dots, day.month.year (the European order); with slashes or
 * hyphens, the order that is the only valid one (`21/04/2022` is 21 April, `04/21/2022` 21 April
 * too, `16-07-2025` 16 July). A slashed or hyphened date valid both ways (`09/02/2017`: 9 February in Britain, 2 September in the US) is
 * not read: a wrong date is worse than none.
 */
function numericDate(a: number, sep: string, b: number, y: number): Ymd | null {
  if (sep === '.') return { y, m: b, d: a };
  if (a > 12 && b <= 12) return { y, m: b, d: a };
  if (b > 12 && a <= 12) return { y, m: a, d: b };
  return null;
}

/** The century a two-digit stamp year is read in (`28.12.22` → 2022). */
const TWO_DIGIT_YEAR_BASE = 2000;

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/**
 * Dates in figures with slashes that read both ways (`02/07/2025`: 2 July or 7 February), which
 * {@link fullDatesIn} leaves out: the two numbers in their order and the year, for a caller that
 * knows the day from elsewhere (a dateline's `July 2`).
 */
export function slashedDatesBothWays(line: string): { first: number; second: number; y: number }[] {
  const re = FULL_DATE_RES[FIGURES_RE]!;
  const out: { first: number; second: number; y: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (m[2] === '/' && first >= 1 && first <= 12 && second >= 1 && second <= 12 && numericDate(first, '/', second, 0) === null) out.push({ first, second, y: Number(m[4]) });
  }
  return out;
}

/** Explicit full dates in a line, in order of appearance (a cheap regex scan; no parser needed for these fixed shapes). */
export function fullDatesIn(line: string): Ymd[] {
  const found: { at: number; ymd: Ymd }[] = [];
  FULL_DATE_RES.forEach((re, i) => {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      let ymd: Ymd | null = null;
      if (i === 0 || i === 3 || i === UNIX_STAMP_RE) ymd = { y: Number(m[3]), m: monthNumber(m[1]!) ?? 0, d: Number(m[2]) };
      else if (i === 1) ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      else if (i === 2) ymd = { y: Number(m[3]), m: monthNumber(m[2]!) ?? 0, d: Number(m[1]) };
      else if (i === FIGURES_RE) ymd = numericDate(Number(m[1]), m[2]!, Number(m[3]), Number(m[4]));
      else if (i === 5) ymd = numericDate(Number(m[1]), m[2]!, Number(m[3]), TWO_DIGIT_YEAR_BASE + Number(m[4]));
      else {
        const y = TWO_DIGIT_YEAR_BASE + Number(m[4]);
        const mo = monthNumber(m[3]!) ?? 0;
        const d = Number(m[2]);
        ymd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === WEEKDAYS.indexOf(m[1]!) ? { y, m: mo, d } : null;
      }
      if (ymd && ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= 31) found.push({ at: m.index, ymd });
    }
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.ymd);
}

