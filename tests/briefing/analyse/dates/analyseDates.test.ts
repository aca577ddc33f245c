import { describe, expect, it } from 'vitest';
import { analyseDates } from '../../../../src/briefing/analyse/dates/index.js';
import { mergeEvents } from '../../../../src/briefing/analyse/dates/mergeEvents.js';
import type { Article } from '../../../../src/briefing/types.js';

const article = (id: string, date: string | null, paragraphs: string[]): Article => ({
  id, file: 'spacewar.txt', headline: null, byline: null, place: 'Moscow', agency: 'AFP', date, teaser: false, paragraphs, url: null,
});

// Paragraphs from the sample page (data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt).
const afp = article('spacewar#2', '2007-04-23', [
  'US Defence Secretary Robert Gates offered Russia cooperation on missile defence activities Monday but was rebuffed by Moscow who said a planned US missile shield was "seriously destabilising".',
  'Gates will visit Warsaw on Tuesday to brief Polish leaders on his talks here and will also make a brief stop in Berlin.',
]);
const afns = article('spacewar#4', '2007-04-23', [
  'The United States intends to be prepared for future threats and is inviting Russia to become a partner in a defensive endeavor, U.S. Defense Secretary Robert M. Gates said here today.',
  'Gates came to Moscow to meet with Russian President Vladimir Putin and other senior defense leaders to discuss U.S. plans to deploy missile defense assets in Eastern Europe.',
]);
const teaser = article('spacewar#5', '2007-04-19', [
  "Russia's First Deputy Prime Minister Sergei Ivanov rejected on Thursday an overture from the United States to cooperate on building a missile shield in Europe, Russian news agencies reported.",
]);

describe('analyseDates', () => {
  it('GIVEN articles with datelines THEN timexes carry the article id and values resolved against each dateline', () => {
    const { timexes } = analyseDates([afp, teaser]);
    expect(timexes).toContainEqual({ articleId: 'spacewar#2', text: 'Monday', value: '2007-04-23', type: 'DATE' });
    expect(timexes).toContainEqual({ articleId: 'spacewar#2', text: 'Tuesday', value: '2007-04-24', type: 'DATE' });
    expect(timexes).toContainEqual({ articleId: 'spacewar#5', text: 'Thursday', value: '2007-04-19', type: 'DATE' });
  });
  it('GIVEN dated sentences THEN one event per date with clause text and an easy subject', () => {
    const { events } = analyseDates([afp, teaser]);
    const tuesday = events.find((e) => e.date === '2007-04-24');
    expect(tuesday).toMatchObject({ articleId: 'spacewar#2', expression: 'Tuesday', who: 'Gates' });
    expect(tuesday?.text).toContain('visit Warsaw');
    expect(events.find((e) => e.date === '2007-04-19')?.who).toBe('Sergei Ivanov');
  });
  it('GIVEN two reports of the 23 April meetings THEN one event with the other report as a source', () => {
    const { events } = analyseDates([afp, afns]);
    const day = events.filter((e) => e.date === '2007-04-23');
    expect(day).toHaveLength(1);
    expect(day[0]!.sources).toEqual(['spacewar#4']);
  });
  it('GIVEN an undated article THEN X-form timexes and no events', () => {
    const { timexes, events } = analyseDates([article('x#1', null, ['Officials met on Monday.'])]);
    expect(timexes.map((t) => t.value)).toEqual(['XXXX-WXX-1']);
    expect(events).toEqual([]);
  });
});

describe('mergeEvents', () => {
  it('GIVEN the same date but unrelated texts THEN two entries', () => {
    const merged = mergeEvents([
      { articleId: 'a#1', date: '2019-10-17', expression: 'Thursday', text: 'China said all tariffs must go' },
      { articleId: 'b#1', date: '2019-10-17', expression: 'Thursday', text: 'Floods hit northern Italy' },
    ]);
    expect(merged).toHaveLength(2);
  });
  it('GIVEN merged entries merged again THEN sources are kept once each', () => {
    const once = mergeEvents([
      { articleId: 'a#1', date: '2019-10-17', expression: 'Thursday', text: 'China said all US tariffs must be lifted' },
      { articleId: 'b#1', date: '2019-10-17', expression: 'Thursday', text: 'China says US tariffs must be lifted entirely' },
    ]);
    const twice = mergeEvents([...once, { articleId: 'c#1', date: '2019-10-17', expression: 'Thursday', text: 'Beijing: all US tariffs must be lifted', sources: ['b#1'] }]);
    expect(twice).toHaveLength(1);
    expect(twice[0]!.sources).toEqual(['b#1', 'c#1']);
  });
});

