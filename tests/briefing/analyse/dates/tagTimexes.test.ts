import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../src/briefing/analyse/dates/tagTimexes.js';

/** The value of the timex overlapping `needle` (its first occurrence) in `text`. */
function valueAt(text: string, ref: string, needle: string): string | undefined {
  const at = text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return tagTimexes(text, ref).find((t) => t.start < at + needle.length && at < t.end)?.value;
}

describe('tagTimexes on wire copy (sample page sentences, dateline Monday 2007-04-23)', () => {
  const ref = '2007-04-23';
  it('GIVEN past reporting `offered … Monday` THEN the dateline Monday', () => {
    expect(valueAt('US Defence Secretary Robert Gates offered Russia cooperation on missile defence activities Monday but was rebuffed by Moscow.', ref, 'Monday')).toBe('2007-04-23');
  });
  it('GIVEN future `will visit Warsaw on Tuesday` THEN the next Tuesday', () => {
    expect(valueAt('Gates will visit Warsaw on Tuesday to brief Polish leaders on his talks here.', ref, 'Tuesday')).toBe('2007-04-24');
  });
  it('GIVEN `who on Tuesday was due to discuss` THEN the next Tuesday', () => {
    expect(valueAt('a visit to Poland by US Secretary of Defence Robert Gates, who on Tuesday was due to discuss the plans with Polish officials.', ref, 'Tuesday')).toBe('2007-04-24');
  });
  it('GIVEN `last week` THEN the previous ISO week, not a day', () => {
    expect(valueAt('a US proposal for cooperation presented to the Russians last week at a NATO meeting.', ref, 'last week')).toBe('2007-W16');
  });
  it('GIVEN `at the weekend said` on a Monday THEN the weekend just gone', () => {
    expect(valueAt('A report in Polish newspaper Rzeczpospolita at the weekend said that Bush will make a brief trip to Warsaw in June.', ref, 'weekend')).toBe('2007-W16-WE');
  });
  it('GIVEN future `will make a brief trip to Warsaw in June` THEN June of the same year', () => {
    expect(valueAt('A report at the weekend said that Bush will make a brief trip to Warsaw in June for talks.', ref, 'June')).toBe('2007-06');
  });
  it('GIVEN `rejected on Thursday` with a Thursday dateline THEN that day', () => {
    expect(valueAt("Russia's First Deputy Prime Minister Sergei Ivanov rejected on Thursday an overture from the United States.", '2007-04-19', 'Thursday')).toBe('2007-04-19');
  });
  it('GIVEN durations, a year and a range THEN DURATION values and a DATE year', () => {
    const t = tagTimexes('his first visit in 15 years; we need to look 10 to 20 years out; he last visited Moscow in 1992.', ref);
    expect(t.map((x) => [x.text, x.value, x.type])).toEqual([
      ['15 years', 'P15Y', 'DURATION'],
      ['10 to 20 years', 'P10Y/P20Y', 'DURATION'],
      ['1992', '1992', 'DATE'],
    ]);
  });
  it('GIVEN `every Monday` THEN a SET', () => {
    expect(tagTimexes('The council meets every Monday.', ref)).toMatchObject([{ text: 'every Monday', value: 'XXXX-WXX-1', type: 'SET' }]);
  });
});

describe('tagTimexes: months, month-days and periods against other datelines', () => {
  it('GIVEN `in September` in past narration in December THEN September of that year', () => {
    expect(valueAt('as he had proposed in his Sorbonne speech in September.', '2017-12-15', 'September')).toBe('2017-09');
  });
  it('GIVEN `by March` and `by June next year` in December THEN next year', () => {
    const text = 'He hoped to agree ideas to reform the euro zone by March, with all leaders by June next year.';
    expect(valueAt(text, '2017-12-15', 'March')).toBe('2018-03');
    expect(valueAt(text, '2017-12-15', 'June next year')).toBe('2018-06');
  });
  it('GIVEN `Dec. 15` and `Sept 1` in August THEN the coming dates', () => {
    const text = 'Tariffs taking effect Sept 1 were delayed until Dec. 15, he said.';
    expect(valueAt(text, '2019-08-16', 'Sept 1')).toBe('2019-09-01');
    expect(valueAt(text, '2019-08-16', 'Dec. 15')).toBe('2019-12-15');
  });
  it('GIVEN `a June summit` and `earlier this week` THEN the past June and the current week', () => {
    const text = 'The two sides had a very good conversation earlier this week after a June summit in Japan.';
    expect(valueAt(text, '2019-08-16', 'earlier this week')).toBe('2019-W33');
    expect(valueAt(text, '2019-08-16', 'June')).toBe('2019-06');
  });
  it('GIVEN `Last month` and `last year` THEN month and year values', () => {
    expect(valueAt('Last month 33 percent of voters said they would back Labour.', '2014-11-12', 'Last month')).toBe('2014-10');
    expect(valueAt('her rallying cry from last year', '2016-07-28', 'last year')).toBe('2015');
  });
  it('GIVEN `on Thursday (July 28)` THEN one expression with the written date', () => {
    const t = tagTimexes('German Chancellor Angela Merkel on Thursday (July 28) rejected calls.', '2016-07-28');
    expect(t).toMatchObject([{ text: 'Thursday (July 28)', value: '2016-07-28' }]);
  });
  it('GIVEN a late-December dateline THEN `next month`, `in January` and `next week` cross the year', () => {
    const text = 'Talks will resume next month; the law takes effect in January, and ministers will meet next week.';
    expect(valueAt(text, '2010-12-30', 'next month')).toBe('2011-01');
    expect(valueAt(text, '2010-12-30', 'January')).toBe('2011-01');
    expect(valueAt(text, '2010-12-30', 'next week')).toBe('2011-W01');
  });
  it('GIVEN a last-day-of-December dateline and `agreed to hold it in the second half of January` THEN one expression, the coming January, not a half of this year', () => {
    const text = 'Cavusoglu said: "we agreed to hold it in the second half of January."';
    const t = tagTimexes(text, '2022-12-31');
    expect(t.map((x) => [text.slice(x.start, x.end), x.value])).toEqual([['the second half of January', '2023-01']]);
  });
  it('GIVEN `is expected to be released alongside Friday\'s scheduled noon update` on a Thursday THEN the coming Friday (`scheduled` after a possessive is no past verb)', () => {
    expect(valueAt("That data is expected to be released alongside Friday's scheduled noon update.", '2020-06-18', 'Friday')).toBe('2020-06-19');
  });
  it('GIVEN `has spoken to the media ahead of our final game of the season, away at Wolves on Sunday` on a Friday THEN the coming Sunday', () => {
    expect(valueAt('Manchester United manager Ole Gunnar Solskjaer has spoken to the media ahead of our final Premier League game of the season, away at Wolverhampton Wanderers on Sunday.', '2021-05-21', 'Sunday')).toBe('2021-05-23');
  });
  it('GIVEN `The coaching staff learned on Friday night that … they would be without nine players` on a Monday THEN the Friday before (`learned` is a past verb)', () => {
    expect(valueAt('The coaching staff learned on Friday night that due to a positive test they would be without nine players.', '2020-11-02', 'Friday')).toMatch(/^2020-10-30/);
  });
  it('GIVEN `the meeting can take place early in February` in January THEN the coming February', () => {
    expect(valueAt('He said that the meeting can take place early in February.', '2023-01-12', 'February')).toBe('2023-02');
  });
  it('GIVEN an early-January dateline THEN `last week` is ISO week 53 of the previous year and `in December` the past December', () => {
    const text = 'Prices rose last week after the cuts announced in December.';
    expect(valueAt(text, '2010-01-04', 'last week')).toBe('2009-W53');
    expect(valueAt(text, '2010-01-04', 'December')).toBe('2009-12');
  });
  it('GIVEN TimeML-style expressions THEN PRESENT_REF, quarters and seasons', () => {
    const text = 'Growth is now expected to slow in the first quarter after a weak summer 2012 and last summer.';
    expect(valueAt(text, '2013-03-22', 'now')).toBe('PRESENT_REF');
    expect(valueAt(text, '2013-03-22', 'first quarter')).toBe('2013-Q1');
    expect(valueAt(text, '2013-03-22', 'summer 2012')).toBe('2012-SU');
    expect(valueAt(text, '2013-03-22', 'last summer')).toBe('2012-SU');
  });
  it('GIVEN no reference day THEN relative expressions keep X-forms', () => {
    expect(tagTimexes('He said Monday that talks begin next week.', null).map((t) => t.value)).toEqual(['XXXX-WXX-1', 'XXXX-WXX']);
  });
  it('GIVEN any text THEN spans are in order, never overlap, and slice back to their text', () => {
    const text = 'On Monday, April 23, 2007 at 8 p.m., two years ago, and every year since the 1990s, now.';
    const t = tagTimexes(text, '2007-04-23');
    expect(t.length).toBeGreaterThan(3);
    for (let i = 0; i < t.length; i++) {
      expect(text.slice(t[i]!.start, t[i]!.end)).toBe(t[i]!.text);
      if (i > 0) expect(t[i]!.start).toBeGreaterThanOrEqual(t[i - 1]!.end);
    }
  });
});

