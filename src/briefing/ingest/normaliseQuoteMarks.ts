/**
 * Typewriter quote marks as wire copy and TeX-era archives print them: two apostrophes closing a
 * quote (`"The numbers look fine,'' said Duncan Stewart`), two backticks opening one (``` ``Yes,''
 * she said ```). Written as `"`, so the quote finder sees one mark, not two apostrophes.
 * Only where they stand as marks: `''` after a letter, figure or `.,!?` and before white space,
 * punctuation or the end; ``` `` ``` before a letter, figure or opening mark. (Feet and inches,
 * `5' 10''`, follow a digit and a space or stand alone: an inch mark right after a figure is left.)
 */
/** A double closing mark used as an apostrophe between a name and its `s` (`Hernandez”s fiancee`, a mis-encoded `’`). */
const MARK_AS_APOSTROPHE = /(?<=\p{L})[”"](?=s\b)/gu;
const CLOSING_PAIR = /(?<=[\p{L}.,!?])''(?=[\s.,;:!?)\]—–-]|$)/gu;
const OPENING_PAIR = /``(?=[\p{L}\p{N}'"“])/gu;

/** `text` with `''` and ``` `` ``` quote marks written as `"`, and a double mark between a word and its `s` as `’` (see above); other text unchanged. */
export function normaliseQuoteMarks(text: string): string {
  const t = text.includes('”s') || text.includes('"s') ? text.replace(MARK_AS_APOSTROPHE, '’') : text;
  if (!t.includes("''") && !t.includes('``')) return t;
  return t.replace(CLOSING_PAIR, '"').replace(OPENING_PAIR, '"');
}