describe('timeline events: a body named in more than three words', () => {
  it('GIVEN `United Parcel Service Inc. said on Tuesday …` and `The Seoul Central District Court delivered the verdict on Friday` THEN who is the whole name', () => {
    const a: Article = { id: 'x#1', file: 'x.txt', headline: null, byline: null, place: null, agency: null, date: '2021-10-26', teaser: false, paragraphs: ['United Parcel Service Inc. said on Tuesday its quarterly profit rose.', 'The Seoul Central District Court delivered the verdict on Friday.'], url: null };
    expect(analyseDates([a]).events.map((e) => e.who)).toEqual(['United Parcel Service Inc.', 'Seoul Central District Court']);
  });
});

describe('analyseDates: a chronology whose later entries leave out the year (blind set D25)', () => {
  it('GIVEN an AP list of a 1985 case dated 2006 (`Aug. 22, 1985: …` / `Aug. 23: …` / `Jan. 31, 1986: …` / `Feb. 1: …`) THEN each entry follows the one before, not the dateline; a day inside a sentence keeps its own reading', () => {
    const a = article('ap#1', '2006-10-18', [
      'Following are significant events in the case, whose execution was scheduled Wednesday:',
      'Aug. 22, 1985: Body of 63-year-old Stella Salamon found in bathtub in Milton home.',
      'Aug. 23: Rutherford questioned by investigators.',
      'Dec. 9 - Rutherford convicted of first-degree murder.',
      'Jan. 31, 1986: Jury recommends death sentence.',
      'Feb. 1: Judge sentences Rutherford to death.',
      'The governor signed a death warrant on Sept. 22.',
    ]);
    const values = analyseDates([a]).timexes.map((t) => [t.text, t.value]);
    expect(values).toEqual([
      ['Wednesday', '2006-10-18'],
      ['Aug. 22, 1985', '1985-08-22'],
      ['Aug. 23', '1985-08-23'],
      ['Dec. 9', '1985-12-09'],
      ['Jan. 31, 1986', '1986-01-31'],
      ['Feb. 1', '1986-02-01'],
      ['Sept. 22', '2006-09-22'],
    ]);
  });
});

describe('analyseDates: a span counted from the day told before (blind sets D22, D24, D26)', () => {
  it('GIVEN `on October 26. Three days later, …`, `late Sunday. It was 56% contained a day earlier`, `December 8; … retire a week after that` THEN the days they land on; `lasted for three days before the fighting resumed` and a span with no day before stay durations', () => {
    const a = article('x#1', '2015-11-06', [
      'Police arrested a 15-year-old on October 26. Three days later, a 16-year-old was held.',
      'Containment was up to 84% late Sunday. It was 56% contained a day earlier.',
      'The last hearing is scheduled for December 8; the chief justice is set to retire a week after that.',
      'The ceasefire lasted for three days before the fighting resumed.',
    ]);
    const b = article('x#2', '2015-11-06', ['He was released 10 days later.']);
    const values = analyseDates([a, b]).timexes.map((t) => [t.text, t.value]);
    expect(values).toEqual([
      ['October 26', '2015-10-26'],
      ['Three days later', '2015-10-29'],
      ['Sunday', '2015-11-01'],
      ['a day earlier', '2015-10-31'],
      ['December 8', '2015-12-08'],
      ['a week after that', '2015-12-15'],
      ['three days', 'P3D'],
      ['10 days', 'P10D'],
    ]);
  });
});

describe('analyseDates: steps from the day told before (held-out set D26)', () => {
  it('GIVEN `on Oct. 26 and charged the next day`, `Later that day`, `In 1991 … The following year` THEN the day after, the same day and the year after; a step with nothing told before is left out', () => {
    const a = article('x#1', '2015-11-06', [
      'He was arrested on Oct. 26 and charged the next day.',
      'Later that day, police said he had fled.',
      'In 1991 the deal collapsed. The following year, talks resumed.',
    ]);
    const b = article('x#2', '2015-11-06', ['The next day was quiet.']);
    // (`the day after` ending its clause steps; before a noun it is a day of its own.)
    const c = article('x#3', '2015-11-06', ['Police arrived on Oct. 26, the day after the vote. He had fled the day before.']);
    expect(analyseDates([c]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Oct. 26', '2015-10-26'],
      ['the day before', '2015-10-25'],
    ]);
    expect(analyseDates([a, b]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Oct. 26', '2015-10-26'],
      ['the next day', '2015-10-27'],
      ['Later that day', '2015-10-27'],
      ['1991', '1991'],
      ['The following year', '1992'],
    ]);
  });
});

