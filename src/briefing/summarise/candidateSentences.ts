import type { Article } from '../types.js';
import { sentencesOf, unpackSplits } from '../analyse/sentences.js';

/** Sentences shorter than this (in words) say too little to be a key point. */
export const MIN_POINT_WORDS = 6;
/** Sentences longer than this are run-ons or lists: too long for a point. */
export const MAX_POINT_WORDS = 60;
/** Only this many leading sentences of each article are read (wire copy puts the news first). */
export const MAX_SENTENCES_PER_ARTICLE = 40;

/** One sentence that may become a key point. */
export interface CandidateSentence {
  articleId: string;
  /** Position of the sentence in its article (0 = lead). */
  index: number;
  /** As written in the article. */
  original: string;
  /** Lightly trimmed (see {@link trimSentence}). */
  text: string;
  /** Quality factor (0..1]: lower for sentences a reader cannot follow out of context, or that are mostly a list of names. */
  quality: number;
  /** Specificity factor (≥ 1): higher for sentences that carry figures (see {@link specificity}). */
  specificity: number;
}

/** A dateline left at the start of a paragraph: `Warsaw (AFP) April 23 - `, `FRANKFURT, Sept 12 (Reuters) - `. */
const DATELINE = /^[\p{Lu}][\p{L} .,'’-]{0,60}?(?:\([^)]{2,40}\))[^-–—]{0,30}?\s[-–—]{1,2}\s+/u;
/** Connectives that tie a sentence to the one before it; harmless to drop at the start of a point. */
const LEADING_CONNECTIVE = /^(?:But|And|Nevertheless|Nonetheless|However|Meanwhile|Still|Also|Moreover|Indeed|In addition|Separately),?\s+(?=\S)/u;
/** Opening pronouns whose referent is in an earlier sentence: a point starting with one reads poorly on its own. */
const DANGLING_START = /^(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its)\b/u;
/** A speech verb: a quote sentence with one is attributed in itself. */
const SPEECH_CUE = /\b(?:said|says|told|asked|added|noted|warned|insisted|according to|stated|declared|announced)\b/i;
/** A sentence that is, or starts as, a direct quote. */
const OPENS_WITH_QUOTE = /^["“‘]/u;

/** Quality penalties (multipliers) for sentences that need context. */
const PENALTY_DANGLING = 0.6;
const PENALTY_UNATTRIBUTED_QUOTE = 0.3;
/** Mostly a direct quote (over half its characters inside quote marks): the brief's quote field shows quotes; points prefer reported facts. */
const PENALTY_MOSTLY_QUOTE = 0.5;
/**
 * Attributed only to a pronoun (`…, he said.`, `He told reporters …`, `…, said he.`): the reader of
 * a brief cannot tell who. A pronoun inside the reported clause (`The secretary said he invited …`)
 * is not the attribution and does not count.
 */
const PRONOUN_ATTRIBUTION = /(?:^|[,;:"”]\s*)(?:he|she|they)\s+(?:said|told|added|asked|noted|warned|insisted)\b|\b(?:said|added|asked)\s+(?:he|she)\s*[.,;]/iu;

/** Mostly names and titles (over this share of its words, after the first, capitalised): a list of who met whom, not a fact. */
export const NAME_LIST_SHARE = 0.45;
/** Quality factor of such a name list. */
const PENALTY_NAME_LIST = 0.5;
/** Specificity factor of a sentence with a figure (a count, amount, share or year; not a day of the month). */
const BOOST_FIGURE = 1.25;
/** A figure: digits, or a number word before a noun-ish word (`ten interceptors`, `six out of 10`). */
const FIGURE = /\b\d[\d,.]*\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozens?|half|third|quarter)\b/giu;
/** A day of the month next to its month (`April 23`, `23 April`, `Apr. 23`): a date, not a figure. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY_OF_MONTH = new RegExp(`\\b${MONTH}\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+${MONTH}\\b`, 'giu');

/**
 * Share of the words of a sentence (after its first) that start with a capital letter: names,
 * titles, places. A sentence above {@link NAME_LIST_SHARE} is mostly a list of who met whom
 * (`… following meetings with President X at the Kremlin, First Deputy Premier Y at …`).
 */
export function nameShare(s: string): number {
  const words = s.split(/\s+/).slice(1).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return 0;
  return words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length / words.length;
}

/**
 * Specificity of a sentence (≥ 1): sentences with a figure (counts, amounts, shares, years) tell a
 * concrete fact and get {@link BOOST_FIGURE}; a day of the month alone is a date, not a figure.
 * News summarisation work finds numbers and named entities among the best cues of summary-worthy
 * sentences (e.g. Hong & Nenkova 2014, "Improving the estimation of word importance for news
 * multi-document summarization").
 */
export function specificity(s: string): number {
  // A day of the month has digits: without any, there is none to take out (most sentences).
  const withoutDays = HAS_DIGIT.test(s) ? s.replace(DAY_OF_MONTH, ' ') : s;
  return ANY_FIGURE.test(withoutDays) ? BOOST_FIGURE : 1;
}

/** A digit. */
const HAS_DIGIT = /\d/;
/** {@link FIGURE} without the global flag: a test for one, with no match list and no `lastIndex`. */
const ANY_FIGURE = new RegExp(FIGURE.source, FIGURE.flags.replace('g', ''));

/** Share of a sentence's characters inside double quote marks. */
export function quotedShare(s: string): number {
  let inside = 0;
  for (const m of s.matchAll(/["“]([^"”]*)["”]/gu)) inside += m[1]!.length;
  return s.length === 0 ? 0 : inside / s.length;
}

/**
 * Light trimming, never rewording: drops a dateline left in front of the sentence and one leading
 * connective (`But`, `Nevertheless,`), then capitalises the new first letter. Whitespace folded.
 */
export function trimSentence(s: string): string {
  let t = s.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  const c = t.replace(LEADING_CONNECTIVE, '');
  if (c !== t && /^\p{Ll}/u.test(c)) t = c.charAt(0).toUpperCase() + c.slice(1);
  else t = c;
  return t;
}

/** True when every quote mark opened in the sentence is closed in it. */
export function quotesBalanced(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  return straight % 2 === 0 && open === close;
}

/**
 * Sentences of the articles that can stand as key points: MIN..MAX words, quote marks balanced,
 * starting with a capital letter or a quote mark, not a question. Unattributed quote sentences and
 * sentences opening with a pronoun stay, with a lower quality.
 */
export function candidateSentences(articles: readonly Article[]): CandidateSentence[] {
  return articles.flatMap((a) => {
    const known = perArticle.get(a);
    if (known) return known;
    const cands = articleCandidates(a);
    perArticle.set(a, cands);
    return cands;
  });
}

/** Candidates of each article object, computed once (sentence splitting is most of their cost); garbage-collected with the article. Articles are plain data that no stage mutates. */
const perArticle = new WeakMap<Article, readonly CandidateSentence[]>();

function articleCandidates(a: Article): CandidateSentence[] {
  const out: CandidateSentence[] = [];
  let index = 0;
  // The pipeline's sentence splits: no wink-nlp here for an analysed article.
  const splits = unpackSplits(a.sentenceSplits);
  for (const [pi, para] of a.paragraphs.entries()) {
    // The later paragraphs are not read at all (splitting them is most of the cost of a long article).
    if (index >= MAX_SENTENCES_PER_ARTICLE) break;
    // Inside a quote left open by an earlier sentence of the paragraph (`"We would like ... . We think ..."`):
    // the sentence is a quote continuation with no speaker of its own.
    let openQuote = false;
    for (const s of sentencesOf(para, pi, splits)) {
      if (index >= MAX_SENTENCES_PER_ARTICLE) break;
      const i = index++;
      const startsInside = openQuote;
      if (!quotesBalanced(s.text)) openQuote = !openQuote;
      if (startsInside) continue;
      const text = trimSentence(s.text);
      const words = text.split(' ').length;
      if (words < MIN_POINT_WORDS || words > MAX_POINT_WORDS) continue;
      if (!quotesBalanced(text) || !/^[\p{Lu}\p{N}"“‘]/u.test(text) || /\?["”’]?$/.test(text)) continue;
      let quality = 1;
      if (DANGLING_START.test(text)) quality *= PENALTY_DANGLING;
      if (OPENS_WITH_QUOTE.test(text) && !SPEECH_CUE.test(text)) quality *= PENALTY_UNATTRIBUTED_QUOTE;
      if (quotedShare(text) > 0.5) quality *= PENALTY_MOSTLY_QUOTE;
      if (PRONOUN_ATTRIBUTION.test(text)) quality *= PENALTY_DANGLING;
      if (nameShare(text) > NAME_LIST_SHARE) quality *= PENALTY_NAME_LIST;
      out.push({ articleId: a.id, index: i, original: s.text, text, quality, specificity: specificity(text) });
    }
  }
  return out;
}