describe('tagTimexes: the tense of what may come (a Wednesday, 2012-09-12, and a Tuesday, 2016-09-20)', () => {
  const value = (text: string, ref: string, expr: string): string | undefined => tagTimexes(text, ref).find((t) => t.text === expr)?.value;
  it('GIVEN `should ease on Friday`, `could force a cut in December` and `a 60 percent chance of a cut in December` THEN the coming Friday and December', () => {
    expect(value('Forecasters said winds should ease on Friday.', '2012-09-12', 'Friday')).toBe('2012-09-14');
    expect(value('The bank warned that weak demand could force a cut in December.', '2012-09-12', 'December')).toBe('2012-12');
    expect(value('Analysts said they now saw a 60 percent chance of a cut in December.', '2012-09-12', 'December')).toBe('2012-12');
  });
  it('GIVEN a span told with `from … to …` after a past verb (`surveyed 2,501 voters from Sept. 12 to Sept. 16`) THEN the span just past, not next year', () => {
    expect(tagTimexes('Forsa surveyed 2,501 voters from Sept. 12 to Sept. 16.', '2016-09-20')[0]!.value).toMatch(/^2016-09-12/);
  });
});

describe('tagTimexes: days sharing a year, decades with an apostrophe, a weekday’s planned event (session 20)', () => {
  it('GIVEN `on September 3 and 4, 2004` in a 2010 report THEN both days in 2004, each its own expression', () => {
    const text = 'The charter flights took off on September 3 and 4, 2004, and again on January 15 and 16, 2005, the court heard.';
    const got = tagTimexes(text, '2010-02-26').map((t) => `${t.text}=${t.value}`);
    expect(got).toEqual(['September 3=2004-09-03', '4, 2004=2004-09-04', 'January 15=2005-01-15', '16, 2005=2005-01-16']);
  });
  it('GIVEN `in the 1960’s` THEN the decade 196', () => {
    expect(valueAt('Such a coalition last governed Germany in the 1960’s, under Kurt Georg Kiesinger.', '2005-11-14', '1960')).toBe('196');
  });
  it('GIVEN `Friday’s scheduled no-confidence vote` in a Wednesday report THEN the coming Friday', () => {
    expect(valueAt("Schroeder on Wednesday issued an appeal to abstain from voting in Friday's scheduled no-confidence vote in the Bundestag.", '2005-06-29', 'Friday')).toBe('2005-07-01');
  });
});

describe('tagTimexes: fixtures and events set for a day (session 20)', () => {
  it('GIVEN `the second match against India, starting in Mumbai on Friday` in a Thursday report THEN the coming Friday', () => {
    expect(valueAt("England skipper Alastair Cook has sounded optimistic about the second match against India, starting in Mumbai on Friday.", '2012-11-22', 'Friday')).toBe('2012-11-23');
  });
  it('GIVEN `ahead of a repeat election scheduled for Thursday` in a Monday report THEN the coming Thursday', () => {
    expect(valueAt('The US ambassador called for an end to attacks on electoral officials ahead of a repeat election scheduled for Thursday in this East African nation.', '2017-10-23', 'Thursday')).toBe('2017-10-26');
  });
  it('GIVEN `so let’s talk on Friday` in a Thursday report THEN the coming Friday', () => {
    expect(valueAt('I know if we get Bruno over the line we’ve got a boy there who’s going to score, so let’s talk on Friday.', '2020-01-30', 'Friday')).toBe('2020-01-31');
  });
  it('GIVEN `will take effect from Jan 1` at the end of a year THEN the coming 1 January', () => {
    expect(valueAt('The new rules will take effect from Jan 1 for those who are currently receiving payouts.', '2019-12-28', 'Jan 1')).toBe('2020-01-01');
  });
});

