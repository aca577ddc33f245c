import { escapeMarkdown } from 'discord.js';

/** Zero-width space: breaks a mention or markdown token without showing anything. */
const ZWSP = '\u200b';
/**
 * Characters any of the replacements below can act on: markdown markers (`\ ` * _ ~ | # [`),
 * block quotes and mentions (`> @ <`) and control characters. A text without them, and without a
 * line starting with `-` or a digit (bulleted and numbered lists), comes out unchanged.
 */
const ACTIVE_CHARS = /[\\`*_~|#[>@<\u0000-\u0009\u000b-\u001f\u007f]/;
/** A line that could start a list item as discord.js escapes them (`- x`, `1. x`; `*` is in ACTIVE_CHARS); a match only means "escape the slow way". */
const LIST_START = /^ *(?:-|\d+\.)/m;

/**
 * Text from the corpus made inert for a Discord message: markdown escaped (discord.js
 * `escapeMarkdown`, with headings, lists and masked links too; every `[` escaped, since discord.js
 * escapes only the first masked link of a line), block-quote markers escaped, and
 * mentions broken with a zero-width space (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`), so
 * they neither ping nor render as pills even if allowed mentions were ever turned back on.
 * Also folds control characters (other than newline) to spaces.
 */
export function escapeText(text: string): string {
  // Fast path: most corpus text (plain prose) has nothing to escape; the full chain below runs a
  // dozen regular expressions, several with look-behinds, which dominated answers of many pages.
  if (!ACTIVE_CHARS.test(text) && !LIST_START.test(text)) return text;
  const cleaned = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  const md = escapeMarkdown(cleaned, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return md
    // discord.js escapes only the first masked link of a line; escape every `[` so none renders.
    .replace(/(?<=(?:^|[^\\])(?:\\\\)*)\[/g, '\\[')
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZWSP}$1$2>`);
}
