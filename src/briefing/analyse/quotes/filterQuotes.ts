/**
 * Precision filter: text in quote marks that is not anybody's words. Runs on spans before
 * attribution. Catches subheads (`"Too Close"` alone in a paragraph), quoted labels and names
 * (`the "In" camp`, `"Remain" on 48 per cent`, `"phase one" of a deal`), and titles of works.
 */
import type { QuoteSpan } from './findQuoteSpans.js';

/** Longest quote (in words) that may be a label or a name rather than speech. */
const MAX_LABEL_WORDS = 3;
/** Longest paragraph-wide quote (in words) read as a subhead when it has no sentence punctuation. */
const MAX_SUBHEAD_WORDS = 6;

/** The conditional pollsters ask voting intention with: `if elections were held tomorrow`, `if the general election were held today`. */
const POLL_QUESTION_RE = /^if (?:an? |the )?(?:general |federal |national |presidential |parliamentary )?elections? (?:were|was) (?:to be )?held (?:today|tomorrow|now|next (?:week|sunday))[.?,]?$/i;
/** Words that introduce a name or term rather than speech: `so-called "…"`, `dubbed "…"`. */
const NAMING_BEFORE_RE = /\b(?:so-called|dubbed|nicknamed|known as|titled|entitled|headlined|the term|the word|the words|the phrase|slogan|hashtag|motto)\s*$/i;
/** Nouns for works whose titles stand in quote marks: `the book "…"`, `the film "…"`. */
const WORK_BEFORE_RE = /\b(?:book|film|movie|song|album|novel|play|poem|show|series|programme|program|documentary|opera|painting|article|column|essay|titled|entitled|called)\s*$/i;
const LABEL_AFTER_RE = /^\s*(?:of\b|camp\b|side\b|campaign\b|vote\b|voters\b|supporters\b|option\b|lead\b|'s\b|’s\b)/i;

/**
 * Characters of `before` the two `…\s*$` patterns above need to see, white space at the end left
 * aside: longer than their longest word (`documentary`, 11) plus the character `\b` looks at.
 */
const BEFORE_TAIL = 32;

/**
 * The end of `before` that decides {@link NAMING_BEFORE_RE} and {@link WORK_BEFORE_RE}: trailing
 * white space (what their `\s*$` takes; `\s` and `trimEnd` agree on white space) and then at most
 * {@link BEFORE_TAIL} characters. Same answers as testing the whole text, but an end-anchored
 * regex scans from the text's start, so testing every quote's whole paragraph prefix was
 * quadratic (a 64 KB paragraph dense with quotes took 1.3 s).
 */
function tailOf(before: string): string {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1]!)) end--;
  return before.slice(Math.max(0, end - BEFORE_TAIL), end);
}

export type NotQuoteReason = 'subhead' | 'label' | 'term' | 'title-of-work' | 'poll-answer';

/**
 * Why a span is not a quotation of anyone, or null when it may be one.
 * `paragraphs` are the article's paragraphs the span's offsets point into.
 */