describe('tagTimexes: holidays (session 20)', () => {
  it('GIVEN `on Boxing Day` two days after it THEN that Boxing Day', () => {
    expect(valueAt('Okereke scored twice on Boxing Day against Anderlecht.', '2019-12-28', 'Boxing Day')).toBe('2019-12-26');
  });
  it('GIVEN `this Thanksgiving` and `on Thanksgiving` in a report two days before it THEN the coming Thanksgiving', () => {
    const text = 'Power outages are expected this Thanksgiving as storms move east. Traffic will peak on Thanksgiving.';
    const got = tagTimexes(text, '2014-11-25').map((t) => `${t.text}=${t.value}`);
    expect(got).toEqual(['this Thanksgiving=2014-11-27', 'Thanksgiving=2014-11-27']);
  });
  it('GIVEN `the bombings on Easter Sunday` weeks later THEN Easter 2019, one expression (not the last Sunday)', () => {
    const got = tagTimexes('The bombings on Easter Sunday killed more than 250 people.', '2019-05-10').map((t) => `${t.text}=${t.value}`);
    expect(got).toEqual(['Easter Sunday=2019-04-21']);
  });
});

describe('tagTimexes: a start in a forecast, a holiday with its year (session 20, third round)', () => {
  it('GIVEN a Monday forecast `scattered falls possibly spreading elsewhere from Friday onwards` THEN the coming Friday (an -ed adjective tells no past)', () => {
    expect(valueAt('Rain reaches the north on Thursday, with scattered falls possibly spreading elsewhere from Friday onwards.', '2017-07-03', 'Friday')).toBe('2017-07-07');
  });
  it('GIVEN `payments flowing from November` in a February statement of plans THEN the coming November', () => {
    expect(valueAt('I am pleased to confirm our plans for the scheme to launch this October, with payments flowing from November.', '2019-02-13', 'November')).toBe('2019-11');
  });
  it('GIVEN `on Thanksgiving 2014` in a 2024 column THEN Thanksgiving of 2014', () => {
    expect(valueAt('I looked up what the paper printed on Thanksgiving 2014.', '2024-11-30', 'Thanksgiving')).toBe('2014-11-27');
  });
});

describe('tagTimexes: session 21 (blind set J)', () => {
  it('GIVEN a day written before its month with an ordinal and no year (`1st August`, `the 6th of August`) THEN the day, in the year the dateline gives', () => {
    expect(tagTimexes('The Test begins tomorrow (1st August) at Edgbaston.', '2018-07-31').map((t) => [t.text, t.value])).toEqual([
      ['tomorrow', '2018-08-01'],
      ['1st August', '2018-08-01'],
    ]);
    expect(tagTimexes('His trial begins on the 6th of August.', '2018-07-31').map((t) => t.value)).toEqual(['2018-08-06']);
  });
  it('GIVEN a quarter written as an adjective of figures (`third-quarter profit`, `Q3 revenue`) THEN the quarter, the latest one before a past report', () => {
    expect(tagTimexes('Google reported third-quarter profit rose 46 percent, and Q3 revenue rose 57 percent.', '2007-10-19').map((t) => [t.text, t.value])).toEqual([
      ['third-quarter', '2007-Q3'],
      ['Q3', '2007-Q3'],
    ]);
  });
  it('GIVEN a fixture told in the present (`kicks off on Saturday`, `hosts Italy on Sunday`) THEN the coming days', () => {
    expect(tagTimexes('The Six Nations kicks off on Saturday and Scotland hosts Italy on Sunday.', '2019-01-31').map((t) => t.value)).toEqual(['2019-02-02', '2019-02-03']);
  });
});

describe('tagTimexes: session 22 (blind set D22)', () => {
  it('GIVEN a reporting clause after a comma (`… tonight and Wednesday, the National Hurricane Center said`) THEN the content’s own tense decides, not `said`', () => {
    const t = tagTimexes('Maria is expected to move over the Caribbean Sea Tuesday and is forecast to remain a dangerous hurricane as it approaches Puerto Rico tonight and Wednesday, the National Hurricane Center said.', '2017-09-19');
    expect(t.find((x) => x.text === 'Wednesday')?.value).toBe('2017-09-20');
    expect(tagTimexes('Delta anticipates adding 1,000 flights a day in both July and August, CEO Ed Bastian said on a call Thursday.', '2020-06-18').filter((x) => x.type === 'DATE').map((x) => [x.text, x.value])).toEqual([
      ['July', '2020-07'],
      ['August', '2020-08'],
      ['Thursday', '2020-06-18'],
    ]);
    // With no cue of its own, the content stays past, as news reports mostly are.
    expect(tagTimexes('Protesters marched on Monday, police said.', '2017-09-19').map((x) => x.value)).toEqual(['2017-09-18']);
    // A reporting verb that is the sentence's own, its content after it, still tells the date.
    expect(tagTimexes('Also Friday, the Pentagon said the 218th Brigade Combat Team, a 1,500-soldier unit, would deploy to Afghanistan.', '2006-11-19')[0]?.value).toBe('2006-11-17');
  });
  it('GIVEN `seem to be` after a past weekday (`appeared to go about their days with little urgency Monday, many seem to be on edge`) THEN the past Monday', () => {
    expect(tagTimexes('Residents appeared to go about their days with little urgency Monday, many seem to be on edge today as the storm nears.', '2017-09-19')[0]?.value).toBe('2017-09-18');
  });
  it('GIVEN a fixture with a bare weekday (`a trip that concludes Monday`), readiness (`Ready For Saturday Launch`) or `is to appear … on Wednesday` THEN the coming days; told in the past THEN the past ones', () => {
    expect(tagTimexes('The win came on a four-game California trip that concludes Monday against the Clippers.', '2019-03-09')[0]?.value).toBe('2019-03-11');
    expect(tagTimexes('NASA’s Curiosity Rover Ready For Saturday Launch', '2011-11-25')[0]?.value).toBe('2011-11-26');
    expect(tagTimexes('Alexander is to appear with Trump at an event in Nashville on Wednesday.', '2017-03-13')[0]?.value).toBe('2017-03-15');
    expect(tagTimexes('The team was ready for Saturday’s game but lost.', '2011-11-25')[0]?.value).toBe('2011-11-19');
    expect(tagTimexes('What is to blame for Monday’s crash is unclear.', '2011-11-25')[0]?.value).toBe('2011-11-21');
  });
});

