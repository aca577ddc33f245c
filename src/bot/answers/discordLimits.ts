import type { APIEmbed } from 'discord.js';

// src/briefing/format/discordLimits.ts has the same constants and a checking fitEmbed; this one
// truncates to fit (the bot must always send something valid). TODO(lead): merge the two.

/** Discord's documented limits ("Embed Limits", "Autocomplete"). */
export const LIMITS = {
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer and author of all embeds of a message. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Cuts `text` to at most `max` characters (code points kept whole), ending with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = '';
  for (const c of chars) {
    if (out.length + c.length > max - 1) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

function embedSize(e: APIEmbed): number {
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
}

/**
 * An embed within Discord's limits: each part truncated to its own limit, at most 25 fields, and
 * the total cut to `budget` (6000 by default) by dropping fields from the end, then shortening the
 * description. Empty field names or values become a zero-width placeholder Discord accepts.
 */
export function fitEmbed(embed: APIEmbed, budget: number = LIMITS.embedTotal): APIEmbed {
  const e: APIEmbed = { ...embed };
  if (e.title !== undefined) e.title = truncate(e.title, LIMITS.embedTitle);
  if (e.description !== undefined) e.description = truncate(e.description, LIMITS.embedDescription);
  if (e.footer) e.footer = { ...e.footer, text: truncate(e.footer.text, LIMITS.footerText) };
  if (e.author) e.author = { ...e.author, name: truncate(e.author.name, LIMITS.authorName) };
  if (e.fields) {
    e.fields = e.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  while (embedSize(e) > budget && e.fields && e.fields.length > 0) e.fields = e.fields.slice(0, -1);
  const over = embedSize(e) - budget;
  if (over > 0 && e.description) e.description = truncate(e.description, Math.max(1, e.description.length - over));
  return e;
}
