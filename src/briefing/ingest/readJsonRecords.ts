import type { Article, IngestWarning } from '../types.js';
import { recordToArticle, type RecordFields } from './recordToArticle.js';
import type { ReadResult } from './readArticles.js';
import { idStem } from './articleId.js';
import { htmlToParagraphs } from './htmlToParagraphs.js';

/**
 * The first present, non-empty string among a record's alternative field names. A name may be a
 * dotted path into nested objects (`headline.main`, `fields.bodyText`, as the New York Times and
 * Guardian APIs nest them); an object with a `name` (NewsAPI's `source`) or an `original` (the
 * Times' `byline`) gives that string.
 */
function pick(r: Record<string, unknown>, names: readonly string[]): string | null {
  for (const n of names) {
    let v = at(r, n);
    // A list of authors (`["Ann Lee", "Tom Hale"]`, `[{ "name": "Ann Lee" }]`): its first.
    if (Array.isArray(v)) v = v[0];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const inner = typeof o['original'] === 'string' ? o['original'] : o['name'];
      if (typeof inner === 'string') return inner;
    }
  }
  return null;
}

/** The value at a dotted path of a record (`fields.bodyText`; a figure indexes a list, `links.0.href`), or undefined. */
function at(r: Record<string, unknown>, path: string): unknown {
  let v: unknown = r;
  for (const k of path.split('.')) {
    if (!v || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      if (!/^\d+$/.test(k)) return undefined;
      v = v[Number(k)];
    } else v = (v as Record<string, unknown>)[k];
  }
  return v;
}

/**
 * Field names accepted for each article field, in order of preference: the project's own, then
 * those of common news APIs and exports (NewsAPI, the Guardian's and New York Times' APIs,
 * schema.org NewsArticle). A short summary (`description`, `abstract`, `lead_paragraph`) is the
 * body only when no full text is there.
 */
const FIELDS = {
  headline: ['headline.main', 'headline', 'title', 'webTitle', 'title.content'],
  date: ['date', 'published', 'publishedAt', 'pubDate', 'datePublished', 'webPublicationDate', 'pub_date', 'time', 'date_published', 'date_publish', 'published_at', 'publishedDate', 'published_date', 'created_at', 'updated'],
  body: ['body', 'text', 'content', 'articleBody', 'paragraphs', 'fields.bodyText', 'maintext', 'content_text', 'content_html', 'content.body', 'lead_paragraph', 'description', 'abstract', 'summary', 'summary.content'],
  source: ['source', 'agency', 'publisher', 'source_domain'],
  url: ['url', 'link', 'webUrl', 'web_url', 'links.0.href'],
  byline: ['byline', 'author', 'fields.byline', 'authors'],
  place: ['place', 'location', 'dateline'],
} as const;

/** A body written in HTML: it holds a paragraph, break, link, emphasis, list, figure or image tag. */
const HTML_BODY = /<\/?(?:p|br|div|a|em|strong|b|i|span|ul|ol|li|h[1-6]|figure|img|blockquote|table|section|article)\b[^>]*>/i;

/** NewsAPI's cut-off marker at the end of a truncated `content`: `… [+2345 chars]`. */
const TRUNCATION_MARKER = /\s*…?\s*\[\+\d+ chars\]\s*$/;

function toFields(r: Record<string, unknown>): RecordFields {
  const bodyRaw = FIELDS.body.map((n) => at(r, n)).find((v) => (typeof v === 'string' && v.trim() !== '') || Array.isArray(v));
  const text = typeof bodyRaw === 'string' ? bodyRaw.replace(TRUNCATION_MARKER, '') : null;
  // A body in HTML (`"<p>A young man was left …</p>"`, as JSON Feed's content_html and scraped
  // descriptions give it) is read as a feed item's is.
  const body = Array.isArray(bodyRaw) ? bodyRaw.filter((p): p is string => typeof p === 'string') : text !== null && HTML_BODY.test(text) ? htmlToParagraphs(text) : text;
  return {
    headline: pick(r, FIELDS.headline),
    date: pick(r, FIELDS.date),
    body,
    source: pick(r, FIELDS.source),
    url: pick(r, FIELDS.url),
    byline: pick(r, FIELDS.byline),
    place: pick(r, FIELDS.place),
  };
}

/** Where API responses keep their list of articles: `articles` (NewsAPI), `response.results` (the Guardian), `response.docs` (New York Times), `results`, `items` (JSON Feed), `entries` (a parsed feed), `data`, `docs`. */
const RECORD_LISTS = ['articles', 'response.results', 'response.docs', 'results', 'items', 'entries', 'data', 'docs'];

function recordList(parsed: unknown): unknown[] | null {
  if (!parsed || typeof parsed !== 'object') return null;
  for (const path of RECORD_LISTS) {
    const v = at(parsed as Record<string, unknown>, path);
    if (Array.isArray(v)) return v;
  }
  return null;
}

/**
 * Reads article records from `.json` (one record, an array of records, or an API response holding
 * a list of them: see RECORD_LISTS) or `.ndjson`/`.jsonl` (one record a line). Record fields:
 * headline|title, date, body|text|content (a string or a list of paragraphs), source|agency,
 * url|link, byline|author, place, and the names common news APIs use (see FIELDS). Invalid JSON
 * is a `bad-json` warning for the file (or for the one NDJSON line, the others are kept); a record
 * with no body is skipped with a warning naming it.
 */
export function readJsonRecords(name: string, text: string): ReadResult {
  const warnings: IngestWarning[] = [];
  let records: unknown[] = [];
  if (/\.(ndjson|jsonl)$/i.test(name)) {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line));
      } catch (e) {
        warnings.push({ file: name, code: 'bad-json', message: `${name}: line ${i + 1} is not valid JSON (${(e as Error).message}); that line skipped.` });
      }
    });
  } else {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) records = parsed;
      else records = recordList(parsed) ?? [parsed];
    } catch (e) {
      return { articles: [], warnings: [{ file: name, code: 'bad-json', message: `${name}: is not valid JSON (${(e as Error).message}); skipped.` }] };
    }
  }
  const articles: Article[] = [];
  records.forEach((r, i) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      warnings.push({ file: name, code: 'bad-json', message: `${name}: record ${i + 1} is not an object; skipped.` });
      return;
    }
    const a = recordToArticle(toFields(r as Record<string, unknown>), `${idStem(name)}#${articles.length + 1}`, name);
    if (a) articles.push(a);
    else warnings.push({ file: name, code: 'no-article', message: `${name}: record ${i + 1} has no body text (body, text or content); skipped.` });
  });
  if (records.length === 0 && warnings.length === 0) warnings.push({ file: name, code: 'no-article', message: `${name}: holds no article records.` });
  return { articles, warnings };
}
