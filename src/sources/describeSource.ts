import type { SourceStatus } from './createPoller.js';

/** Discord embed limits: field name 256, field value 1024 characters (discord.com/developers/docs/resources/message#embed-object-embed-limits). */
const FIELD_NAME_MAX = 256;
const FIELD_VALUE_MAX = 1024;
/** Longest error message shown in a field (the rest is in the logs). */
const ERROR_SHOWN_MAX = 300;

const cut = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);
/** A Discord relative timestamp (`<t:1715688000:R>` shows "in 10 minutes" in the reader's locale). */
const when = (isoTime: string): string => `<t:${Math.floor(Date.parse(isoTime) / 1000)}:R>`;
/** Backslash-escapes Discord markdown characters and breaks mentions, so a feed's error text cannot ping or restyle. */
const escape = (s: string): string => s.replace(/[\\*_~`|>#\[\]()-]/g, '\\$&').replace(/@/g, '@\u200b');

/**
 * One source as an embed field for `/source list`: the name is the id and URL (in `<…>` so Discord
 * does not unfurl it); the value gives the topic, kind, items seen and stored, last success, the
 * last error with its time and the failure count when failing, and the next try. Within Discord's
 * field limits; error text escaped.
 */
export function describeSource(s: SourceStatus): { name: string; value: string } {
  const lines: string[] = [];
  lines.push(`${s.kind ?? 'not fetched yet'}${s.topic ? ` · topic **${escape(s.topic)}**` : ''} · every ${Math.round(s.intervalSeconds / 60)} min · ${s.origin === 'admin' ? 'added by an admin' : 'from the sources file'}`);
  lines.push(`items seen ${s.itemsSeen} · articles stored ${s.articlesStored}${s.duplicates ? ` · duplicates ${s.duplicates}` : ''}`);
  lines.push(`last success: ${s.lastSuccess ? when(s.lastSuccess) : 'never'}`);
  if (s.lastError && (s.consecutiveFailures > 0 || !s.lastSuccess || Date.parse(s.lastError.at) > Date.parse(s.lastSuccess))) {
    lines.push(`⚠️ failing (${s.consecutiveFailures}×) since ${when(s.lastError.at)}: ${escape(cut(s.lastError.message, ERROR_SHOWN_MAX))}`);
  } else if (s.lastError) lines.push(`last error ${when(s.lastError.at)} (recovered)`);
  if (s.lastItemError) lines.push(`last item error ${when(s.lastItemError.at)}: ${escape(cut(s.lastItemError.message, ERROR_SHOWN_MAX))}`);
  lines.push(`next try: ${s.nextTry ? when(s.nextTry) : 'now'}`);
  return { name: cut(`${s.id} · <${s.url}>`, FIELD_NAME_MAX), value: cut(lines.join('\n'), FIELD_VALUE_MAX) };
}
