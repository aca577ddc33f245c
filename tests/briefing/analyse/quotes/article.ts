import type { Article, Quote } from '../../../../src/briefing/types.js';

/** An article built by hand from paragraphs (as the segmenter would give them). */
export function article(paragraphs: string[], id = 'test#1', date: string | null = '2007-04-23'): Article {
  return { id, file: 'test.txt', headline: null, byline: null, place: null, agency: null, date, teaser: false, paragraphs, url: null };
}

/** The quote whose text contains `words` (throws, naming the quotes there are, when none does). */
export function quoteWith(quotes: readonly Quote[], words: string): Quote {
  const q = quotes.find((x) => x.text.includes(words));
  if (!q) throw new Error(`no quote with "${words}" in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
}
