/**
 * Discord's embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
 * and helpers to stay within them. Plain data: no discord.js here, so the CLI and tests share it.
 */

export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;
export const EMBED_FIELDS_MAX = 25;
export const EMBED_FIELD_NAME_MAX = 256;
export const EMBED_FIELD_VALUE_MAX = 1024;
export const EMBED_FOOTER_TEXT_MAX = 2048;
export const EMBED_AUTHOR_NAME_MAX = 256;
/** Sum of title, description, field names and values, footer text and author name. */
export const EMBED_TOTAL_MAX = 6000;

/** A Discord embed as plain JSON (the subset the bot sends). */
export interface DiscordEmbed {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string };
  timestamp?: string;
}

/** Characters that count toward {@link EMBED_TOTAL_MAX}. */
export function embedLength(e: DiscordEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0)
  );
}

/**
 * Checks an embed against every limit. Returns `{ ok: true }` or the list of broken limits
 * (a person-readable line each). Empty field names or values are broken too (Discord rejects them).
 */
export function fitEmbed(e: DiscordEmbed): { ok: true } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const check = (what: string, len: number, max: number): void => {
    if (len > max) problems.push(`${what} is ${len} characters, over ${max}`);
  };
  check('title', e.title?.length ?? 0, EMBED_TITLE_MAX);
  check('description', e.description?.length ?? 0, EMBED_DESCRIPTION_MAX);
  check('footer', e.footer?.text.length ?? 0, EMBED_FOOTER_TEXT_MAX);
  check('author', e.author?.name.length ?? 0, EMBED_AUTHOR_NAME_MAX);
  const fields = e.fields ?? [];
  if (fields.length > EMBED_FIELDS_MAX) problems.push(`${fields.length} fields, over ${EMBED_FIELDS_MAX}`);
  fields.forEach((f, i) => {
    check(`field ${i + 1} name`, f.name.length, EMBED_FIELD_NAME_MAX);
    check(`field ${i + 1} value`, f.value.length, EMBED_FIELD_VALUE_MAX);
    if (f.name.trim() === '' || f.value.trim() === '') problems.push(`field ${i + 1} is empty`);
  });
  check('embed', embedLength(e), EMBED_TOTAL_MAX);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}

/** The ellipsis put where text was cut. */
export const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` characters: at the last sentence end that fits (`.`, `!`, `?`, with
 * closing quotes or brackets), else at the last word boundary with an ellipsis; never mid-word.
 * Text that fits is returned as is. A single word longer than `max` is cut hard (with `…`),
 * the only way to fit it.
 */
export function cutAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const window = text.slice(0, max);
  let end = -1;
  for (const m of window.matchAll(/[.!?][)"”’'\]]*(?=\s|$)/gu)) end = m.index + m[0].length;
  if (end > 0 && end >= max / 3) return window.slice(0, end).trimEnd();
  const room = window.slice(0, Math.max(0, max - ELLIPSIS.length));
  const ws = room.search(/\s+\S*$/u);
  if (ws > 0) return `${room.slice(0, ws).replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
  return `${room}${ELLIPSIS}`;
}

/**
 * Escapes Discord markdown (`* _ ~ \` | > #` and `\`) and neutralises mentions (`@everyone`,
 * `@here`, `<@123>`, `<#123>`, `<@&123>`) in text from the corpus, so quoted text shows as written
 * and pings nobody. A zero-width space after `@` breaks a mention.
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(/[\\*_~`|>#[\]]/g, (c) => `\\${c}`)
    .replace(/@/g, '@\u200b')
    .replace(/<#(?=\d)/g, '<#\u200b');
}
