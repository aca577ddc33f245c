import { describe, expect, it } from 'vitest';
import { compatibleNames, sameNameWord } from '../../../../src/briefing/analyse/speakers/nameKey.js';

describe('name identity: different people stay apart', () => {
  it('GIVEN two brothers sharing a surname THEN the full names are not compatible', () => {
    expect(compatibleNames('Lech Kaczynski', 'Jaroslaw Kaczynski')).toBe(false);
  });
  it('GIVEN short names one letter apart THEN they are different words', () => {
    expect(sameNameWord('Li', 'Lu')).toBe(false);
    expect(sameNameWord('Bush', 'Rush')).toBe(false);
  });
  it('GIVEN different surnames THEN not compatible even with the same given name', () => {
    expect(compatibleNames('Robert Gates', 'Robert Gibbs')).toBe(false);
  });
  it('GIVEN initials that disagree THEN not compatible', () => {
    expect(compatibleNames('R. Gates', 'M. Gates')).toBe(false);
  });
});
