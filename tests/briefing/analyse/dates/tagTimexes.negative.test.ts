import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/briefing/analyse/dates/tagTimexes.js';

const ref = '2019-05-14';

describe('tagTimexes: what is not a date', () => {
  it('GIVEN `May` as a name and a modal THEN no month', () => {
    expect(tagTimexes('Theresa May said the deal may pass. May insisted.', ref)).toEqual([]);
  });
  it('GIVEN `10 to 20` before years THEN a duration, never a clock time', () => {
    const t = tagTimexes('we need to look 10 to 20 years out', ref);
    expect(t.map((x) => x.type)).toEqual(['DURATION']);
  });
  it('GIVEN numbers that look like years THEN no DATE', () => {
    expect(tagTimexes('The company cut 2,017 jobs and paid $2010 to 1998 people.', ref)).toEqual([]);
  });
  it('GIVEN ages and rates THEN no duration', () => {
    expect(tagTimexes('A 37-year-old man earned $5 a day.', ref)).toEqual([]);
  });
  it('GIVEN verbs `fall` and `march` THEN no season or month', () => {
    expect(tagTimexes('Prices may fall as protesters march to the square.', ref)).toEqual([]);
  });
  it('GIVEN a bare score `3/2` THEN no date', () => {
    expect(tagTimexes('The vote was 3/2 in favour.', ref)).toEqual([]);
  });
  it('GIVEN places that begin with a month’s name (`in Mayo`, `in Augusta`, `from Marchwood`) THEN no month', () => {
    expect(tagTimexes('She was eliminated in Mayo and he lost in Augusta; the ferry sailed from Marchwood.', ref)).toEqual([]);
  });
  it('GIVEN `now that` THEN no PRESENT_REF', () => {
    expect(tagTimexes('Now that the vote is over, he left.', ref)).toEqual([]);
  });
  it('GIVEN `the toll from Sunday’s earthquake rose` in a Monday report THEN Sunday is the day before, not the next Sunday (the `from` is the noun’s), while `applies from Sunday` stays ahead', () => {
    expect(tagTimexes("The death toll from Sunday's powerful earthquake rose to 264.", '2011-10-24').map((t) => t.value)).toEqual(['2011-10-23']);
    expect(tagTimexes('The new rule applies from Sunday.', '2011-10-24').map((t) => t.value)).toEqual(['2011-10-30']);
  });
});

describe('tagTimexes: what is still past', () => {
  const value = (text: string, ref: string, expr: string): string | undefined => tagTimexes(text, ref).find((t) => t.text === expr)?.value;
  it('GIVEN `could not attend on Monday`, `cut rates in December` (a verb, no determiner) and `the risk was raised on Monday` (no `of`) THEN the past', () => {
    expect(value('The minister could not attend the summit on Monday.', '2012-09-12', 'Monday')).toBe('2012-09-10');
    expect(value('The bank cut rates in December.', '2012-09-12', 'December')).toBe('2011-12');
    expect(value('The risk was raised on Monday by the regulator.', '2012-09-12', 'Monday')).toBe('2012-09-10');
  });
});

describe('tagTimexes: what is still past (session 20)', () => {
  it('GIVEN `reported the expected issues to Sugita on Friday` (a name after `to`, no infinitive) THEN the Friday before a Saturday report', () => {
    const text = 'The government agencies reported the expected issues to Sugita on Friday.';
    const t = tagTimexes(text, '2020-05-09').find((x) => x.text.includes('Friday'));
    expect(t?.value).toBe('2020-05-08');
  });
  it('GIVEN `March 3 to April 5, 2004` (a second month, not a day) THEN the first date is not given the later year by the day-list rule', () => {
    const got = tagTimexes('The exhibition ran from March 3 to April 5, 2004.', '2010-02-26').map((t) => t.tags.join(','));
    expect(got.join(' ')).not.toMatch(/daysSharingYear/);
  });
});

describe('tagTimexes: a year’s possessive is no decade (session 20)', () => {
  it('GIVEN `slightly lower than 2020\'s rate` THEN the year 2020, not the 2020s', () => {
    const got = tagTimexes("The proposed tax rate for 2021 is slightly lower than 2020's rate of $0.48822, Werner said.", '2020-09-10').map((t) => `${t.text}=${t.value}`);
    expect(got).toContain('2020=2020');
    expect(got.some((g) => g.endsWith('=202'))).toBe(false);
  });
});

describe('tagTimexes: what is still past (session 20, fixtures)', () => {
  it('GIVEN `had notified reopening … from May 24` a week later THEN that past 24 May, not next year’s', () => {
    const text = 'Earlier, the department had notified reopening of all public and private schools in selected 16 districts from May 24.';
    expect(tagTimexes(text, '2021-05-31').find((t) => t.text === 'May 24')?.value).toBe('2021-05-24');
  });
  it('GIVEN `was set on fire on Sunday` and `was the starting pitcher on Sunday` THEN the Sunday before', () => {
    expect(tagTimexes('The car was set on fire on Sunday.', '2012-11-22').find((t) => t.text.includes('Sunday'))?.value).toBe('2012-11-18');
    expect(tagTimexes('He was the starting pitcher on Sunday.', '2012-11-22').find((t) => t.text.includes('Sunday'))?.value).toBe('2012-11-18');
  });
});

