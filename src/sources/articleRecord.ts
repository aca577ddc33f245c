import { createHash } from 'node:crypto';
import type { Article } from '../briefing/types.js';

/** Folded characters of the body that make an article's content key (its opening: a reprint's trailer or copyright line does not change it). */
export const CONTENT_KEY_CHARS = 1000;
/** Hex digits of the content key kept (64 bits). */
const KEY_HEX = 16;

/** Lower-cases and reduces to letters and digits separated by single spaces. */
function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The content key of an article: sha256 of the first {@link CONTENT_KEY_CHARS} characters of its
 * body folded (case, punctuation and white space ignored). Headline, byline and dateline are left
 * out, so a wire story reprinted by several sites under their own headlines has one key.
 */
export function contentKey(article: Pick<Article, 'paragraphs'>): string {
  return createHash('sha256').update(fold(article.paragraphs.join(' ')).slice(0, CONTENT_KEY_CHARS)).digest('hex').slice(0, KEY_HEX);
}

/** Where a fetched article came from, stored beside it. */
export interface RecordMeta {
  /** The source (feed or page) URL it was found through. */
  source: string;
  topic: string | null;
  /** When it was fetched, ISO-8601. */
  fetchedAt: string;
}

/**
 * The JSON article record written into the corpus for a fetched article, in the shape the corpus
 * reader (`readJsonRecords`) reads: headline, date, byline, place, source (the agency), url, body
 * as a list of paragraphs; plus `topic`, `feed` and `fetchedAt` for people reading the file.
 */
export function articleToRecord(a: Article, meta: RecordMeta): Record<string, unknown> {
  return {
    headline: a.headline,
    date: a.date,
    byline: a.byline,
    place: a.place,
    source: a.agency,
    url: a.url,
    topic: meta.topic,
    feed: meta.source,
    fetchedAt: meta.fetchedAt,
    body: a.paragraphs,
  };
}

/** Below this many words a feed item's text is a summary whatever its shape. */
export const SUMMARY_MAX_WORDS = 60;
/** A text of at most this many paragraphs … */
const SUMMARY_MAX_PARAGRAPHS = 2;
/** … and under this many words is a teaser too (full texts in feeds come as several paragraphs). */
const SHORT_TEXT_WORDS = 150;
/** Endings of a cut-off teaser: an ellipsis, `[…]`, `Read more`, `Continue reading`. */
const TRUNCATED = /(?:…|\.\.\.|\[(?:…|\.\.\.)\]|\b(?:read more|continue reading|more)\s*(?:»|›|→)?)\s*$/i;

/**
 * Whether a feed item carries only a summary, so its link should be fetched as a page: fewer than
 * {@link SUMMARY_MAX_WORDS} words; or one or two paragraphs under 150 words (a full text in a feed
 * comes as several paragraphs); or text ending like a cut-off teaser (`…`, `[…]`, `Read more`).
 */
export function isSummaryOnly(paragraphs: readonly string[]): boolean {
  const words = paragraphs.reduce((n, p) => n + (p.match(/\S+/g)?.length ?? 0), 0);
  if (words < SUMMARY_MAX_WORDS) return true;
  if (paragraphs.length <= SUMMARY_MAX_PARAGRAPHS && words < SHORT_TEXT_WORDS) return true;
  return TRUNCATED.test(paragraphs[paragraphs.length - 1] ?? '');
}
