/**
 * Inline HTML tags left in a plain-text page by a scraper that kept a story's markup: links
 * (`slumped<a href="https://…"> as much as 4.9 per cent </a>on Wednesday`), emphasis, spans, line
 * breaks. Only these inline elements, written as tags (a `<` then the element name), are taken out;
 * block markup and anything else in angle brackets (`x < y`, `<3`, `<<Back`) is left to the page's
 * reader. A `<br>` becomes a space, the others nothing, so the words around them keep their spacing.
 */
const INLINE_TAG = /<\/?(?:a|b|i|u|em|strong|span|font|small|sup|sub|mark|abbr|cite|q|br)(?:\s[^<>]{0,2000})?\s*\/?>/gi;

/** Cheap test before {@link INLINE_TAG}: a `<` right before a letter or `/`. */
const TAG_GATE = /<[/a-z]/i;

/** `text` without inline HTML tags (see {@link INLINE_TAG}). */
export function stripInlineTags(text: string): string {
  if (!TAG_GATE.test(text)) return text;
  return text.replace(INLINE_TAG, (tag) => (/^<br\b/i.test(tag) ? ' ' : ''));
}