describe('tagTimexes: seasons that name a sitting (blind set D22)', () => {
  it('GIVEN `SCC’s fall session` and `the top court’s 2017 fall session` THEN the autumn; `fall` as a verb or a noun of sessions stays no date', () => {
    expect(tagTimexes('Trinity Western, interprovincial trade top SCC’s fall session', '2017-09-16').map((t) => [t.text, t.value])).toEqual([['fall', '2017-FA']]);
    expect(tagTimexes('The first hearing of the top court’s 2017 fall session begins October 2.', '2017-09-16').map((t) => [t.text, t.value])).toEqual([
      ['2017 fall', '2017-FA'],
      ['October 2', '2017-10-02'],
    ]);
    expect(tagTimexes('The 2012 summer Olympics were held in London.', '2017-09-16').map((t) => t.value)).toEqual(['2012-SU']);
    expect(tagTimexes('Shares fall session after session as prices fall.', '2017-09-16')).toEqual([]);
  });
});

describe('tagTimexes: a month and day months away against the clause’s tense (blind set D23)', () => {
  it('GIVEN `said Wednesday … that he … fatally shot … on May 6` in November THEN the May gone; `will vote in a Nov. 4 referendum` in April THEN the November to come; a day within months stays the nearest', () => {
    expect(tagTimexes('Kyle Hill said Wednesday in Circuit Court that he and co-defendant John McGovern fatally shot Wesley Matheson and Cassidy Toole in Puna on May 6.', '2002-11-15').map((t) => t.value)).toEqual(['2002-11-13', '2002-05-06']);
    expect(tagTimexes('Mainers will vote on the question in a Nov. 4 referendum.', '2024-04-24')[0]?.value).toBe('2024-11-04');
    expect(tagTimexes('The survey was conducted between Sept. 13 and Sept. 26 by a polling company in Portland.', '2024-04-24')[0]?.value).toBe('2023-09-13');
    expect(tagTimexes('The company reported on Dec. 28 that sales fell.', '2003-01-09')[0]?.value).toBe('2002-12-28');
    // Only a cue in the day's own clause: the announcing, far from it, does not say the games are past.
    expect(tagTimexes('Some regular-season contests were previously announced, such as Miami and Washington playing in Mexico City on Nov. 2 and the San Antonio Spurs and Indiana Pacers playing a home-and-home in Paris — with Spurs star Victor Wembanyama as the main attraction — on Jan. 23 and Jan. 25.', '2024-08-15').map((t) => t.value)).toEqual(['2024-11-02', '2025-01-23', '2025-01-25']);
  });
  it('GIVEN a day just ahead of the dateline after a past `as of` or `since` (`as of June 30, Huntington was …` on June 14) THEN the day a year before; a future `as of` stays ahead', () => {
    expect(tagTimexes('According to the Federal Deposit Insurance Corp., as of June 30, Huntington was the sixth-largest bank in Michigan.', '2016-06-14')[0]?.value).toBe('2015-06-30');
    expect(tagTimexes('Prices have doubled since June 30.', '2016-06-14')[0]?.value).toBe('2015-06-30');
    expect(tagTimexes('As of June 30, the new law will apply.', '2016-06-14')[0]?.value).toBe('2016-06-30');
  });
});

describe('tagTimexes: the attacks of 11 September 2001 (blind set D23)', () => {
  it('GIVEN `the Sept. 11 hijacked plane attacks` and `9/11` in 2003 THEN 2001-09-11; `Sept. 11` of anything else stays the nearest', () => {
    expect(tagTimexes('The TSA took charge of airline security following the Sept. 11 hijacked plane attacks on the United States.', '2003-01-09').map((t) => [t.text, t.value])).toEqual([['Sept. 11', '2001-09-11']]);
    expect(tagTimexes('Since 9/11, security has tightened.', '2003-01-09').map((t) => t.value)).toEqual(['2001-09-11']);
    expect(tagTimexes('The vote is on Sept. 11 in Bonn.', '2003-06-09').map((t) => t.value)).toEqual(['2003-09-11']);
  });
});

describe('tagTimexes: quarters and halves told in months (blind set D23)', () => {
  it('GIVEN `the first six months of 2016`, `the last six months of last year`, `the first three months of the year` and `its January-March first quarter` THEN H1, H2, Q1 and Q1; months that make no quarter stay months', () => {
    const at = (text: string) => tagTimexes(text, '2016-07-11').map((t) => [t.text, t.value]);
    expect(at('Arrivals in the first six months of 2016 increased.')).toEqual([['the first six months of 2016', '2016-H1']]);
    expect(at('Sales in the last six months of last year rose.')).toEqual([['the last six months of last year', '2015-H2']]);
    expect(at('Profit for the first three months of the year fell.')).toEqual([['the first three months of the year', '2016-Q1']]);
    expect(at('HTC said its profit was T$85 million in its January-March first quarter.')).toEqual([
      ['January-March', '2016-Q1'],
      ['first quarter', '2016-Q1'],
    ]);
    expect(at('Rain fell from January-June.').map(([t]) => t)).toEqual(['January', 'June']);
  });
});

describe('tagTimexes: a day before its month and a relative year (blind set D24)', () => {
  it('GIVEN `26 June this year` and `the 3rd of March last year` THEN one expression each, with its day; `June this year` stays the month', () => {
    expect(tagTimexes('The exercise will start on 26 June this year, targeting four areas.', '2017-06-19').map((t) => [t.text, t.value])).toEqual([['26 June this year', '2017-06-26']]);
    expect(tagTimexes('It ended on the 3rd of March last year.', '2017-06-19').map((t) => [t.text, t.value])).toEqual([['3rd of March last year', '2016-03-03']]);
    expect(tagTimexes('Sales fell in June this year.', '2017-06-19').map((t) => t.value)).toEqual(['2017-06']);
  });
});

describe('tagTimexes: a month sharing a later month’s written year (blind set D25)', () => {
  it('GIVEN `between October and March 2018` and `conducted in June - July 2014` THEN October 2017 and June 2014', () => {
    expect(tagTimexes('Customers may book a flight on any service between October and March 2018.', '2017-09-27').map((t) => [t.text, t.value])).toEqual([
      ['October', '2017-10'],
      ['March 2018', '2018-03'],
    ]);
    expect(tagTimexes('The poll was conducted in June - July 2014.', null).map((t) => [t.text, t.value])).toEqual([
      ['June', '2014-06'],
      ['July 2014', '2014-07'],
    ]);
  });
});