describe('analyseDates: a month and day written again without its year (session 23, blind set D31)', () => {
  it('GIVEN `The makeup date is set for March 26, 2020.` then `March 26 is the third date …` in an article of 26 October 2019 THEN both are 2020-03-26; a day written without a year the article never gave stays nearest the dateline', () => {
    const a = article('elton#1', '2019-10-26', [
      'Elton John postponed his Indianapolis show. The makeup date is set for March 26, 2020.',
      'March 26 is the third date attached to this performance for John.',
      'The show shifted one day from Oct. 25 to Oct. 26.',
    ]);
    const values = analyseDates([a]).timexes.map((t) => [t.text, t.value]);
    expect(values).toContainEqual(['March 26, 2020', '2020-03-26']);
    expect(values).toContainEqual(['March 26', '2020-03-26']);
    expect(values.find(([text]) => text?.startsWith('Oct. 25'))?.[1]).toBe('2019-10-25');
  });
});

describe('analyseDates: years counted from a year told (session 23, blind set D28)', () => {
  it('GIVEN `… into orbit … in 2003. Two years later, Fei Junlong and Nie Haisheng completed a flight` THEN 2005; `lasted two years` with no year told stays a duration', () => {
    const a = article('shenzhou#1', '2008-06-12', [
      'China began its manned space program in 1999 and sent its first astronaut into orbit in 2003. Two years later, Fei Junlong and Nie Haisheng completed a five-day flight.',
    ]);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toContainEqual(['Two years later', '2005']);
    const b = article('drought#1', '2008-06-12', ['The drought lasted two years, officials said.']);
    expect(analyseDates([b]).timexes.map((t) => t.value)).toEqual(['P2Y']);
  });
});

