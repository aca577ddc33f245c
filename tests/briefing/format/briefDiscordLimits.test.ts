import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cutAtSentence, escapeDiscord, fitEmbed } from '../../../src/briefing/format/discordLimits.js';

describe('discordLimits', () => {
  it('GIVEN text over the limit with sentences THEN it is cut after the last whole sentence that fits', () => {
    expect(cutAtSentence('One two three. Four five six. Seven eight nine.', 32)).toBe('One two three. Four five six.');
  });

  it('GIVEN any text and limit THEN the cut fits and never ends inside a word of the original', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}[.,]?$/), { minLength: 1, maxLength: 80 }), fc.integer({ min: 2, max: 300 }), (ws, max) => {
        const text = ws.join(' ');
        const cut = cutAtSentence(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === text) return;
        const body = cut.endsWith('…') ? cut.slice(0, -1) : cut;
        const next = text.charAt(body.length);
        // Either a hard cut of a single over-long first word, or the next character is a word boundary.
        if (ws[0]!.length + 1 <= max) expect(next === '' || /[\s.,]/.test(next)).toBe(true);
      }),
    );
  });

  it('GIVEN an embed over the limits THEN fitEmbed names each problem', () => {
    const r = fitEmbed({ title: 'x'.repeat(300), fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v'.repeat(1100) })) });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.some((p) => p.startsWith('title'))).toBe(true);
      expect(r.problems.some((p) => p.includes('fields, over 25'))).toBe(true);
      expect(r.problems.some((p) => p.startsWith('embed is'))).toBe(true);
    }
  });

  it('GIVEN mentions and markdown THEN escapeDiscord neutralises them', () => {
    const e = escapeDiscord('@here look at *this* and <@123456789012345678> in <#123456789012345678>');
    expect(e).not.toMatch(/@here|<@\d|<#\d/);
    expect(e).toContain('\\*this\\*');
  });
});
