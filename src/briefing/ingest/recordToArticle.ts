import type { Article } from '../types.js';
import { parseDateline } from '../segment/parseDateline.js';
import { fullDatesIn } from '../segment/fullDatesIn.js';
import { toParagraphs } from '../segment/toParagraphs.js';
import { monthNumber } from '../segment/lineKinds.js';
import { dateFromUrl, isWholeDay } from './dateFromUrl.js';

/** The fields a JSON record or feed item may give, already reduced to strings. */
export interface RecordFields {
  headline: string | null;
  date: string | null;
  body: string | readonly string[] | null;
  source: string | null;
  url: string | null;
  byline: string | null;
  place: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * Month abbreviations of feeds written in other languages (`Seg, 24 Set 2018` in Portuguese, `dic`
 * in Spanish, `mag` in Italian, `Mär` and `Okt` in German, `févr`/`déc` in French), by their first
 * three letters (the French `juin`/`juil` whole, as their first three are the same).
 */
const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['ene', 1], ['gen', 1], ['janv', 1], ['fev', 2], ['fév', 2], ['abr', 4], ['avr', 4], ['mai', 5], ['mag', 5],
  ['giu', 6], ['juin', 6], ['lug', 7], ['juil', 7], ['ago', 8], ['aoû', 8], ['set', 9], ['out', 10], ['ott', 10],
  ['okt', 10], ['dez', 12], ['dic', 12], ['déc', 12], ['mär', 3],
]);

/**
 * A record's date as an ISO day, read literally from the string so a time zone never shifts the
 * day: ISO (`2007-04-23T10:00:00Z`), RFC 822 as in RSS (`Mon, 23 Apr 2007 10:00:00 GMT`), or a
 * written date (`April 23, 2007`). Null when none is there.
 */
export function recordDate(raw: string | null): string | null {
  if (!raw) return null;
  const isoDay = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (isoDay) return `${isoDay[1]}-${isoDay[2]}-${isoDay[3]}`;
  const rfc = /(?<![\p{L}\d])(\d{1,2})\s+(\p{L}{3,5})\.?\s+(\d{4})\b/u.exec(raw);
  if (rfc) {
    const m = monthNumber(rfc[2]!.slice(0, 3)) ?? FOREIGN_MONTHS.get(rfc[2]!.toLowerCase().slice(0, 3)) ?? FOREIGN_MONTHS.get(rfc[2]!.toLowerCase());
    if (m) return `${rfc[3]}-${pad(m)}-${pad(Number(rfc[1]))}`;
  }
  const written = fullDatesIn(raw)[0];
  if (written) return `${written.y}-${pad(written.m)}-${pad(written.d)}`;
  const yearOnly = /^\s*(\d{4})\s*$/.exec(raw);
  return yearOnly ? yearOnly[1]! : null;
}

/**
 * Turns one record (JSON article or feed item) into an Article. The body may be one string
 * (paragraphs split on blank lines, hard-wrapped lines joined) or a list of paragraphs. When the
 * body opens with a wire dateline (`Moscow (AFP) April 23 - …`), the dateline fills place and agency
 * (record fields win) and is removed from the text. Returns null when the record has no body text.
 */
export function recordToArticle(f: RecordFields, id: string, file: string): Article | null {
  const rawParas = typeof f.body === 'string' ? toParagraphs(f.body.replace(/\r\n?/g, '\n').split('\n')) : (f.body ?? []).map((p) => p.replace(/\s+/g, ' ').trim());
  const paragraphs = rawParas.filter((p) => p.length > 0);
  if (paragraphs.length === 0) return null;
  let place = f.place;
  let agency = f.source;
  let date = recordDate(f.date);
  const d = parseDateline(paragraphs[0]!);
  if (d && d.rest) {
    paragraphs[0] = d.rest;
    place ??= d.place;
    agency ??= d.agency;
    if (!date && d.month && d.day && d.year) date = `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  }
  // A record with no date of its own: the whole day its address gives (`/2019/09/12/…`).
  if (!date && f.url) {
    const fromUrl = dateFromUrl(f.url);
    if (isWholeDay(fromUrl)) date = fromUrl;
  }
  return {
    id,
    file,
    headline: f.headline?.replace(/\s+/g, ' ').trim() || null,
    byline: f.byline?.trim().replace(/^by\s+/i, '') || null,
    place: place ?? null,
    agency: agency ?? null,
    date,
    teaser: false,
    paragraphs,
    url: f.url?.trim() || null,
  };
}
