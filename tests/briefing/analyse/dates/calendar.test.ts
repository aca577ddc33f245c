import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, formatWeek, isoWeek, isoWeekday, mondayOf, parseYmd, valueStart } from '../../../../src/briefing/analyse/dates/calendar.js';

describe('ISO weeks', () => {
  it('GIVEN days around new year THEN the ISO 8601 week-year', () => {
    expect(formatWeek({ year: 2007, month: 4, day: 23 })).toBe('2007-W17');
    expect(formatWeek({ year: 2010, month: 1, day: 3 })).toBe('2009-W53');
    expect(formatWeek({ year: 2008, month: 12, day: 29 })).toBe('2009-W01');
    expect(formatWeek({ year: 2021, month: 1, day: 1 })).toBe('2020-W53');
  });
  it('GIVEN any day THEN its Monday is in the same ISO week and valueStart of the week is that Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const d = new Date(ms);
        const day = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        const monday = mondayOf(day);
        expect(isoWeekday(monday)).toBe(1);
        expect(isoWeek(monday)).toEqual(isoWeek(day));
        expect(valueStart(formatWeek(day))).toEqual(monday);
        expect(isoWeek(addDays(monday, 6))).toEqual(isoWeek(day));
      }),
    );
  });
  it('GIVEN an impossible date THEN parseYmd gives null', () => {
    expect(parseYmd('2007-02-30')).toBeNull();
    expect(parseYmd('not a date')).toBeNull();
  });
});
