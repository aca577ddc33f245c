import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripInvisible } from '../../../src/briefing/ingest/stripInvisible.js';
import { analyseFile } from '../../../src/briefing/pipeline.js';
import { sprinkle } from '../../hardening/sprinkle.js';

const INVISIBLE = ['\u00ad', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2060', '\u2066', '\u2069', '\ufeff'];


describe('stripInvisible', () => {
  it('GIVEN any text with invisible format characters put anywhere THEN they are all gone and nothing else changes', () => {
    const visible = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '“', 'é', '-', '’', '\u{1F600}') });
    fc.assert(
      fc.property(visible, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), { maxLength: 20 }), (text, inserts) => {
        let s = text;
        for (const [at, mark] of inserts) s = s.slice(0, at % (s.length + 1)) + mark + s.slice(at % (s.length + 1));
        expect(stripInvisible(s)).toBe(text);
      }),
    );
  });

  it('GIVEN a page sprinkled with invisible characters analysed first THEN the clean page analysed after it is analysed as in a fresh process (topic phrases too)', () => {
    const page = readFileSync('data/afp-2007-09-25-ukraine-campaign-tkachenko-bondar.txt');
    const before = analyseFile({ name: 'page.txt', bytes: page });
    for (let seed = 1; seed < 30; seed++) {
      const hostile = sprinkle(page.toString('utf8'), ['\u202e', '\u200b', '\u200f', '\ufeff', '\u2066', '\u200d'], seed * 7919, 300);
      const h = analyseFile({ name: 'hostile.txt', bytes: new TextEncoder().encode(hostile) });
      // The sprinkled copy reads as the page itself.
      expect(h.articles.map((a) => a.paragraphs)).toEqual(before.articles.map((a) => a.paragraphs));
    }
    expect(analyseFile({ name: 'page.txt', bytes: page })).toEqual(before);
  });
});

describe('stripInvisible: a no-break space decoded with the wrong character set', () => {
  it('GIVEN `Ìý` (old BBC News pages) and `Â` before a no-break space THEN each is one plain space; `Ì`, `ý` and `Â` elsewhere stay', () => {
    expect(stripInvisible('Ìý The poll results will be broadcast today.')).toBe('  The poll results will be broadcast today.');
    expect(stripInvisible('costs 5Â\u00a0euros')).toBe('costs 5 euros');
    expect(stripInvisible('Ìle, Âge, ýr')).toBe('Ìle, Âge, ýr');
  });
});
