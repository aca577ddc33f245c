/**
 * Cheap sentence bounds around a position, for cue search next to a quote. A full sentence
 * splitter (wink-nlp, see ../sentences.ts) is not needed here: only the clause touching a quote
 * matters, so a backward/forward scan for `. ! ?` + space + capital, skipping abbreviations, is
 * enough and costs nothing.
 */

import { TITLE_ABBREVIATIONS } from '../speakers/lexicon.js';

/** Words ending in a period that do not end a sentence: titles, initials, months, `U.S`. */
const ABBREVIATION_RE = new RegExp(
  `(?:^|[\\s(])(?:[A-Z]|${TITLE_ABBREVIATIONS.join('|')}|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Co|Corp|Inc|Ltd|vs|etc|approx|[A-Za-z](?:\\.[A-Za-z])+)$`,
);

/** True when a sentence ends at `text[i]` (one of `.!?`, possibly followed by a closing quote). */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  let j = i + 1;
  while (j < text.length && /["”’')\]]/.test(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return false;
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (j < text.length && !/[\p{Lu}\p{N}"“‘'(]/u.test(text[j]!)) return false;
  if (c === '.' && ABBREVIATION_RE.test(text.slice(Math.max(0, i - 12), i))) return false;
  return true;
}

/**
 * Start of the sentence holding `pos`, not before `lo`: the index after the last sentence end
 * in `[lo, pos)`, white space skipped.
 */
export function sentenceStart(text: string, pos: number, lo = 0): number {
  for (let i = pos - 1; i >= lo; i--) {
    if (endsSentenceAt(text, i)) {
      let j = i + 1;
      while (j < pos && /["”’')\]\s]/.test(text[j]!)) j++;
      return j;
    }
  }
  let j = lo;
  while (j < pos && /\s/.test(text[j]!)) j++;
  return j;
}

/** End (exclusive) of the sentence holding `pos`, not after `hi`: just after its `. ! ?`. */
export function sentenceEnd(text: string, pos: number, hi = text.length): number {
  for (let i = pos; i < hi; i++) if (endsSentenceAt(text, i)) return i + 1;
  return hi;
}

/** How many sentences end in `text` (abbreviations skipped). */
export function countSentenceEnds(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (endsSentenceAt(text, i)) n++;
  return n;
}
