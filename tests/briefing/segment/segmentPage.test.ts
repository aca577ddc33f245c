import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentPage } from '../../../src/briefing/segment/segmentPage.js';
import { dateHintFromName } from '../../../src/briefing/ingest/dateHintFromName.js';
import { readArticles } from '../../../src/briefing/ingest/readArticles.js';
import { analyseQuotes } from '../../../src/briefing/analyse/quotes/index.js';

const SAMPLE = 'spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';
const sampleText = readFileSync(join('data', SAMPLE), 'utf8');
const goldPath = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'gold', SAMPLE.replace('.txt', '.gold.json'));
const fixture = (f: string): { name: string; text: string } => ({ name: f, text: readFileSync(join('tests', 'fixtures', 'pages', f), 'utf8') });
const segment = (name: string, text: string) => segmentPage(name, text, { fileDate: dateHintFromName(name) });

describe('segmentPage on the sample page', () => {
  const { articles } = segment(SAMPLE, sampleText);

  it('GIVEN the sample page THEN finds the five reports of the gold file with their fields', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { articles: Record<string, unknown>[] };
    expect(articles).toHaveLength(gold.articles.length);
    gold.articles.forEach((g, i) => {
      const a = articles[i]!;
      expect({ headline: a.headline, byline: a.byline, place: a.place, agency: a.agency, date: a.date, teaser: a.teaser }).toEqual({
        headline: g['headline'],
        byline: g['byline'],
        place: g['place'],
        agency: g['agency'],
        date: g['date'],
        teaser: g['teaser'] ?? false,
      });
    });
  });

  it('GIVEN the sample page THEN no boilerplate of the gold list is inside any article', () => {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { boilerplate_must_not_appear_in_any_article: string[] };
    const all = articles.map((a) => [a.headline, ...a.paragraphs].join('\n')).join('\n');
    for (const b of gold.boilerplate_must_not_appear_in_any_article) expect(all).not.toContain(b);
    expect(all).not.toContain('earlier related report');
    expect(all).not.toContain('Source: Agence France-Presse');
  });

  it('GIVEN an inline dateline THEN the text after the dash opens the body and the dateline is gone', () => {
    expect(articles[0]!.paragraphs[0]).toMatch(/^Six out of 10 Poles oppose/);
    expect(articles[2]!.paragraphs[0]).toMatch(/^The United States and Russia will form a working group/);
    expect(articles.flatMap((a) => a.paragraphs).some((p) => /\(AF(P|NS)\)/.test(p))).toBe(false);
  });

  it('GIVEN the main report THEN its body ends before the page footer and keeps all 22 paragraphs', () => {
    expect(articles[1]!.paragraphs).toHaveLength(22);
    expect(articles[1]!.paragraphs.at(-1)).toMatch(/Russia would not have a veto/);
    expect(articles[3]!.paragraphs.at(-1)).toMatch(/^Serdyukov said he hopes/);
  });

  it('GIVEN a file name THEN ids are stable and count from 1 in page order', () => {
    expect(articles.map((a) => a.id)).toEqual([1, 2, 3, 4, 5].map((n) => `spacewar-2007-04-23-russia-rebuffs-missile-shield#${n}`));
  });
});

