import type { Article } from '../../../src/briefing/types.js';

/** An article built by hand (the shape the segmenter gives). */
export function article(id: string, headline: string, date: string, agency: string, paragraphs: string[]): Article {
  return { id, file: `${id.split('#')[0]}.txt`, headline, byline: null, place: null, agency, date, teaser: false, paragraphs, url: null };
}

/** Two reports of one missile-shield story (paragraphs from the sample page) and two of a wildfire. */
export const missileA = article('p#1', 'Russia Rebuffs US Overtures On Missile Shield', '2007-04-23', 'AFP', [
  'US Defence Secretary Robert Gates offered Russia cooperation on missile defence activities Monday but was rebuffed by Moscow who said a planned US missile shield was "seriously destabilising".',
  'Nevertheless, Gates said he remained "cautiously optimistic" after meetings with President Vladimir Putin, First Deputy Prime Minister Sergei Ivanov and Defence Minister Anatoly Serdukov.',
  'Russia in particular has adamantly opposed plans to station 10 interceptor missiles in Poland and a targeting radar in the Czech Republic, countries that lie close to Russian territory and were once under Moscow\'s control.',
  '"We would like to have the Russians as partners in this process. We would like to share information with them, we are prepared to co-locate radars with them," he said.',
]);
export const missileB = article('p#2', 'Gates Announces Formation US-Russia Working Group On Missile Defense', '2007-04-24', 'AFNS', [
  'The United States and Russia will form a working group of experts to discuss the proposed U.S. plan to base missile defenses in Eastern Europe, Defense Secretary Robert M. Gates announced here today.',
  'US Defence Secretary Robert Gates offered Russia cooperation on missile defence activities Monday but was rebuffed by Moscow who said a planned US missile shield was "seriously destabilising".',
  'The secretary said he invited the Russians to inspect the U.S. interceptor site in Alaska and a radar site in California.',
  'Russia in particular has adamantly opposed plans to station 10 interceptor missiles in Poland and a targeting radar in the Czech Republic, countries that lie close to Russian territory and were once under Moscow\'s control.',
]);
export const fireA = article('f#1', 'Wildfire forces thousands to flee homes near Athens', '2018-07-23', 'Reuters', [
  'A wildfire fanned by gale-force winds forced thousands of residents to flee their homes east of Athens on Monday, the fire brigade said.',
  'Firefighters battled the blaze through the night as flames reached the seaside resort of Mati, where dozens of houses burned.',
  'The government declared a state of emergency in the region and asked the European Union for help with aircraft.',
]);
export const fireB = article('f#2', 'Greek bushfire death toll rises as rescuers search seaside town', '2018-07-24', 'AFP', [
  'The death toll from the bushfire that swept through the seaside town of Mati east of Athens rose to 74 on Tuesday, officials said.',
  'Rescuers searched burned-out houses and cars as survivors described running into the sea to escape the flames.',
  'Prime Minister Alexis Tsipras declared three days of national mourning.',
]);