describe('analyseDates: a range of weekdays ahead (session 23, held-out set D30)', () => {
  it('GIVEN `have arrived … to attend the event from Wednesday to Friday` on a Tuesday THEN Wednesday and the Friday after it; `ran from Monday to Tuesday` told on a Wednesday stays the two days gone', () => {
    const a = article('asean#1', '2024-10-08', ['Several ASEAN leaders have arrived in the capital Vientiane to attend the event from Wednesday to Friday.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([['Wednesday', '2024-10-09'], ['Friday', '2024-10-11']]);
    const b = article('talks#1', '2024-10-09', ['The talks ran from Monday to Tuesday, officials said.']);
    expect(analyseDates([b]).timexes.map((t) => t.value)).toEqual(['2024-10-07', '2024-10-08']);
  });
});

describe('analyseDates: a range told with its end written out (session 24, blind set D32)', () => {
  it('GIVEN `Forsa surveyed 2,501 voters from Sept. 12 to Sept. 16.` THEN two expressions but one timeline event, dated by the range’s start', () => {
    const a = article('forsa#1', '2016-09-20', ['Forsa surveyed 2,501 voters from Sept. 12 to Sept. 16.']);
    const { timexes, events } = analyseDates([a]);
    expect(timexes.map((t) => [t.text, t.value])).toEqual([['Sept. 12', '2016-09-12'], ['Sept. 16', '2016-09-16']]);
    expect(events.map((e) => [e.expression, e.date])).toEqual([['Sept. 12', '2016-09-12']]);
  });
});

describe('analyseDates: a range of weekdays whose start is gone (session 24, blind set D33)', () => {
  it('GIVEN `The Wednesday-to-Friday demonstrations are the third round` told on a Thursday THEN Wednesday yesterday and Friday tomorrow, not last week’s', () => {
    const a = article('kenya#1', '2023-07-20', ['The Wednesday-to-Friday demonstrations are the third round of protests that the opposition has called this month.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([['Wednesday', '2023-07-19'], ['Friday', '2023-07-21'], ['this month', '2023-07']]);
  });
});

describe('analyseDates: session 25 (blind set D35)', () => {
  it('GIVEN `officials said Friday afternoon, up from 80% reported the day before` THEN the day before that Friday (a day told with its part, a TIME, anchors the step)', () => {
    const a = article('maui#1', '2023-08-12', ['The fire in Lahaina was 85% contained, Maui County officials said Friday afternoon, up from 80% reported the day before.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Friday afternoon', '2023-08-11TAF'],
      ['the day before', '2023-08-10'],
    ]);
  });
  it('GIVEN `Katrina, which a day before had grown to …` after `early Monday` THEN the Sunday; `lasted three days before the truce was signed` THEN a duration still', () => {
    const a = article('kat#1', '2005-08-29', ['Hurricane Katrina slammed ashore early Monday with 145-mph winds.', 'Katrina, which a day before had grown to a Category 5 behemoth, made landfall near Buras.', 'The fighting lasted three days before the truce was signed.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Monday', '2005-08-29'],
      ['a day before', '2005-08-28'],
      ['three days', 'P3D'],
    ]);
  });
  it('GIVEN `In his Tuesday speech, … Earlier in the day, reports showed …` THEN that Tuesday (a step back within the day told)', () => {
    const a = article('st#1', '2019-06-25', ['In his Tuesday speech, Fed Chairman Jerome H. Powell noted that the outlook has become cloudier. Earlier in the day, reports showed a decline in consumer confidence.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Tuesday', '2019-06-25'],
      ['Earlier in the day', '2019-06-25'],
    ]);
  });
  it('GIVEN `Stocks finished lower on Tuesday. … down from 47.3 the prior month.` THEN the month before that Tuesday’s', () => {
    const a = article('st2#1', '2022-08-23', ['Stocks finished lower on Tuesday. The report showed service sector activity fell to 44.1, down from 47.3 the prior month.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Tuesday', '2022-08-23'],
      ['the prior month', '2022-07'],
    ]);
  });
  it('GIVEN `“But tomorrow’s vote … is a vote about the future,” he conceded on Wednesday.` in Friday’s paper THEN tomorrow is Thursday, counted from the day he spoke; a quote with no day told THEN from the dateline', () => {
    const a = article('bv#1', '2024-07-05', ['“I appreciate people have frustrations with our party,” he conceded on Wednesday. “But tomorrow’s vote is a vote about the future.”', '“We will win tomorrow,” Smith said.']);
    expect(analyseDates([a]).timexes.filter((t) => t.text === 'tomorrow').map((t) => t.value)).toEqual(['2024-07-04', '2024-07-06']);
  });
});

describe('analyseDates: session 26 (blind set D38)', () => {
  it('GIVEN `hit … on Friday at 8:19 pm (0319 GMT Saturday)`, then `a quake that struck the same area the day before.`, then `the previous day’s tremor` THEN both steps are the Thursday (a bracketed GMT restatement is no day told, and a step back leaves the day told the anchor)', () => {
    const a = article('rq#1', '2019-07-06', [
      'A 7.1-magnitude earthquake hit southern California on Friday at 8:19 pm (0319 GMT Saturday), the United States Geological Survey said.',
      'The latest quake follows a 6.4-magnitude quake that struck the same area the day before.',
      'The USGS said the previous day’s tremor was a foreshock to Friday’s quake.',
    ]);
    const steps = analyseDates([a]).timexes.filter((t) => /day before|previous day/.test(t.text));
    expect(steps.map((t) => [t.text, t.value])).toEqual([
      ['the day before', '2019-07-04'],
      ['the previous day', '2019-07-04'],
    ]);
  });
  it('GIVEN `Police arrested him on Monday. The next day he was charged. The following day he appeared in court.` THEN steps forward chain (Tuesday, then Wednesday)', () => {
    const a = article('pc#1', '2019-07-12', ['Police arrested him on Monday. The next day he was charged.', 'The following day he appeared in court.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Monday', '2019-07-08'],
      ['The next day', '2019-07-09'],
      ['The following day', '2019-07-10'],
    ]);
  });
  it('GIVEN `Results could be published on Sunday evening or in the following days.` THEN no `the following day` (a whole word only); `the previous day’s tremor` THEN still a day', () => {
    const a = article('vz#1', '2024-07-26', ['Candidates held their final rallies on Thursday. Results could be published on Sunday evening or in the following days.']);
    expect(analyseDates([a]).timexes.map((t) => t.text)).not.toContain('the following day');
    const b = article('rq2#1', '2019-07-06', ['A quake hit on Friday. The USGS said the previous day’s tremor was a foreshock.']);
    expect(analyseDates([b]).timexes.map((t) => [t.text, t.value])).toContainEqual(['the previous day', '2019-07-04']);
  });
  it('GIVEN `The fire broke out on Sunday afternoon near a campground.` and `A quake hit on Friday at 8:19 pm.` THEN each is an event of its day (a time on a day is on the timeline)', () => {
    const a = article('fw#1', '2021-08-03', ['The fire broke out on Sunday afternoon near a campground.', 'A quake hit on Friday at 8:19 pm, the survey said.']);
    expect(analyseDates([a]).events.map((e) => [e.date, e.expression])).toEqual([
      ['2021-08-01', 'Sunday afternoon'],
      ['2021-07-30', 'Friday at 8:19 pm'],
    ]);
  });
});


