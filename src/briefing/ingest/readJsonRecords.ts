import type { Article, IngestWarning } from '../types.js';
import { recordToArticle, type RecordFields } from './recordToArticle.js';
import type { ReadResult } from './readArticles.js';
import { idStem } from './articleId.js';

/** The first present, non-empty string among a record's alternative field names. */
function pick(r: Record<string, unknown>, names: readonly string[]): string | null {
  for (const n of names) {
    const v = r[n];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number') return String(v);
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Record<string, unknown>)['name'] === 'string') return (v as Record<string, string>)['name']!;
  }
  return null;
}

/** Field names accepted for each article field, in order of preference. */
const FIELDS = {
  headline: ['headline', 'title'],
  date: ['date', 'published', 'publishedAt', 'pubDate', 'datePublished', 'time'],
  body: ['body', 'text', 'content', 'articleBody', 'paragraphs'],
  source: ['source', 'agency', 'publisher'],
  url: ['url', 'link'],
  byline: ['byline', 'author'],
  place: ['place', 'location', 'dateline'],
} as const;

function toFields(r: Record<string, unknown>): RecordFields {
  const bodyRaw = FIELDS.body.map((n) => r[n]).find((v) => v !== undefined && v !== null);
  const body = Array.isArray(bodyRaw) ? bodyRaw.filter((p): p is string => typeof p === 'string') : typeof bodyRaw === 'string' ? bodyRaw : null;
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


/**
 * Reads article records from `.json` (one record, an array of records, or `{ "articles": [...] }`)
 * or `.ndjson`/`.jsonl` (one record a line). Record fields: headline|title, date, body|text|content
 * (a string or a list of paragraphs), source|agency, url|link, byline|author, place. Invalid JSON
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
      else if (parsed && typeof parsed === 'object' && Array.isArray((parsed as Record<string, unknown>)['articles'])) records = (parsed as { articles: unknown[] }).articles;
      else records = [parsed];
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