export function notQuoteReason(span: QuoteSpan, paragraphs: readonly string[]): NotQuoteReason | null {
  const first = span.segments[0]!;
  const last = span.segments[span.segments.length - 1]!;
  const para = paragraphs[first.paragraph] ?? '';
  const before = para.slice(0, first.open);
  const beforeTail = tailOf(before);
  const after = (paragraphs[last.paragraph] ?? '').slice(last.closed ? last.close + 1 : last.close);
  const words = span.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const n = words.length;
  const sentencePunct = /[.!?,;:]$/.test(span.text);

  if (span.segments.length === 1 && before.trim() === '' && /^[\s.!?:]*$/.test(after) && n <= MAX_SUBHEAD_WORDS && !sentencePunct) return 'subhead';
  if (n <= MAX_LABEL_WORDS && !sentencePunct) {
    if (words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return 'label';
    if (LABEL_AFTER_RE.test(after) && n <= 2) return 'term';
    if (NAMING_BEFORE_RE.test(beforeTail)) return 'term';
  }
  // A poll's question in quote marks: `voting intentions “if elections were held tomorrow”`, `the “if
  // the election were held today” question`.
  if (POLL_QUESTION_RE.test(span.text)) return 'term';
  // A poll's answer in quote marks, after the share or the people that gave it: `53 per cent, say
  // that they know “hardly anything at all”`, `20.8 percent of the respondents said that they are
  // ‘satisfied to some extent’`, `most voters say they know “hardly anything at all”`.
  if (span.segments.length === 1 && n <= MAX_POLL_ANSWER_WORDS && !/[.!?]$/.test(span.text)) {
    const clause = before.slice(Math.max(0, before.length - POLL_ANSWER_REACH)).split(/[.!?;]\s/).pop() ?? '';
    if (SHARE_BEFORE_ANSWER.test(clause) || PEOPLE_SAY_BEFORE.test(clause)) return 'poll-answer';
  }
  if (n >= 2 && !sentencePunct && (NAMING_BEFORE_RE.test(beforeTail) || WORK_BEFORE_RE.test(beforeTail)) && words.filter((w) => /^\p{Lu}/u.test(w)).length >= Math.ceil(n / 2)) return 'title-of-work';
  // (One or two capitalised words after an owner's possessive are the owner's show or product: `on
  // MetroNews’ “Talkline,”`, `Apple's "Vision Pro"`.)
  if (n <= 2 && isTitleCaseShort(words) && OWNER_POSSESSIVE_END.test(beforeTail)) return 'title-of-work';
  // Inside a sentence, words in title case are a title or a name, not speech: `named Best Actor for
  // "You Were Never Really Here"`, `Fatih Akin's "In the Fade"`, `tied … for "The Killing of a Sacred Deer"`.
  if (n >= 2 && n <= MAX_TITLE_WORDS && !sentencePunct && /[\p{L}\p{N},'’]\s*$/u.test(beforeTail) && isTitleCase(words)) return 'title-of-work';
  return null;
}

/** Longest quoted poll answer (in words). */
const MAX_POLL_ANSWER_WORDS = 6;
/** Characters before a quote searched for the share or people that gave it as an answer. */
const POLL_ANSWER_REACH = 120;
/** A share, then at most a few words of its people and their speech verb, ending right before the quote. */
const SHARE_BEFORE_ANSWER = /\d{1,3}(?:\.\d+)?\s?(?:%|per ?cent\b|percent\b)[^"“”‘]{0,60}?\b(?:say|says|said|saying|answered|answering|responded|chose|picked|rated|are|were|know|knew|feel|felt|think|thought)\b(?:\s+(?:that|they|it|he|she|him|her|them|is|was|are|were|know|feel))*\s*$/i;
/** People asked, then their speech verb, ending right before the quote: `most voters say they know`. */
const PEOPLE_SAY_BEFORE = /\b(?:voters|respondents|those (?:polled|surveyed|asked)|people (?:polled|surveyed|asked))\s+(?:say|said|answered|responded)\s+(?:that\s+)?(?:they\s+)?(?:know|are|were|feel|felt|think|thought)?\s*$/i;

/** A capitalised owner's possessive right before a quote: `MetroNews’ `, `Apple's `. */
const OWNER_POSSESSIVE_END = /\p{Lu}[\p{L}\p{N}.&-]*(?:['’]s|s['’])\s*$/u;
/** Every word capitalised (a name or a short title), its stop or comma aside. */
function isTitleCaseShort(words: readonly string[]): boolean {
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w.replace(/^[^\p{L}\p{N}]+/u, '')));
}

/** Longest title (in words) {@link isTitleCase} reads as one. */
const MAX_TITLE_WORDS = 14;
/** Words a title keeps in lower case (`The Killing of a Sacred Deer`, `In the Fade`). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'nor', 'by', 'with', 'from', 'as', 'into', 'vs', 'vs.', 'v', 'v.', 'de', 'la', 'le', 'du', 'des', 'von', 'van']);

/**
 * True when the words read as a title in title case: the first and the last capitalised, every
 * other either capitalised or one of {@link TITLE_SMALL_WORDS}, at least two capitalised, and some
 * in lower case after their capital (words shouted in capitals, `"WE WILL WIN"`, are speech).
 */
function isTitleCase(words: readonly string[]): boolean {
  const bare = words.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, ''));
  const cap = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w);
  if (!cap(bare[0]!) || !cap(bare[bare.length - 1]!)) return false;
  let caps = 0;
  for (const w of bare) {
    if (cap(w)) caps++;
    else if (!TITLE_SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return caps >= 2 && bare.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}
