import { describe, expect, it } from 'vitest';
import { extractPolls } from '../../../../src/briefing/analyse/polls/index.js';
import { findShares } from '../../../../src/briefing/analyse/polls/findShares.js';
import { findPollsters } from '../../../../src/briefing/analyse/polls/pollFacts.js';
import { resolvePollDate } from '../../../../src/briefing/analyse/polls/pollDates.js';
import type { Article } from '../../../../src/briefing/types.js';

const article = (headline: string | null, paragraphs: string[], date: string | null = '2007-04-23'): Article => ({
  id: 'x#1', file: 'x.txt', headline, byline: null, place: null, agency: null, date, teaser: false, paragraphs, url: null,
});

describe('extractPolls negatives', () => {
  it('GIVEN counts, years and spans in a missile-defence report THEN no poll', () => {
    const text = [
      'Russia in particular has adamantly opposed plans to station 10 interceptor missiles in Poland and a targeting radar in the Czech Republic.',
      'The threats we face now may be much more ominous in 10 to 20 years. Gates noted this was his first visit to Russia in 15 years, the first by a U.S. defense secretary in six years. Who can say what states may have such capabilities in 2017?',
    ];
    expect(extractPolls([article('Gates in Moscow', text)])).toEqual([]);
  });

  it('GIVEN economic percentages, money and betting odds with no survey THEN no poll', () => {
    const text = [
      'The economy grew 3.2 percent last year, inflation was 4 percent and unemployment fell to 5.5 percent.',
      'Betting odds gave "Remain" an 80 per cent probability of winning, up from 59 per cent last week. Tariffs of 25 percent on $200 billion of goods took effect.',
    ];
    expect(extractPolls([article('Markets calm', text)])).toEqual([]);
  });

  it('GIVEN an election result and a threshold next to a poll THEN only the poll shares are kept', () => {
    const polls = extractPolls([
      article(null, [
        'An Ipsos MORI poll found 32 percent of voters planned to back the Conservatives while 29 percent said they would vote for Labour, the first time support for Labour has fallen below 30 percent.',
        'In the 2016 referendum, 17.4 million voters, or 51.9 percent, backed leaving the EU. The party won 12.6 percent of the vote in the 2017 election, clearing the 5 percent threshold.',
      ], '2014-11-12'),
    ]);
    expect(polls).toHaveLength(1);
    expect(polls[0]!.results.map((r) => r.percent)).toEqual([32, 29]);
  });

  it('GIVEN "polls open" and "went to the polls" (elections, not surveys) with percentages THEN no poll', () => {
    const text = ['Polls opened at 7 a.m. as voters went to the polls. Turnout was 64 percent by noon, and the ruling party won 41 percent of the vote.'];
    expect(extractPolls([article('Voting under way', text)])).toEqual([]);
  });

  it('GIVEN a poll sentence whose share has no answer THEN the share is not reported', () => {
    expect(extractPolls([article(null, ['The poll of 1,678 registered voters found that 36 percent'])])).toEqual([]);
  });
});

describe('findShares negatives', () => {
  it('GIVEN bounds, changes, points, signs and non-people fractions THEN no share', () => {
    for (const s of ['support has fallen below 30 percent', 'less than one in four', 'sales rose 12 percent', 'a lead of 12 percentage points', 'HANG SENG +317.24 (+1.92%)', 'in the first half of the year', 'a third of the budget', 'one in 10 years', 'seven of nine polls']) {
      expect(findShares(s), s).toEqual([]);
    }
  });
});

