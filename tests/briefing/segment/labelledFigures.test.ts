import { describe, expect, it } from 'vitest';
import { labelledFigures } from '../../../src/briefing/segment/labelledFigures.js';

describe('labelledFigures', () => {
  it('GIVEN `Yes: 57 No: 37 Undecided: 7` THEN three labelled figures in order', () => {
    expect(labelledFigures('Yes: 57 No: 37 Undecided: 7')).toEqual([
      { label: 'Yes', figure: 57 },
      { label: 'No', figure: 37 },
      { label: 'Undecided', figure: 7 },
    ]);
  });
  it('GIVEN units, commas and a label without its colon (`More confident: 28 Less confident: 53 , No difference: 13 , Undecided 6`) THEN every label and figure', () => {
    expect(labelledFigures('More confident: 28 Less confident: 53 , No difference: 13 , Undecided 6')?.map((x) => `${x.label}=${x.figure}`)).toEqual(['More confident=28', 'Less confident=53', 'No difference=13', 'Undecided=6']);
    expect(labelledFigures('Yes: 60 percent No: 36 percent Undecided: 4 percent')?.map((x) => x.figure)).toEqual([60, 36, 4]);
  });
  it('GIVEN a score line, a vote count, one colon only or prose THEN null', () => {
    expect(labelledFigures('Celtic: 2 Rangers: 1')).toBeNull();
    expect(labelledFigures('Yes: 12 No: 30')).toBeNull();
    expect(labelledFigures('Yes 57 No: 43')).toBeNull();
    expect(labelledFigures('The council voted: 57 members backed it and 43 opposed it.')).toBeNull();
  });
});