describe('tagTimexes: session 23’s blind sets (D28, D29)', () => {
  it('GIVEN a headline’s `Name to verb` (`Osmania University to take call … on Saturday`) THEN the coming day', () => {
    expect(tagTimexes('Osmania University to take call on postponement of PG end-semester exams on Saturday', '2023-07-20')[0]?.value).toBe('2023-07-22');
    expect(tagTimexes('Obama to visit Warsaw on Friday', '2011-05-25')[0]?.value).toBe('2011-05-27');
  });
  it('GIVEN `affiliated colleges on Saturday` after `would clarify` THEN the coming day (an adjective in -ed is no past verb)', () => {
    expect(tagTimexes('The university would clarify on the postponement of exams after a meeting with principals of university, constituent and affiliated colleges on Saturday, Prof. Ravinder said.', '2023-07-20')[0]?.value).toBe('2023-07-22');
  });
  it('GIVEN a plan as its event’s adjective (`a planned 24-hour strike on Monday`) or a condition in the present passive (`If this is passed on Sunday`) THEN the coming day', () => {
    expect(tagTimexes('The NSW government is making a last-ditch effort to stop a planned 24-hour rail strike on Monday.', '2018-01-25').find((t) => t.text === 'Monday')?.value).toBe('2018-01-29');
    expect(tagTimexes('If this is passed on Sunday, Toronto’s transit service would likely resume.', '2008-04-26')[0]?.value).toBe('2008-04-27');
  });
  it('GIVEN a past verb right before `through` or `from` (`companies that reported results through Thursday`, `the gain it enjoyed from Nov. 20, …, to Jan. 6`) THEN the span gone by', () => {
    expect(tagTimexes('Fifty of 92 companies that reported results through Thursday turned in numbers weaker than analysts forecast.', '2009-01-24')[0]?.value).toBe('2009-01-22');
    expect(tagTimexes('Wall Street has now given back most of the 24 percent gain it enjoyed from Nov. 20, when the S&P 500 closed at an 11-year low, to Jan. 6.', '2009-01-24').find((t) => t.text === 'Nov. 20')?.value).toBe('2008-11-20');
  });
  it('GIVEN `this weekend` told in the past on a Monday (`both missed this weekend’s two matches`) THEN the weekend just gone; told ahead, or on a Friday, THEN the coming one', () => {
    expect(tagTimexes('Kyle Knotek and Joe Zimka both missed this weekend’s two matches.', '2007-10-08')[0]?.value).toBe('2007-W40-WE');
    expect(tagTimexes('The team will play twice this weekend.', '2007-10-08')[0]?.value).toBe('2007-W41-WE');
    expect(tagTimexes('The team played twice this weekend.', '2007-10-12')[0]?.value).toBe('2007-W41-WE');
  });
  it('GIVEN a forecast right before its day (`winds expected Tuesday afternoon until early Wednesday morning`) THEN the coming days; `As expected, the bank cut rates on Tuesday` THEN the past one', () => {
    const text = 'A tropical storm warning is now in effect for Long Island, with tropical storm force winds expected Tuesday afternoon until early Wednesday morning, according to the National Weather Service.';
    expect(tagTimexes(text, '2020-08-03').filter((t) => t.type === 'TIME').map((t) => t.value)).toEqual(['2020-08-04TAF', '2020-08-05TMO']);
    expect(tagTimexes('As expected, the bank cut rates on Tuesday.', '2020-08-03')[0]?.value).toBe('2020-07-28');
  });
  it('GIVEN an inverted reporting clause closing the sentence (`is to launch in October, said a spokesman of the … office in Beijing on Thursday.`) THEN the month looks ahead with `is to launch`', () => {
    const text = 'China’s Shenzhou VII manned space mission is to launch in October, said a spokesman of the China manned space engineering office in Beijing on Thursday.';
    expect(tagTimexes(text, '2008-06-12').find((t) => t.text === 'October')?.value).toBe('2008-10');
  });
  it('GIVEN a weekday inside a relative clause (`McCoy, who came in for Murray when he was hurt on the third play of Monday’s game, will take over`) THEN the clause’s own past tells it, not the main clause’s future', () => {
    expect(tagTimexes('Veteran Colt McCoy, who came in for Murray when he was hurt on the third play of Monday’s game, will take over as starter.', '2022-12-14')[0]?.value).toBe('2022-12-12');
    // (With no verb of its own in the clause, the main clause still tells it.)
    expect(tagTimexes('The summit, which opens on Monday, will discuss trade.', '2022-12-14')[0]?.value).toBe('2022-12-19');
  });
  it('GIVEN a plan that fell through (`whose appeal was to have been heard in March`, told in August) THEN the March gone', () => {
    expect(tagTimexes('Attorney Clyde Allen appeared on behalf of Sheldon Brown, whose appeal was to have been heard in March.', '2008-08-05')[0]?.value).toBe('2008-03');
  });
});

describe('tagTimexes: ranges written out and deferrals (session 24, blind set D32)', () => {
  it('GIVEN a range whose end names its month (`From 11 April-19 May`, `from March 3 to April 9, 2018`) THEN two expressions, the start taking the end’s written year', () => {
    expect(tagTimexes('Seven Phase Polling From 11 April-19 May, Counting On 23 May', '2019-03-11').map((t) => [t.text, t.value])).toEqual([
      ['11 April', '2019-04-11'],
      ['19 May', '2019-05-19'],
      ['23 May', '2019-05-23'],
    ]);
    expect(tagTimexes('Talks ran from March 3 to April 9, 2018.', '2019-03-11').map((t) => [t.text, t.value])).toEqual([
      ['March 3', '2018-03-03'],
      ['April 9, 2018', '2018-04-09'],
    ]);
    // (Across a new year: `December 28 to January 3, 2018` starts in 2017.)
    expect(tagTimexes('The office is shut from December 28 to January 3, 2018.', '2019-03-11')[0]?.value).toBe('2017-12-28');
  });
  it('GIVEN a range whose end is a bare day (`runs June 3-5`) THEN one expression, as before', () => {
    expect(tagTimexes('The festival runs June 3-5.', '2019-03-11').map((t) => t.text)).toEqual(['June 3-5']);
  });
  it('GIVEN a new date something is put off to (`She rescheduled the trial for Oct. 1.`, `postponed until Tuesday`, told in December) THEN the date ahead; `The company moved to Paris in October.` THEN the October gone', () => {
    expect(tagTimexes('She rescheduled the trial for Oct. 1.', '2003-12-08')[0]?.value).toBe('2004-10-01');
    expect(tagTimexes('The vote was postponed until Tuesday.', '2003-12-08')[0]?.value).toBe('2003-12-09');
    expect(tagTimexes('The judge adjourned the hearing to March 5.', '2003-12-08')[0]?.value).toBe('2004-03-05');
    expect(tagTimexes('The company moved to Paris in October.', '2003-12-08')[0]?.value).toBe('2003-10');
  });
});

