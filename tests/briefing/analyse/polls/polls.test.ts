import { describe, expect, it } from 'vitest';
import { extractPolls } from '../../../../src/briefing/analyse/polls/index.js';
import { findShares } from '../../../../src/briefing/analyse/polls/findShares.js';
import { resolvePollDate } from '../../../../src/briefing/analyse/polls/pollDates.js';
import type { Article } from '../../../../src/briefing/types.js';

const article = (headline: string | null, paragraphs: string[], date = '2007-04-23'): Article => ({
  id: 'x#1', file: 'x.txt', headline, byline: null, place: null, agency: null, date, teaser: false, paragraphs, url: null,
});

const CBOS_HEADLINE = "Six In 10 Poles don't want US missiles: survey";
const CBOS_BODY =
  'Six out of 10 Poles oppose a US plan to base missiles in Poland as part of a shield Washington says is needed to protect against attacks from rogue states, according to a poll published on Monday. Fifty-seven percent of the 937 people surveyed by the CBOS agency at the beginning of the month opposed the missiles, while 25 percent were in favour and 18 percent had no opinion.';

describe('extractPolls', () => {
  it('GIVEN the sample CBOS report (headline + body) THEN one poll with pollster, sample, population, dates and 57/25/18', () => {
    const polls = extractPolls([article(CBOS_HEADLINE, [CBOS_BODY])]);
    expect(polls).toHaveLength(1);
    const p = polls[0]!;
    expect(p).toMatchObject({ pollster: 'CBOS', sampleSize: 937, population: 'Poles', published: '2007-04-23', fieldwork: '2007-04', subject: 'US plan to base missiles in Poland' });
    expect(p.results.map((r) => r.percent)).toEqual([57, 25, 18]);
    expect(p.results.map((r) => r.answer)).toEqual(['opposed the missiles', 'were in favour', 'had no opinion']);
    expect(p.warnings).toBeUndefined();
  });

  it('GIVEN per cent, a range, a margin and conducted dates THEN all are read', () => {
    const polls = extractPolls([
      article('Voters split on tax plan', [
        'LONDON - A YouGov poll of 1,012 adults found 48 per cent backed the tax plan and 40 per cent opposed it. The survey was conducted April 5-8 and has a margin of error of plus or minus 3 percentage points.',
      ], '2007-04-11'),
    ]);
    expect(polls).toHaveLength(1);
    expect(polls[0]).toMatchObject({ pollster: 'YouGov', sampleSize: 1012, fieldwork: '2007-04-05/2007-04-08', margin: 3 });
    expect(polls[0]!.results).toEqual([{ answer: 'backed the tax plan', percent: 48 }, { answer: 'opposed it', percent: 40 }]);
  });

  it('GIVEN "X on N per cent" and an earlier poll "compared with" THEN two polls, the earlier one with the same answers', () => {
    const polls = extractPolls([
      article(null, ['A ComRes telephone poll of 1,032 adults showed "Remain" on 48 per cent and "Leave" on 42 per cent, compared with a 46 per cent-45 per cent split in a previous poll on June 14.'], '2016-06-22'),
    ]);
    expect(polls).toHaveLength(2);
    expect(polls[0]!.results).toEqual([{ answer: 'Remain', percent: 48 }, { answer: 'Leave', percent: 42 }]);
    expect(polls[1]!.results).toEqual([{ answer: 'Remain', percent: 46 }, { answer: 'Leave', percent: 45 }]);
    expect(polls[1]!.published).toBe('2016-06-14');
  });

  it('GIVEN two named pollsters and decimals THEN two polls, each with its own shares', () => {
    const polls = extractPolls([
      article(null, [
        'The Ifop poll found 65% of respondents opposed the reform and 34% supported it.',
        'A separate BVA survey of 957 adults gave Socialist candidate Francois Hollande 57.5% in a runoff against 42.5% for Sarkozy.',
      ], '2011-11-03'),
    ]);
    expect(polls.map((p) => p.pollster)).toEqual(['Ifop', 'BVA']);
    expect(polls[1]!.results.map((r) => r.percent)).toEqual([57.5, 42.5]);
    expect(polls[1]!.results[0]!.answer).toContain('Hollande');
    expect(polls[1]!.results[1]!.answer).toContain('Sarkozy');
  });

  it('GIVEN word shares (two-thirds, a third, half, six in 10) with no precise figure THEN they are kept with rounded values', () => {
    const polls = extractPolls([
      article(null, ['Two-thirds of Britons want a referendum, a Survation poll showed. A third of those polled said they had not decided, and half of young voters said they would not vote.']),
    ]);
    expect(polls).toHaveLength(1);
    expect(polls[0]!.results.map((r) => r.percent)).toEqual([67, 33, 50]);
  });

  it('GIVEN shares of one question adding to well over 100 THEN the poll is kept with a warning', () => {
    const polls = extractPolls([article(null, ['A Gallup poll found 70 percent approved of the plan while 60 percent disapproved of it.'])]);
    expect(polls).toHaveLength(1);
    expect(polls[0]!.results).toHaveLength(2);
    expect(polls[0]!.warnings?.[0]).toMatch(/130/);
  });

  it('GIVEN a lead pair "X ahead, 49 percent to 45 percent" after both names are known THEN each number gets its name', () => {
    const polls = extractPolls([
      article(null, ['A Pew poll found Obama on 47 percent and Romney on 46 percent. Gallup\'s daily tracking poll showed Romney ahead, 51 percent to 46 percent.'], '2012-10-30'),
    ]);
    const gallup = polls.find((p) => p.pollster === 'Gallup');
    expect(gallup?.results).toEqual([{ answer: 'Romney', percent: 51 }, { answer: 'Obama', percent: 46 }]);
  });
});

