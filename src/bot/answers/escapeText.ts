import { escapeMarkdown } from 'discord.js';

/** Zero-width space: breaks a mention or markdown token without showing anything. */
const ZWSP = '\u200b';

/**
 * Text from the corpus made inert for a Discord message: markdown escaped (discord.js
 * `escapeMarkdown`, with headings, lists and masked links too; every `[` escaped, since discord.js
 * escapes only the first masked link of a line), block-quote markers escaped, and
 * mentions broken with a zero-width space (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`), so
 * they neither ping nor render as pills even if allowed mentions were ever turned back on.
 * Also folds control characters (other than newline) to spaces.
 */
export function escapeText(text: string): string {
  const cleaned = text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ');
  const md = escapeMarkdown(cleaned, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return md
    // discord.js escapes only the first masked link of a line; escape every `[` so none renders.
    .replace(/(?<=(?:^|[^\\])(?:\\\\)*)\[/g, '\\[')
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<${ZWSP}$1$2>`);
}
