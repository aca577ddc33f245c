import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../src/briefing/segment/segmentPage.js';
import { parseDateline } from '../../../src/briefing/segment/parseDateline.js';
import { readArticles } from '../../../src/briefing/ingest/readArticles.js';

describe('parseDateline negatives', () => {
  it.each([
    ['TNS - "LEAVE" AHEAD BY 2 POINTS'],
    ['COMRES/ITVITV/DAILY MAIL - "REMAIN" AHEAD BY 6 POINTS'],
    ['The company (ABC) said profits rose.'],
    ['Prime Minister David Cameron said on Monday that the vote (held last year) was final.'],
    ['UPDATE - Shares fall'],
    ['Gates said - and repeated - that the radar was not aimed at Russia.'],
    ['UPDATE, March 17 - Shares fall on the news from the central bank in Frankfurt.'],
    ['NYSE, March 17 - 1.2 MLN SHARES TRADED, VOLUME UP ON THE DAY BEFORE.'],
    ['(Reporting by Brendan Lowe; editing by Susan Fenn)'],
    ['(Updated) - Shares fell after the results.'],
    ['(NAN)'],
    ['Lieutenant Governor (Republican)'],
    ['MAY 5 Something happened at the plant today'],
    ['LONDON, Jan 5 ALL CAPS HEADLINE HERE NOW'],
    ['UPDATE, March 17 Shares fall on the news'],
    ['Commissioner of Labor (Democrat)'],
    ['Meanwhile, JetBlue Airways (JBLU) - Get Report announced Thursday that it was adding 30 new domestic routes.'],
    ['Delta Air Lines (DAL) - Get Report revealed Thursday its plans to keep adding flights through the summer.'],
    ['Acme Holdings (ACME) - The company said sales rose in the second quarter from a year earlier.'],
  ])('GIVEN %s THEN it is not a dateline', (line) => {
    expect(parseDateline(line)).toBeNull();
  });

  it('GIVEN dateline shapes from several agencies THEN each is parsed with its parts', () => {
    expect(parseDateline('Moscow (AFP) April 23, 2007')).toMatchObject({ place: 'Moscow', agency: 'AFP', month: 4, day: 23, year: 2007, rest: '' });
    expect(parseDateline('Warsaw (AFP) April 23 - Six out of 10 Poles')).toMatchObject({ place: 'Warsaw', month: 4, day: 23, year: null, rest: 'Six out of 10 Poles' });
    expect(parseDateline('Moscow, Russia (AFNS) Apr 24 - The United States')).toMatchObject({ place: 'Moscow', agency: 'AFNS', month: 4, day: 24 });
    expect(parseDateline('LONDON, Jan 17 (Reuters) - Britain would vote')).toMatchObject({ place: 'London', agency: 'Reuters', month: 1, day: 17 });
    expect(parseDateline('Oct. 17 (UPI) -- China said Thursday')).toMatchObject({ place: null, agency: 'UPI', month: 10, day: 17 });
    expect(parseDateline('BERLIN (AFP, REUTERS) - German Chancellor')).toMatchObject({ place: 'Berlin', agency: 'AFP, Reuters' });
    expect(parseDateline('MORRISTOWN, N.J. (Reuters) - U.S. President')).toMatchObject({ place: 'Morristown, N.J.', agency: 'Reuters' });
    expect(parseDateline('LONDON, March 2, 1987 - Jaguar Plc is about to sell its new model in Japan.')).toMatchObject({ place: 'London', agency: null, month: 3, day: 2, year: 1987, tag: 'caps-dash' });
    expect(parseDateline('PARIS, France, Jan 9 - The French government said on Friday it would act.')).toMatchObject({ place: 'Paris', month: 1, day: 9, year: null });
    expect(parseDateline('(Reuters) – Moscow’s proposals are well known to Kyiv, the minister said.')).toMatchObject({ place: null, agency: 'Reuters', rest: 'Moscow’s proposals are well known to Kyiv, the minister said.' });
    expect(parseDateline('(AFP, Reuters) - Text here.')).toMatchObject({ place: null, agency: 'AFP, Reuters' });
    // Reuters' own pages of 2010–2014: the agency and dash left out, the line perhaps hard-wrapped.
    expect(parseDateline('TAIPEI, April 8 HTC Corp reported a')).toMatchObject({ place: 'Taipei', agency: null, month: 4, day: 8, rest: 'HTC Corp reported a' });
    expect(parseDateline('DUBAI Feb 26 Passenger flows through Dubai’s main airport climbed 14.6 percent')).toMatchObject({ place: 'Dubai', month: 2, day: 26 });
  });

  it('GIVEN a page’s label in the brackets after the place (`MANILA (UPDATED) --`, `LONDON (Video) -`) THEN a dateline with its place and no agency', () => {
    expect(parseDateline('MANILA (UPDATED) -- Face-to-face classes in some local governments are suspended on Monday.')).toMatchObject({ place: 'Manila', agency: null, rest: 'Face-to-face classes in some local governments are suspended on Monday.' });
    expect(parseDateline('LONDON (Video) - Britain’s economy grew in the second quarter, figures showed.')).toMatchObject({ place: 'London', agency: null });
  });
});

