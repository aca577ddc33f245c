import { describe, expect, it } from 'vitest';
import { capitalisedMidSentence } from '../../../src/briefing/analyse/capitalisedMidSentence.js';

describe('capitalisedMidSentence', () => {
  const paragraphs = ['Mining operations resumed on Monday, when Halvorsen arrived.', '"Prices matter," he said. Prices were rising.'];
  it('GIVEN a word the article writes capitalised after a lower-case word or a comma THEN true', () => {
    expect(capitalisedMidSentence('Halvorsen', paragraphs)).toBe(true);
    expect(capitalisedMidSentence('Monday', paragraphs)).toBe(true);
  });
  it('GIVEN a word capitalised only to open a sentence or a quote THEN false', () => {
    expect(capitalisedMidSentence('Mining', paragraphs)).toBe(false);
    expect(capitalisedMidSentence('Prices', paragraphs)).toBe(false);
  });
});
