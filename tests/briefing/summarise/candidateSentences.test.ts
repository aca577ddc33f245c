import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateSentences, nameShare, NAME_LIST_SHARE, specificity } from '../../../src/briefing/summarise/candidateSentences.js';
import { article } from './fixtures.js';

const listSentence = 'Gates spoke with U.S. and Russian reporters following meetings with Russian President Vladimir Putin at the Kremlin, First Deputy Premier Sergey Ivanov at the Russian White House government building, and Defense Minister Anatoliy Serdyukov at the Ministry of Defense.';
const factSentence = "Russia in particular has adamantly opposed plans to station 10 interceptor missiles in Poland and a targeting radar in the Czech Republic, countries that lie close to Russian territory and were once under Moscow's control.";

describe('candidateSentences', () => {
  it('GIVEN a sentence that is mostly a list of names and titles THEN it is a name list and gets a lower quality than a reported fact', () => {
    expect(nameShare(listSentence)).toBeGreaterThan(NAME_LIST_SHARE);
    expect(nameShare(factSentence)).toBeLessThan(NAME_LIST_SHARE);
    const [list, fact] = candidateSentences([article('n#1', 'H', '2007-04-24', 'AFNS', [listSentence, factSentence])]);
    expect(list!.quality).toBeLessThan(fact!.quality);
  });

  it('GIVEN a figure THEN the sentence is more specific; a day of the month alone is not a figure', () => {
    expect(specificity(factSentence)).toBeGreaterThan(1);
    expect(specificity('Six out of 10 Poles oppose the plan, a poll showed.')).toBeGreaterThan(1);
    expect(specificity('The ministers met in Warsaw on April 23 to discuss the plan.')).toBe(1);
  });

  it('GIVEN "The secretary said he invited …" THEN the pronoun is not the attribution and the quality stays full; "…, he said." is lowered', () => {
    const [own, pronoun] = candidateSentences([
      article('s#1', 'H', '2007-04-24', 'AFNS', ['The secretary said he invited the Russians to inspect the U.S. interceptor site in Alaska and a radar site in California.', 'The talks were useful and both sides will meet again next month, he said.']),
    ]);
    expect(own!.quality).toBe(1);
    expect(pronoun!.quality).toBeLessThan(1);
  });

  it('GIVEN random sentences of figures, number words, days of the month and months THEN specificity is what the match-list version it replaced gave', () => {
    // The version before the digit fast path and the single test, with its two expressions as written there.
    const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
    const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b`, 'giu');
    const FIGURE = /\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|half|third|quarter)\b/giu;
    const reference = (x: string): number => ((x.replace(DAY_OF_MONTH, ' ').match(FIGURE) ?? []).length > 0 ? 1.25 : 1);
    const piece = fc.constantFrom('April', 'Apr.', 'apr', 'Sept', 'May', '23', '7', '2007', '10', '1,000', '3.5', 'six', 'Half', 'dozens', 'tenth', 'Twelve', 'on', 'the', 'Poles', ' ', ', ', '.', '-', '%', 'x7');
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3 })), { maxLength: 14 }), (parts) => {
        for (const sep of [' ', '']) {
          const text = parts.join(sep);
          expect(specificity(text), text).toBe(reference(text));
        }
      }),
      { numRuns: 1500 },
    );
  });
});