describe('tagTimexes: more holidays kept on one day (session 24, blind set D32)', () => {
  it('GIVEN `at the Labour Party’s May Day meeting on Monday`, `on St. Patrick’s Day`, `for Martin Luther King Jr. Day` THEN their days in the dateline’s year', () => {
    expect(tagTimexes('The Prime Minister will announce the election at the Labour Party’s May Day meeting on Monday.', '2017-04-25').map((t) => [t.text, t.value])).toEqual([
      ['May Day', '2017-05-01'],
      ['Monday', '2017-05-01'],
    ]);
    expect(tagTimexes("Parades are held on St. Patrick's Day.", '2017-04-25')[0]?.value).toBe('2017-03-17');
    expect(tagTimexes('Schools shut for Martin Luther King Jr. Day.', '2017-04-25')[0]?.value).toBe('2017-01-16');
  });
});

describe('tagTimexes: an infinitive of purpose after the date (session 24, blind set D33)', () => {
  it('GIVEN `voted 5-0 at their Jan. 31 meeting to hold their benchmark rate` told on Feb. 14 THEN the Jan. 31 gone (the date is the vote’s); `Leaders gather on Monday to sign the treaty` THEN the Monday ahead, also after `the ministry said`', () => {
    expect(tagTimexes('Central Bank board members voted 5-0 at their Jan. 31 meeting to hold their benchmark rate.', '2014-02-14')[0]?.value).toBe('2014-01-31');
    expect(tagTimexes('Leaders gather on Monday to sign the treaty.', '2014-02-12')[0]?.value).toBe('2014-02-17');
    expect(tagTimexes('The ministry said leaders gather on Monday to sign the treaty.', '2014-02-12')[0]?.value).toBe('2014-02-17');
  });
});

describe('tagTimexes: wire-copy clock times in four figures (session 24, blind set D33)', () => {
  it('GIVEN `at 1400 GMT`, `0900 local time (0600 GMT)`, `0430GMT`, `at 0430 GMT on Tuesday` THEN clock times on the day; `scored 1400 points` THEN none', () => {
    expect(tagTimexes('Trading opens at 1400 GMT.', '2019-08-04').map((t) => [t.text, t.value])).toEqual([['1400 GMT', '2019-08-04T14:00']]);
    expect(tagTimexes('Calm returned as of 0900 local time (0600 GMT).', '2023-07-20').map((t) => t.value)).toEqual(['2023-07-20T09:00', '2023-07-20T06:00']);
    expect(tagTimexes('The bank decides at 0430GMT.', '2019-08-04')[0]?.value).toBe('2019-08-04T04:30');
    expect(tagTimexes('The decision is due at 0430 GMT on Tuesday.', '2019-08-04').map((t) => [t.text, t.value])).toEqual([['0430 GMT on Tuesday', '2019-08-06T04:30']]);
    expect(tagTimexes('He scored 1400 points.', '2019-08-04')).toEqual([]);
  });
});

describe('tagTimexes: fixtures on a month’s day and plans earmarked (session 24, blind set D32)', () => {
  it('GIVEN `The Qatar World Cup begins on November 21.` and `had already been earmarked for mid-June`, told in April 2022 THEN the November and June ahead; `The season ended on November 21.` THEN the one gone', () => {
    expect(tagTimexes('The Qatar World Cup begins on November 21.', '2022-04-20')[0]?.value).toBe('2022-11-21');
    expect(tagTimexes('The intercontinental play-off had already been earmarked for mid-June in Doha.', '2022-04-20')[0]?.value).toBe('2022-06');
    expect(tagTimexes('The season ended on November 21.', '2022-04-20')[0]?.value).toBe('2021-11-21');
  });
});

describe('tagTimexes: session 25 (blind set D35)', () => {
  it('GIVEN `the weekend` with no tense cue on a Friday or a Thursday THEN the coming weekend; told in the past, or early in the week, THEN the one gone', () => {
    const text = 'Jurors deliberating the fate of Enron Corp. founder Kenneth L. Lay have the weekend off.';
    expect(valueAt(text, '2006-05-19', 'the weekend')).toBe('2006-W20-WE');
    expect(valueAt(text, '2006-05-18', 'the weekend')).toBe('2006-W20-WE');
    expect(valueAt(text, '2006-05-16', 'the weekend')).toBe('2006-W19-WE');
    expect(valueAt('Jurors were sent home for the weekend.', '2006-05-19', 'the weekend')).toBe('2006-W19-WE');
  });
  it('GIVEN `which is now expected in November` in September THEN the November ahead (an adverb between `is` and `expected`)', () => {
    expect(valueAt('Sony delayed the PlayStation 3, which is now expected in November.', '2006-09-14', 'November')).toBe('2006-11');
    expect(valueAt('The final report is still due in March.', '2006-09-14', 'March')).toBe('2007-03');
  });
  it('GIVEN `rain expected through Thursday` on a Wednesday THEN the Thursday ahead (a forecast lasting to the day)', () => {
    expect(valueAt('With intermittent rain expected through Thursday in the disaster-hit areas, the agency warned of potential mudslides.', '2024-01-03', 'Thursday')).toBe('2024-01-04');
    expect(valueAt('Heavy snow is forecast until Friday, officials warned.', '2024-01-03', 'Friday')).toBe('2024-01-05');
  });
  it('GIVEN `Until Tuesday, Apple had introduced only software` on a Wednesday THEN the Tuesday gone (a past perfect after an opening `Until`); `will run until Tuesday` THEN the one ahead', () => {
    expect(valueAt('Until Tuesday, Apple had introduced only software products to make its Macs the hub for digital music.', '2001-10-24', 'Tuesday')).toBe('2001-10-23');
    expect(valueAt('The talks will run until Tuesday, after the ministers had agreed.', '2001-10-24', 'Tuesday')).toBe('2001-10-30');
    expect(valueAt('Until Tuesday, the shop will stay closed.', '2001-10-24', 'Tuesday')).toBe('2001-10-30');
  });
  it('GIVEN `since the late 1800s`, `the 1700s` THEN the century (18, 17); `the 1990s`, `the 2000s` THEN decades', () => {
    expect(valueAt('It was the strongest quake since records began in the late 1800s.', '2011-03-13', '1800s')).toBe('18');
    expect(valueAt('The church was built in the 1700s.', '2011-03-13', '1700s')).toBe('17');
    expect(valueAt('Prices rose through the 1990s.', '2011-03-13', '1990s')).toBe('199');
    expect(valueAt('Prices rose through the 2000s.', '2011-03-13', '2000s')).toBe('200');
  });
  it('GIVEN `on the week’s second trading day`, `losses to start the week`, `stocks closed out the month higher` THEN the week and month of the dateline; `The year’s best film` THEN no date', () => {
    expect(valueAt('A run of downbeat data pressured markets on the week’s second trading day.', '2022-08-23', 'the week')).toBe('2022-W34');
    expect(valueAt('All three major indexes suffered losses to start the week.', '2022-08-23', 'the week')).toBe('2022-W34');
    expect(valueAt('Stocks closed out the month higher.', '2012-02-29', 'the month')).toBe('2012-02');
    expect(tagTimexes('The year’s best film was The Artist.', '2012-02-29')).toEqual([]);
  });
  it('GIVEN `this week` told ahead on a Sunday (`A Senate committee is also likely to reconvene this week`) THEN the week that starts the next day; told in the past THEN the week ending that Sunday', () => {
    expect(valueAt('A Senate committee is also likely to reconvene this week.', '2004-08-29', 'this week')).toBe('2004-W36');
    expect(valueAt('The committee met this week.', '2004-08-29', 'this week')).toBe('2004-W35');
    expect(valueAt('A Senate committee is also likely to reconvene this week.', '2004-08-30', 'this week')).toBe('2004-W36');
  });
});

