import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../../src/briefing/index/dateSpan.js';

describe('dateSpan', () => {
  it('GIVEN datelines with gaps THEN the earliest and latest, undated articles left out', () => {
    expect(dateSpan([{ date: '2007-04-24' }, { date: null }, { date: '2007-04-19' }, { date: '2007-04-23' }])).toEqual({ from: '2007-04-19', to: '2007-04-24' });
  });

  it('GIVEN no dated article THEN null', () => {
    expect(dateSpan([])).toBeNull();
    expect(dateSpan([{ date: null }])).toBeNull();
  });

  it('GIVEN any dates THEN the first and last of their default sort', () => {
    const day = fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: null })), (dates) => {
        const sorted = dates.filter((d): d is string => d !== null).sort();
        expect(dateSpan(dates.map((date) => ({ date })))).toEqual(sorted.length === 0 ? null : { from: sorted[0], to: sorted.at(-1) });
      }),
    );
  });
});
