import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, isPlainDate } from '../../../src/briefing/index/compareDates.js';

const sign = (n: number): number => Math.sign(n);

describe('compareDates', () => {
  it('GIVEN any two strings of digits and hyphens (ISO dates and worse) THEN it orders them as localeCompare does', () => {
    const plain = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9', '-'), maxLength: 12 });
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(isPlainDate(a) && isPlainDate(b)).toBe(true);
        expect(sign(compareDates(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('GIVEN ISO dates, weeks, ranges and empty values mixed THEN sorting with it gives localeCompare order', () => {
    const value = fc.oneof(
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.constantFrom('', '2007-W16', '2007-04-23/2007-04-25', 'XXXX-WXX-1', 'P15Y', '2007-04-23T10:00'),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (xs) => {
        expect([...xs].sort(compareDates)).toEqual([...xs].sort((a, b) => a.localeCompare(b)));
      }),
    );
  });
});
