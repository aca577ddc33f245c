import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayDate, type Holiday } from '../../../../src/briefing/analyse/dates/holidayDate.js';
import { formatDay, isoWeekday } from '../../../../src/briefing/analyse/dates/calendar.js';

const day = (h: Holiday, y: number): string => formatDay(holidayDate(h, y));

describe('holidayDate', () => {
  it('GIVEN fixed holidays THEN their day in the year asked', () => {
    expect(day('boxingDay', 2019)).toBe('2019-12-26');
    expect(day('christmasEve', 2020)).toBe('2020-12-24');
    expect(day('newYearsDay', 2021)).toBe('2021-01-01');
    expect(day('halloween', 2015)).toBe('2015-10-31');
  });
  it('GIVEN Thanksgiving, Labor Day and Memorial Day THEN the US rule’s day (almanac dates)', () => {
    expect(day('thanksgiving', 2014)).toBe('2014-11-27');
    expect(day('thanksgiving', 2018)).toBe('2018-11-22');
    expect(day('laborDay', 2007)).toBe('2007-09-03');
    expect(day('memorialDay', 2021)).toBe('2021-05-31');
  });
  it('GIVEN Martin Luther King Day and Presidents’ Day THEN the third Monday of January and of February (almanac dates); May Day and Anzac Day THEN their fixed days', () => {
    expect(day('mlkDay', 2017)).toBe('2017-01-16');
    expect(day('mlkDay', 2024)).toBe('2024-01-15');
    expect(day('presidentsDay', 2020)).toBe('2020-02-17');
    expect(day('mayDay', 2017)).toBe('2017-05-01');
    expect(day('anzacDay', 2015)).toBe('2015-04-25');
  });
  it('GIVEN Easter THEN Easter Sunday, Good Friday and Easter Monday of the Gregorian computus (almanac dates)', () => {
    expect(day('easter', 2019)).toBe('2019-04-21');
    expect(day('easter', 2024)).toBe('2024-03-31');
    expect(day('easter', 2000)).toBe('2000-04-23');
    expect(day('easter', 2038)).toBe('2038-04-25');
    expect(day('goodFriday', 2019)).toBe('2019-04-19');
    expect(day('easterMonday', 2008)).toBe('2008-03-24');
  });
  it('GIVEN any year THEN each computed holiday falls on its weekday inside its range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 2400 }), (y) => {
        const t = holidayDate('thanksgiving', y);
        const l = holidayDate('laborDay', y);
        const m = holidayDate('memorialDay', y);
        const e = holidayDate('easter', y);
        const eDay = e.month * 100 + e.day;
        return isoWeekday(t) === 4 && t.month === 11 && t.day >= 22 && t.day <= 28 && isoWeekday(l) === 1 && l.month === 9 && l.day <= 7 && isoWeekday(m) === 1 && m.month === 5 && m.day >= 25 && isoWeekday(e) === 7 && eDay >= 322 && eDay <= 425;
      }),
    );
  });
});