describe('findShares', () => {
  it('GIVEN the share forms THEN reads their values', () => {
    const s = 'Fifty-seven percent, 57%, 42.5 per cent, six out of 10 Poles, seven in 10 voters, between 40 and 45 percent';
    expect(findShares(s).map((x) => x.percent)).toEqual([57, 57, 42.5, 60, 70, 42.5]);
  });
});

describe('resolvePollDate', () => {
  it('GIVEN poll date phrases and a dateline THEN ISO values in the past of the dateline', () => {
    expect(resolvePollDate('at the beginning of the month', '2007-04-23')?.value).toBe('2007-04');
    expect(resolvePollDate('on Monday', '2007-04-23')?.value).toBe('2007-04-23');
    expect(resolvePollDate('on Wednesday', '2014-11-14')?.value).toBe('2014-11-12');
    expect(resolvePollDate('April 5-8', '2007-04-23')?.value).toBe('2007-04-05/2007-04-08');
    expect(resolvePollDate('between June 10 and June 16', '2016-06-23')?.value).toBe('2016-06-10/2016-06-16');
    expect(resolvePollDate('on November 1 and 2', '2011-11-03')?.value).toBe('2011-11-01/2011-11-02');
    expect(resolvePollDate('last month', '2014-11-12')?.value).toBe('2014-10');
    expect(resolvePollDate('on Dec. 28', '2019-01-05')?.value).toBe('2018-12-28');
  });
});

describe('extractPolls: session 21 (blind set Y)', () => {
  it('GIVEN `The Green Party and the Left Party each garnered 12 percent` THEN both parties get the share', () => {
    const polls = extractPolls([article(null, ['The survey by Forsa of 2,500 voters was released on Tuesday. The SPD secured 13 percent. The Green Party and the Left Party each garnered 12 percent, followed by the FDP with 3 percent.'], '2025-10-02')]);
    expect(polls.flatMap((p) => p.results.map((r) => [r.answer, r.percent]))).toEqual([
      ['SPD', 13],
      ['Green Party', 12],
      ['Left Party', 12],
      ['FDP', 3],
    ]);
  });
});

describe('extractPolls: a name with a particle (session 21, set Y)', () => {
  it('GIVEN `former President Lula da Silva has 45% of the voting intentions` THEN the answer is the whole name, without the title', () => {
    const polls = extractPolls([article(null, ['According to the poll released Thursday by Datafolha, former President Lula da Silva has 45% of the voting intentions. Senator Simone Tebet now has 5%.'], '2022-09-02')]);
    expect(polls.flatMap((p) => p.results.map((r) => [r.answer, r.percent]))).toEqual([
      ['Lula da Silva', 45],
      ['Simone Tebet', 5],
    ]);
  });
});
