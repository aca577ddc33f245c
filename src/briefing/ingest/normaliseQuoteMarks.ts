/**
 * Typewriter quote marks as wire copy and TeX-era archives print them: two apostrophes closing a
 * quote (`"The numbers look fine,'' said Duncan Stewart`), two backticks opening one (``` ``Yes,''
 * she said ```). Written as `"`, so the quote finder sees one mark, not two apostrophes.
 * Only where they stand as marks: `''` after a letter, figure or `.,!?` and before white space,
 * punctuation or the end; ``` `` ``` before a letter, figure or opening mark. (Feet and inches,
 * `5' 10''`, follow a digit and a space or stand alone: an inch mark right after a figure is left.)
 * Typeset pages do the same with curly single marks (`‘‘It is alleged …,” Malo said.`): two
 * opening marks `‘‘` before a letter, figure or opening mark are written `“`, two closing marks `’’`
 * after a letter, figure or `.,!?` and before white space, punctuation or the end `”`. And `''`
 * opening a quote (at the start of a line or after white space, before a capital or figure) is `"`.
 * An opening curly mark glued to a word's comma or stop and followed by white space closes a quote.
 */
/** A double closing mark used as an apostrophe between a name and its `s` (`Hernandez”s fiancee`, a mis-encoded `’`). */
const MARK_AS_APOSTROPHE = /(?<=\p{L})[”"](?=s\b)/gu;
const CLOSING_PAIR = /(?<=[\p{L}.,!?])''(?=[\s.,;:!?)\]—–-]|$)/gu;
const OPENING_PAIR = /``(?=[\p{L}\p{N}'"“])/gu;
const PRIME_AS_CLOSING_MARK = /(?<=[\p{L}.,!?])″/gu;
/** `''` opening a quote: at the start of a line or after white space, before a capital or figure. */
const OPENING_APOSTROPHES = /(?<=^|\s)''(?=[\p{Lu}\p{N}])/gmu;
/** `“` right after a word and its `.,!?`, before white space: a closing mark typed as an opening one. */
const OPENING_AS_CLOSING_MARK = /(?<=[\p{L}\p{N}][.,!?])“(?=\s)/gu;
const CURLY_OPENING_PAIR = /‘‘(?=[\p{L}\p{N}'"“‘])/gu;
const CURLY_CLOSING_PAIR = /(?<=[\p{L}\p{N}.,!?])’’(?=[\s.,;:!?)\]—–-]|$)/gu;

/**
 * `text` with `''` and ``` `` ``` quote marks written as `"`, `‘‘` and `’’` as `“` and `”`, and a
 * double mark between a word and its `s` as `’` (see above); other text unchanged.
 */
export function normaliseQuoteMarks(text: string): string {
  let t = text.includes('”s') || text.includes('"s') ? text.replace(MARK_AS_APOSTROPHE, '’') : text;
  // A double prime closing a quote after a word or its punctuation (`…after the election,″ said`), as
  // some archives encode `”`; after a figure it stays (`5′10″`, `45″ N`).
  if (t.includes('″')) t = t.replace(PRIME_AS_CLOSING_MARK, '”');
  if (t.includes('‘‘') || t.includes('’’')) t = t.replace(CURLY_OPENING_PAIR, '“').replace(CURLY_CLOSING_PAIR, '”');
  // An opening mark typed for a closing one, glued to a word's comma or stop and before white space
  // (`… are accounted for,“ Sheriff Russ Gibson said`): it closes the quote.
  if (t.includes('“')) t = t.replace(OPENING_AS_CLOSING_MARK, '”');
  if (!t.includes("''") && !t.includes('``')) return t;
  return t.replace(CLOSING_PAIR, '"').replace(OPENING_PAIR, '"').replace(OPENING_APOSTROPHES, '"');
}