describe('segmentPage negatives', () => {
  it('GIVEN a lead, then races under subheads with a party in brackets (`Lieutenant Governor (Republican)`) THEN the page stays one article with its lead', () => {
    const page = [
      'Early voting for primary runoffs ends Saturday',
      '',
      'Posted July 14, 2012 10:38 a.m. EDT',
      '',
      'One-stop voting sites in several hotly contested districts across North Carolina closed Saturday at 1 p.m., ending the early voting period for primary runoff elections.',
      '',
      'A second primary happens when no candidate wins more than 40 percent of the vote in a party’s first primary.',
      '',
      'Lieutenant Governor (Republican)',
      'Tony Gurley, a Wake County Commissioner who got 24.83 percent of the vote, has called for a second primary versus Dan Forest, who got 32.98 percent.',
      '',
      'Commissioner of Labor (Democrat)',
      'Former labor commissioner John Brooks led the three-way field in May but fell 3 percentage points short of winning the nomination.',
    ].join('\n');
    const { articles } = readArticles('runoffs.txt', page);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.place).toBeNull();
    expect(articles[0]!.paragraphs[0]).toMatch(/^One-stop voting sites/);
    expect(articles[0]!.paragraphs.some((p) => p.startsWith('Former labor commissioner John Brooks'))).toBe(true);
  });

  it('GIVEN a page with no dateline THEN keeps it as one undated article with a named warning', () => {
    const text = readFileSync('tests/fixtures/pages/no-dateline-blog.txt', 'utf8');
    const r = segmentPage('no-dateline-blog.txt', text, { fileDate: null });
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ headline: 'Notes from the council meeting', date: null, place: null, agency: null });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'no-article', file: 'no-dateline-blog.txt' })]);
  });

  it('GIVEN only navigation and a footer THEN no article is invented from them', () => {
    const text = '  • Abe Sees More Assertive Japan\n  • Royal Navy Shame\nEmail This Article\nCopyright 1995-2006 - SpaceDaily.\n';
    const r = segmentPage('nav.txt', text, { fileDate: null });
    expect(r.articles).toHaveLength(0);
    expect(r.warnings.map((w) => w.code)).toEqual(['no-article']);
  });

  it('GIVEN quoted subheads and market tickers THEN none of them becomes a paragraph', () => {
    const text = 'Poll shows tie\n\nNIKKEI 225\n37,552.16\n+113.55 (+0.30%)\n\nLONDON (Reuters) - Voters are split evenly, a poll showed on Monday, with each side on 47 percent.\n\n"Too Close"\n\n"This is too close to call," the pollster said.\n';
    const [a] = segmentPage('x.txt', text, { fileDate: null }).articles;
    expect(a!.paragraphs).toEqual(['Voters are split evenly, a poll showed on Monday, with each side on 47 percent.', '"This is too close to call," the pollster said.']);
  });

  it('GIVEN a page cut off right after its dateline THEN nothing is kept and a named warning says why', () => {
    const r = segmentPage('cut.txt', 'Published: May 14, 2009\n\nSix in 10 Poles want euro by 2012 - poll\n\nWARSAW, May 14 (Reuters)', { fileDate: null });
    expect(r.articles).toEqual([]);
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'no-article', file: 'cut.txt', message: expect.stringContaining('no article text') })]);
  });
});