describe('tagTimexes: session 26 (blind set D38)', () => {
  it('GIVEN `was set for Jan. 14 by a judge on Wednesday` in Thursday’s paper THEN Jan. 14 ahead and the Wednesday gone (a date fixed in the past governs only the date it was fixed for)', () => {
    const text = 'The first court hearing in the case was set for Jan. 14 by a judge on Wednesday.';
    expect(valueAt(text, '2015-12-31', 'Jan. 14')).toBe('2016-01-14');
    expect(valueAt(text, '2015-12-31', 'Wednesday')).toBe('2015-12-30');
  });
  it('GIVEN `The vote was scheduled for Friday.` or `is set for Friday` on a Tuesday THEN the Friday ahead', () => {
    expect(valueAt('The vote was scheduled for Friday.', '2015-12-29', 'Friday')).toBe('2016-01-01');
    expect(valueAt('The vote is set for Friday.', '2015-12-29', 'Friday')).toBe('2016-01-01');
    expect(valueAt('The hearing, set for Friday, was moved by the judge.', '2015-12-29', 'Friday')).toBe('2016-01-01');
  });
  it('GIVEN `the quake struck last April 6` written on April 6, 2010 THEN `last April 6` is 2009-04-06 (never the dateline’s own day); `next March 3` THEN the one after; `on April 6` THEN the day itself', () => {
    expect(valueAt('At 3.32 a.m., the time the deadly quake struck last April 6, a requiem was played.', '2010-04-06', 'last April 6')).toBe('2009-04-06');
    expect(valueAt('They meet again next March 3.', '2010-04-06', 'next March 3')).toBe('2011-03-03');
    expect(valueAt('They met last March 3.', '2010-04-06', 'last March 3')).toBe('2010-03-03');
    expect(valueAt('It happened on April 6.', '2010-04-06', 'April 6')).toBe('2010-04-06');
  });
  it('GIVEN `… in Beirut, Lebanon, Sunday, April 12, 2020. (AP Photo)` on April 21 THEN one expression, `Sunday, April 12, 2020`, that day (not the Sunday before the dateline)', () => {
    expect(tagTimexes('A woman checks her mobile in Beirut, Lebanon, Sunday, April 12, 2020. (AP Photo)', '2020-04-21').map((t) => [t.text, t.value])).toEqual([['Sunday, April 12, 2020', '2020-04-12']]);
    expect(tagTimexes('The tournament will end on Sunday, December 18, 2022.', '2022-11-09').map((t) => [t.text, t.value])).toEqual([['Sunday, December 18, 2022', '2022-12-18']]);
  });
});


describe('tagTimexes: session 27, days coordinated after a month’s day', () => {
  const tags = (text: string): [string, string][] => tagTimexes(text, '2008-08-29').map((t) => [t.text, t.value]);
  it('GIVEN `two attacks on August 12 and 27, he added` and `held on Aug. 5, 6 and 7.` THEN each day of the month its own expression', () => {
    expect(tags('The suspects were linked with two attacks on August 12 and 27, he added.')).toEqual([
      ['August 12', '2008-08-12'],
      ['27', '2008-08-27'],
    ]);
    expect(tags('The sessions were held on Aug. 5, 6 and 7.')).toEqual([
      ['Aug. 5', '2008-08-05'],
      ['6', '2008-08-06'],
      ['7', '2008-08-07'],
    ]);
  });
});

describe('tagTimexes: session 27, tense', () => {
  it('GIVEN `The typhoon is forecast to barrel through … today and Saturday` (written on a Friday) THEN the Saturday ahead', () => {
    const t = tagTimexes('The typhoon is forecast to barrel through the central region today and Saturday before blowing toward the South China Sea.', '2013-11-08');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['today', '2013-11-08'],
      ['Saturday', '2013-11-09'],
    ]);
  });
  it('GIVEN `is expected to recommend the spillway be opened either Wednesday or Thursday` THEN the days ahead (`be opened` is no past verb)', () => {
    const t = tagTimexes('The colonel is expected to recommend the spillway be opened either Wednesday or Thursday.', '2019-02-25');
    expect(t.map((x) => x.value)).toEqual(['2019-02-27', '2019-02-28']);
  });
  it('GIVEN `It instituted a 15% mandatory reduction on June 9 due to state and federal cutbacks` THEN the June 9 gone (`due to` a cause, not a plan); `is due to visit on June 9` THEN the next one', () => {
    expect(tagTimexes('It instituted a 15% mandatory reduction in water use on June 9 due to state and federal cutbacks.', '2021-09-01').map((x) => x.value)).toEqual(['2021-06-09']);
    expect(tagTimexes('The minister is due to visit on June 9.', '2021-09-01').map((x) => x.value)).toEqual(['2022-06-09']);
  });
  it('GIVEN `strike action on 13, 14, 16 and 17 December and on January 3,4,6 and 7` THEN each day its own expression, before and after the written month', () => {
    const t = tagTimexes('Staff will take strike action on 13, 14, 16 and 17 December and on January 3,4,6 and 7.', '2022-11-22');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['13', '2022-12-13'],
      ['14', '2022-12-14'],
      ['16', '2022-12-16'],
      ['17 December', '2022-12-17'],
      ['January 3', '2023-01-03'],
      ['4', '2023-01-04'],
      ['6', '2023-01-06'],
      ['7', '2023-01-07'],
    ]);
  });
  it('GIVEN `Serena Williams will make her long-awaited return … on Tuesday` (written on a Monday) THEN the Tuesday ahead (`long-awaited` is an adjective, no past verb)', () => {
    expect(tagTimexes('Serena Williams will make her long-awaited return to the Arthur Ashe center court on Tuesday when she opens her campaign.', '2011-08-29').map((x) => x.value)).toEqual(['2011-08-30']);
  });
  it('GIVEN `heard the case on June 16 last year` and `due back on Feb. 4 next year` (written in March 2021) THEN one expression each, 2020-06-16 and 2022-02-04', () => {
    expect(tagTimexes('The court heard the case on June 16 last year.', '2021-03-01').map((x) => [x.text, x.value])).toEqual([['June 16 last year', '2020-06-16']]);
    expect(tagTimexes('He is due back on Feb. 4 next year.', '2021-03-01').map((x) => [x.text, x.value])).toEqual([['Feb. 4 next year', '2022-02-04']]);
  });
  it('GIVEN `proposed a trial date for the week of Sept. 5` THEN one expression, that day’s week (2023-W36)', () => {
    expect(tagTimexes('Prosecutors proposed a trial date for the week of Sept. 5.', '2023-08-15').map((x) => [x.text, x.value])).toEqual([['the week of Sept. 5', '2023-W36']]);
  });
});


