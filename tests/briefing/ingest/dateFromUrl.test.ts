import { describe, expect, it } from 'vitest';
import { dateFromUrl } from '../../../src/briefing/ingest/dateFromUrl.js';

describe('dateFromUrl: dates news sites write in their addresses', () => {
  it('GIVEN `/2019/09/12/`, `/2022-01-20/`, `/2005-01-24-storm_x.htm` THEN that day', () => {
    expect(dateFromUrl('http://leadership.ng/2019/09/12/police-arrest-over-50-suspects/')).toBe('2019-09-12');
    expect(dateFromUrl('https://www.knau.org/knau-and-arizona-news/2022-01-20/deasy-postpones-state-of-the-city-address')).toBe('2022-01-20');
    expect(dateFromUrl('http://usatoday30.usatoday.com/weather/stormcenter/2005-01-24-monday-storm_x.htm')).toBe('2005-01-24');
  });
  it('GIVEN an eight-digit segment `/20070626/` and a month name `/2019/may/03/` THEN that day', () => {
    expect(dateFromUrl('https://sputnikglobe.com/20070626/67857917.html')).toBe('2007-06-26');
    expect(dateFromUrl('https://www.theguardian.com/politics/2019/may/03/brexit-talks-resume')).toBe('2019-05-03');
  });
  it('GIVEN a Reuters article id closing with its day (`…-idINT8N0BT00Z20130408`) THEN that day', () => {
    expect(dateFromUrl('http://in.reuters.com/article/htc-earnings-idINT8N0BT00Z20130408')).toBe('2013-04-08');
    expect(dateFromUrl('http://uk.reuters.com/article/utilities-operations-dominion-northanna-idUKN1E7A61JD20111107')).toBe('2011-11-07');
  });
  it('GIVEN an allAfrica story id opening with its day (`/stories/201706190892.html`) THEN that day', () => {
    expect(dateFromUrl('http://allafrica.com/stories/201706190892.html')).toBe('2017-06-19');
    expect(dateFromUrl('https://m-en.yna.co.kr/view/AEN20191010005151315')).toBe('2019-10-10');
  });
  it('GIVEN a year then month and day as one segment (`/2016/0416/`, the Christian Science Monitor’s) THEN that day', () => {
    expect(dateFromUrl('http://www.csmonitor.com/World/Asia-Pacific/2016/0416/Rescue-efforts-under-way')).toBe('2016-04-16');
  });
  it('GIVEN only a year and a month `/2019/05/slug` THEN the month', () => {
    expect(dateFromUrl('https://example.org/blog/2019/05/some-story')).toBe('2019-05');
  });
  it('GIVEN a slug closing with its day (`…-economists-say-20151004`) THEN that day', () => {
    expect(dateFromUrl('http://news.forexlive.com/!/australian-weekend-press-rba-may-need-to-cut-rates-in-november-economists-say-20151004')).toBe('2015-10-04');
    expect(dateFromUrl('https://example.com/news/storm-hits-coast-20080912.html')).toBe('2008-09-12');
  });
  it('GIVEN ABS-CBN’s month, day and two-digit year (`/news/10/15/23/slug`) THEN that day', () => {
    expect(dateFromUrl('https://news.abs-cbn.com/news/10/15/23/in-person-classes-in-some-lgus-schools-suspended-due-to-transport-strike')).toBe('2023-10-15');
  });
  it('GIVEN a day before the slug’s last word (the LA Times’s `…-kunis-20140603-story.html`) THEN that day', () => {
    expect(dateFromUrl('http://www.latimes.com/entertainment/movies/moviesnow/la-et-mn-jupiter-ascending-release-date-pushed-tatum-kunis-20140603-story.html')).toBe('2014-06-03');
  });
});

describe('dateFromUrl: more address shapes (session 24, held-out set D34)', () => {
  it('GIVEN TwoCircles’ `/2010feb12/` and Nasdaq’s `…-as-of-last-week-20190819-00459` THEN those days', () => {
    expect(dateFromUrl('https://twocircles.net/2010feb12/nepal_president_arrives_monday_state_visit.html')).toBe('2010-02-12');
    expect(dateFromUrl('https://www.nasdaq.com/article/us-records-21-new-measles-cases-as-of-last-week-20190819-00459')).toBe('2019-08-19');
  });
});

describe('dateFromUrl: session 25 (blind set D37)', () => {
  it('GIVEN ANI’s slug ending with the day and time glued to its last word (`…-site-tomorrow20220113213611/`) THEN that day; a long article number THEN none', () => {
    expect(dateFromUrl('https://www.aninews.in/news/national/general-news/west-bengal-train-accident-union-railway-minister-announces-ex-gratia-to-reach-mishap-site-tomorrow20220113213611/')).toBe('2022-01-13');
    expect(dateFromUrl('https://example.com/article/a20221399213611/')).toBeNull();
  });
});

describe('dateFromUrl: session 25 (held-out set D36, after its measurement)', () => {
  it('GIVEN The Age’s `…-november-24-20071014-ge61s6.html` and CNN’s `/2005/TECH/space/01/13/huygens.titan/` THEN those days', () => {
    expect(dateFromUrl('https://www.theage.com.au/national/election-looms-on-november-24-20071014-ge61s6.html')).toBe('2007-10-14');
    expect(dateFromUrl('http://www.cnn.com/2005/TECH/space/01/13/huygens.titan/')).toBe('2005-01-13');
  });
});