describe('segmentPage: the headline of a page without a dateline', () => {
  it('GIVEN a headline at the top and the lead further down than six lines, or no prose lead at all THEN the first headline-like line stays the headline', () => {
    const far = ['Council approves new bridge', '', 'Mayor opens new library', '', 'By Ann Lee', '', 'Updated', '', 'Map', '', 'Share', '', 'Print', '', 'The city council approved plans for a new bridge over the river on Tuesday, officials said.'].join('\n');
    expect(segmentPage('bridge.txt', far, { fileDate: null }).articles[0]!.headline).toBe('Council approves new bridge');
    const list = ['Road closures this week', '', 'Main Street is closed until Friday.', '', 'Bridge Road keeps one lane open.'].join('\n');
    expect(segmentPage('roads.txt', list, { fileDate: null }).articles[0]!.headline).toBe('Road closures this week');
  });
  it('GIVEN a page dated `09/02/2017` (9 February in Britain, 2 September in the US) THEN it is left undated rather than dated wrong', () => {
    const page = ['Leader accuses broadcaster of fake news', '', '09/02/2017', '', 'The opposition leader told a breakfast programme the suggestion he had set a departure date was nonsense.'].join('\n');
    expect(segmentPage('a.txt', page, { fileDate: null }).articles[0]!.date).toBeNull();
  });
  it('GIVEN a figure like a version or score with slashes inside a longer run (`1/2/2019/3`) THEN no date is read from it', () => {
    const page = ['Results posted', '', 'Code 1/2/2019/3', '', 'The board posted its results for the season on the notice board by the entrance.'].join('\n');
    expect(segmentPage('a.txt', page, { fileDate: null }).articles[0]!.date).toBeNull();
  });
  it('GIVEN a short title-case headline alone above the lead (`Obama Wins Again`, `Markets Rally`) THEN it stays the headline, not a byline', () => {
    for (const h of ['Obama Wins Again', 'Markets Rally']) {
      const page = [h, '', 'The president won a second term on Tuesday, defeating his rival in a close race decided by a few states.'].join('\n');
      expect(segmentPage('a.txt', page, { fileDate: null }).articles[0]!, h).toMatchObject({ headline: h, byline: null });
    }
  });
});

describe('segmentPage: a page without a dateline is not dated from its story', () => {
  it('GIVEN no dateline and no timestamp, only dates inside the story (`A hearing has been set for June 14, 2022`) THEN the article is undated', () => {
    const text = [
      'Family sues county over flooding of care home',
      '',
      'The family of a woman who was hurt when a care home flooded filed a lawsuit on Wednesday against the county and two contractors, saying the county ignored years of warnings about the levee behind the building.',
      '',
      'A hearing has been set for June 14, 2022, for both contractors, whose contracts were cancelled the week after the flood.',
      '',
    ].join('\n');
    expect(segmentPage('lawsuit.txt', text, { fileDate: null }).articles[0]!.date).toBeNull();
  });
  it('GIVEN a timestamp line, or a date opening the lead THEN that is the page’s date', () => {
    const stamp = ['Family sues county', 'Published: July 15, 2020', '', 'The family of a woman who was hurt when a care home flooded filed a lawsuit on Wednesday against the county and two contractors, saying warnings were ignored. A hearing is set for June 14, 2022.'].join('\n');
    expect(segmentPage('a.txt', stamp, { fileDate: null }).articles[0]!.date).toBe('2020-07-15');
    const lead = ['Toll rises after landslide', '', 'August 3, 2014 Provincial officials said overnight that the number of people missing after the landslide had risen sharply, with hundreds more displaced and dozens of homes buried across the valley.'].join('\n');
    expect(segmentPage('b.txt', lead, { fileDate: null }).articles[0]!.date).toBe('2014-08-03');
  });
});

