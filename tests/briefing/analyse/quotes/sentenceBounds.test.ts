import { describe, expect, it } from 'vitest';
import { sentenceEnd, sentenceStart } from '../../../../src/briefing/analyse/quotes/sentenceBounds.js';

describe('sentenceBounds', () => {
  it('GIVEN a title abbreviated with a stop before a name THEN no sentence ends at the stop', () => {
    for (const title of ['Sen.', 'Pvt.', 'Fr.', 'Msgr.', 'Treas.', 'Messrs.']) {
      const text = `The case went to trial. "It was wrong," ${title} Kelly Brennan said on Monday.`;
      const quote = text.indexOf('"');
      expect(sentenceEnd(text, quote)).toBe(text.length);
      expect(sentenceStart(text, text.indexOf('said'))).toBe(quote + 1);
    }
  });

  it('GIVEN an ordinary word before a stop and a capital THEN the sentence ends there', () => {
    const text = 'The soldiers left. Kelly Brennan said so.';
    expect(sentenceStart(text, text.indexOf('said'))).toBe(text.indexOf('Kelly'));
  });
});
