import { MONTH_DAY_RE, monthNumber } from './lineKinds.js';

/** Explicit dates with a year: `April 23, 2007`, `Dec. 19, 2009`, `2012-10-30`, `23 April 2007`. */
const FULL_DATE_RES: readonly RegExp[] = [
  new RegExp(MONTH_DAY_RE.replace('(?:,?\\s+((?:19|20)\\d{2}))?', ',?\\s+((?:19|20)\\d{2})'), 'g'),
  /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/g,
  /\b(\d{1,2})\s+(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b/g,
];

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Explicit full dates in a line, in order of appearance (a cheap regex scan; no parser needed for these fixed shapes). */
export function fullDatesIn(line: string): Ymd[] {
  const found: { at: number; ymd: Ymd }[] = [];
  FULL_DATE_RES.forEach((re, i) => {
    re.lastIndex = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      let ymd: Ymd | null = null;
      if (i === 0) ymd = { y: Number(m[3]), m: monthNumber(m[1]!) ?? 0, d: Number(m[2]) };
      else if (i === 1) ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      else ymd = { y: Number(m[3]), m: monthNumber(m[2]!) ?? 0, d: Number(m[1]) };
      if (ymd.m >= 1 && ymd.d >= 1 && ymd.d <= 31) found.push({ at: m.index, ymd });
    }
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.ymd);
}