describe('tagTimexes — session 28', () => {
  it('GIVEN `remains … were confirmed to be the 33-year-old marketing executive on Friday` (Tuesday 2021-03-16) THEN the Friday gone; `The meeting is confirmed to be held on Friday` THEN the coming one', () => {
    expect(valueAt('Human remains found in woodland near Ashford, Kent, were confirmed to be the 33-year-old marketing executive on Friday.', '2021-03-16', 'Friday')).toBe('2021-03-12');
    expect(valueAt('The meeting is confirmed to be held on Friday.', '2021-03-16', 'Friday')).toBe('2021-03-19');
  });
});

describe('tagTimexes — session 28, a clock time with a dot', () => {
  it('GIVEN `in issue at 17.30 on 14th May 2013` THEN that day at 17:30 (not only `May 2013`); `held at 10.50 on Friday` THEN no clock time', () => {
    expect(tagTimexes("5 per cent. of the Company's Shares in issue at 17.30 on 14th May 2013.", '2013-07-17').map((x) => [x.text, x.value])).toEqual([['17.30 on 14th May 2013', '2013-05-14T17:30']]);
    expect(tagTimexes('Rates were held at 10.50 on Friday.', '2013-07-17').map((x) => x.value)).toEqual(['2013-07-12']);
  });
});

describe('tagTimexes — session 28, a thing drawn out to a new end', () => {
  it('GIVEN `SA Airways has extended its cancellation of flights to Sunday and Monday` (Saturday 2019-11-16) THEN the coming Sunday and Monday; `was extended by the union on Thursday` THEN the Thursday gone', () => {
    expect(tagTimexes('SA Airways has extended its cancellation of flights to Sunday and Monday.', '2019-11-16').map((x) => x.value)).toEqual(['2019-11-17', '2019-11-18']);
    expect(valueAt('The strike was extended by the union on Thursday.', '2019-11-16', 'Thursday')).toBe('2019-11-14');
  });
});

describe('tagTimexes — session 28, an adverb after `will`', () => {
  it('GIVEN `The storm’s effects will likely stretch into Wednesday with continued closures` (Tuesday 2019-02-12) THEN the coming Wednesday', () => {
    expect(valueAt('The storm’s effects will likely stretch into Wednesday with continued closures throughout the province.', '2019-02-12', 'Wednesday')).toBe('2019-02-13');
  });
});

describe('tagTimexes — session 28, `going` without `to`', () => {
  it('GIVEN `On Thursday night, candidates … were going door-to-door` (Friday 2018-12-28) THEN the Thursday gone; `They are going to vote on Thursday` THEN the coming one', () => {
    expect(valueAt('On Thursday night, candidates hoping to seal spots in parliament were going door-to-door in an effort to reach out to voters.', '2018-12-28', 'Thursday night')).toBe('2018-12-27TNI');
    expect(valueAt('They are going to vote on Thursday.', '2018-12-28', 'Thursday')).toBe('2019-01-03');
  });
});

describe('tagTimexes — session 28, a range of weekdays', () => {
  it('GIVEN `disallowed between 8am Friday and 4pm Tuesday` (Friday 2018-12-28) THEN the Tuesday after that Friday; `ran from Monday to Wednesday` (Wednesday 2018-12-26) THEN both in that week', () => {
    expect(tagTimexes('All rallies are disallowed between 8am Friday and 4pm Tuesday, according to the Order.', '2018-12-28').map((x) => x.value)).toEqual(['2018-12-28T08:00', '2019-01-01T16:00']);
    expect(tagTimexes('The strike ran from Monday to Wednesday.', '2018-12-26').map((x) => x.value)).toEqual(['2018-12-24', '2018-12-26']);
  });
});

describe('tagTimexes — session 29, deferrals, failures and British weekday dates', () => {
  it('GIVEN `A Federal High Court in Lagos on Tuesday adjourned until Jan. 18, the trial …` (Wednesday 2020-12-09) THEN the Tuesday gone and the January ahead', () => {
    expect(tagTimexes('A Federal High Court in Lagos on Tuesday adjourned until Jan. 18, the trial of a former Minister.', '2020-12-09').map((x) => x.value)).toEqual(['2020-12-08', '2021-01-18']);
  });
  it('GIVEN `The judge adjourned the case until Tuesday.` (2020-12-09) THEN the Tuesday ahead (the deferral governs a date after it)', () => {
    expect(tagTimexes('The judge adjourned the case until Tuesday.', '2020-12-09').map((x) => x.value)).toEqual(['2020-12-15']);
  });
  it('GIVEN `the case could not be heard on Tuesday as the prosecutor informed the court of a motion` (2020-12-09) THEN the Tuesday gone (`could not be` tells a past failure)', () => {
    expect(tagTimexes('However, the case could not be heard on Tuesday as the prosecutor informed the court of a motion.', '2020-12-09').map((x) => x.value)).toEqual(['2020-12-08']);
  });
  it('GIVEN `between Wednesday 4 January and …` in a page of 2024-01-24 THEN one expression, 2023-01-04 (the year whose 4 January is a Wednesday)', () => {
    const t = tagTimexes('They are charged with the manslaughter of the girl between Wednesday 4 January and the end of February last year.', '2024-01-24');
    expect(t.map((x) => [x.end - x.start, x.value])[0]).toEqual(['Wednesday 4 January'.length, '2023-01-04']);
  });
});
