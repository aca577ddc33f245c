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
});
