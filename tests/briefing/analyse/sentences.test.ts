import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/briefing/analyse/sentences.js';

describe('splitSentences', () => {
  it('GIVEN abbreviations and quotes THEN splits only at real sentence ends, with offsets', () => {
    const p = '"The key is cooperation," the secretary said. U.S. officials met Gen. Smith at 3 p.m. on Jan. 5. He left.';
    const s = splitSentences(p);
    expect(s.map((x) => x.text)).toEqual([
      '"The key is cooperation," the secretary said.',
      'U.S. officials met Gen. Smith at 3 p.m. on Jan. 5.',
      'He left.',
    ]);
    for (const x of s) expect(p.slice(x.start, x.end)).toBe(x.text);
  });

  it('GIVEN a blank paragraph THEN gives no sentences', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
