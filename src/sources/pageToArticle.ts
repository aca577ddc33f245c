import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../briefing/types.js';
import { htmlToParagraphs } from '../briefing/ingest/htmlToParagraphs.js';
import { recordToArticle } from '../briefing/ingest/recordToArticle.js';

/** What the feed (or caller) already knows about the page, used where the page itself is silent. */
export interface PageHints {
  url: string;
  headline?: string | null;
  date?: string | null;
  byline?: string | null;
}

export type PageResult = { ok: true; article: Article } | { ok: false; message: string };

/** Fewest words of extracted text accepted as an article (below it the page is an index, a paywall or an error page). */
export const MIN_ARTICLE_WORDS = 40;
/**
 * Readability's `charThreshold` (default 500): below it Readability retries with its "strip unlikely
 * candidates" rule off, which lets comment threads back in around a short article. News briefs of
 * 250–500 characters are common, so the first attempt is accepted from 250.
 */
const READABILITY_CHAR_THRESHOLD = 250;
/** How many leading paragraphs may be furniture (headline repeat, byline, date line) before the body. */
const MAX_LEADING_FURNITURE = 3;
/** Longest paragraph treated as a byline or a date line. */
const MAX_FURNITURE_CHARS = 120;

/** Fewest words for a paragraph to count as running text (link lists, captions and menus are shorter). */
const MIN_PROSE_PARAGRAPH_WORDS = 8;

const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const words = (p: string): number => p.match(/\S+/g)?.length ?? 0;
/** Words in paragraphs of running text only, so a list of 40 one-word links is not an article. */
const proseWords = (ps: readonly string[]): number => ps.reduce((n, p) => n + (words(p) >= MIN_PROSE_PARAGRAPH_WORDS ? words(p) : 0), 0);

/** A line that is only a publication date/time (`April 23, 2007`, `Published 10:32 GMT, 23 Apr 2007`, `2007-04-23`). */
const DATE_LINE = /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?[\w ,.:/+-]*\b(?:\d{4}|\d{1,2}:\d{2})\b[\w ,.:/+-]*$/i;
const MONTH_OR_ISO = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}/i;

/**
 * The article of an HTML page, extracted with Mozilla Readability (the reader-view algorithm of
 * Firefox) over a linkedom DOM: navigation, comments, scripts and other page furniture are left
 * out by Readability's content scoring. Then: the first h1/h2 before any paragraph is the headline
 * (else the page title, else the hint) and is taken out of the body; leading paragraphs that repeat
 * the headline, give the byline (`By …`) or only a date are dropped; the rest goes through
 * {@link htmlToParagraphs} and {@link recordToArticle}, so a wire dateline opening the body
 * (`Moscow (AFP) April 23 - …`) fills place and agency. Date: the page's published time (meta /
 * JSON-LD, via Readability), else the hint (the feed item's date), else a full date in the dateline.
 * A page with under
 * {@link MIN_ARTICLE_WORDS} words in paragraphs of running text is refused with a reason, not thrown.
 */
export function pageToArticle(html: string, hints: PageHints, id: string, file: string): PageResult {
  const wrapped = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  let parsed: ReturnType<Readability['parse']>;
  try {
    const { document } = parseHTML(wrapped);
    parsed = new Readability(document as unknown as Document, { charThreshold: READABILITY_CHAR_THRESHOLD }).parse();
  } catch (e) {
    return { ok: false, message: `${hints.url}: the page could not be parsed (${(e as Error).message}).` };
  }
  if (!parsed || !parsed.content) return { ok: false, message: `${hints.url}: no article text found on the page.` };
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  let heading: string | null = null;
  for (const h of [...content.querySelectorAll('h1, h2, p')]) {
    if (h.tagName === 'P') break;
    heading ??= (h.textContent ?? '').replace(/\s+/g, ' ').trim() || null;
    h.remove();
  }
  const headline = heading ?? parsed.title?.trim() ?? hints.headline ?? null;
  const byline = parsed.byline?.trim() || hints.byline || null;
  const paragraphs = htmlToParagraphs(content.body.innerHTML);
  let skip = 0;
  while (skip < Math.min(MAX_LEADING_FURNITURE, paragraphs.length - 1)) {
    const p = paragraphs[skip]!;
    const f = fold(p);
    const isHeadline = headline !== null && f === fold(headline);
    const isByline = p.length <= MAX_FURNITURE_CHARS && (/^by\s+\S/i.test(p) || (byline !== null && f === fold(byline)));
    const isDate = p.length <= MAX_FURNITURE_CHARS && DATE_LINE.test(p) && MONTH_OR_ISO.test(p) && !/[.!?]["”’]?$/.test(p.replace(/\b[A-Z][a-z]{0,3}\.$/, ''));
    if (!isHeadline && !isByline && !isDate) break;
    skip++;
  }
  const body = paragraphs.slice(skip);
  const prose = proseWords(body);
  if (prose < MIN_ARTICLE_WORDS) return { ok: false, message: `${hints.url}: only ${prose} words of running text on the page (fewer than ${MIN_ARTICLE_WORDS}); not an article.` };
  const article = recordToArticle(
    { headline, date: parsed.publishedTime ?? hints.date ?? null, body, source: null, url: hints.url, byline, place: null },
    id,
    file,
  );
  if (!article) return { ok: false, message: `${hints.url}: no article text found on the page.` };
  return { ok: true, article };
}
