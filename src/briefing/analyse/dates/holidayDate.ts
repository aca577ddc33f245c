import { addDays, isoWeekday, type Ymd } from './calendar.js';

/**
 * Holidays news copy dates things by (`on Boxing Day`, `before Thanksgiving`), each read the one
 * way it is kept: fixed days, US holidays on an nth weekday of a month, and the days around
 * Easter. Holidays kept on different days in different countries (`Labour Day`, `Independence
 * Day`, `Mother's Day`) are left out: a wrong day is worse than none.
 */
export type Holiday =
  | 'christmasEve'
  | 'christmas'
  | 'boxingDay'
  | 'newYearsEve'
  | 'newYearsDay'
  | 'halloween'
  | 'valentines'
  | 'mayDay'
  | 'stPatricks'
  | 'bastilleDay'
  | 'canadaDay'
  | 'anzacDay'
  | 'australiaDay'
  | 'waitangiDay'
  | 'veteransDay'
  | 'juneteenth'
  | 'guyFawkes'
  | 'thanksgiving'
  | 'laborDay'
  | 'memorialDay'
  | 'mlkDay'
  | 'presidentsDay'
  | 'goodFriday'
  | 'easter'
  | 'easterMonday';

/** Day and month of the holidays kept on a fixed day. */
const FIXED: Partial<Record<Holiday, readonly [month: number, day: number]>> = {
  christmasEve: [12, 24],
  christmas: [12, 25],
  boxingDay: [12, 26],
  newYearsEve: [12, 31],
  newYearsDay: [1, 1],
  halloween: [10, 31],
  valentines: [2, 14],
  // (Kept on one fixed day wherever they are named so: `May Day`, `St Patrick's Day`, a nation's day.)
  mayDay: [5, 1],
  stPatricks: [3, 17],
  bastilleDay: [7, 14],
  canadaDay: [7, 1],
  anzacDay: [4, 25],
  australiaDay: [1, 26],
  waitangiDay: [2, 6],
  veteransDay: [11, 11],
  juneteenth: [6, 19],
  guyFawkes: [11, 5],
};

/** The n-th (1-based; -1 the last) ISO weekday (1 Monday … 7 Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ year: month === 12 ? year + 1 : year, month: month === 12 ? 1 : month + 1, day: 1 }, -1);
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Easter Sunday of a year in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): Ymd {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The day a holiday falls on in `year`. */
export function holidayDate(holiday: Holiday, year: number): Ymd {
  const fixed = FIXED[holiday];
  if (fixed) return { year, month: fixed[0], day: fixed[1] };
  switch (holiday) {
    case 'thanksgiving':
      return nthWeekday(year, 11, 4, 4);
    case 'laborDay':
      return nthWeekday(year, 9, 1, 1);
    case 'memorialDay':
      return nthWeekday(year, 5, 1, -1);
    case 'mlkDay':
      return nthWeekday(year, 1, 1, 3);
    case 'presidentsDay':
      return nthWeekday(year, 2, 1, 3);
    case 'goodFriday':
      return addDays(easterSunday(year), -2);
    case 'easterMonday':
      return addDays(easterSunday(year), 1);
    default:
      return easterSunday(year);
  }
}

/** The month a holiday falls in (for a value with no reference year: `XXXX-11`). */
export function holidayMonth(holiday: Holiday): number {
  return holidayDate(holiday, 2001).month;
}
