import { TITLE_ABBREVIATIONS } from './speakers/lexicon.js';
import { lazyWink } from './winkModel.js';

/** One sentence of a paragraph, with its UTF-16 offsets into that paragraph (end exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * The wink-nlp instance, loaded once (the model ships inside the package; no download), with only
 * the sentence-boundary stage in its pipe: tokenisation always runs, and part-of-speech tagging,
 * entities, negation and sentiment (the default pipe) are not used here. Checked on about 8,000
 * distinct paragraphs (generated wire pages, the devset, the bundled pages, TempEval-3): the same
 * sentences as the full pipe, in about half the time. Made at its first use (see winkModel).
 */
const nlp = lazyWink(['sbd']);

/**
 * How many paragraphs' sentence splits are remembered. Several analysers (polls, timeline events,
 * briefs) split the same paragraphs; wink-nlp is the costliest step, so the split of a paragraph is
 * memoised (a pure function of the string; the oldest entries go first when the table is full).
 */
const MEMO_MAX = 4096;
const memo = new Map<string, readonly Sentence[]>();

/**
 * A cheap pre-scan: a paragraph with no sentence-ending mark (`.`, `!`, `?`, `…`) and no line break
 * except one mark at its very end, optionally followed by one closing quote or bracket, is one
 * sentence, and wink-nlp returns it whole (checked against wink-nlp on about 30,000 distinct
 * paragraphs of wire copy, the devset and TempEval-3 text: no difference), so it is not parsed.
 * About 40% of wire paragraphs are such single sentences. Two closing marks (`…."”`) are left to wink.
 */
const ONE_SENTENCE = /^[^.!?\n\r…\u2028\u2029]*[.!?…]?["”’')\]]?\s*$/;

/**
 * Splits a paragraph into sentences with wink-nlp's sentence boundary detection, which knows
 * abbreviations such as `U.S.`, `Gen.`, `p.m.` and `Jan.`. Offsets are located back in the
 * original string, so `paragraph.slice(s.start, s.end)` is the sentence (white space trimmed).
 * An empty or blank paragraph gives no sentences.
 */
export function splitSentences(paragraph: string): Sentence[] {
  if (paragraph.trim() === '') return [];
  if (ONE_SENTENCE.test(paragraph)) {
    const text = paragraph.trim();
    const start = paragraph.indexOf(text);
    return [{ text, start, end: start + text.length }];
  }
  const known = memo.get(paragraph);
  if (known) return known.map((s) => ({ ...s }));
  const out = splitUncached(paragraph);
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value as string);
  memo.set(paragraph, out);
  return out.map((s) => ({ ...s }));
}

function splitUncached(paragraph: string): Sentence[] {
  const doc = nlp().readDoc(paragraph);
  const out: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: { out(): string }) => {
    const text = s.out().trim();
    if (text === '') return;
    let start = paragraph.indexOf(text, cursor);
    if (start < 0) {
      // wink normalises nothing we rely on, but stay safe: fall back to the cursor.
      start = cursor;
    }
    const end = Math.min(paragraph.length, start + text.length);
    // (wink-nlp ends a sentence after a title's abbreviation it does not know, `… Sec. Clinton
    // said.`: a title is always followed by its name, so the two are one sentence.)
    const last = out[out.length - 1];
    if (last !== undefined && TITLE_ABBREVIATION_END.test(last.text)) {
      last.end = end;
      last.text = paragraph.slice(last.start, end);
    } else out.push({ text: paragraph.slice(start, end), start, end });
    cursor = end;
  });
  return out;
}

/** A title's abbreviation ending a piece of text (`Sec.`, `Amb.`, `Supt.`): no sentence ends there. */
const TITLE_ABBREVIATION_END = new RegExp(`\\b(?:${TITLE_ABBREVIATIONS.join('|')})\\.$`);

/** Separates paragraphs, and a paragraph's index from its sentences, in {@link packSplits}. */
const PARAGRAPH_SEP = ';';
const INDEX_SEP = ':';
/** Separates sentences, and a sentence's start from its end. */
const SENTENCE_SEP = ',';
const RANGE_SEP = '-';
/** Offsets are written in this base (short, and only ASCII: the packed string stays one byte a character). */
const OFFSET_RADIX = 36;

/**
 * The sentence splits of the paragraphs that need wink-nlp (those the one-sentence pre-scan does
 * not settle, and that are not blank), packed: `3:0-5z,61-b4;7:0-3k` (paragraph index, then each
 * sentence's start and end offsets, base 36). The pipeline keeps it on each article
 * (`Article.sentenceSplits`, so in the analysis cache), and a brief reads an article's sentences
 * with {@link sentencesOf} without wink-nlp: splitting was a third of a brief's first answer, and
 * the model 55 MB of the bot's memory.
 */
export function packSplits(paragraphs: readonly string[]): string {
  const parts: string[] = [];
  paragraphs.forEach((p, i) => {
    if (p.trim() === '' || ONE_SENTENCE.test(p)) return;
    const ranges = splitSentences(p).map((s) => `${s.start.toString(OFFSET_RADIX)}${RANGE_SEP}${s.end.toString(OFFSET_RADIX)}`);
    parts.push(`${i}${INDEX_SEP}${ranges.join(SENTENCE_SEP)}`);
  });
  return parts.join(PARAGRAPH_SEP);
}

/** The packed splits of {@link packSplits} by paragraph index: sentence [start, end) offsets. */
export type Splits = ReadonlyMap<number, readonly (readonly [number, number])[]>;

/** Reads {@link packSplits}; null for an article without them (then {@link sentencesOf} splits with wink-nlp as needed). */
export function unpackSplits(packed: string | undefined): Splits | null {
  if (packed === undefined) return null;
  const out = new Map<number, [number, number][]>();
  if (packed === '') return out;
  for (const part of packed.split(PARAGRAPH_SEP)) {
    const colon = part.indexOf(INDEX_SEP);
    const ranges = part.slice(colon + 1);
    out.set(
      Number(part.slice(0, colon)),
      ranges === ''
        ? []
        : ranges.split(SENTENCE_SEP).map((r) => {
            const dash = r.indexOf(RANGE_SEP);
            return [parseInt(r.slice(0, dash), OFFSET_RADIX), parseInt(r.slice(dash + 1), OFFSET_RADIX)];
          }),
    );
  }
  return out;
}

/**
 * The sentences of paragraph `index` of an article: from its packed splits when they hold it, else
 * {@link splitSentences} (which needs no wink-nlp for the paragraphs the packing leaves out: blank
 * ones and those the one-sentence pre-scan settles). The same sentences as splitSentences.
 */
export function sentencesOf(paragraph: string, index: number, splits: Splits | null): Sentence[] {
  const ranges = splits?.get(index);
  if (ranges === undefined) return splitSentences(paragraph);
  return ranges.map(([start, end]) => ({ text: paragraph.slice(start, end), start, end }));
}
