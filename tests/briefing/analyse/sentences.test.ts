import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packSplits, sentencesOf, splitSentences, unpackSplits } from '../../../src/briefing/analyse/sentences.js';
import { analyseText } from '../../../src/briefing/pipeline.js';

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

describe('packed sentence splits (kept with the analysis)', () => {
  /** Every article of the bundled pages and of the test fixture pages, as the pipeline reads them. */
  const pages = [
    ...readdirSync('data').map((f) => join('data', f)),
    ...readdirSync('tests/fixtures/pages').map((f) => join('tests/fixtures/pages', f)),
  ].filter((f) => f.endsWith('.txt'));

  it('GIVEN every paragraph of the bundled and fixture pages THEN the sentences read from the analysis are splitSentences\' own, and the packing is ASCII', () => {
    let packedParagraphs = 0;
    for (const f of pages) {
      for (const a of analyseText(f, readFileSync(f, 'utf8')).articles) {
        expect(a.sentenceSplits, a.id).toBe(packSplits(a.paragraphs));
        expect(a.sentenceSplits).toMatch(/^[\x20-\x7e]*$/);
        const splits = unpackSplits(a.sentenceSplits);
        packedParagraphs += splits?.size ?? 0;
        a.paragraphs.forEach((p, i) => expect(sentencesOf(p, i, splits), `${a.id} ¶${i}`).toEqual(splitSentences(p)));
      }
    }
    // Many paragraphs need wink-nlp (the rest are settled by the one-sentence pre-scan).
    expect(packedParagraphs).toBeGreaterThan(50);
  });

  it('GIVEN splits that say nothing of a paragraph, or no splits THEN sentencesOf splits it itself', () => {
    const p = 'Prices rose. Wages did not.';
    expect(sentencesOf(p, 0, unpackSplits(''))).toEqual(splitSentences(p));
    expect(sentencesOf(p, 0, null)).toEqual(splitSentences(p));
    expect(unpackSplits(undefined)).toBeNull();
    expect(unpackSplits(packSplits(['', 'One.', p, '  ']))).toEqual(new Map([[2, [[0, 12], [13, 27]]]]));
  });
});

describe('splitSentences: a title’s abbreviation wink-nlp does not know (session 24, blind set Q33)', () => {
  it('GIVEN `"…," Sec. Clinton said.` and `Amb. Jon Huntsman spoke next.` THEN no sentence ends after `Sec.` or `Amb.`', () => {
    const p = 'Hillary Clinton arrived. "We stand with the Syrian people," Sec. Clinton said. Amb. Jon Huntsman spoke next.';
    expect(splitSentences(p).map((s) => s.text)).toEqual(['Hillary Clinton arrived.', '"We stand with the Syrian people," Sec. Clinton said.', 'Amb. Jon Huntsman spoke next.']);
  });
});