describe('resolvePollDate negatives', () => {
  it('GIVEN an event-anchored phrase or no reference for a yearless date THEN null', () => {
    expect(resolvePollDate('eight days before Election Day', '2012-10-30')).toBeNull();
    expect(resolvePollDate('on June 14', null)).toBeNull();
    expect(resolvePollDate('how or if they would vote', '2016-06-23')).toBeNull();
  });
  it('GIVEN "support" as a verb with its object, or a lone "support" with no name before the share THEN the predicate is kept (only a lone noun after a named share gives way to the name)', () => {
    const polls = extractPolls([
      article(null, [
        'A Harbour Polling survey found that among Democrats, 61 percent support the plan.',
        'In the same poll, 52 percent support, while 41 percent oppose.',
      ]),
    ]);
    expect(polls[0]!.results).toEqual([
      { answer: 'support the plan (among Democrats)', percent: 61, question: 0 },
      { answer: 'support', percent: 52, question: 1 },
      { answer: 'oppose', percent: 41, question: 1 },
    ]);
  });

  it('GIVEN "conducted …" then a sentence end before "By …", or a sponsor phrase of over 60 characters THEN no pollster is read across them', () => {
    const polls = extractPolls([
      article(null, ['The survey of 800 adults was conducted for the ministry. By Tuesday, 44 percent of those asked said they backed the levy.']),
    ]);
    expect(polls[0]!.pollster).toBeNull();
    const far = extractPolls([
      article(null, ['The poll was conducted for a coalition of farmers, fishermen, growers and shippers from the northern provinces by Acme, and 40 percent backed the levy.']),
    ]);
    expect(far[0]!.pollster).toBeNull();
  });

  it('GIVEN a drop told without "from N percent" THEN no earlier poll is made', () => {
    const polls = extractPolls([article(null, ['A Mercator poll found 48 percent backed the treaty, a drop of four points.'])]);
    expect(polls).toHaveLength(1);
    expect(polls[0]!.results).toEqual([{ answer: 'backed the treaty', percent: 48 }]);
  });
  it('GIVEN `N percent of voters said …` THEN the voters are the people asked and the predicate the answer (only `of the vote` hands the answer to the name before)', () => {
    const polls = extractPolls([article(null, ['A Harbour Polling survey found 55 percent of voters said they backed the bypass.'])]);
    expect(polls[0]).toMatchObject({ population: 'voters' });
    expect(polls[0]!.results).toEqual([{ answer: 'backed the bypass', percent: 55 }]);
  });
  it('GIVEN two unlabelled shares apart in a sentence after a two-answer question (`61% in the north …, while in the south it was only 22%`) THEN they do not take that question\'s answers (only a run told as one figure does)', () => {
    const polls = extractPolls([
      article('Trust in the mayor: a Civic Research survey', [
        'More voters say they have little or no trust in the mayor (54%) than say they have some trust in him (33%) to manage the budget.',
        'The figure was 61% in the north of the city, while in the south it was only 22%.',
      ]),
    ]);
    expect(polls.flatMap((p) => p.results).map((r) => r.percent)).toEqual([54, 33]);
  });

  it('GIVEN a subgroup named before a bracketed share (`White evangelicals (57%) have the most trust`) THEN the subgroup is not taken for the answer', () => {
    const sub = extractPolls([article(null, ['Of the religious groups in a Civic Research survey, White evangelicals (57%) have the most trust in the mayor.'])]);
    expect(sub.flatMap((p) => p.results).map((r) => r.answer)).not.toContain('White evangelicals');
  });
  it('GIVEN two named sides and a description without a role (`the ruling party`), or three named sides and a tie `for each candidate` THEN no answer is renamed', () => {
    const party = extractPolls([article('Lakeside poll', ['A Lakeside poll found Brandt at 47 percent and Holm at 45 percent.', 'A Harbor survey found Brandt and the ruling party each supported by 44 percent.'])]);
    expect(party.at(-1)!.results.map((r) => r.answer)).toEqual(['Brandt', 'the ruling party']);
    const three = extractPolls([article('Lakeside poll', ['A Lakeside poll found Brandt at 40 percent, Holm at 35 percent and Lind at 15 percent.', 'A Harbor poll had the race a dead heat at 38 percent for each candidate.'])]);
    expect(three.at(-1)!.results.map((r) => r.answer)).toEqual(['for each candidate']);
  });
});

describe('resolvePollDate without a reference date', () => {
  it('GIVEN an undated article and relative poll dates (`a month ago`, `two weeks ago`, `yesterday`) THEN no date (none from the machine clock)', () => {
    expect(resolvePollDate('surveyed a month ago', null)).toBeNull();
    expect(resolvePollDate('conducted two weeks ago', null)).toBeNull();
    expect(resolvePollDate('published yesterday', null)).toBeNull();
  });
  it('GIVEN an undated article and a date with its year THEN that date', () => {
    expect(resolvePollDate('conducted on March 3, 2019', null)?.value).toBe('2019-03-03');
  });
});

describe('extractPolls: shares far from the poll', () => {
  it('GIVEN a poll paragraph, then two paragraphs of prose, then a percentage with no survey cue THEN that percentage is no poll share', () => {
    const a = article('Voters sour on plan', [
      'A Northfield poll published on Monday found 57 percent of voters opposed the plan.',
      'The government has promised to revise the plan before the summer recess begins.',
      'Ministers will meet union leaders next week to discuss the details of the changes.',
      'About 40 percent said they would travel abroad this year, the tourism board said.',
    ]);
    expect(extractPolls([a]).flatMap((p) => p.results.map((r) => r.percent))).toEqual([57]);
  });
});

describe('extractPolls: predicates that are no vote for a name', () => {
  it('GIVEN `52 percent will support the incumbent President` and `57 percent opposed the plan` THEN the predicates stay whole; `Democratic Unionist Party` keeps its first word', () => {
    const polls = extractPolls([
      article('Poll', ['A Northfield poll found 52 percent of likely voters will support the incumbent President and 57 percent opposed the plan.', 'Another Northfield poll put the Democratic Unionist Party at 24 percent.']),
    ]);
    const answers = polls.flatMap((p) => p.results.map((r) => r.answer));
    expect(answers).toContain('will support the incumbent President');
    expect(answers).toContain('opposed the plan');
    expect(answers).toContain('Democratic Unionist Party');
  });
});

