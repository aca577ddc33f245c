import type { Article } from '../../../../src/briefing/types.js';

/** An article built by hand from paragraphs (as the segmenter would give them). */
export function article(paragraphs: string[], id = 'test#1', date: string | null = '2007-04-23'): Article {
  return { id, file: 'test.txt', headline: null, byline: null, place: null, agency: null, date, teaser: false, paragraphs, url: null };
}