describe('segmentPage on other dateline shapes', () => {
  it('GIVEN a hard-wrapped Reuters page with a wrapped headline and a broken byline THEN rebuilds headline, byline and paragraphs', () => {
    const { name, text } = fixture('reuters-wrapped-2011-03-14.txt');
    const [a, ...rest] = segment(name, text).articles;
    expect(rest).toHaveLength(0);
    expect(a).toMatchObject({ headline: 'Japan races to cool reactors as radiation fears spread', byline: 'Kiyoshi Takenaka', place: 'Tokyo', agency: 'Reuters', date: '2011-03-14' });
    expect(a!.paragraphs[0]).toBe(
      'Japanese engineers battled on Monday to prevent a meltdown at a quake-stricken nuclear plant after a second hydrogen explosion in three days, as the government said it could not rule out further blasts.',
    );
    const body = a!.paragraphs.join('\n');
    expect(body).toContain('No. 2 reactor late on Monday.');
    expect(body).not.toMatch(/ADVERTISEMENT|Reporting by|Latest Headlines|Libya rebels/);
  });

  it('GIVEN a UPI page `Oct. 30 (UPI) --` with the year only in a timestamp THEN dates it from the page and drops ads and captions', () => {
    const { name, text } = fixture('upi-ap-style-2019-10-17.txt');
    const [a] = segment(name, text).articles;
    expect(a).toMatchObject({ headline: 'Chile cancels climate summit amid unrest', byline: 'Maria Soledad Cortes', place: null, agency: 'UPI', date: '2019-10-30' });
    const body = a!.paragraphs.join('\n');
    expect(body).not.toMatch(/Advertisement|Photo by|SUBSCRIBE|Published:|Latest Headlines/);
    expect(a!.paragraphs).toHaveLength(3);
  });

  it('GIVEN an AP page `WASHINGTON —` with a timestamp line THEN the place comes from the dateline and the headline skips the timestamp', () => {
    const { name, text } = fixture('ap-caps-dash-2015-06-26.txt');
    const [a] = segment(name, text).articles;
    expect(a).toMatchObject({ headline: 'Court upholds health law subsidies', place: 'Washington', agency: null, date: '2015-06-25' });
    expect(a!.paragraphs.join('\n')).not.toMatch(/TAKEAWAYS|Copyright|Associated Press\. All rights/);
  });

  it('GIVEN a page of several reports with a section label and a teaser after the footer THEN splits them and marks only the teaser', () => {
    const { name, text } = fixture('two-reports-2009-12-19.txt');
    const articles = segment(name, text).articles;
    expect(articles.map((a) => [a.headline, a.byline, a.place, a.agency, a.date, a.teaser])).toEqual([
      ['Poor nations angry at outcome: survey', null, 'Copenhagen', 'AFP', '2009-12-19', false],
      ['Climate deal falls short as talks end', 'John Smith', 'Copenhagen', 'AFP', '2009-12-19', false],
      ['Talks stall over emissions targets', 'Ann Lee', 'Copenhagen', 'AFNS', '2009-12-17', false],
      ['Leaders arrive for summit', null, 'Copenhagen', 'AFP', '2009-12-16', true],
    ]);
    expect(articles.flatMap((a) => a.paragraphs).join('\n')).not.toMatch(/Email This|Related Links|Learn about|Floods hit|Copyright|Photo by/);
  });

  it('GIVEN a dateline without a year in a file with none on the page THEN the year comes from the file name', () => {
    const text = 'Storm hits coast\nMiami (AFP) Sept 3 - A storm hit the coast on Tuesday, officials said.\n';
    expect(segmentPage('storms-2019-09-04.txt', text, { fileDate: '2019-09-04' }).articles[0]!.date).toBe('2019-09-03');
    expect(segmentPage('storms.txt', text, { fileDate: null }).articles[0]!.date).toBeNull();
  });

  it('GIVEN an ASCII wire dateline `WASHINGTON, March 17 - ` (capitals, date, no agency) THEN place and date are read, the year from the file name, and with none the article is undated with a named warning', () => {
    const text = 'U.S. ENERGY SECRETARY PROPOSES OIL TAX INCENTIVES\n\nWASHINGTON, March 17 - Energy Secretary Ann Corley said she will propose tax incentives to raise domestic oil output.\n\nShe said the plan would cost little.\n';
    const dated = segmentPage('energy-1987-03-18.txt', text, { fileDate: '1987-03-18' });
    expect(dated.articles[0]).toMatchObject({ place: 'Washington', date: '1987-03-17', headline: 'U.S. ENERGY SECRETARY PROPOSES OIL TAX INCENTIVES' });
    expect(dated.articles[0]!.paragraphs[0]).toBe('Energy Secretary Ann Corley said she will propose tax incentives to raise domestic oil output.');
    expect(dated.warnings).toEqual([]);
    const undated = segmentPage('energy.txt', text, { fileDate: null });
    expect(undated.articles[0]).toMatchObject({ place: 'Washington', date: null });
    expect(undated.warnings).toEqual([expect.objectContaining({ code: 'undated', file: 'energy.txt' })]);
    expect(undated.warnings[0]!.message).toContain('March 17');
  });

  it('GIVEN a scraped web page with no dateline, navigation and promotions above its story THEN the headline is the one above the lead and the navigation is not in the body', () => {
    const text = [
      'Menu',
      'Newsletter sign-up',
      'Subscribe now',
      'Councils must listen to small firms on planning reform - not just developers Partner content',
      'Economy',
      'Health',
      '',
      'Ministers signal school meals plan will widen from September as they confirm new funding',
      '',
      'The scheme will reach another 200,000 pupils.',
      '',
      'Ministers have signalled that the free school meals scheme will widen from September, as they confirmed new funding for councils on Tuesday.',
      '',
      'The education secretary told MPs that councils would receive the money "within weeks".',
    ].join('\n');
    const { articles } = segmentPage('schools.txt', text, { fileDate: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBe('Ministers signal school meals plan will widen from September as they confirm new funding');
    expect(articles[0]!.paragraphs[0]).toBe('The scheme will reach another 200,000 pupils.');
    expect(articles[0]!.paragraphs.join('\n')).not.toMatch(/Newsletter|Subscribe|Partner content|^Economy$/m);
  });

  it('GIVEN hyphen-bulleted summary lines (`- GameStop shares fell …`) THEN the paragraphs keep the text without the bullet; a minus sign stays (a `•` list still ends the text, as a footer link list)', () => {
    const text = ['Retailer shares slide after loss', '', '- Shares fell as much as 10% on Thursday after the quarterly report.', '', '- The company gave no outlook for the rest of the year.', '', 'Temperatures of -40 degrees were recorded in the north of the country overnight, officials said.'].join('\n');
    const { articles } = segmentPage('retail.txt', text, { fileDate: null });
    expect(articles[0]!.paragraphs).toEqual(['Shares fell as much as 10% on Thursday after the quarterly report.', 'The company gave no outlook for the rest of the year.', 'Temperatures of -40 degrees were recorded in the north of the country overnight, officials said.']);
  });

  it('GIVEN an aggregator page of wire blurbs, one with its place dropped (`(Reuters) – …`) THEN each blurb is an article of its own', () => {
    const text = [
      'Minister dies at 65',
      'ROME (Reuters) – Franco Bellini, who served twice as foreign minister, died on Saturday at the age of 65, Italian media reported.',
      'EU condemns ban on female aid staff',
      'BRUSSELS (Reuters) – The EU foreign policy chief on Sunday condemned an order banning women from working for aid groups.',
      'Lavrov: Kyiv must accept proposals or the army will decide',
      '(Reuters) – Moscow’s proposals are well known to Kyiv and it is up to Ukrainian authorities to fulfil them, the Russian foreign minister said.',
    ].join('\n');
    const { articles, warnings } = segmentPage('blurbs.txt', text, { fileDate: null });
    // No date anywhere: each article is undated, and said so.
    expect(warnings.map((w) => w.code)).toEqual(['undated', 'undated', 'undated']);
    expect(warnings[0]!.message).toContain('gives no date, and neither does the page');
    expect(articles.map((a) => [a.headline, a.place, a.agency, a.paragraphs.length])).toEqual([
      ['Minister dies at 65', 'Rome', 'Reuters', 1],
      ['EU condemns ban on female aid staff', 'Brussels', 'Reuters', 1],
      ['Lavrov: Kyiv must accept proposals or the army will decide', null, 'Reuters', 1],
    ]);
  });

  it('GIVEN a December dateline and a January date elsewhere on the page THEN picks the year that keeps them close', () => {
    const text = 'Page updated January 2, 2010\n\nMarkets close the year\nLondon (AFP) Dec 31 - Shares ended the year higher, traders said.\n';
    expect(segmentPage('x.txt', text, { fileDate: null }).articles[0]!.date).toBe('2009-12-31');
  });

  it('GIVEN a portal page with a pipe navigation bar, a timestamp and a reporter role line THEN none of them is taken for the headline', () => {
    const text = [
      'UPI.com',
      'Home | Top News | Business News',
      '',
      'U.S. files WTO complaint over cotton duties',
      '',
      'Published: March 4, 2008 at 2:41 PM',
      '',
      'By DANIEL HARMON',
      'UPI Trade Correspondent',
      '',
      'WASHINGTON, March 4 (UPI) -- The United States on Tuesday asked the WTO to rule on new duties.',
      '',
      'Email | Print | Share | Reprints',
    ].join('\n');
    const [a] = segmentPage('p.txt', text, { fileDate: null }).articles;
    expect(a).toMatchObject({ headline: 'U.S. files WTO complaint over cotton duties', byline: 'Daniel Harmon', place: 'Washington', agency: 'UPI', date: '2008-03-04' });
    expect(a!.paragraphs).toEqual(['The United States on Tuesday asked the WTO to rule on new duties.']);
  });

  it('GIVEN a one-paragraph older report after the main one with no footer between THEN it is a teaser', () => {
    const main = Array.from({ length: 4 }, (_, i) => `Paragraph ${i + 1} of the main report, said officials.`).join('\n\n');
    const text = `Vote rivals trade barbs\n\nKiev (AFP) Sept 25, 2007\n${main}\n\nOpposition accuses government\nKiev (AFP) Sept 22, 2007\nThe opposition leader said on Saturday the vote would be rigged.\n`;
    const articles = segmentPage('k.txt', text, { fileDate: null }).articles;
    expect(articles.map((a) => [a.headline, a.date, a.teaser])).toEqual([
      ['Vote rivals trade barbs', '2007-09-25', false],
      ['Opposition accuses government', '2007-09-22', true],
    ]);
  });

  it('GIVEN a page without a dateline under `By NAME, Associated Press` or `By Associated Press` THEN the agency is AP, and a bare agency is no reporter', () => {
    const body = 'An explosion leveled a home in a St. Paul suburb early Thursday, killing at least one person, a fire official said.';
    const named = segmentPage('a.txt', ['House explodes in Minnesota suburb', '', 'By MARGARET A. BLOCK, Associated Press', 'March 14, 2024', '', body].join('\n'), { fileDate: null }).articles[0]!;
    expect(named).toMatchObject({ byline: 'Margaret A. Block', agency: 'AP', date: '2024-03-14' });
    const bare = segmentPage('b.txt', ['Officer shoots armed person in bank', '', 'By Associated Press', 'Published: Thursday, November 5, 2020', '', body].join('\n'), { fileDate: null }).articles[0]!;
    expect(bare).toMatchObject({ byline: null, agency: 'AP', date: '2020-11-05' });
  });

  it('GIVEN a byline broken over lines with its agency and date under it (`By` / `GREG BEACHAM` / `AP,` / `March 9, 2019`) above a dateline THEN the reporter, title-cased, and the headline above the caption', () => {
    const page = [
      'Kyrie Irving’s 30 points propel Celtics past Los Angeles Lakers',
      '',
      'Kyrie Irving and LeBron James chat during Saturday’s game. –Jae C. Hong / AP Photo',
      'By',
      'GREG BEACHAM',
      'AP,',
      'March 9, 2019',
      '',
      'LOS ANGELES (AP) — Kyrie Irving scored 30 points in the Boston Celtics’ 120-107 victory over the Los Angeles Lakers on Saturday night.',
      '',
      'Marcus Morris had 16 points and seven rebounds, and Gordon Hayward added 15 points for the Celtics.',
    ].join('\n');
    expect(segmentPage('a.txt', page, { fileDate: null }).articles[0]).toMatchObject({ byline: 'Greg Beacham', agency: 'AP', place: 'Los Angeles', date: '2019-03-09', headline: 'Kyrie Irving’s 30 points propel Celtics past Los Angeles Lakers' });
  });

  it('GIVEN a page dated `21/04/2022`, `21.04.2022`, `21-Apr-2022` or `FOR RELEASE: JUNE 5, 2019` THEN the article takes that date', () => {
    const page = (dateLine: string): string => ['Streeting says claims are a joke', '', dateLine, '', 'The shadow health secretary rejected the claims that the leader misled parliament during questions.'].join('\n');
    expect(segmentPage('a.txt', page('21/04/2022'), { fileDate: null }).articles[0]!.date).toBe('2022-04-21');
    expect(segmentPage('b.txt', page('04/21/2022'), { fileDate: null }).articles[0]!.date).toBe('2022-04-21');
    expect(segmentPage('c.txt', page('21.04.2022'), { fileDate: null }).articles[0]!.date).toBe('2022-04-21');
    expect(segmentPage('e.txt', page('21-Apr-2022'), { fileDate: null }).articles[0]!.date).toBe('2022-04-21');
    const release = segmentPage('d.txt', ['BIDEN 48, TRUMP 44 IN TEXAS, UNIVERSITY POLL FINDS', '', 'FOR RELEASE: JUNE 5, 2019', '', 'The president is locked in too-close-to-call races with seven challengers, according to a poll released today.'].join('\n'), { fileDate: null }).articles[0]!;
    expect(release).toMatchObject({ date: '2019-06-05', headline: 'BIDEN 48, TRUMP 44 IN TEXAS, UNIVERSITY POLL FINDS' });
  });

  it('GIVEN a page without a dateline whose headline is followed by the reporter\'s bare name (`Josh Salisbury`) THEN the name is the byline, not the headline nor a paragraph', () => {
    const page = ['Veteran MP says he lives rent free in the premier’s head', '', 'Josh Salisbury', 'Evening Standard, 8 November 2023', '', 'The veteran MP has said he lives rent free in the head of the prime minister after a jibe in the Commons on Wednesday.'].join('\n');
    const a = segmentPage('a.txt', page, { fileDate: null }).articles[0]!;
    expect(a).toMatchObject({ headline: 'Veteran MP says he lives rent free in the premier’s head', byline: 'Josh Salisbury', date: '2023-11-08' });
    expect(a.paragraphs).toHaveLength(1);
  });

  it('GIVEN a publisher banner (`The Canadian Press - ONLINE EDITION`) between the headline and the dateline THEN the headline above it is kept', () => {
    const page = ['Thomson Reuters shares drop after fourth quarter misses expectations', '', 'The Canadian Press - ONLINE EDITION', 'February 13, 2014', '', 'TORONTO - Tightened expenses at global financial institutions left the company feeling the pain in its fourth-quarter results.'].join('\n');
    expect(segmentPage('a.txt', page, { fileDate: null }).articles[0]).toMatchObject({ headline: 'Thomson Reuters shares drop after fourth quarter misses expectations', place: 'Toronto' });
  });

  it('GIVEN a byline naming a site that starts with a figure (`By 90Min`) THEN it is the byline, not the headline', () => {
    const page = ['Wolves deserved the win, says their manager', '', 'By 90Min', 'September 30, 2018', '', 'Wolves manager Nuno Santos believes his side deserved to beat Southampton after two late goals on Saturday.'].join('\n');
    expect(segmentPage('a.txt', page, { fileDate: null }).articles[0]).toMatchObject({ headline: 'Wolves deserved the win, says their manager', byline: '90Min' });
  });
});

describe('segmentPage on page furniture from real sites', () => {
  it("GIVEN an agency acronym and a dash opening the story (`AFP - Gabon's …`) THEN the agency is AFP and there is no place named Afp", () => {
    const text = ['Minister rules out curfew in port city', '', "AFP - Gabon's interior minister on Monday ruled out a curfew in the port city after two nights of unrest, saying the police had the streets under control."].join('\n');
    expect(segmentPage('gabon.txt', text, { fileDate: '2009-09-07' }).articles[0]).toMatchObject({ agency: 'AFP', place: null, headline: 'Minister rules out curfew in port city' });
  });
  it('GIVEN a text-size widget and a reading-time label between the headline and the dateline THEN neither is the headline', () => {
    const text = [
      'Police detain marchers in the capital',
      'Updated: 2011-02-19 20:02',
      'Large Medium Small',
      'Estimated read time: 2-3 minutes',
      '',
      'ALGIERS - Police detained several marchers on Saturday as opposition groups tried for the second week running to hold a rally in the centre of the capital.',
    ].join('\n');
    expect(segmentPage('algiers.txt', text, { fileDate: null }).articles[0]).toMatchObject({ headline: 'Police detain marchers in the capital', place: 'Algiers' });
  });
});

describe('segmentPage on syndication pages', () => {
  it('GIVEN a navigation bullet above everything, `Written by: Staff`, and a `WASHINGTON, Oct 26:` dateline THEN one article with its headline, place and body, and no byline', () => {
    const text = [
      '• search',
      '',
      'POLL-Challenger leads in state race-survey',
      '',
      'Written by: Staff',
      '',
      "WASHINGTON, Oct 26: Voters in the state prefer the challenger to the sitting governor two weeks before the vote and doubt the budget plan, according to a poll released today.",
      '',
      'The challenger leads by nine points, 45 per cent to 36 per cent, among voters who say they will certainly vote.',
    ].join('\n');
    const [a] = segmentPage('zogby.txt', text, { fileDate: null }).articles;
    expect(a).toMatchObject({ headline: 'POLL-Challenger leads in state race-survey', place: 'Washington', byline: null });
    expect(a!.paragraphs).toHaveLength(2);
  });
  it('GIVEN `By: Thomas Eden` under the headline THEN he is the byline and the headline stays', () => {
    const text = ['Judge Fines Lawyer Over Late Filings', 'By: Thomas Eden', '', 'A federal judge fined a lawyer on Tuesday for filing the same late motions three times in a contract dispute that had already been settled out of court.'].join('\n');
    expect(segmentPage('eden.txt', text, { fileDate: null }).articles[0]).toMatchObject({ headline: 'Judge Fines Lawyer Over Late Filings', byline: 'Thomas Eden' });
  });
});

describe('segmentPage on stamps and captions', () => {
  it('GIVEN a site date banner, a headline, a deck, a reporters-and-`Published 28.12.22` stamp and captions THEN the headline is the headline and the date the stamp’s', () => {
    const text = [
      'site-logo Friday, 22 September 2023',
      '',
      'Snow strands holiday travellers at northern airports',
      '',
      'Delays the day after Christmas left families camped in terminals with no sign of new flights',
      '',
      'Jo Kerr, Sam Patel Chicago Published 28.12.22, 12:40 AM',
      'Representational image. File picture',
      '',
      'Thousands of travellers were stuck at airports across the north on Monday as snow closed runways and airlines cancelled hundreds of flights.',
    ].join('\n');
    expect(segmentPage('flights.txt', text, { fileDate: null }).articles[0]).toMatchObject({ headline: 'Snow strands holiday travellers at northern airports', date: '2022-12-28' });
  });
  it('GIVEN photo captions above a story (`In this 19 February 2011 file photo, …`, `… the capital 12 February 2011. (Reuters)`) THEN neither is the headline', () => {
    const text = [
      'Marchers defy ban in the capital',
      'Marchers carry banners through the centre of the capital 12 February 2011. (Reuters)',
      '',
      'Marches have been banned in the capital for years under emergency rules, and hundreds of police lined the main avenue on Saturday as the crowd grew.',
    ].join('\n');
    expect(segmentPage('algiers.txt', text, { fileDate: null }).articles[0]!.headline).toBe('Marchers defy ban in the capital');
  });
});

describe('segmentPage: a photo’s date is not the report’s', () => {
  it('GIVEN a page at `/2021/08/02/` whose only full date is in a photo caption above the dateline (`… on Monday, July 26, 2021. (AP Photo/…)`) THEN the report is dated from the address; with no address, the caption’s date is the last resort', () => {
    const page = (url: string | null) => [
      ...(url === null ? [] : [`URL: ${url}`, '']),
      'Evacuations lifted as progress made against fires in US West',
      '',
      'Crews monitor a firing operation while battling the Dixie Fire in Lassen National Forest, Calif., on Monday, July 26, 2021. (AP Photo/Noah Berger)',
      '',
      'BLY, Ore. – Firefighters in Oregon reported good progress in the battle against the nation’s largest wildfire on Sunday, while authorities canceled evacuation orders.',
    ].join('\n');
    expect(readArticles('fires.txt', page('https://www.wsls.com/news/2021/08/02/evacuations-lifted/')).articles[0]!.date).toBe('2021-08-02');
    expect(readArticles('fires.txt', page(null)).articles[0]!.date).toBe('2021-07-26');
  });
});

describe('segmentPage: accessibility links and empty stamp labels at the top', () => {
  it('GIVEN `Skip to content` and `PUBLISHED: | UPDATED:` above the story THEN neither is the headline nor text', () => {
    const text = [
      'URL: https://www.dailynews.com/2009/01/24/financials-pulling-down-markets/',
      'Skip to content',
      'PUBLISHED: | UPDATED:',
      '',
      'Investors expected fourth-quarter earnings would be bad — but not this bad.',
      '',
      'About half of companies’ reports for the final three months of 2008 have fallen short of Wall Street’s already lowered expectations.',
    ].join('\n');
    const a = readArticles('financials.txt', text).articles[0]!;
    expect(a.headline).not.toBe('Skip to content');
    expect(a.paragraphs.join(' ')).not.toMatch(/Skip to content|PUBLISHED/);
    expect(a.date).toBe('2009-01-24');
  });
});

describe('segmentPage: a dash signature under a quote', () => {
  it('GIVEN a quote paragraph, then `— Sheriff Eric Flowers` on its own line, under a county subhead THEN the signature joins the quote (its speaker) and the subheads are dropped', () => {
    const text = [
      'Florida law enforcement react to deaths of deputies',
      '',
      'WEST PALM BEACH, Fla. — Law enforcement agencies in Florida are sharing their thoughts Thursday following the deaths of two deputies.',
      '',
      'Indian River County',
      '',
      '"Our hearts and prayers go out to the entire Palm Beach County Sheriff\'s office. Our team is here for them."',
      '— Sheriff Eric Flowers',
      '',
      'Martin County',
      '',
      '"As a sheriff I am as devastated as I can be," Martin County Sheriff William Snyder told WPTV.',
    ].join('\n');
    const { articles } = readArticles('react.txt', text);
    expect(articles[0]!.paragraphs[1]).toMatch(/for them\." — Sheriff Eric Flowers$/);
    expect(articles[0]!.paragraphs.some((p) => /^(?:Indian River|Martin) County$/.test(p))).toBe(false);
    expect(analyseQuotes(articles).quotes.map((q) => q.speaker)).toEqual(['Eric Flowers', 'William Snyder']);
  });
});

describe('segmentPage: a file picture’s credit', () => {
  it('GIVEN a caption closing `Mark Demayo, ABS-CBN News/File.` whose date is March 7, 2023 above a story at `/news/10/15/23/` THEN the caption is no paragraph and the report is dated from the address', () => {
    const text = [
      'URL: https://news.abs-cbn.com/news/10/15/23/in-person-classes-suspended-due-to-transport-strike',
      'Jeepneys ply their route along Commonwealth Avenue in Quezon City on March 7, 2023, amid transport group PISTON\'s announcement of the week-long strike to continue. Mark Demayo, ABS-CBN News/File.',
      '',
      'MANILA (UPDATED) -- Face-to-face classes in some local governments and schools in Metro Manila are suspended on Monday, October 16, due to a nationwide transport strike.',
      '',
      'Transport group Manibela confirmed on Sunday that they will push through with the transport strike in protest of the jeepney phaseout.',
    ].join('\n');
    const a = readArticles('strike.txt', text).articles[0]!;
    expect(a.date).toBe('2023-10-15');
    expect(a.paragraphs.some((p) => p.includes('Demayo'))).toBe(false);
  });
});

describe('segmentPage: a caption credited in brackets and a follow button under the byline', () => {
  it('GIVEN `Jessica Morris` / `Follow Jessica` / `Opec failed to broker a deal earlier this year (Source: Getty)` above the lead THEN the headline is the page’s, the reporter the byline, and neither line is text', () => {
    const page = ['Oil prices fall after Opec meeting talk fails to lift mood', '', 'Jessica Morris', 'Follow Jessica', 'Opec failed to broker a global freeze deal earlier this year (Source: Getty)', '', 'Crude prices fell today, after renewed hopes over a possible meeting of Opec producers gave way to pessimism.', '', 'Brent crude, the global benchmark, fell 0.79 per cent to $45.03 per barrel this morning.'].join('\n');
    const a = segmentPage('oil.txt', page, { fileDate: null }).articles[0]!;
    expect(a).toMatchObject({ headline: 'Oil prices fall after Opec meeting talk fails to lift mood', byline: 'Jessica Morris' });
    expect(a.paragraphs[0]).toMatch(/^Crude prices fell today/);
  });
});

describe('segmentPage: picture credits in the PA style', () => {
  it('GIVEN captions inside a story ending `(Joe Giddens/PA) / PA Wire` THEN they are no paragraphs, and a `She said` after one is the story’s woman, not the caption’s company', () => {
    const text = [
      'Strike at port will escalate, vows union boss',
      '',
      'Sharon Graham, general secretary of the Unite trade union, addressed a crowd of striking workers at the Port of Felixstowe in Suffolk on Tuesday.',
      '',
      'Unite general secretary Sharon Graham joins her members on a picket line at the Port of Felixstowe in Suffolk (Joe Giddens/PA) / PA Wire',
      '',
      '“It’s absolutely totally abhorrent,” said Ms Graham.',
      '',
      'Hutchison Ports chief executive Clemence Cheng and police officers watch members of the Unite union man a picket line (Joe Giddens/PA)',
      '',
      'She said she is speaking to reps and stewards on Wednesday and they will “discuss what that escalation looks like”.',
    ].join('\n');
    const { articles } = readArticles('felixstowe.txt', text);
    expect(articles[0]!.paragraphs.some((p) => p.includes('Giddens'))).toBe(false);
    expect(analyseQuotes(articles).quotes.map((q) => q.speaker)).toEqual(['Sharon Graham', 'Sharon Graham']);
  });
});

describe('segmentPage: a local station in the dateline', () => {
  it('GIVEN `CAPE CANAVERAL (CBS4) – Forecasters …` THEN the place is Cape Canaveral and the station the agency', () => {
    const text = ['Weather clears for satellite launch', 'CAPE CANAVERAL (CBS4) – Forecasters gave a 90 percent chance of good weather for Thursday\'s launch of a weather satellite from the Space Coast.'].join('\n');
    expect(segmentPage('nasa.txt', text, { fileDate: null }).articles[0]).toMatchObject({ place: 'Cape Canaveral', agency: 'CBS4' });
  });
});

describe('segmentPage: pages that open with the story, and page chrome (session 15)', () => {
  it('GIVEN a text-only page that opens with its story and ends with navigation (`Front page (for this issue) |`, `Home |`) THEN one article of every story paragraph and no headline', () => {
    const text = [
      'Workers at the Ridgeport shipyard rejected the company’s "final" offer on Tuesday, and the union said picket lines would go up at dawn on Wednesday morning outside both of the yard’s gates.',
      'The next day, talks that had run for six weeks broke off after union officials said they had given the company the wrong notice period, which let it extend the old contract for another year.',
      'Only 10 of the 750 union members crossed the picket line in the first week of the strike, the union said, and the company brought in managers to keep two of its four slipways running.',
      'Front page (for this issue) |',
      'Home |',
      'Text-version home',
    ].join('\n');
    const { articles } = segment('shipyard.txt', text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBeNull();
    expect(articles[0]!.paragraphs.slice(0, 3).map((p) => p.slice(0, 20))).toEqual(['Workers at the Ridge', 'The next day, talks ', 'Only 10 of the 750 u']);
    expect(articles[0]!.paragraphs.join(' ')).not.toMatch(/Front page|Home \|/);
  });
  it('GIVEN `Geneva - SPA`, `Share and Follow`, `Times15 hours ago` or a caption ending `Picture: Getty` or `Reuters/Anna Berg` between the headline and the lead THEN the headline is the real one', () => {
    for (const junk of ['Geneva - SPA', 'Share and Follow', 'Times15 hours ago', 'There was more good news for the party in the latest poll. Picture: Getty', 'The minister at a news conference in Paris. Reuters/Anna Berg']) {
      const text = ['Health agency says 19 dead in new outbreak', junk, '', 'The Ridgeland health ministry reported 39 suspected cases of the virus between April 4 and May 13, including 19 deaths, the U.N. health agency said on Monday.'].join('\n');
      expect(segment('outbreak.txt', text).articles[0]?.headline, junk).toBe('Health agency says 19 dead in new outbreak');
    }
  });
});

describe('segmentPage: a short line inside a story that opens the page', () => {
  it('GIVEN a page of story paragraphs with a short quoted line among them (`"We were pleased …"`) THEN no headline and no paragraph lost above it', () => {
    const text = [
      'The last surviving member of the team that first climbed Mount Arlen in 1958 has died in a nursing home in the north of the country, his family said on Wednesday evening.',
      '',
      'Tom Kerrow, 89, died in Ripley on Wednesday after a long illness, with his wife by his side, and tributes were paid by climbers from around the world on Thursday.',
      '',
      '"We were pleased that the others knew about it, and we thought that is where it would stop."',
      '',
      'Mr Kerrow also took part in the polar expedition of 1961-62, which made the first successful crossing of the ice sheet on foot and by tractor, in 99 days.',
    ].join('\n');
    const { articles } = segment('kerrow.txt', text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.headline).toBeNull();
    expect(articles[0]!.paragraphs).toHaveLength(4);
  });
});

describe('segmentPage: ad labels glued to paragraphs', () => {
  it('GIVEN `Hide AdAdvertisement` lines and `Hide Ad` glued before a paragraph (National World pages) THEN the label is gone and the paragraph kept', () => {
    const { articles } = segment('melton.txt', 'Council leaders push back\n\nMELTON, England - Council leaders said on Monday they were disappointed.\n\nHide AdAdvertisement\n\nHide Ad"As local leaders we are closest to our communities," said Jo Hale, the council leader.\n');
    expect(articles[0]?.paragraphs).toEqual(['Council leaders said on Monday they were disappointed.', '"As local leaders we are closest to our communities," said Jo Hale, the council leader.']);
  });
});

describe('segmentPage: dates met on 90 more real dated reports', () => {
  it('GIVEN a dateline with no year (`PHOENIX, April 13 (UPI) --`), a caption recalling `May 8, 2013` and a lead saying `was sentenced on Monday` THEN the year is the near one in which April 13 is that Monday (2015)', () => {
    const page = 'Arias sentenced to life\n\nAda Ruiz reacts as she hears the verdict in Phoenix, Arizona, May 8, 2013. Ruiz was convicted of murder.\n\nPHOENIX, April 13 (UPI) -- Ada Ruiz, convicted of killing her former partner, was sentenced on Monday to life in prison without the possibility of parole.\n\nThe judge read the sentence in a quiet courtroom.\n';
    expect(segment('arias.txt', page).articles.map((a) => a.date)).toEqual(['2015-04-13']);
  });
  it('GIVEN `CHESAPEAKE, Va., Dec. 23 (UPI) -- A jury Tuesday recommended …` and a body recalling `Oct. 14, 2002` THEN the date is 2003-12-23 (a Tuesday), not 2002-12-23', () => {
    const page = 'Jury: Life in prison for sniper teen\n\nCHESAPEAKE, Va., Dec. 23 (UPI) -- A Chesapeake, Va., jury Tuesday recommended Lee Vance be sentenced to life without parole.\n\nVance was convicted in the Oct. 14, 2002, slaying of a shopper.\n';
    expect(segment('malvo.txt', page).articles.map((a) => a.date)).toEqual(['2003-12-23']);
  });
  it('GIVEN a dateline with no date and `Published: Wed 22 May 2019, 10:00 PM` under it THEN the report is dated 2019-05-22', () => {
    const page = 'Flood waters rise in the capital\n\nNEW DELHI -- Thousands of people were moved to camps as the river rose.\n\nPublished: Wed 22 May 2019, 10:00 PM\n\nOfficials said on Tuesday that the river had crossed the danger mark and that more rain was expected over the coming days in the hill states to the north.\n';
    expect(segment('flood.txt', page).articles.map((a) => a.date)).toEqual(['2019-05-22']);
  });
  it('GIVEN `Posted 1/24/2005 1:54 PM     Updated 1/25/2005 5:57 PM` above an undated `BOSTON (AP) —` dateline THEN the report is dated when it was posted, not updated', () => {
    const page = ['Find a forecast:', 'Posted 1/24/2005 1:54 PM     Updated 1/25/2005 5:57 PM', 'The Blizzard of 2005', '', 'Northeast slowly digging out from blizzard', "BOSTON (AP) — The city's airport partially reopened Monday but schools and courthouses were closed in many areas as the Northeast struggled to recover from the weekend's blizzard.", '', 'The storm dumped more than 3 feet of snow on Massachusetts.', ''].join('\n');
    expect(segment('storm.txt', page).articles.map((a) => a.date)).toEqual(['2005-01-24']);
    // A stamp of an update alone still dates the page.
    const updatedOnly = page.replace('Posted 1/24/2005 1:54 PM     ', '');
    expect(segment('storm.txt', updatedOnly).articles.map((a) => a.date)).toEqual(['2005-01-25']);
  });
  it('GIVEN `CityNews | posted Friday, Jan 19th, 2018` and a headline line ending `(China Daily) Updated: 2005-07-19 05:59` THEN each page is dated', () => {
    const city = 'Toronto man charged in missing men probe\n\nCityNews | posted Friday, Jan 19th, 2018\n\nEfforts to assuage fears that a serial killer was active in the Village came to a chilling end on Thursday, when police announced the arrest of a 66-year-old man.\n';
    expect(segment('city.txt', city).articles.map((a) => a.date)).toEqual(['2018-01-19']);
    const daily = 'Coastal provinces bracing for typhoon Haitang By Shao Xiaoyi in Hangzhou, and Li Dapeng in Fuzhou, staff reporters (China Daily) Updated: 2005-07-19 05:59\nMore than 850,000 people were evacuated from the southeastern coastal areas yesterday as the typhoon bore down on them after wreaking havoc elsewhere.\n';
    expect(segment('daily.txt', daily).articles.map((a) => a.date)).toEqual(['2005-07-19']);
  });
});

describe('segmentPage: share widgets, repeated captions and quoted questions on pages without a dateline', () => {
  it('GIVEN a caption printed twice, a standfirst, then `• Follow us on` bullets above the story THEN the headline is the page title and the story is kept whole', () => {
    const page = [
      'World tunes in as ballot counting begins', '',
      'Sweets being prepared at a shop for celebration by political parties ahead of results, in Patna, on Wednesday. — PTI',
      'Sweets being prepared at a shop for celebration by political parties ahead of results, in Patna, on Wednesday. - PTI', '',
      'New Delhi - About 67 per cent of the 910 million electors had cast their vote in the seven-phase elections, the commission said.', '',
      '  • Follow us on', '  • whatsapp', '',
      'The D-day is finally here. After an exhaustive six-week long electoral process, counting began on Thursday in the world\'s biggest democratic exercise.',
      'Results are expected only by late evening due to the tallying of paper audit slips in five polling stations of every assembly segment.',
      'The ruling alliance promised to rev up growth, double farmers\' income and make the country a manufacturing hub if returned to power.',
      'The exit polls have predicted an outright majority for the ruling alliance, though pollsters have often been wrong in the past elections.',
    ].join('\n');
    const [a] = segment('india.txt', page).articles;
    expect(a?.headline).toBe('World tunes in as ballot counting begins');
    expect(a?.paragraphs.some((p) => p.startsWith('The exit polls'))).toBe(true);
    expect(a?.paragraphs.some((p) => p.startsWith('Sweets'))).toBe(false);
  });
  it('GIVEN a page that opens with its story and has `Voters were asked: "If … preferences?"` in it THEN that sentence is no headline', () => {
    const page = 'The three major parties remain in a statistical tie in overnight polling by Nanos Research for the network and a newspaper, the firm said.\n\nVoters were asked: "If a federal election were held today, could you please rank your top two current local voting preferences?"\n\nThe daily tracking figures are based on a three-day rolling sample comprised of 1,200 interviews, with a margin of error of 2.8 points.\n';
    expect(segment('nanos.txt', page).articles[0]?.headline).toBeNull();
  });
});

describe('segmentPage: a colon glued between capitalised words', () => {
  it('GIVEN `Bhopal:Chief Minister Ram Vyas sat on a fast …` THEN the paragraph reads `Bhopal: Chief Minister …`', () => {
    const { articles } = segment('fast.txt', 'Minister begins fast\n\nBhopal:Chief Minister Ram Vyas sat on an indefinite fast on Saturday for the restoration of peace amid a farmers agitation in the state.\n');
    expect(articles[0]?.paragraphs[0]).toMatch(/^Bhopal: Chief Minister Ram Vyas/);
  });
});

describe('segmentPage: results tables in poll stories (session 18)', () => {
  it('GIVEN bulleted results rows (`• National: 36 percent, down 1 point (45 seats)`, `* Union: 25% (minus 1 point)`) after the lead THEN each row is a paragraph without its bullet, rows after them are kept, and a `•` link list still ends the text', () => {
    const text = [
      'Major parties dip further - Harbour News poll',
      '',
      'National and ACT would need NZ First to form a government, and Labour is still losing support, the latest Harbour News poll suggests.',
      '',
      '  • National: 36 percent, down 1 point (45 seats)',
      '  • Labour: 26 percent, down 1 point (33 seats)',
      '  • ACT: 12 percent, steady (15 seats)',
      '',
      'Some 11 percent said they did not know who they would vote for.',
      '',
      '* Union: 25% (minus 1 point)',
      '',
      '• Follow us on Facebook',
      '• Sign up for our newsletter',
    ].join('\n');
    const [a] = segment('harbour-poll.txt', text).articles;
    expect(a?.headline).toBe('Major parties dip further - Harbour News poll');
    expect(a?.paragraphs.slice(1)).toEqual([
      'National: 36 percent, down 1 point (45 seats)',
      'Labour: 26 percent, down 1 point (33 seats)',
      'ACT: 12 percent, steady (15 seats)',
      'Some 11 percent said they did not know who they would vote for.',
      'Union: 25% (minus 1 point)',
    ]);
  });

  it('GIVEN dash rows of a results table (`Liberals - 35%`), a row repeated in another region’s table, and a lead ending in a colon THEN the rows are paragraphs, the repeat kept, and no row is the headline', () => {
    const text = [
      'Marlow Research released a new poll today, taken between March 18 and March 23 and involving 1,508 interviews. Here are the national results:',
      'Liberals - 35%',
      'Greens - 8%',
      'And Ontario:',
      'Liberals - 45%',
      'Greens - 8%',
      'The poll also asked who Canadians felt was the best to handle the economy, and the answers were close again this month.',
    ].join('\n');
    const [a] = segment('marlow.txt', text).articles;
    expect(a?.headline).toBeNull();
    expect(a?.paragraphs.filter((p) => / - \d+%$/.test(p))).toEqual(['Liberals - 35%', 'Greens - 8%', 'Liberals - 45%', 'Greens - 8%']);
  });

  it('GIVEN a headline that opens with a poll and a share (`Harbour Poll – 36% of Kenyans Say Odhiambo Should Retire`) THEN it is still the headline', () => {
    const text = ['Harbour Poll – 36% of Kenyans Say Odhiambo Should Retire From Politics', '', 'A new Harbour poll released on Tuesday shows that 36 percent of Kenyans think the former prime minister should retire from politics.'].join('\n');
    expect(segment('harbour.txt', text).articles[0]?.headline).toBe('Harbour Poll – 36% of Kenyans Say Odhiambo Should Retire From Politics');
  });
});

describe('segmentPage: a page that opens with quote paragraphs (session 18)', () => {
  it('GIVEN a page opening `“…,” said lead researcher Dr Ben Henry, …` and then a line `“Unfortunately, this is terrible news for the reef.”` THEN there is no headline and both lines are paragraphs', () => {
    const text = [
      '“The recent events in the Great Barrier Reef are extraordinary,” said lead researcher Dr Ben Henry, who carried out the study at Wollongong University.',
      '“Unfortunately, this is terrible news for the reef.”',
      '“There is still a glimmer of hope though,” he added.',
      'Corals have adapted to survive and grow within a specific temperature range, forming a skeleton that provides a habitat for other species.',
    ].join('\n');
    const [a] = segment('reef.txt', text).articles;
    expect(a?.headline).toBeNull();
    expect(a?.paragraphs.slice(0, 2)).toEqual([
      '“The recent events in the Great Barrier Reef are extraordinary,” said lead researcher Dr Ben Henry, who carried out the study at Wollongong University.',
      '“Unfortunately, this is terrible news for the reef.”',
    ]);
  });
});

describe('segmentPage: a page saved with its address, blogs quoting wire copy, subheads without a title', () => {
  it('GIVEN `URL: …/2019/09/12/…` over an undated lead THEN the address is no headline, it is the report’s url, and it dates the report', () => {
    const page = 'URL: http://leadership.ng/2019/09/12/police-arrest-over-50-suspects-for-kidnapping/\n\nThe Nigeria Police Force yesterday said it has arrested about 58 suspected kidnappers and armed robbers.\n\nExhibits recovered from them include 18 rifles and several stolen vehicles, the police said.\n';
    const [a] = readArticles('ng.txt', page).articles;
    expect(a).toMatchObject({ headline: null, date: '2019-09-12', url: 'http://leadership.ng/2019/09/12/police-arrest-over-50-suspects-for-kidnapping/' });
    expect(a!.paragraphs.join(' ')).not.toMatch(/URL:|https?:/);
  });
  it('GIVEN `URL: …/2022/01/20/…` over a headline and an undated `FLAGSTAFF (AP) —` dateline THEN the main report takes the address’s day; a date on the page still wins', () => {
    const page = ['URL: https://www.example.com/news/2022/01/20/mayor-postpones-address', '', 'Mayor postpones address', '', 'FLAGSTAFF (AP) — Thursday’s state-of-the-city address by the mayor has been postponed until February because of the surge.', '', 'He made the announcement on Twitter on Thursday.', ''].join('\n');
    expect(readArticles('m.txt', page).articles.map((a) => [a.headline, a.date])).toEqual([['Mayor postpones address', '2022-01-20']]);
    const stamped = page.replace('Mayor postpones address', 'Mayor postpones address\nPublished: January 21, 2022');
    expect(readArticles('m.txt', stamped).articles.map((a) => a.date)).toEqual(['2022-01-21']);
  });
  it('GIVEN a chart credit printed twice (`Jobless Claims (Bloomberg)`) and wire copy quoted under a bullet (`* WASHINGTON (Reuters) – …`) THEN the quoted report is kept, not lost to two empty datelines', () => {
    const page = [
      'URL: https://layofflist.wordpress.com/2009/02/12/february-12-jobless-claims/',
      '',
      'Mike: Today’s big jobs number is Jobless Claims at 8:30 Eastern. As you can see from the graph below, claims have risen.',
      '',
      '* WASHINGTON (Reuters) – The number of U.S. workers filing new claims for unemployment benefits eased last week but by less than expected, according to government data on Thursday.',
      '',
      'The department said initial claims slipped 8,000 to a seasonally adjusted 623,000 in the week ending February 7.',
      '',
      'Jobless Claims (Bloomberg)',
      '',
      'Jobless Claims (Bloomberg)',
      '',
    ].join('\n');
    const { articles } = readArticles('blog.txt', page);
    expect(articles.map((a) => [a.place, a.date])).toEqual([['Washington', '2009-02-12']]);
    expect(articles[0]!.paragraphs[0]).toMatch(/^The number of U\.S\. workers/);
    expect(articles[0]!.paragraphs.join(' ')).not.toMatch(/Bloomberg/);
  });
  it('GIVEN a page with no title: a standfirst, then subheads between paragraphs THEN no subhead is the headline and the standfirst is kept', () => {
    const page = [
      'A new IBRiS poll shows the Civic Coalition rising to 30.4 % support and Law and Justice falling to 27.6 %.',
      'Civic Coalition Leads, PiS Declines',
      'According to an IBRiS survey conducted on 24-25 October, the Civic Coalition secured 30.4 % of voter support, up 1.7 points from the previous month.',
      'Confederation Tones Up',
      'Confederation came third with 15 % support, an increase of 1.6 percentage points on the month.',
      'Election Thresholds and Party Play',
      'New Left crossed the electoral threshold with 6.7 % of support, while the Polish People’s Party polled at 4.1 %.',
    ].join('\n');
    const [a] = segment('pl.txt', page).articles;
    expect(a!.headline).toBeNull();
    expect(a!.paragraphs[0]).toMatch(/^A new IBRiS poll/);
  });
});

describe('segmentPage: hard-wrapped prose and a link set into a story, on pages without a dateline (session 19)', () => {
  it('GIVEN hard-wrapped copy whose line `… would come a distant third at` reads like a headline THEN it is prose: no headline, and the lines above it are kept', () => {
    const page = [
      'According to a new poll by Ipsos, if the elections were held today,',
      'Uhuru would get 40 per cent of the Presidential votes and Raila 29 per',
      'cent.',
      'Deputy President William Ruto would come a distant third at',
      'six per cent, while Cord co-principal Kalonzo Musyoka would get four per',
      'cent. The other politicians who showed interest in 2013 are all at two',
      'per cent and below.',
      'Ruto was Uhuru’s running mate in 2013, while Kalonzo was Raila’s number two, in the poll whose disputed result was settled by the Supreme Court.',
    ].join('\n');
    const [a] = segment('ke.txt', page).articles;
    expect(a!.headline).toBeNull();
    expect(a!.paragraphs.join(' ')).toMatch(/Raila 29 per cent\..*distant third at six per cent/);
  });
  it('GIVEN one bulleted link to another story between two paragraphs of prose THEN the story goes on after it', () => {
    const page = [
      'Survey of seats: Likud continues to strengthen',
      '',
      'A poll of Channel 12 published this morning examined the distribution of seats in the Knesset if the elections had taken place today, and found the Likud still the largest party.',
      '',
      '  • An Israeli volunteer in Ukraine “fell in love with my place” – and her husband took an extreme step',
      '',
      'On the question of eligibility for prime minister, opposition leader Benjamin Netanyahu continues to lead the table with 45% approval, with Yair Lapid in second place with 17%.',
      '',
    ].join('\n');
    const [a] = segment('il.txt', page).articles;
    expect(a!.paragraphs.at(-1)).toMatch(/^On the question of eligibility/);
    expect(a!.paragraphs.join(' ')).not.toMatch(/volunteer in Ukraine/);
  });
  it('GIVEN a bulleted link list under the story THEN the story still ends there', () => {
    const page = [
      'Rates held',
      '',
      'The central bank held its main interest rate on Thursday, saying inflation was close to its target and that growth had picked up over the summer months.',
      '',
      '• Pound rises after the decision',
      '• Markets react to the rate hold',
      '',
      'Other news: a teaser paragraph for another story that is long enough to be read as prose by the segmenter, ending here.',
    ].join('\n');
    expect(segment('r.txt', page).articles[0]!.paragraphs.join(' ')).not.toMatch(/teaser paragraph/);
  });
});

describe('segmentPage: a blog’s later update, hard-wrapped print copy with no headline (session 19)', () => {
  it('GIVEN `* Update: WASHINGTON — …` after a quoted report that recalls `October 30, 1982` THEN a second report, not dated 1982', () => {
    const page = [
      'URL: https://example.wordpress.com/2009/02/12/jobless-claims/',
      '',
      '* WASHINGTON (Reuters) – The number of U.S. workers filing new claims for unemployment benefits eased last week but by less than expected, according to government data on Thursday.',
      '',
      'The previous week’s claims were revised up to 631,000, the highest since the week ending October 30, 1982.',
      '',
      '* Update: WASHINGTON — Nearly 5 million Americans continued to draw jobless benefits late last month, and new requests again exceeded 600,000 as companies lay off workers.',
      '',
      'The Labor Department said today that the number of initial jobless benefit claims dropped to a seasonally adjusted 623,000.',
      '',
    ].join('\n');
    const { articles } = readArticles('blog.txt', page);
    expect(articles.map((a) => [a.place, a.date])).toEqual([['Washington', '2009-02-12'], ['Washington', null]]);
  });
  it('GIVEN a hard-wrapped government release with no headline, its lines ending mid-sentence THEN no line of it is the headline and none is lost', () => {
    const page = [
      '5 July 2006',
      'Government will hold cluster media briefings on the implementation of the',
      'Government Programme of Action for 2006 in Pretoria from 4 - 7 July 2006. These',
      'will be the second report back since the State of the Nation address this',
      'year.',
      'The publication of the Government’s Programme of Action was initiated in May',
      '2004 when the government set out its programme for that year. The report on',
      'implementation is updated in line with the bimonthly cycle of reports to',
      'Cabinet. The briefings will take place at the Media Centre, Union Buildings,',
      'Pretoria. There will be a video link up with the Imbizo Media Centre in Cape Town.',
    ].join('\n');
    const [a] = segment('gov.txt', page).articles;
    expect(a!.headline).toBeNull();
    expect(a!.paragraphs.join(' ')).toMatch(/^Government will hold cluster media briefings.*Programme of Action for 2006/);
  });
});

describe('segmentPage: a page saved as one line, a site notice inside it, a stamp a day from the dateline (session 19)', () => {
  const notice = 'Copyright 1995 - . All rights reserved. The content published in this site belongs to China Daily Information Co. Without written authorization, such content shall not be republished. Note: Browsers with 1024*768 or higher resolution are suggested for this site. ';
  const story = 'At least 9 dead as rare winter storm hits southern U.S. Xinhua) 08:50, January 23, 2025 A restaurant remains closed after a winter storm in New Orleans, Louisiana, on Jan. 22, 2025. (Photo by Lan Wei/Xinhua) HOUSTON, Jan. 22 (Xinhua) -- A rare winter storm, known as Enzo, has swept through the southern U.S. with record-breaking snow and bitterly cold weather, claiming at least nine lives as of Wednesday morning. New Orleans on Tuesday experienced its heaviest snowfall since 1948, with 8 inches falling in a single day, according to a report on Wednesday. ';
  it('GIVEN a one-line page holding a copyright notice, a stamp, a caption and a `HOUSTON, Jan. 22 (Xinhua) --` report THEN the report is kept, dated 2025-01-22', () => {
    const { articles } = readArticles('storm.txt', `URL: https://example.com/a/202501/23/storm.html\n\n${notice}${story}${story.slice(-200)}`);
    expect(articles.map((a) => [a.place, a.date])).toEqual([['Houston', '2025-01-22']]);
    expect(articles[0]!.paragraphs[0]).toMatch(/^A rare winter storm/);
  });
  it('GIVEN `… Xinhua) 08:59, February 01, 2025` above `BEIJING, Jan. 31 (Xinhua) -- … will be published on Saturday` THEN 2025-01-31, not the year whose 31 January was a Saturday', () => {
    const page = 'Xi’s article on family ties to be published\nXinhua) 08:59, February 01, 2025\n\nBEIJING, Jan. 31 (Xinhua) -- An article by Xi Jinping on family ties, education and values will be published on Saturday in the Qiushi Journal, the flagship magazine of the party.\n';
    expect(segment('xi.txt', page).articles.map((a) => a.date)).toEqual(['2025-01-31']);
  });
});

describe('segmentPage: bulleted summaries, a notice under the lead, digests, press releases (session 19)', () => {
  it('GIVEN a story whose paragraphs are bullets of whole sentences (Newser) THEN they are its text', () => {
    const page = [
      'Storm Kills 3, Knocks Out Power to 2.7M',
      'Posted Oct 30, 2011 9:10 AM CDT',
      '',
      '(Newser) – A snowstorm with a ferocity more familiar in February than October socked the Northeast over the weekend, knocking out power to 2.7 million and snarling travel.',
      '',
      '  • The 750,000 who lost power in Connecticut broke a state record set when Hurricane Irene hit in August, the governor said last night at a briefing in Hartford.',
      '  • Western Massachusetts was among the hardest hit. Snowfall totals topped 27 inches in Plainfield, and nearby Windsor had gotten 26 inches by early today.',
      '',
    ].join('\n');
    const [a] = segment('storm.txt', page).articles;
    expect(a!.paragraphs.slice(-2).map((p) => p.slice(0, 24))).toEqual(['The 750,000 who lost pow', 'Western Massachusetts wa']);
  });
  it('GIVEN `UPDATE – Nov 25 …` then `© 2015 Telegraph Publishing LLC` then the story THEN the story is kept', () => {
    const page = [
      'POLICE UPDATES: Burglary arrest; bottle rocket fires and mailbox vandalism',
      'Cynthia Prairie | Nov 24, 2015 | Comments 1',
      'UPDATE – Nov 25 8:45 a.m. Chester Police have announced three more arrests in the burglaries reported below. Also arrested on the same charges are three people of Springfield.',
      '© 2015 Telegraph Publishing LLC',
      'Police have arrested one man and hope to have two more in custody soon in connection with a series of burglaries that have taken place from Cavendish to Rockingham.',
      'Chester Police Chief Rick Cloud said Tuesday that a 26-year-old man was arrested in Springfield Monday night and was to be arraigned today in Windsor Court on burglary charges.',
      'The charges include the theft of $7,500 in construction equipment and tools stolen on Nov. 2 from a facility on Route 11 in Chester, the chief said on Tuesday.',
    ].join('\n');
    const [a] = segment('chester.txt', page).articles;
    expect(a!.date).toBe('2015-11-24');
    expect(a!.paragraphs.join(' ')).toMatch(/Chief Rick Cloud said Tuesday/);
  });
  it('GIVEN a digest page stamped `All News 17:05 April 17, 2017` with three `SEOUL --` reports THEN each report takes the stamp’s date', () => {
    const page = [
      'Yonhap News Summary',
      '',
      'All News 17:05 April 17, 2017',
      '',
      'The following is the second summary of major stories moved by Yonhap News Agency on Monday.',
      '',
      'S. Korea, U.S., Japan to discuss N. Korea',
      '',
      'SEOUL -- Senior defense officials from South Korea, the United States and Japan will have talks on North Korea later this week, a Seoul ministry announced Monday.',
      '',
      'Ex-President Park indicted in corruption probe',
      '',
      'SEOUL -- Prosecutors on Monday indicted former President Park Geun-hye on charges of bribery and abuse of power, a month after she was removed from office.',
      '',
    ].join('\n');
    expect(segment('yonhap.txt', page).articles.map((a) => a.date)).toEqual(['2017-04-17', '2017-04-17']);
  });
  it('GIVEN a media advisory opening `Saint-Hubert, Quèbec, February 22, 2002 Media are cordially invited …` THEN it is dated 2002-02-22', () => {
    const page = 'Saint-Hubert, Quèbec, February 22, 2002 Media are cordially invited to a press conference where the Industry Minister and the President of the Canadian Space Agency will make an announcement.\n\nWHAT: Press Conference\nWHEN: Monday, February 25 at noon\n';
    expect(segment('csa.txt', page).articles.map((a) => a.date)).toEqual(['2002-02-22']);
  });
});

describe('segmentPage: a credit under a report’s opening, a first publication under the story (session 19)', () => {
  it('GIVEN `SEATTLE (AP) — …` then `© Provided by The Canadian Press` then the story THEN the story is the report’s', () => {
    const page = [
      'Thursday, June 10, 2021',
      '',
      "Washington's 'joints for jabs' vaccine program falling flat",
      '',
      'SEATTLE (AP) — It was designed as an innovative way to promote COVID-19 vaccinations, but Washington’s new “joints for jabs” program is off to a rough start.',
      '© Provided by The Canadian Press',
      '',
      "Officials announced Monday that the state's nearly 500 licensed marijuana retailers could begin hosting vaccine clinics and offering a single free pre-rolled cigarette to adults.",
      '',
      "It's one of many vaccine incentives being offered in Washington, including free pints of beer, sports tickets and prize money to lure those who have been hesitant.",
      '',
      'Washington and Colorado in 2012 were the first states to legalize the adult use of marijuana, and sales began in Washington in 2014 after a long wait for licences.',
      '',
    ].join('\n');
    const [a] = segment('jabs.txt', page).articles;
    expect(a!.date).toBe('2021-06-10');
    expect(a!.paragraphs.join(' ')).toMatch(/Officials announced Monday/);
  });
  it('GIVEN `Last Updated : Apr 09 2019` above the story and `First Published: Jun 10 2016` under it THEN the page is dated 2016-06-10', () => {
    const page = [
      'Union minister Balyan condemns Sadhvi Prachi’s remark',
      'Press Trust of India Kolkata',
      '1 min read Last Updated : Apr 09 2019 | 3:32 PM IST',
      '',
      'Union Minister Sanjeev Balyan today condemned the remark made by Sadhvi Prachi on Tuesday, saying such statements should not be made by anyone in public life in the country.',
      '',
      'First Published: Jun 10 2016 | 1:07 AM IST',
      '',
    ].join('\n');
    expect(segment('bs.txt', page).articles.map((a) => a.date)).toEqual(['2016-06-10']);
  });
});

describe('segmentPage: a day-first dateline, a date the address confirms, stamps at a line’s end, hyphened day-first dates (session 20)', () => {
  it('GIVEN a teaser and then `Munich, 15 November 2001 (RFE/RL) -- …` THEN the report is dated and placed by that dateline', () => {
    const page = [
      "Germany: Coalition Uncertain Over Parliament's Confidence Vote",
      '',
      'German Chancellor Gerhard Schroeder has called for a vote of confidence from parliament tomorrow because of doubts within his coalition.',
      '',
      "Munich, 15 November 2001 (RFE/RL) -- German Chancellor Gerhard Schroeder called for tomorrow's vote of confidence after several members of his coalition said they would not support sending troops.",
      '',
      'Schroeder told parliament on Tuesday that the vote was needed to show Germany stood by its allies.',
      '',
    ].join('\n');
    const [a] = segment('rferl.txt', page).articles;
    expect(a!.date).toBe('2001-11-15');
    expect(a!.place).toBe('Munich');
  });
  it('GIVEN a site banner `Montevideo, April 28th 2024` above the story’s own `Wednesday, September 25th 2002` on a page at `/2002/09/25/` THEN the page is dated 2002-09-25', () => {
    const page = [
      'URL: https://en.mercopress.com/2002/09/25/elections-can-be-advanced',
      'MercoPress, en Español',
      '',
      'Montevideo, April 28th 2024 - 17:51 UTC',
      '',
      '“Elections can be advanced”',
      '',
      'Wednesday, September 25th 2002 - 21:00 UTC',
      '',
      'Following the growing paralysis of his administration, Argentine president Eduardo Duhalde admitted to Brazilian television that elections scheduled for next March can be advanced for December.',
      '',
      'The president said the decision depended on the courts, which would rule on the calendar next week.',
      '',
    ].join('\n');
    const [a] = readArticles('mercopress.txt', page).articles;
    expect(a!.date).toBe('2002-09-25');
  });
  it('GIVEN a caption ending `… By AP Published: February 26, 2010` THEN the page is dated by that stamp', () => {
    const page = [
      'International Paper mill to close April 15',
      "International Paper's plant in Isle of Wight County across the Blackwater River from Franklin has long been a mainstay of the Southside economy. By AP Published: February 26, 2010",
      "FRANKLIN International Paper's mill in Isle of Wight County is expected to close in April but some workers will remain on the job for several months.",
      'Mill spokesman Desmond Stills says the plant’s two remaining machines will be shut down April 15.',
    ].join('\n');
    const [a] = segment('mill.txt', page).articles;
    expect(a!.date).toBe('2010-02-26');
  });
  it('GIVEN a listing whose story is stamped `16-07-2025` THEN the story is dated 16 July 2025', () => {
    const page = [
      'Latest news with #planningapproval',
      '',
      'BBC News',
      '16-07-2025',
      '- Business',
      'Exmouth homes approved amid sewage capacity concerns',
      'Initial plans for a housing development in Devon have been approved by council planners despite concerns being raised about the sewage network at a meeting on Tuesday.',
    ].join('\n');
    const [a] = segment('listing.txt', page).articles;
    expect(a!.date).toBe('2025-07-16');
  });
});

describe('segmentPage: footnote numbers after a sentence (session 20)', () => {
  it('GIVEN a report whose opening lines end `… social care services.1` and `… otherwise stated.2` above a subhead THEN those lines are the story’s, not dropped above a headline', () => {
    const page = [
      'Since 1983, the British Social Attitudes survey has asked members of the public about their views on the NHS, and the latest asked a sample of 3,004 adults about their satisfaction with individual NHS and social care services.1',
      'In the analysis that follows, the differences highlighted are statistically significant at the 95% level unless otherwise stated.2',
      'Key findings',
      'Satisfaction with the NHS overall',
      'Public satisfaction with the NHS overall was 57% in 2017, a 6 percentage point drop from the previous year.',
    ].join('\n');
    const [a] = segment('bsa.txt', page).articles;
    expect(a!.paragraphs[0]).toMatch(/^Since 1983, the British Social Attitudes survey .* social care services\.$/);
    expect(a!.paragraphs.join(' ')).toMatch(/Public satisfaction with the NHS overall was 57%/);
  });
});

describe('segmentPage: a press wire’s glued dateline and a list the story introduces (session 20)', () => {
  it('GIVEN `SEATTLE--(BUSINESS WIRE)--… the following highlights …:` then five bulleted figures and the chief executive’s quotes THEN one report placed in Seattle by Business Wire, the list and the quotes its paragraphs', () => {
    const page = [
      'Business Wire News',
      '',
      'SEATTLE--(BUSINESS WIRE)--Expeditors International of Washington, Inc. today announced third quarter 2021 financial results including the following highlights compared to the same quarter of 2020:',
      '',
      '  • Diluted Net Earnings Attributable to Shareholders per share increased 87% to $2.09',
      '  • Net Earnings Attributable to Shareholders increased 88% to $359 million',
      '  • Operating Income increased 94% to $490 million',
      '  • Revenues increased 84% to $4.3 billion',
      '',
      '“In a marketplace that remains severely impacted by labor and infrastructure constraints, our people continue to perform at their best,” said Jeffrey S. Musser, President and Chief Executive Officer.',
      '',
      '“The entire global infrastructure for the movement of cargo remains stretched beyond its limits,” he added.',
    ].join('\n');
    const { articles } = segment('bw.txt', page);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.place).toBe('Seattle');
    expect(articles[0]!.agency).toBe('Business Wire');
    expect(articles[0]!.paragraphs).toContain('• Revenues increased 84% to $4.3 billion');
    expect(articles[0]!.paragraphs.join(' ')).toMatch(/said Jeffrey S\. Musser/);
  });
});

describe('segmentPage: a wire’s note of when its report first ran (session 21)', () => {
  it('GIVEN `OTTAWA –` with no date and `This report by The Canadian Press was first published April 24, 2025.` at the end THEN the report is dated by the note, which is not article text', () => {
    const text = ['Government receives fourth extension', '', 'OTTAWA – The federal government has received a fourth extension on Thursday.', '', 'The government applied for a one-year extension.', '', 'This report by The Canadian Press was first published April 24, 2025.'].join('\n');
    const [a] = segment('cp.txt', text).articles;
    expect(a!.date).toBe('2025-04-24');
    expect(a!.paragraphs.join(' ')).not.toContain('first published');
  });
});

describe('segmentPage: a stamp line with no word before its first date (session 24, blind set D33)', () => {
  it('GIVEN `05/26/2017 13:18 EDT | Updated 05/28/2017 06:22 EDT` above an undated `MONTREAL —` dateline THEN the report is dated 2017-05-26, when it was first stamped', () => {
    const page = ['05/26/2017 13:18 EDT | Updated 05/28/2017 06:22 EDT', '', 'Sides return to the bargaining table on Day 3 of Quebec construction strike', '', "MONTREAL — An alliance of construction trade unions and employers' groups returned to the bargaining table Friday as Quebec's construction strike kept work sites quiet for a third day.", '', 'About 175,000 workers walked off the job on Wednesday.', ''].join('\n');
    expect(segment('strike.txt', page).articles.map((a) => a.date)).toEqual(['2017-05-26']);
  });
});

describe('segmentPage: a photo credit glued before a bracketed dateline (session 24, blind set Q33)', () => {
  it('GIVEN `Win McNamee/Getty Images(WASHINGTON) -- After her meeting …` THEN the line is the report’s text, not a caption', () => {
    const page = ['Secretary Clinton and Turkish Foreign Minister Talk Syria, Iran', '', 'Win McNamee/Getty Images(WASHINGTON) -- After her meeting with Turkish Foreign Minister Ahmet Davutoglu Monday afternoon, Secretary of State Hillary Clinton told reporters that Syria was “at the top of our list of important matters to discuss today.”', '', '“It is deplorable that the regime has escalated violence,” Clinton said.', ''].join('\n');
    const [a] = segment('abc.txt', page).articles;
    expect(a!.paragraphs[0]).toMatch(/^\(WASHINGTON\) -- After her meeting/);
  });
});

describe('segmentPage: a speaker split off its sentence by blank lines (session 24, blind set Q33)', () => {
  it('GIVEN `Facebook privacy officer` / `Erin Egan` / `said international regulatory discussions …` THEN one paragraph; a short heading before a paragraph not opening with `said` stays apart', () => {
    const page = ['Tech giants defend privacy regime', '', 'WASHINGTON (Reuters) - Privacy chiefs at three technology companies defended the US regime on Tuesday.', '', 'Robust regime', '', 'Facebook privacy officer', '', 'Erin Egan', '', '', 'said international regulatory discussions did not give enough credit to the US.', '', 'Google privacy officer Keith Enright agreed.', ''].join('\n');
    const [a] = segment('tech.txt', page).articles;
    expect(a!.paragraphs).toContain('Facebook privacy officer Erin Egan said international regulatory discussions did not give enough credit to the US.');
    expect(a!.paragraphs.join(' ')).not.toContain('Robust regime Facebook');
  });
});

describe('segmentPage: page dates a report is not dated by, and an ordinal day (session 24, held-out set D34)', () => {
  it('GIVEN an address dated 2012-12-27 and a legal notice `User Agreement (updated 12/23/13)` above the story THEN the address’s day, not the notice’s', () => {
    const page = ['URL: http://www.bizjournals.com/houston/news/2012/12/27/robbins-myers-shareholders-approve.html', '', '© 2015 American City Business Journals. All rights reserved. Use of this Site constitutes acceptance of our User Agreement (updated 12/23/13) and Privacy Policy (updated 12/23/13).', '', 'Robbins & Myers shareholders approve sale', '', 'Shareholders of Robbins & Myers Inc. approved the company’s sale to National Oilwell Varco on Thursday, the company said in a statement to investors.', ''].join('\n');
    expect(readArticles('rm.txt', page).articles.map((a) => a.date)).toEqual(['2012-12-27']);
  });
  it('GIVEN `news: Tuesday 6th November 2012` above an undated story THEN 2012-11-06', () => {
    const page = ['Kings of Leon announce arena tour', '', 'news: Tuesday 6th November 2012', '', 'After a two year hiatus, Kings of Leon have announced they will make their return to the UK next Summer, with tickets on sale on Friday.', ''].join('\n');
    expect(segment('kol.txt', page).articles.map((a) => a.date)).toEqual(['2012-11-06']);
  });
});

describe('segmentPage: session 25 (blind set D35)', () => {
  it('GIVEN `updated 4/11/2005 5:35:56 PM ET 2005-04-11T21:35:56` above an undated story (the slashed date reads both ways) THEN the ISO stamp with its time dates it, 2005-04-11', () => {
    const page = ['Martha Stewart returns to court', '', 'updated 4/11/2005 5:35:56 PM ET 2005-04-11T21:35:56', '', 'A federal judge Monday rejected Martha Stewart’s bid to end her five months of house arrest early.', ''].join('\n');
    expect(readArticles('ms.txt', page).articles.map((a) => a.date)).toEqual(['2005-04-11']);
  });
  it('GIVEN an address dated 2024-01-03 and a caption `… Japan Tuesday, Jan. 2, 2024. (Kyodo News via AP)` above an undated `TOKYO –` report THEN the address’s day (a picture an agency passed on is a caption)', () => {
    const page = ['URL: https://www.example-news.com/news/international/2024/01/03/noto-quake-toll/', '', 'At Least 62 Killed In Noto Quake', '', 'This shows an area affected by an earthquake in Noto town, Ishikawa prefecture, Japan Tuesday, Jan. 2, 2024. (Kyodo News via AP)', '', 'TOKYO – At least 62 people were killed in the powerful earthquake, with rubble and severed roads still preventing search and rescue operations on Wednesday.', '', 'Two days have passed since the quake caused extensive damage in the city of Wajima.', ''].join('\n');
    expect(readArticles('noto.txt', page).articles.map((a) => a.date)).toEqual(['2024-01-03']);
  });
  it('GIVEN a mailing-list post stamped `Wed May 10 11:12:24 EST 1995` above an undated wire story THEN 1995-05-10', () => {
    const page = ['Ebola virus outbreak in Africa', '', 'J Ownbey jownbey at cbrc.mgh.harvard.edu', 'Wed May 10 11:12:24 EST 1995', '', 'GENEVA (Reuter) - The World Health Organisation said on Wednesday an outbreak of the Ebola virus had killed dozens of people in Zaire this year.', ''].join('\n');
    expect(readArticles('ebola.txt', page).articles.map((a) => a.date)).toEqual(['1995-05-10']);
  });
});

describe('segmentPage: session 26 (blind set D39)', () => {
  it('GIVEN a stamp line `July 22, 2016 / 9:13 AM / a year ago`, then a photo line `… speaks during a news conference in Vienna, Austria, May 17, 2016.`, above an undated `GENEVA (Reuters) -` report THEN the stamp’s day', () => {
    const page = [
      'U.N. envoy hopes Geneva meeting will pave way for Syria peace talks',
      'July 22, 2016 / 9:13 AM / a year ago',
      '',
      'United Nations special envoy on Syria Staffan de Mistura speaks during a news conference in Vienna, Austria, May 17, 2016.Leonhard Foeger',
      '',
      'GENEVA (Reuters) - The United Nations Special Envoy for Syria hopes that a meeting expected in Geneva next week will pave the way for peace talks, his spokeswoman said on Friday.',
      '',
    ].join('\n');
    expect(readArticles('geneva.txt', page).articles.map((a) => a.date)).toEqual(['2016-07-22']);
  });
  it('GIVEN `New Delhi, Mar 4 (IBNS) The Election Commission …` under a site clock `November 05, 2024 22:01 (IST)` and a stamp `04 Mar 2016, 03:49 pm` THEN a report from New Delhi by IBNS, dated 2016-03-04; `The party, Dec 28 (BJP) said no` THEN no dateline', () => {
    const page = ['November 05, 2024 22:01 (IST)', '', 'Election Commission announces poll dates in five states', '', '| | 04 Mar 2016, 03:49 pm', 'New Delhi, Mar 4 (IBNS) The Election Commission announced dates for assembly polls in five Indian states scheduled over April and May 2016.', 'The five states going to polls are Assam, West Bengal, Tamil Nadu, Puducherry and Kerala.', ''].join('\n');
    const [a] = readArticles('ec.txt', page).articles;
    expect([a!.place, a!.agency, a!.date]).toEqual(['New Delhi', 'IBNS', '2016-03-04']);
    expect(readArticles('bjp.txt', ['Party news', '', 'The party, Dec 28 (BJP) said no to the alliance talks on Monday in the capital.', ''].join('\n')).articles.map((x) => x.agency)).toEqual([null]);
  });
  it('GIVEN `Article continues after this advertisementEnrile was the first to raise …` (an ad label glued to the paragraph) THEN the paragraph starts at `Enrile`', () => {
    const page = ['PNP chief sees no signs bombings will spread', '', 'MANILA, Philippines — The police chief said on Wednesday there were no indications yet that the bombings could spill over.', '', 'Article continues after this advertisementEnrile was the first to raise the possibility that the bombings could spread.', ''].join('\n');
    expect(readArticles('pnp.txt', page).articles[0]!.paragraphs[1]).toBe('Enrile was the first to raise the possibility that the bombings could spread.');
  });
});


describe('segmentPage: session 27', () => {
  const page = (lines: string[]): string =>
    ['Four elephants killed in Kenya, man held', '', 'NAIROBI, Kenya -- Rangers recovered four tusks after two jumbos were killed at a private ranch last week, a KWS official said on Monday.', ...lines, ''].join('\n');
  it('GIVEN a line broken inside a quote’s attribution (`…,” KWS assistant director` / `Josiah Achoki told AFP …`) THEN one paragraph, and the quote is Josiah Achoki’s', () => {
    const text = page(['”Two elephants were killed at Kuki Gallman Ranch and we were immediately informed by the ranch owner,” KWS assistant director', 'Josiah Achoki told AFP by telephone on Monday morning.']);
    const { articles } = readArticles('kws.txt', text);
    expect(articles[0]!.paragraphs).toHaveLength(2);
    expect(analyseQuotes(articles).quotes.map((q) => q.speaker)).toEqual(['Josiah Achoki']);
  });
  it('GIVEN a line ending in a closing mark then words, followed by a line that opens with a name but no speech verb THEN the lines stay apart', () => {
    const { articles } = readArticles('kws2.txt', page(['”We will catch them,” the official added on the ranch', 'Josiah Achoki arrived later in the day.']));
    expect(articles[0]!.paragraphs.some((p) => p.includes('ranch Josiah'))).toBe(false);
    expect(articles[0]!.paragraphs.at(-1)).toBe('Josiah Achoki arrived later in the day.');
  });
  it('GIVEN a radio transcript opening `LEILA FADEL, HOST:` / `Americans say they’re drinking less, according to a new Gallup poll. …` / `MICHEL MARTIN, HOST:` / `So that means …?` THEN no headline, and the opening line is the first paragraph (not dropped above a question taken for the headline)', () => {
    const page = [
      'LEILA FADEL, HOST:',
      '',
      "Americans say they're drinking less, according to a new Gallup poll. Fifty-four percent of those surveyed in July said they consumed alcohol.",
      '',
      'MICHEL MARTIN, HOST:',
      '',
      'So that means that nearly half of Americans are abstaining?',
      '',
      'FADEL: Yep. That appears to be right, and it is a record low.',
      '',
      "MARTIN: So what's driving all this?",
      '',
      'FADEL: Lydia Saad is director of U.S. social research at Gallup, and she said this.',
      '',
      "LYDIA SAAD: We've been watching these trends and seeing more people each year saying that drinking is bad for your health, and, the last two years, a decline in drinking.",
      '',
    ].join('\n');
    const [a] = readArticles('npr.txt', page).articles;
    expect(a!.headline).toBeNull();
    expect(a!.paragraphs[0]).toMatch(/^Americans say they're drinking less/);
  });
  it('GIVEN a related-links label with its links left out (`More On This...`) between paragraphs of the story, three of prose under it THEN the story goes on past it; with link titles under it THEN it still ends the story', () => {
    const lead = 'At least 37 people were killed Tuesday after a major earthquake struck Nepal, triggering landslides and toppling buildings in the mountainous region.';
    const prose = [
      'IOM spokesman Paul Dillon said a search and rescue team had already begun searching through the wreckage of Chautara, where several buildings fell.',
      'Chautara has become a hub for humanitarian aid in the wake of the devastating April 25 earthquake, which killed more than 8,150 people in the country.',
      'In Kathmandu, the quake sent people rushing outside of their homes and into the streets, and the international airport was briefly closed to flights.',
    ];
    // (More of the story above the label than under it: the label is no early end marker.)
    const above = [
      lead,
      "Tuesday's magnitude-7.3 earthquake was centered near the Chinese border between Nepal's capital, Kathmandu, and Mt. Everest, the survey said.",
      "Nepal's Home Ministry reported at least 42 deaths but later lowered the toll to 37, and it said at least 1,139 people were injured across the country.",
      'An official with the International Organization for Migration told the Associated Press a number of buildings collapsed in the town of Chautara.',
    ];
    const page = (under: string[]): string => ['Dozens killed after earthquake strikes Nepal', '', ...above.flatMap((p) => [p, '']), 'More On This...', '', ...under.flatMap((p) => [p, '']), ''].join('\n');
    expect(readArticles('nepal.txt', page(prose)).articles[0]!.paragraphs).toEqual([...above, ...prose]);
    expect(readArticles('nepal2.txt', page(['Nepal quake: toll rises', 'Aid groups rush to Nepal', 'Photos: the damage in Kathmandu'])).articles[0]!.paragraphs).toEqual(above);
  });
  it('GIVEN `TOKYO, July 2, (AP): Japan’s Prime Minister …` under a stamp `02/07/2025` THEN a report from Tokyo by AP dated 2025-07-02, the dateline off its text', () => {
    const page = ['02/07/2025', '', 'TOKYO, July 2, (AP): Japan’s Prime Minister Shigeru Ishiba faces a tough test in an upper house election later this month.', '', 'Official campaigning begins Thursday for the July 20 vote for the upper house.', ''].join('\n');
    const [a] = readArticles('tokyo.txt', page).articles;
    expect([a!.place, a!.agency, a!.date]).toEqual(['Tokyo', 'AP', '2025-07-02']);
    expect(a!.paragraphs[0]).toMatch(/^Japan’s Prime Minister/);
  });
  it('GIVEN the stamp `02/07/2025` above `TOKYO, July 3, (AP): …` (neither reading is the dateline’s day) THEN no year from it', () => {
    const page = ['02/07/2025', '', 'TOKYO, July 3, (AP): Japan’s Prime Minister Shigeru Ishiba faces a tough test in an upper house election later this month.', ''].join('\n');
    expect(readArticles('tokyo2.txt', page).articles.map((a) => a.date)).toEqual([null]);
  });
  it('GIVEN an address dated 2011-08-30 (`…-idUKN1E77S1T720110830`) over `NEW YORK Aug 29 Serena Williams will make her … return … on Tuesday` THEN 2011-08-29 (the address’s year, the Tuesday ahead), not the year whose Tuesday is behind', () => {
    const page = ['URL: http://uk.reuters.com/article/tennis-open-tuesday-idUKN1E77S1T720110830', '', 'By Julian Linden', '| NEW YORK', 'NEW YORK Aug 29 Serena Williams will make her long-awaited return to the Arthur Ashe center court on Tuesday when she opens her latest U.S. Open campaign.', 'The American has already won the U.S. Open on three occasions.', ''].join('\n');
    expect(readArticles('serena.txt', page).articles.map((a) => a.date)).toEqual(['2011-08-29']);
  });
});


describe('segmentPage — session 28', () => {
  it('GIVEN a poll round-up with no dateline: a lead ending in a colon, then questions each over a row `Yes: 57 No: 37 Undecided: 7` THEN the lead and every question and row are the article’s paragraphs (no question read as its headline, no row as a subhead)', () => {
    const body = [
      'A four-day poll by Suffolk University queried 600 likely voters. Here is a sampling of the electorate’s mood on a variety of topics:',
      'Do you approve of the job President Obama is doing?',
      'Yes: 60 percent No: 36 percent Undecided: 4 percent',
      'Do you support casino gambling in Massachusetts?',
      'Yes: 57 No: 37 Undecided: 7',
      'How confident are you in the federal government’s handling of H1N1?',
      'Very confident: 12 Somewhat confident: 44 Not very confident: 24 Not at all confident: 17 Undecided: 3',
      'Does the federal government’s handling of H1N1 make you more or less confident about Washington increasing its role in national health care?',
      'More confident: 28 Less confident: 53 , No difference: 13 , Undecided 6',
    ];
    const page = ['Skip to content', '', ...body.flatMap((p) => [p, '']), ''].join('\n');
    expect(readArticles('suffolk.txt', page).articles[0]!.paragraphs).toEqual(body);
  });
});

describe('segmentPage — session 28, a list under a colon', () => {
  it('GIVEN a sentence ending in a colon over bulleted items, some long enough to read as text by themselves and a shorter one after them THEN every item is a paragraph (the list does not end at the first long item)', () => {
    const intro = 'Respondents were asked to share their views of seven specific policy reforms, with six of the seven receiving majority support:';
    const items = [
      '• A federal law requiring background checks on all potential gun buyers, including private sales and gun shows: 84 percent support; 7 percent oppose.',
      '• A nationwide ban on the sale of AR-15 rifles and similar semiautomatic weapons: 58 percent support; 29 percent oppose.',
    ];
    const page = ['Support for gun control laws jumps after Parkland shooting', '', 'A majority (69 percent) of U.S. adults support stricter gun control legislation following the Parkland, Florida, school shooting, according to a new poll.', '', intro, '', ...items, '', 'The only policy proposal without majority support was training for arming school teachers and administrators.', ''].join('\n');
    const paragraphs = readArticles('guns.txt', page).articles[0]!.paragraphs;
    expect(paragraphs.some((p) => p.includes('AR-15 rifles'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('background checks on all potential gun buyers'))).toBe(true);
  });
});

describe('segmentPage — session 28, a mixed-case place, its day and a dash', () => {
  it('GIVEN `Published on 8/7/2009 …` over `Charlotte, N.C., Aug. 7 - Merck & Co. … shareholders approved … on Friday.` THEN a report from Charlotte, N.C. dated 2009-08-07 under its headline, the dateline off its text', () => {
    const page = ['Published on 8/7/2009 in the Prospect News Special Situations Daily.', '', 'Merck, Schering-Plough shareholders OK proposed stock-and-cash deal', '', 'By Lisa Kerner', '', "Charlotte, N.C., Aug. 7 - Merck & Co., Inc. and Schering-Plough Corp. shareholders approved the companies' proposed merger at separate special meetings on Friday.", '', 'IVS Associates Inc. will certify the final results.', ''].join('\n');
    const [a] = readArticles('merck.txt', page).articles;
    expect([a!.place, a!.date, a!.headline]).toEqual(['Charlotte, N.C.', '2009-08-07', 'Merck, Schering-Plough shareholders OK proposed stock-and-cash deal']);
    expect(a!.paragraphs[0]).toMatch(/^Merck & Co\./);
  });
});

describe('segmentPage — session 28, days in a source bracket and in eight figures', () => {
  it('GIVEN `TOKYO (UrduPoint News / Sputnik - 14th October, 2021) The lower house … was dissolved on Thursday` THEN a report from Tokyo dated 2021-10-14, the sources its agency, the dateline off its text', () => {
    const page = ['Japan dissolves lower house', '', 'TOKYO (UrduPoint News / Sputnik - 14th October, 2021) The lower house of the Japanese parliament was dissolved on Thursday per the order of Emperor Naruhito.', '', 'The government made the decision that prompts the general election.', ''].join('\n');
    const [a] = readArticles('japan.txt', page).articles;
    expect([a!.place, a!.agency, a!.date]).toEqual(['Tokyo', 'UrduPoint News, Sputnik', '2021-10-14']);
    expect(a!.paragraphs[0]).toMatch(/^The lower house/);
  });
  it('GIVEN a page stamped `20100409 ALALAM` over its story and no dateline THEN the page is dated 2010-04-09 and the stamp is no headline or paragraph', () => {
    const page = ['20100409 ALALAM', "Sudan's political parties are preparing on Friday for their last day of campaigning before voting begins on Sunday.", 'President Omar al-Beshir is expected to make a final campaign speech later in the day.', ''].join('\n');
    const [a] = readArticles('sudan.txt', page).articles;
    expect([a!.date, a!.headline]).toEqual(['2010-04-09', null]);
    expect(a!.paragraphs.some((p) => p.includes('20100409'))).toBe(false);
  });
});

describe('segmentPage — session 28, the year and month of the address', () => {
  it('GIVEN an address `/news/2015/03/…` over `NAIROBI, Kenya, Mar 10 – The prosecution … has been given until Friday …` THEN 2015-03-10 (the address’s month settles the year; the lead’s coming Friday does not move it)', () => {
    const page = ['URL: https://www.capitalfm.co.ke/news/2015/03/court-opposed-to-inordinate-detention-of-muchai-suspects-2/', '', 'Court opposed to inordinate detention of Muchai suspects', '', 'NAIROBI, Kenya, Mar 10 – The prosecution in the case against seven suspects held over the shooting of the late Kabete MP George Muchai has been given until Friday to make up its mind on the way forward.', '', 'Principal Magistrate Joseph Karanja on Tuesday denied the application.', ''].join('\n');
    expect(readArticles('muchai.txt', page).articles.map((a) => a.date)).toEqual(['2015-03-10']);
  });
});

describe('segmentPage — session 28, a list of days under a colon', () => {
  it('GIVEN `The announcement dates from September 2008 through December 2009 are:` over days each alone on a line THEN each day is a paragraph of the story, and none dates the page', () => {
    const days = ['Wednesday, 3 September 2008', 'Tuesday, 21 October 2008', 'Tuesday, 9 December 2008'];
    const page = ['Bank of Canada releases 2009 schedule of dates for its policy interest rate announcements', 'The Bank of Canada today released its 2009 schedule of eight dates for announcing decisions on its key policy interest rate.', 'The announcement dates from September 2008 through December 2009 are:', ...days, 'All announcements will continue to be made at 9 a.m. (ET).', ''].join('\n');
    const [a] = readArticles('boc.txt', page).articles;
    expect(a!.paragraphs.filter((p) => days.includes(p))).toEqual(days);
    expect(a!.date).toBeNull();
  });
});

describe('segmentPage — session 28, other wires with no dash, and the day called today', () => {
  it('GIVEN an address dated 2008-01-24 over `Rome, Jan 25 (DPA) Italian Prime Minister Romano Prodi has tendered …` THEN a report from Rome by DPA dated 2008-01-25 (its own day, not the address’s)', () => {
    const page = ['URL: https://twocircles.net/2008jan24/italian_prime_minister_resigns.html', '', 'Rome, Jan 25 (DPA) Italian Prime Minister Romano Prodi has tendered his resignation to President Giorgio Napolitano after losing a Senate confidence vote Thursday.', ''].join('\n');
    const [a] = readArticles('prodi.txt', page).articles;
    expect([a!.place, a!.agency, a!.date]).toEqual(['Rome', 'DPA', '2008-01-25']);
  });
  it('GIVEN a caption dated `November 5, 2022.` over a story of a strike `that enters its third day today (Monday, November 7)` THEN the page is dated 2022-11-07 (the day the story calls today, its year the caption’s)', () => {
    const page = ['Passengers stranded at JKIA after Kenya Airways pilots went on strike. November 5, 2022. [David Gichuru, Standard]', '', 'Woes of passengers flying with Kenya Airways continue as the national carrier battled to reschedule the stranded guests following a pilots’ strike that enters its third day today (Monday, November 7).', ''].join('\n');
    expect(readArticles('kq.txt', page).articles.map((a) => a.date)).toEqual(['2022-11-07']);
  });
  it('GIVEN a page with no dateline or stamp whose story says `the election as earlier scheduled for today, 16th February, 2019, was no longer feasible` THEN the page is dated 2019-02-16', () => {
    const page = ['The Independent National Electoral Commission, INEC, has postponed to February 23rd, the General election earlier scheduled for Saturday, February 16th, 2019.', '', 'INEC chairman, Professor Mahmood Yakubu, announced that continuing with the election as earlier scheduled for today, 16th February, 2019, was no longer feasible.', ''].join('\n');
    expect(readArticles('inec.txt', page).articles.map((a) => a.date)).toEqual(['2019-02-16']);
  });
});

describe('segmentPage — session 29, a name’s hover card glued into the sentence', () => {
  it('GIVEN `… Commerce Secretary Wilbur RossWilbur Louis RossFormer Trump officials find tough job market … permits MORE said in a statement on Friday.` THEN the sentence reads `… Commerce Secretary Wilbur Ross said in a statement on Friday.` and the quote is Ross’s', () => {
    const page = [
      'Commerce Department cracks down on Huawei\'s access to chips',
      '',
      '“Despite the Entity List actions the Department took last year, Huawei and its foreign affiliates have stepped-up efforts to undermine these national security-based restrictions,” Commerce Secretary Wilbur RossWilbur Louis RossFormer Trump officials find tough job market On The Money: Retail sales drop in latest sign of weakening economy | US officials raise concerns over Mexico\'s handling of energy permits MORE said in a statement on Friday.',
      '',
    ].join('\n');
    const [a] = readArticles('hill.txt', page).articles;
    expect(a!.paragraphs.at(-1)).toMatch(/restrictions,” Commerce Secretary Wilbur Ross said in a statement on Friday\.$/);
    expect(analyseQuotes([a!]).quotes.map((q) => q.speaker)).toEqual(['Wilbur Ross']);
  });
  it('GIVEN `… President TrumpDonald John TrumpSchiff says … MORE on Tuesday said …` THEN `President Trump on Tuesday said …`', () => {
    const page = ['Trump hails deal', '', 'President TrumpDonald John TrumpSchiff says he doesn\'t want to see Trump \'wrongly impeached\' MORE on Tuesday said the trade deal was a win for farmers.', ''].join('\n');
    expect(readArticles('hill2.txt', page).articles[0]!.paragraphs.at(-1)).toBe('President Trump on Tuesday said the trade deal was a win for farmers.');
  });
  it('GIVEN `Sen. Lamar AlexanderAndrew (Lamar) Lamar AlexanderThe Hill\'s 12:30 Report: … MORE (R-Tenn.), who is retiring, said …` THEN `Sen. Lamar Alexander (R-Tenn.), who is retiring, said …` (a bracketed name in the full form)', () => {
    const page = ['Trump tweets spark fresh headache', '', 'Sen. Lamar AlexanderAndrew (Lamar) Lamar AlexanderThe Hill\'s 12:30 Report: Trump holds his last turkey pardon ceremony The Memo: Trump election loss roils right MORE (R-Tenn.), who is retiring, said he would leave it up to others.', ''].join('\n');
    expect(readArticles('hill3.txt', page).articles[0]!.paragraphs.at(-1)).toBe('Sen. Lamar Alexander (R-Tenn.), who is retiring, said he would leave it up to others.');
  });
  it('GIVEN `MORE` in capitals with no name glued to its full form before it THEN the text is left as it is', () => {
    const text = 'Analysts at Morgan Stanley said shares of the iPhone maker, which rose MORE than expected, would climb.';
    expect(readArticles('x.txt', ['Apple rallies', '', text, ''].join('\n')).articles[0]!.paragraphs.at(-1)).toBe(text);
  });
});

describe('segmentPage — session 29, other stories’ stamps above the headline', () => {
  it('GIVEN `More Top Stories` with `STI cases on the rise` / `2 September 2024`, then `Adele concert ‘best one ever’` / `Friday 24 March 2017 | Published in Regional` over the lead THEN the page is dated 2017-03-24 (the stamp nearest the lead)', () => {
    const page = ['URL: https://cookislandsnews.com/?p=101338', '', 'More Top Stories', '', 'STI cases on the rise', '', '2 September 2024', '', 'TB cases detected', '', '1 June 2024', '', 'Adele concert ‘best one ever’', '', 'Friday 24 March 2017 | Published in Regional', '', 'The reviews are in and according to her fans, Adele’s show in Auckland on Thursday night (New Zealand time) was the “best concert” ever.', ''].join('\n');
    expect(readArticles('adele.txt', page).articles.map((a) => a.date)).toEqual(['2017-03-24']);
  });
});

describe('segmentPage — session 29, a summary’s bullets that repeat the story', () => {
  it('GIVEN `What you need to know:` over a copy of a story paragraph, then the story with that paragraph before a quote THEN the paragraph is kept in its place in the story, and the quote after it is its speaker’s', () => {
    const mp = 'Kilifi North MP Gideon Mung’aro told the crowd that text messages had been sent to members of the county assembly, asking them to boycott the event.';
    const page = ['Governor snubs event over turf war with county boss', '', 'What you need to know:', '', mp, '', 'Officials of the regional government boycotted Madaraka Day celebrations in what appeared to be a supremacy battle between Governor Amason Kingi and County Commissioner Joseph Keter.', '', mp, '', '“If you decide to boycott the event, you should not stop others from attending,” he said.', ''].join('\n');
    const [a] = readArticles('kilifi.txt', page).articles;
    expect(a!.paragraphs.filter((p) => p === mp)).toHaveLength(1);
    expect(a!.paragraphs.indexOf(mp)).toBe(a!.paragraphs.length - 2);
    expect(analyseQuotes([a!]).quotes.map((q) => q.speaker)).toEqual(['Gideon Mung’aro']);
  });
});

describe('segmentPage — session 29, publication stamps beside updates', () => {
  it('GIVEN `Posted at 11:36 AM, May 15, 2017` / `and last updated 2017-05-16 06:03:47-04` over `(NBC) - …` THEN dated 2017-05-15 (the publication, not the update)', () => {
    const page = ['SpaceX rocket sends satellite into orbit', '', 'Posted at 11:36 AM, May 15, 2017', 'and last updated 2017-05-16 06:03:47-04', '', '(NBC) - A SpaceX rocket lit up the Monday evening sky above Kennedy Space Center in Florida, carrying a large satellite.', ''].join('\n');
    expect(readArticles('nbc.txt', page).articles.map((a) => a.date)).toEqual(['2017-05-15']);
  });
  it('GIVEN `Saturday, 13th May 2017, 9:20 am` / `Updated Monday, 15th May 2017, 9:35 am` THEN dated 2017-05-13; a banner `Monday, January 12, 2026` over `Updated: 2025-08-05` THEN 2025-08-05 (a publication comes before its update)', () => {
    const lep = ['CYBER ATTACK: Hospital operations cancelled', '', 'A cyber attack on the NHS has brought the service into meltdown with operations cancelled across parts of Lancashire.', '', 'Saturday, 13th May 2017, 9:20 am', 'Updated Monday, 15th May 2017, 9:35 am', 'NHS is investigating "an issue with IT" amid reports of a cyber attack on its systems across the whole country.', ''].join('\n');
    expect(readArticles('lep.txt', lep).articles.map((a) => a.date)).toEqual(['2017-05-13']);
    const cd = ['Monday, January 12, 2026', '', 'Shanghai Index Surges Past 3,600', '', 'By Shi Jing in Shanghai | chinadaily.com.cn | Updated: 2025-08-05', '', 'The benchmark Shanghai Composite Index gained 0.96 percent, closing at 3,617.60 points on Tuesday, reclaiming the 3,600-point level.', ''].join('\n');
    expect(readArticles('cd.txt', cd).articles.map((a) => a.date)).toEqual(['2025-08-05']);
  });
  it('GIVEN `Submitted by edg on Thu, 6 Jun \'19 9.15am` THEN dated 2019-06-06 (a two-digit year after an apostrophe)', () => {
    const page = ['Plan It Edinburgh Festival Fringe 2019', '', "Submitted by edg on Thu, 6 Jun '19 9.15am", '', 'The 2019 Edinburgh Festival Fringe brochure hit the streets yesterday, with the usual staggering amount of shows.', ''].join('\n');
    expect(readArticles('fringe.txt', page).articles.map((a) => a.date)).toEqual(['2019-06-06']);
  });
});