describe('extractPolls: a party’s poll lead is no pollster', () => {
  it('GIVEN `Labour has cut the Conservatives’ poll lead, according to the latest survey by Opinium` THEN the pollster is Opinium', () => {
    const polls = extractPolls([article('Gap narrows', ['Labour has cut the Conservatives’ poll lead after a week of gaffes, according to the latest survey by Opinium for the Observer. Labour is on 29%.'])]);
    expect(polls.map((p) => p.pollster)).toEqual(['Opinium']);
  });
  it('GIVEN `attitudes towards the economy` THEN the subject does not read `wards the economy`', () => {
    const polls = extractPolls([article('Gloom', ["The results of the Northfield Poll's August audit on consumer attitudes towards the economy and business suggest that 60% think it is getting worse."])]);
    expect(polls[0]?.subject ?? '').not.toMatch(/^wards/);
  });
});

describe('extractPolls: where a pollster is based is no pollster', () => {
  it('GIVEN `the Ankara-based pollster MetroPoll surveyed 1,717 people` THEN MetroPoll, not `Ankara-based`', () => {
    const polls = extractPolls([article('Opposition leads', ['The Ankara-based MetroPoll survey of 1,717 people put the opposition alliance at 41%.'])]);
    expect(polls.map((p) => p.pollster)).not.toContain('Ankara-based');
  });
});

describe('extractPolls: a nationality before the pollster', () => {
  it('GIVEN `conducted by the Korean polling organization "Gallup Korea"` THEN the pollster is not `Korean`', () => {
    const polls = extractPolls([
      article(null, [
        'The survey was conducted by the Korean polling organization "Gallup Korea" from the 22nd to the 24th among 1,001 adults.',
        'Support for the ruling party stood at 31 percent and the main opposition party at 38 percent.',
      ]),
    ]);
    expect(polls.length).toBeGreaterThan(0);
    for (const p of polls) expect(p.pollster).not.toBe('Korean');
  });
});

describe('findPollsters: a capitalised Poll in a headline', () => {
  it('GIVEN a headline `New Poll Shows Voters Split` THEN no pollster is read from its capitals', () => {
    const polls = extractPolls([article('New Poll Shows Voters Split On Tax Plan', ['Voters are split, with 48 percent backing the plan and 46 percent against it, a poll found.'])]);
    for (const p of polls) expect(p.pollster).toBeNull();
  });
});

describe('findPollsters: sentence openers before `poll`', () => {
  it('GIVEN `When poll participants were asked …`, `Individual polls should be treated with caution` and `Post Poll Survey including all phases` THEN no pollster is found', () => {
    expect(findPollsters('When poll participants were asked which of the following personalities is best suited to lead, 38% chose Ada Price.')).toEqual([]);
    expect(findPollsters('Individual polls should be treated with caution, because they may contain substantial biases.')).toEqual([]);
    expect(findPollsters('Post Poll Survey including all 9 phases was conducted in 304 seats.')).toEqual([]);
  });
});

describe('extractPolls negatives: what a clause’s subject is not (session 18)', () => {
  it('GIVEN `If neither candidate reaches 50%` THEN no share is answered `If`', () => {
    const a = article(null, ['A Harbour Polling survey of 900 voters put Jane Moody at 47% and Tom Reyes at 46%. If neither candidate reaches 50%, then a ranked-choice count will decide.']);
    expect(extractPolls([a]).flatMap((p) => p.results.map((r) => r.answer))).not.toContain('If');
  });
  it('GIVEN `Tom Walsh’s party is up one point to 30 percent` THEN the share is not Tom Walsh’s', () => {
    const a = article(null, ['According to the Corran Research survey, Tom Walsh’s party is up one point to 30 percent.']);
    expect(extractPolls([a]).flatMap((p) => p.results.map((r) => r.answer))).not.toContain('Tom Walsh');
  });
  it('GIVEN a pair after an apposition (`He leads his opponent, State Sen. Ann Voss, 62 to 25 percent`) THEN Ann Voss does not get the leader’s 62', () => {
    const a = article(null, ['A Marlow University poll of 1,000 voters was released on Monday. He leads his likely opponent, State Sen. Ann Voss, 62 to 25 percent.']);
    expect(extractPolls([a]).flatMap((p) => p.results).filter((r) => r.answer === 'Ann Voss' && r.percent === 62)).toEqual([]);
  });
});

describe('findShares negatives: a lead is no share (session 18)', () => {
  it('GIVEN `puts the Conservatives 9% ahead of the Labour Party` THEN 9 is no share', () => {
    expect(findShares('A poll for the Observer puts the Conservatives 9% ahead of the Labour Party.').map((s) => s.percent)).toEqual([]);
  });
});

