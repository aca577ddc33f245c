import { describe, expect, it } from 'vitest';
import { capitalisedMidSentence } from '../../../src/briefing/analyse/capitalisedMidSentence.js';

describe('capitalisedMidSentence', () => {
  const paragraphs = ['Combat operations ended on Monday, when Ametsreiter spoke.', '"Ties matter," he said. Ties were strained.'];
  it('GIVEN a word the article writes capitalised after a lower-case word or a comma THEN true', () => {
    expect(capitalisedMidSentence('Ametsreiter', paragraphs)).toBe(true);
    expect(capitalisedMidSentence('Monday', paragraphs)).toBe(true);
  });
  it('GIVEN a word capitalised only to open a sentence or a quote THEN false', () => {
    expect(capitalisedMidSentence('Combat', paragraphs)).toBe(false);
    expect(capitalisedMidSentence('Ties', paragraphs)).toBe(false);
  });
});