describe('parseDateline: a colon after a capitalised word is no dateline without a date', () => {
  it.each([['WARNING: Residents near the river should move to higher ground before the evening.'], ['UPDATE, Oct 26: Residents near the river should move to higher ground tonight.']])('GIVEN %s THEN null', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('segmentPage: page furniture above a deck is no headline', () => {
  it('GIVEN `OPEN APP` above a long headline THEN the long line stays the headline', () => {
    const text = ['OPEN APP', 'What factory owners across the region are saying about energy prices, hiring and exports', '', 'Here is what some of the region’s factory owners told our reporters this month about the costs and the orders they are seeing.'].join('\n');
    expect(segmentPage('ceos.txt', text, { fileDate: null }).articles[0]!.headline).toBe('What factory owners across the region are saying about energy prices, hiring and exports');
  });
});

describe('segmentPage: a poll name is no photo credit', () => {
  it('GIVEN a headline `Race still even: Reuters/Ipsos poll` THEN it is kept as the headline, not dropped as a caption', () => {
    const text = ['Race still even: Reuters/Ipsos poll', '', 'WASHINGTON (Reuters) - President Barack Obama holds a narrow lead of 2 percentage points over Mitt Romney in Reuters/Ipsos poll results released on Saturday.'].join('\n');
    expect(segmentPage('race.txt', text, { fileDate: null }).articles[0]?.headline).toBe('Race still even: Reuters/Ipsos poll');
  });
});

describe('segmentPage: a lead weekday that agrees with the guessed year', () => {
  it('GIVEN `LONDON, Jan 5 (Reuters) - … said on Wednesday` on a page dated 2012-01-05 in its header (Jan 5, 2012 a Thursday, Wednesday the day before) THEN the year stays 2012', () => {
    const page = 'Posted: January 5, 2012\n\nBank holds rates\n\nLONDON, Jan 5 (Reuters) - The central bank said on Wednesday it would hold interest rates steady for another month.\n\nEconomists had expected the decision.\n';
    expect(segmentPage('boe.txt', page, { fileDate: null }).articles.map((a) => a.date)).toEqual(['2012-01-05']);
  });
  it('GIVEN a lead naming two weekdays THEN the guessed year stands', () => {
    const page = 'Verdict due\n\nNote: this report recalls Oct. 14, 2002.\n\nCHESAPEAKE, Va., Dec. 23 (UPI) -- A jury that began work on Monday reached a verdict on Friday in the case.\n';
    expect(segmentPage('two.txt', page, { fileDate: null }).articles.map((a) => a.date)).toEqual(['2002-12-23']);
  });
});

describe('segmentPage negatives: numeric dates both ways, an address date the page does not print (session 20)', () => {
  it('GIVEN `10-12-2015` (10 December or 12 October) as the only date THEN the page stays undated', () => {
    const page = ['Council notice', '', '10-12-2015', '', 'The council approved the plans for the new library at its meeting on Tuesday, officials said, after a long debate.'].join('\n');
    const [a] = segmentPage('notice.txt', page, { fileDate: null }).articles;
    expect(a!.date).toBeNull();
  });
  it('GIVEN an address dated 2002-09-25 and a page printing only `April 28th 2024` THEN the page’s own stamp is kept (the address confirms nothing)', () => {
    const page = ['URL: https://example.com/2002/09/25/story', 'Site, April 28th 2024 - 17:51 UTC', '', 'Headline of the story', '', 'The president said on Monday that elections could be advanced to December, officials told reporters in the capital.'].join('\n');
    const [a] = readArticles('site.txt', page).articles;
    expect(a!.date).toBe('2024-04-28');
  });
});

describe('segmentPage negatives: link lists stay page furniture (session 20)', () => {
  it('GIVEN a story, then `Related:` and bulleted links THEN the links end the story (a short label introduces no list of the story’s)', () => {
    const page = [
      'LONDON (Reuters) - The central bank held rates on Thursday, saying inflation was easing faster than it had expected in the spring.',
      '',
      'Related:',
      '• Bank of England minutes show split',
      '• Sterling rises after rate decision',
    ].join('\n');
    const [a] = segmentPage('rel.txt', page, { fileDate: null }).articles;
    expect(a!.paragraphs.join(' ')).not.toMatch(/Sterling rises/);
  });
});

describe('segmentPage: sentences about publishing are not stamps (session 21)', () => {
  it('GIVEN `The report was published in 2019 by the council.` and `The study was first published April 24, 2025, in Nature, researchers said.` THEN both stay article text', () => {
    const text = ['Study finds', '', 'LONDON, May 2, 2025 (Reuters) - The report was published in 2019 by the council.', '', 'The study was first published April 24, 2025, in Nature, researchers said.'].join('\n');
    const [a] = segmentPage('x.txt', text, { fileDate: null }).articles;
    expect(a!.paragraphs).toHaveLength(2);
    expect(a!.date).toBe('2025-05-02');
  });
});

describe('parseDateline negatives — session 28, a mixed-case place, its day and a dash', () => {
  it('GIVEN a weekday, a sentence adverb or no day before the dash THEN no dateline', () => {
    expect(parseDateline('Monday, Aug. 7 - Merck approved the deal at a special meeting of its shareholders.')).toBeNull();
    expect(parseDateline('Meanwhile, Aug. 7 - Merck approved the deal at a special meeting of its shareholders.')).toBeNull();
    expect(parseDateline('Charlotte, N.C. - Merck approved the deal at a special meeting of its shareholders.')).toBeNull();
  });
});

describe('segmentPage negatives — session 28, figures that are no day', () => {
  it('GIVEN a line `20101345 ALALAM` (no month 13) or `20100409 shares were traded` (prose) THEN no date from it', () => {
    const page = (stamp: string): string => [stamp, "Sudan's political parties are preparing on Friday for their last day of campaigning before voting begins on Sunday.", ''].join('\n');
    expect(readArticles('a.txt', page('20101345 ALALAM')).articles.map((a) => a.date)).toEqual([null]);
    expect(readArticles('b.txt', page('20100409 shares were traded')).articles.map((a) => a.date)).toEqual([null]);
  });
});

describe('segmentPage negatives — session 28, the day called today', () => {
  it('GIVEN a page whose only day after `today` is a day in the past of a quote (`not today, but on 3 March 2019`) THEN no date from it', () => {
    const page = ['The council met again and the mayor said the vote would come not today, but on 3 March 2019 or later, once the budget was ready for it.', ''].join('\n');
    expect(readArticles('council.txt', page).articles.map((a) => a.date)).toEqual([null]);
  });
});