describe('tagTimexes: holiday words that are no date (session 20)', () => {
  it('GIVEN `the Christmas tree`, `Easter eggs`, `a Thanksgiving-themed ad` THEN no expression', () => {
    expect(tagTimexes('The Christmas tree was lit in the square. Easter eggs sold out. A Thanksgiving-themed ad ran.', '2019-12-10')).toEqual([]);
  });
});

describe('tagTimexes: a holiday describing a noun (session 20, third round)', () => {
  it('GIVEN `our Thanksgiving newspaper`, `Boxing Day sales` THEN no holiday date', () => {
    const got = tagTimexes('Our Thanksgiving newspaper was printed early, and Boxing Day sales began online.', '2024-11-30');
    expect(got.filter((t) => /Thanksgiving|Boxing/.test(t.text))).toEqual([]);
  });
});

describe('tagTimexes: what session 21’s rules leave alone', () => {
  it('GIVEN a game’s quarter (`a fourth-quarter comeback`, `third-quarter touchdown`) THEN no date', () => {
    expect(tagTimexes('A fourth-quarter comeback and a third-quarter touchdown won it.', ref)).toEqual([]);
  });
  it('GIVEN `Q3` not before figures (`a Q3 chip`) THEN no date', () => {
    expect(tagTimexes('The phone uses a Q3 chip from the maker.', ref)).toEqual([]);
  });
  it('GIVEN a past verb, not a fixture (`the team met on Sunday`, `said on Saturday`) THEN the past day', () => {
    expect(tagTimexes('The team met on Sunday and the coach said on Saturday it would be close.', '2019-01-31').map((t) => t.value)).toEqual(['2019-01-27', '2019-01-26']);
  });
});

describe('tagTimexes: what session 23’s rules leave alone', () => {
  it('GIVEN a sentence whose subject’s verb comes before `to` (`He declined to comment on Saturday`, `Smith went to Paris on Friday`) THEN the past day', () => {
    expect(tagTimexes('He declined to comment on Saturday.', '2023-07-20')[0]?.value).toBe('2023-07-15');
    expect(tagTimexes('Smith went to Paris on Friday.', '2023-07-20')[0]?.value).toBe('2023-07-14');
  });
  it('GIVEN `planned` as a verb or a past condition (`The planned strike was called off on Monday`, `If he was arrested on Sunday`) THEN the past day', () => {
    expect(tagTimexes('The planned strike was called off on Monday.', '2018-01-25')[0]?.value).toBe('2018-01-22');
    expect(tagTimexes('If he was arrested on Sunday, nobody knew.', '2018-01-25')[0]?.value).toBe('2018-01-21');
  });
  it('GIVEN a state or a deferral before `until`/`through` (`will stay closed until Friday`, `is shut through Monday`, `delayed until Dec. 15`, `extended through March`) or `cut … by December` THEN ahead', () => {
    const at = (text: string) => tagTimexes(text, '2009-01-24').find((t) => t.type === 'DATE')?.value;
    expect(at('The road will stay closed until Friday.')).toBe('2009-01-30');
    expect(at('The school is shut through Monday.')).toBe('2009-01-26');
    expect(at('Some tariffs were delayed until Dec. 15.')).toBe('2009-12-15');
    expect(at('The deadline was extended through March.')).toBe('2009-03');
    expect(at('The bank may cut borrowing costs by December.')).toBe('2009-12');
  });
  it('GIVEN an opening participle or preposition before `to` (`Speaking to reporters on Friday, …`, `According to police, on Friday …`) THEN no headline future: the past day', () => {
    expect(tagTimexes('Speaking to reporters on Friday, the Deputy National Director said that the outbreak had slowed.', '2024-01-08')[0]?.value).toBe('2024-01-05');
    expect(tagTimexes('According to police, on Friday the man fled.', '2024-01-08')[0]?.value).toBe('2024-01-05');
  });
});

describe('tagTimexes: holiday names that date nothing (session 24)', () => {
  it('GIVEN `a mayday call` and `the Canada Day parade` (a noun the holiday only describes) THEN no holiday read', () => {
    expect(tagTimexes('The pilot sent a mayday call.', '2017-04-25')).toEqual([]);
    expect(tagTimexes('Crowds lined the route of the Canada Day parade.', '2017-04-25')).toEqual([]);
  });
});

describe('tagTimexes negatives: session 27, numbers after a month’s day', () => {
  it('GIVEN `on August 12 and 3 others were hurt` (an earlier number, a count), `August 12, 2008 and 27 people died` (a noun after it) THEN no second day', () => {
    const texts = (t: string): string[] => tagTimexes(t, '2008-08-29').map((x) => x.text);
    expect(texts('Police said two died on August 12 and 3 others were hurt.')).toEqual(['August 12']);
    expect(texts('It happened on August 12, 2008 and 27 people died.')).toEqual(['August 12, 2008']);
  });
  it('GIVEN `in 2019 and 17 December` (a year before the joiner) THEN no day taken from the year', () => {
    const texts = (t: string): string[] => tagTimexes(t, '2022-11-22').map((x) => x.text);
    expect(texts('The talks failed in 2019 and 17 December was set instead.')).toEqual(['2019', '17 December']);
  });
});