describe('extractPolls negatives: splits and levels (session 20)', () => {
  it('GIVEN `Support for the plan rose sharply by 5%-6%` THEN no split of a stance (a change, and `Support` is no verb)', () => {
    expect(findShares('Support for the plan rose sharply by 5%-6% in a year.')).toEqual([]);
    expect(findShares('Support rose by 5%-6% in a year.')).toEqual([]);
  });
  it('GIVEN `favor Clinton over Trump 48%-41%` THEN the split is no stance and its opposite', () => {
    const polls = extractPolls([article(null, ['In the Quinnipiac University poll, voters favor Clinton over Trump 48%-41%.'], '2016-08-10')]);
    expect(polls.flatMap((p) => p.results.map((r) => r.answer))).not.toContain('oppose Clinton over Trump');
  });
  it('GIVEN `Unemployment is up to 7 per cent` in a poll story THEN no share', () => {
    const polls = extractPolls([article(null, ['The Ipsos poll was taken as unemployment is up to 7 per cent.'], '2016-08-10')]);
    expect(polls.flatMap((p) => p.results.map((r) => r.percent))).not.toContain(7);
  });
});

describe('extractPolls negatives: bounds that stay bounds (session 20, third round)', () => {
  it('GIVEN `as high as 40 percent` and `as much as 10 percent` THEN no share', () => {
    expect(findShares('Support could go as high as 40 percent.').map((s) => s.percent)).toEqual([]);
    expect(findShares('The poll found prices fell by as much as 10 percent.').map((s) => s.percent)).toEqual([]);
  });
});

describe('extractPolls negatives: what session 23’s rules leave alone', () => {
  it('GIVEN `non-essential`, `the median voter` and `in focus` in a poll’s sentences THEN no pollster named Essential, Median or Focus; `infratest dimap` in lower case is still one', () => {
    expect(findPollsters('The survey found 24 percent would cut non-essential utilities, and the median voter kept the issue in focus.')).toEqual([]);
    expect(findPollsters('In a poll by polling station infratest dimap a few days ago, the Union had won 29 percent.').map((f) => f.value)).toEqual(['infratest dimap']);
  });
  it('GIVEN `Asked about the plan, the minister said 40 percent of the budget was spent` (no list of choices) THEN no share is read as a choice', () => {
    const polls = extractPolls([article('Budget', ['Asked about the plan, the minister said 40 percent of the budget was spent, 30 percent on roads.'])]);
    expect(polls.flatMap((p) => p.results.map((r) => r.answer))).not.toContain('on roads');
  });
});

describe('findShares negatives: a bare figure after a share (session 23)', () => {
  it('GIVEN a bare number that does not close a list (`rose 10 percent, the report said in 2019`, `at 10 percent, the left is 7 points behind`) THEN no share for it', () => {
    expect(findShares('Labour is at 40 percent, the report said in 2019.').map((s) => s.percent)).toEqual([40]);
    expect(findShares('The AfD is at 10 percent, the left is 7 points behind.').map((s) => s.percent)).toEqual([10]);
  });
});

describe('findPollsters negatives: who ran a survey (session 23)', () => {
  it('GIVEN `The company conducted a survey of staff` and `Smith said the group ran the numbers` THEN no pollster', () => {
    expect(findPollsters('The company conducted a survey of staff.')).toEqual([]);
    expect(findPollsters('Smith said the group ran the numbers again.')).toEqual([]);
  });
});

describe('extractPolls negatives: session 28, rows of labelled figures', () => {
  it('GIVEN a poll story with a score line `Celtic: 2 Rangers: 1` or counts `Yes: 12 No: 30` (not adding up to a whole) THEN no shares from them', () => {
    const a: Article = { id: 'x#1', file: 'x.txt', headline: 'Poll', byline: null, place: null, agency: null, date: '2020-01-01', teaser: false, url: null, paragraphs: ['A poll by Suffolk University of 600 likely voters found 52% back the plan.', 'Celtic: 2 Rangers: 1', 'Votes in the council: Yes: 12 No: 30'] };
    expect(extractPolls([a]).flatMap((p) => p.results.map((r) => r.percent))).toEqual([52]);
  });
});

describe('findPollsters negatives: session 28, `taken by` with no poll before it', () => {
  it('GIVEN `Second place was taken by KO, the main opposition party, with 26.6 percent` THEN no pollster; `The poll, taken by Acme Research, …` THEN Acme Research', () => {
    expect(findPollsters('Second place was taken by KO, the main opposition party, with 26.6 percent.')).toEqual([]);
    expect(findPollsters('The poll, taken by Acme Research between May 1 and 3, found 40% backed it.').map((f) => f.value)).toEqual(['Acme Research']);
  });
});