describe('analyseDates: session 27', () => {
  it('GIVEN `Four Marines died Tuesday in the crash. On the same day, a jet went down` and `arrested him on Monday. He was charged that same day.` THEN `the same day` is the day told before it', () => {
    const a = article('mc#1', '2018-04-08', ['Four Marines died Tuesday in the crash of their helicopter. On the same day, a Marine jet went down at an airport in Djibouti.', 'Police arrested a man on Friday. He was charged that same day.']);
    expect(analyseDates([a]).timexes.map((t) => [t.text, t.value])).toEqual([
      ['Tuesday', '2018-04-03'],
      ['the same day', '2018-04-03'],
      ['Friday', '2018-04-06'],
      ['that same day', '2018-04-06'],
    ]);
  });
  it('GIVEN `voting was held on the same day as the referendum` or `The same day` with no day told before THEN no day', () => {
    const a = article('sd#1', '2018-04-08', ['Polls opened on the same day as the referendum. The same day was chosen by the board.']);
    expect(analyseDates([a]).timexes.map((t) => t.text)).toEqual([]);
  });
});

describe('analyseDates — session 28, dates in figures read as the article writes its days', () => {
  const values = (paragraphs: string[]): string[] => analyseDates([article('a#1', '1999-01-28', paragraphs)]).timexes.filter((t) => t.text.includes('/')).map((t) => `${t.text}=${t.value}`);
  it('GIVEN `arrested on 24/10/98` (day first only) and `fixed to begin on 8/2/99` THEN 8 February 1999', () => {
    expect(values(['177 persons who were arrested on 24/10/98 were summoned.', 'The hearing had been fixed to begin on 8/2/99.'])).toEqual(['24/10/98=1998-10-24', '8/2/99=1999-02-08']);
  });
  it('GIVEN `the trial opened on 28 January 1999` and `fixed for 8/2/99` THEN 8 February; GIVEN `January 28, 1999` THEN August 2 (American copy)', () => {
    expect(values(['The trial opened on 28 January 1999.', 'The hearing is fixed for 8/2/99.'])).toEqual(['8/2/99=1999-02-08']);
    expect(values(['The trial opened on January 28, 1999.', 'The hearing is fixed for 8/2/99.'])).toEqual(['8/2/99=1999-08-02']);
  });
  it('GIVEN a day-first article (`arrested on 24/10/98`) that also writes `adjourned to Dec 15` and `on Aug. 10` THEN those month-first dates are read too', () => {
    const texts = analyseDates([article('a#1', '1999-01-28', ['177 persons who were arrested on 24/10/98 were summoned.', 'The hearing was adjourned to Dec 15 after the raid on Aug. 10.'])]).timexes.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['24/10/98', 'Dec 15', 'Aug. 10']));
  });
  it('GIVEN `8/2/99` with no other date THEN month first; GIVEN `10/24/98` (month first only) beside `28 January 1999` THEN month first', () => {
    expect(values(['The hearing is fixed for 8/2/99.'])).toEqual(['8/2/99=1999-08-02']);
    expect(values(['He was arrested on 10/24/98 and the trial opened on 28 January 1999.', 'The hearing is fixed for 8/2/99.'])).toEqual(['10/24/98=1998-10-24', '8/2/99=1999-08-02']);
  });
});
