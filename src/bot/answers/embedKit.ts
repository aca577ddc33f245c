import type { APIEmbed } from 'discord.js';
import { dateSpan } from '../../briefing/index/dateSpan.js';
import type { Article, IsoDate } from '../../briefing/types.js';
import type { Answer, AnswerPage } from '../types.js';
import { fitEmbed, LIMITS, truncate } from './discordLimits.js';
import { escapeText } from './escapeText.js';

/** Embed colour bar (newsbrief blue). */
export const BRAND_COLOUR = 0x2b6cb0;
/** Colour for "not found" and other notices. */
export const NOTICE_COLOUR = 0x718096;
/** Sources named in a footer before "and N more". */
const MAX_FOOTER_SOURCES = 4;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2007-04-23` → `23 Apr 2007`, `2007-04` → `Apr 2007`, `2007-W16` → `week 16 of 2007`; other values as they are. */
export function formatDate(value: IsoDate): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (d) return `${Number(d[3])} ${MONTHS[Number(d[2]) - 1] ?? d[2]} ${d[1]}`;
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  const w = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (w) return `${w[3] ? 'weekend of week' : 'week'} ${Number(w[2])} of ${w[1]}`;
  return value;
}

/** The earliest and latest dateline of the articles, as `19–24 Apr 2007` style text; null when none has a date. */
export function dateRangeOf(articles: readonly Article[]): string | null {
  const span = dateSpan(articles);
  if (span === null) return null;
  const from = formatDate(span.from);
  const to = formatDate(span.to);
  return from === to ? from : `${from} – ${to}`;
}

/** A short source label: `AFP, 23 Apr 2007` (agency or file, then dateline). */
export function sourceLabel(a: Article): string {
  const who = a.agency ?? a.place ?? a.file.replace(/^.*\//, '');
  return a.date ? `${who}, ${formatDate(a.date)}` : who;
}

/**
 * A footer naming the sources (distinct labels, first few, then "+N more") and the date range
 * of the articles, e.g. `Sources: AFP, 23 Apr 2007 · AFP, 24 Apr 2007 · 19 – 24 Apr 2007`.
 */
export function sourcesFooter(articles: readonly Article[], extra?: string): { text: string } {
  return sourcesFooterOf(articles)(extra);
}

/**
 * {@link sourcesFooter} of these articles for any `extra` text: the sources and the date range are
 * worked out once (an answer of many pages from the same articles asks for many footers).
 */
export function sourcesFooterOf(articles: readonly Article[]): (extra?: string) => { text: string } {
  const labels = [...new Set(articles.map(sourceLabel))];
  const shown = labels.slice(0, MAX_FOOTER_SOURCES).join(' · ');
  const more = labels.length > MAX_FOOTER_SOURCES ? ` · +${labels.length - MAX_FOOTER_SOURCES} more` : '';
  const range = dateRangeOf(articles);
  const parts = [labels.length > 0 ? `Sources: ${shown}${more}` : null, range].filter((p): p is string => p !== null);
  return (extra) => ({ text: truncate((extra === undefined ? parts : [...parts, extra]).join(' | '), LIMITS.footerText) });
}

/** Corpus text quoted inside an embed: escaped (no markdown, no mentions) and in curly quotes. */
export function quoted(text: string, max = LIMITS.fieldValue - 4): string {
  return `“${truncate(escapeText(text), max)}”`;
}

/** One embed per page, each fitted to Discord's limits, with "page n/m" added to the footer when paged. */
export function pagesOf(embeds: APIEmbed[]): AnswerPage[] {
  return embeds.map((e, i) => pageOfEmbed(e, i, embeds.length));
}

/** Page `n` (0-based) of `total` as {@link pagesOf} makes it from its embed, for answers that build pages one at a time. */
export function pageOfEmbed(e: APIEmbed, n: number, total: number): AnswerPage {
  const footer = total > 1 ? `${e.footer?.text ? `${e.footer.text} | ` : ''}page ${n + 1}/${total}` : e.footer?.text;
  return { embeds: [fitEmbed({ ...e, ...(footer ? { footer: { text: footer } } : {}) })] };
}

/** An ephemeral notice (nothing found, bad input): a title and a sentence that says what to do. */
export function notice(title: string, description: string): Answer {
  return { ephemeral: true, pages: [{ embeds: [fitEmbed({ title: truncate(title, LIMITS.embedTitle), description, color: NOTICE_COLOUR })] }] };
}

/** Splits `lines` into chunks whose joined length (with newlines) stays within `max` characters. */
export function chunkLines(lines: readonly string[], max: number, maxLines = Infinity): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const raw of lines) {
    const line = truncate(raw, max);
    if (cur.length > 0 && (len + line.length + 1 > max || cur.length >= maxLines)) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(line);
    len += line.length + 1;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
