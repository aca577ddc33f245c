import { describe, expect, it } from 'vitest';
import { absoluteDates } from '../../../src/briefing/summarise/absoluteDates.js';
import type { Timex } from '../../../src/briefing/types.js';

const tx = (text: string, value: string): Timex => ({ articleId: 'a#1', text, value, type: 'DATE' });

describe('absoluteDates', () => {
  it('GIVEN relative day, month and week words THEN each becomes its absolute date, with `on`/`in` as the sentence needs', () => {
    expect(absoluteDates('Gates said Monday he was hopeful.', [tx('Monday', '2007-04-23')])).toBe('Gates said on Mon 23 Apr 2007 he was hopeful.');
    expect(absoluteDates('The talks begin after Monday.', [tx('Monday', '2007-04-23')])).toBe('The talks begin after Mon 23 Apr 2007.');
    expect(absoluteDates('He will visit in June.', [tx('June', '2007-06')])).toBe('He will visit in June 2007.');
    expect(absoluteDates('A proposal was presented last week at a NATO meeting.', [tx('last week', '2007-W16')])).toBe('A proposal was presented in the week of Mon 16 Apr 2007 at a NATO meeting.');
  });

  it('GIVEN a relative date used as a possessive (`yesterday’s PMQs`, `after last week’s locals`) THEN the date stands as a noun, without `on` or `in`', () => {
    expect(absoluteDates('Starmer has since withdrawn his comment from yesterday’s PMQs.', [tx('yesterday', '2022-04-20')])).toBe('Starmer has since withdrawn his comment from Wed 20 Apr 2022’s PMQs.');
    expect(absoluteDates('Monday’s vote was close.', [tx('Monday', '2022-04-18')])).toBe('Mon 18 Apr 2022’s vote was close.');
    expect(absoluteDates('The party basked in a glow after last week’s locals.', [tx('last week', '2021-W18')])).toBe('The party basked in a glow after the week of Mon 3 May 2021’s locals.');
  });
});
