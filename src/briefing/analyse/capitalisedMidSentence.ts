/**
 * True when `word` occurs capitalised inside a sentence of the article (not opening one): a name,
 * not a sentence's first word (`Combat operations ended …` capitalises Combat only to open a
 * sentence). A whole-word match whose nearest non-space character before it is not a sentence or
 * quote opener (`.`, `!`, `?`, `:`, quote marks, `(`). Plain string search, no regular expression
 * per word: callers ask about many words.
 */
export function capitalisedMidSentence(word: string, paragraphs: readonly string[]): boolean {
  if (word === '') return false;
  for (const p of paragraphs)
    for (let i = p.indexOf(word); i >= 0; i = p.indexOf(word, i + 1)) {
      if (isWordChar(p, i - 1) || isWordChar(p, i + word.length)) continue;
      let j = i - 1;
      while (j >= 0 && WHITE.test(p[j]!)) j--;
      if (j >= 0 && !OPENERS.has(p[j]!)) return true;
    }
  return false;
}

const WHITE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters after which a capital opens a sentence or a quote. */
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '”', '‘', '’', "'", '(']);

function isWordChar(s: string, i: number): boolean {
  return i >= 0 && i < s.length && WORD_CHAR.test(s[i]!);
}
