import type { Brief, BriefSource } from '../summarise/types.js';
import { formatIsoDate } from '../summarise/absoluteDates.js';
import {
  cutAtSentence,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_TEXT_MAX,
  EMBED_TITLE_MAX,
  EMBED_TOTAL_MAX,
  embedLength,
  escapeDiscord,
  type DiscordEmbed,
} from './discordLimits.js';

/** Embed colour of briefs (a calm blue). */
export const BRIEF_COLOR = 0x2b6cb0;

/** `[1][3]`: the numbers of a point's sources in the brief's source list. */
function refs(sources: readonly BriefSource[], all: readonly BriefSource[]): string {
  return sources.map((s) => `[${all.findIndex((x) => x.articleId === s.articleId) + 1}]`).join('');
}

/**
 * `AFP, Mon 23 Apr 2007 — Russia Rebuffs US Overtures On Missile Shield`. A page with no agency
 * shows its reporter (`Guy Taylor, Sun 15 Aug 2021 — …`), or the date alone when it names neither.
 */
export function sourceLine(s: BriefSource): string {
  const who = s.agency ?? s.byline;
  const when = s.date ? formatIsoDate(s.date) : 'undated';
  return (who ? `${who}, ${when}` : when) + (s.headline ? ` — ${s.headline}` : '');
}

/**
 * A source line, escaped, as a masked link to the article when it has a web address Discord can
 * open (http or https, at most {@link MAX_LINK_URL_CHARS} characters; brackets and spaces
 * percent-encoded so the link cannot end early); the plain line otherwise.
 */
export function sourceLink(s: BriefSource): string {
  const text = escapeDiscord(sourceLine(s));
  const url = s.url?.trim();
  if (!url || url.length > MAX_LINK_URL_CHARS || !/^https?:\/\/[^\s<>]+$/i.test(url)) return text;
  return `[${text}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}
/** Longest address linked from a source line (a field holds 1,024 characters; longer addresses are trackers' or broken). */
const MAX_LINK_URL_CHARS = 300;

/** `19 Apr – 24 Apr 2007` style range from two ISO dates (one date when equal). */
export function dateRangeText(range: Brief['dateRange']): string {
  if (!range) return 'undated';
  const from = formatIsoDate(range.from);
  const to = formatIsoDate(range.to);
  return from === to ? from : `${from} – ${to}`;
}

/** Lines packed into as few field values of at most `max` characters as they fit; a line too long alone is cut at a sentence end. */
function packLines(lines: readonly string[], max: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const raw of lines) {
    const line = cutAtSentence(raw, max);
    if (cur === '') cur = line;
    else if (cur.length + 1 + line.length <= max) cur += `\n${line}`;
    else {
      out.push(cur);
      cur = line;
    }
  }
  if (cur !== '') out.push(cur);
  return out;
}

/**
 * A brief as one Discord embed (plain JSON, no discord.js): title = the brief's headline;
 * description = the key points as bullets with source numbers; fields = the quote with its
 * speaker, the poll, and the numbered sources (agency, date, headline); footer = agencies, date
 * range and article count. All corpus text is escaped (markdown, mentions). Every Discord limit
 * holds (see discordLimits.ts, checked by `fitEmbed`): texts are cut at sentence ends, never
 * mid-word; when the whole is over 6,000 characters, source fields go first, then the last points.
 */
export function briefEmbed(brief: Brief): DiscordEmbed {
  const all = brief.sources;
  const title = cutAtSentence(escapeDiscord(brief.headline), EMBED_TITLE_MAX);
  const pointLines = brief.points.map((p) => `• ${escapeDiscord(p.text)} ${refs(p.sources, all)}`);
  const fields: { name: string; value: string }[] = [];
  if (brief.quote) {
    const q = brief.quote;
    const speaker = ` — ${escapeDiscord(q.speaker)} ${refs([q.source], all)}`;
    const body = cutAtSentence(escapeDiscord(q.text), EMBED_FIELD_VALUE_MAX - speaker.length - 2);
    fields.push({ name: 'Quote', value: `“${body}”${speaker}` });
  }
  if (brief.poll) {
    const suffix = ` ${refs([brief.poll.source], all)}`;
    fields.push({ name: 'Poll', value: cutAtSentence(escapeDiscord(brief.poll.text), EMBED_FIELD_VALUE_MAX - suffix.length) + suffix });
  }
  const sourceValues = packLines(all.map((s, i) => `[${i + 1}] ${sourceLink(s)}`), EMBED_FIELD_VALUE_MAX);
  sourceValues.forEach((v, i) => fields.push({ name: cutAtSentence(i === 0 ? 'Sources' : 'Sources (continued)', EMBED_FIELD_NAME_MAX), value: v }));
  const agencies = [...new Set(all.map((s) => s.agency).filter((a): a is string => a !== null))];
  const footerText = cutAtSentence(
    `${agencies.length > 0 ? agencies.join(', ') : 'sources undated'} · ${dateRangeText(brief.dateRange)} · ${brief.articleCount} article${brief.articleCount === 1 ? '' : 's'}`,
    EMBED_FOOTER_TEXT_MAX,
  );

  const build = (points: readonly string[], fs: readonly { name: string; value: string }[]): DiscordEmbed => {
    const description = packDescription(points);
    return {
      title,
      ...(description !== '' ? { description } : {}),
      color: BRIEF_COLOR,
      fields: fs.slice(0, EMBED_FIELDS_MAX).map((f) => ({ ...f, inline: false })),
      footer: { text: footerText },
    };
  };
  let points = pointLines;
  let fs = fields.slice(0, EMBED_FIELDS_MAX);
  let embed = build(points, fs);
  // Over the 6,000 total: drop source continuation fields, then points from the end, then fields.
  while (embedLength(embed) > EMBED_TOTAL_MAX) {
    const lastSources = fs.map((f) => f.name).lastIndexOf('Sources (continued)');
    if (lastSources >= 0) fs = fs.filter((_, i) => i !== lastSources);
    else if (points.length > 1) points = points.slice(0, -1);
    else if (fs.length > 0) fs = fs.slice(0, -1);
    else {
      points = points.map((p) => cutAtSentence(p, Math.max(1, p.length - (embedLength(embed) - EMBED_TOTAL_MAX))));
      embed = build(points, fs);
      break;
    }
    embed = build(points, fs);
  }
  return embed;
}

/** Points as description lines: whole points while they fit in 4,096; a single point too long alone is cut at a sentence end. */
function packDescription(points: readonly string[]): string {
  let out = '';
  for (const p of points) {
    const next = out === '' ? p : `${out}\n${p}`;
    if (next.length <= EMBED_DESCRIPTION_MAX) out = next;
    else {
      if (out === '') out = cutAtSentence(p, EMBED_DESCRIPTION_MAX);
      break;
    }
  }
  return out;
}
