import type { Article, IsoDate } from '../types.js';

/**
 * The earliest and latest dateline of the articles (compared as text, in code-unit order, as a
 * default sort orders ISO dates), in one pass: a large topic has thousands of articles, and
 * sorting their dates for two of them was most of the work. Null when no article has a date.
 */
export function dateSpan(articles: Iterable<Pick<Article, 'date'>>): { from: IsoDate; to: IsoDate } | null {
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  for (const a of articles) {
    const d = a.date;
    if (d === null) continue;
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  }
  return from === null || to === null ? null : { from, to };
}
