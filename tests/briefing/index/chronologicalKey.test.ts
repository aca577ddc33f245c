import { describe, expect, it } from 'vitest';
import { chronologicalKey } from '../../../src/briefing/index/chronologicalKey.js';

describe('chronologicalKey', () => {
  it('GIVEN ISO days, months, years and times THEN each is its own key, so they sort as text: a year before its months, a month before its days', () => {
    const dates = ['2007-04-23', '2007', '2007-04', '2006-12-31', '2007-04-23T10:00', '2007-04-24'];
    expect(dates.map(chronologicalKey)).toEqual(dates);
    expect([...dates].sort((a, b) => chronologicalKey(a).localeCompare(chronologicalKey(b)))).toEqual(['2006-12-31', '2007', '2007-04', '2007-04-23', '2007-04-23T10:00', '2007-04-24']);
  });

  it('GIVEN ISO weeks (with and without a weekend part) THEN they sort near their month: week n is 7(n − 1) days after 1 January', () => {
    expect(chronologicalKey('2007-W01')).toBe('2007-01-01');
    expect(chronologicalKey('2007-W17')).toBe('2007-04-23');
    expect(chronologicalKey('2007-W16-WE')).toBe('2007-04-16');
    // Week 17 of 2007 sorts before 24 April, not after every 2007 date as its text would.
    expect(chronologicalKey('2007-W17').localeCompare('2007-04-24')).toBeLessThan(0);
  });

  it('GIVEN values that are neither THEN they are their own keys', () => {
    for (const v of ['PRESENT_REF', '2007-SU', 'XXXX-04-23', '']) expect(chronologicalKey(v)).toBe(v);
  });
});
