import { lazyWink } from '../../analyse/winkModel.js';
import type { Article } from '../../types.js';
import { PHRASE_BREAKERS } from './phraseBreakers.js';

/**
 * The wink-nlp instance, loaded once (the model ships inside the package), with only the
 * part-of-speech stage in its pipe (values, normal forms, lemmas and stop-word flags come from the
 * tokens and the model): the default pipe's entities, negation and sentiment were never read, and
 * the phrases are the same without them (checked on 9,199 headlines and leads of the 10k bench
 * corpus and TempEval-3) in about 70% of the time. Made at its first use (see winkModel).
 */
const nlp = lazyWink(['pos']);

/** How many characters of body text after the headline are read for key phrases: the lead (inverted pyramid) names the topic; tagging whole bodies costs ~18 ms per 16 KB. */
export const KEY_PHRASE_LEAD_CHARS = 1500;

interface Word {
  surface: string;
  folded: string;
  pos: string;
  stop: boolean;
  /** A name initial (`M.` in `Robert M. Gates`): kept inside a name, left out of its key. */
  initial?: boolean;
}

/**
 * Titles that precede a name (`Defense Secretary Robert Gates`, `President Vladimir Putin`): before a
 * proper noun they end the phrase, so the name is a phrase of its own and the title is not part of it.
 */
const TITLES = new Set([
  'president', 'minister', 'secretary', 'prime', 'deputy', 'chancellor', 'governor', 'senator', 'sen', 'rep',
  'general', 'gen', 'director', 'chief', 'chairman', 'chairwoman', 'chair', 'ceo', 'king', 'queen', 'prince',
  'pope', 'judge', 'justice', 'mayor', 'coach', 'manager', 'ambassador', 'envoy', 'commissioner', 'premier',
  'spokesman', 'spokeswoman', 'leader', 'first', 'vice', 'foreign', 'defense', 'finance', 'interior', 'economy',
  'lady', 'sir', 'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'chancellor', 'governor',
]);

/** Content parts of speech that may form a noun phrase. */
const CHUNK_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Parts of speech a phrase may end with (its head). */
const HEAD_POS = new Set(['NOUN', 'PROPN']);

/**
 * Tokens of a text as words: hyphenated compounds written without spaces (`same-sex`,
 * `US-Russia`) are joined into one word; nouns are folded to their lemma (singular), everything
 * else to wink's normal form (lower case, American spelling); `U.S.` folds to `us`.
 */
function wordsOf(text: string): Word[] {
  const doc = nlp().readDoc(text);
  const its = nlp().its;
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[]; // wink types its.lemma loosely
  const poses = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as boolean[];
  const words: Word[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const pos = poses[i] ?? 'X';
    const fold = (pos === 'NOUN' ? (lemmas[i] ?? value) : (normals[i] ?? value)).toLowerCase().replace(/\./g, '');
    const prev = words[words.length - 1];
    const isJoiner = value === '-' && spaces[i] === '' && spaces[i + 1] === '' && prev !== undefined && i + 1 < values.length;
    if (isJoiner && prev) {
      const nextPos = poses[i + 1] ?? 'X';
      const nextValue = values[i + 1] ?? '';
      const nextFold = (nextPos === 'NOUN' ? (lemmas[i + 1] ?? nextValue) : (normals[i + 1] ?? nextValue)).toLowerCase().replace(/\./g, '');
      prev.surface += `-${nextValue}`;
      prev.folded += `-${nextFold}`;
      prev.pos = CHUNK_POS.has(nextPos) ? nextPos : 'ADJ';
      prev.stop = false;
      i++;
      continue;
    }
    const initial = /^\p{Lu}\.$/u.test(value);
    words.push({ surface: value, folded: fold, pos, stop: stops[i] === true && !initial, ...(initial ? { initial } : {}) });
  }
  return words;
}

/** True when a word may stand inside a noun phrase. */
function chunkable(words: Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  if (w.initial) return next !== undefined && next.pos === 'PROPN';
  if (TITLES.has(w.folded)) {
    // Skip over a chain of titles (`First Deputy Prime Minister`) to what follows it.
    let j = i + 1;
    while (j < words.length && TITLES.has(words[j]!.folded)) j++;
    const after = words[j];
    if (after && after.pos === 'PROPN' && /^\p{Lu}/u.test(after.surface)) return false;
  }
  if (w.stop || !/\p{L}/u.test(w.folded) || w.folded.length < 2 || PHRASE_BREAKERS.has(w.folded)) return false;
  if (CHUNK_POS.has(w.pos)) return true;
  // A gerund modifier before a noun: `working group`, `training camp`.
  return w.pos === 'VERB' && /ing$/.test(w.folded) && next !== undefined && next.pos === 'NOUN';
}

/** Maximal runs of noun-phrase words (adjectives, nouns, proper nouns). */
function chunks(words: Word[]): Word[][] {
  const out: Word[][] = [];
  let run: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (chunkable(words, i)) run.push(w);
    else {
      if (run.length) out.push(run);
      run = [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

/**
 * Longest text tagged for phrases (characters): a lead whose first paragraph alone is longer (a page
 * with no paragraph breaks, or hostile input: tagging 1 MB took minutes) is cut at a space before
 * it; so is a headline. News leads and headlines are far shorter.
 */
const MAX_TAGGED_CHARS = 4000;

/** `text` cut to {@link MAX_TAGGED_CHARS}, at the last white space before the limit when there is one. */
function capped(text: string): string {
  if (text.length <= MAX_TAGGED_CHARS) return text;
  const head = text.slice(0, MAX_TAGGED_CHARS);
  const space = head.search(/\s\S*$/);
  return space > 0 ? head.slice(0, space) : head;
}

/** The lead of an article: its paragraphs up to {@link KEY_PHRASE_LEAD_CHARS} characters (whole paragraphs, at least one; never over {@link MAX_TAGGED_CHARS}). */
export function leadOf(article: Pick<Article, 'paragraphs'>): string {
  const parts: string[] = [];
  let len = 0;
  for (const p of article.paragraphs) {
    if (parts.length > 0 && len + p.length > KEY_PHRASE_LEAD_CHARS) break;
    parts.push(p);
    len += p.length;
  }
  return capped(parts.join('\n\n'));
}

/**
 * One word of a noun-phrase chunk, as kept for the index: what the phrase generator
 * (phraseGrams.ts, index-time) reads of it.
 */
export interface ChunkWord {
  /** As written (`Defence`, `U.S.`, `US-Russia`). */
  surface: string;
  /** Folded: lemma for nouns, wink `normal` otherwise, lower case, no full stops (`defense`, `us`). */
  folded: string;
  /** {@link WordTag}: what the generator needs of the part of speech. */
  tag: WordTag;
}

/**
 * Word tags: `N` a noun and `P` a proper noun (both may head a phrase), `A` another chunk word
 * (adjective, gerund modifier), `I` a name initial (`M.` of `Robert M. Gates`, kept in a name, left
 * out of its key).
 */
export type WordTag = 'N' | 'P' | 'A' | 'I';

/** The noun-phrase chunks of an article's lead and of its headline. */
export interface RawChunks {
  lead: ChunkWord[][];
  headline: ChunkWord[][];
}

function toChunkWord(w: Word): ChunkWord {
  return { surface: w.surface, folded: w.folded, tag: w.initial ? 'I' : w.pos === 'NOUN' ? 'N' : w.pos === 'PROPN' ? 'P' : 'A' };
}

/** True for a word tag that may end (head) a phrase. */
export const isHeadTag = (t: WordTag): boolean => t === 'N' || t === 'P';

/**
 * The noun-phrase chunks of a text (maximal runs of adjectives, nouns and proper nouns, see
 * chunkable), each cut after its last head or initial: words after it end no phrase and are not
 * read by the generator (a word after a head is read only to see whether it goes on a name, which
 * needs a proper noun or an initial). Chunks left with no word are dropped.
 */
export function chunksOf(text: string): ChunkWord[][] {
  const out: ChunkWord[][] = [];
  for (const run of chunks(wordsOf(text))) {
    let end = run.length;
    while (end > 0 && !run[end - 1]!.initial && !HEAD_POS.has(run[end - 1]!.pos)) end--;
    if (end > 0) out.push(run.slice(0, end).map(toChunkWord));
  }
  return out;
}

/** The chunks of one article's lead and headline: the costly, wink-nlp part of finding its topic phrases. */
export function rawChunks(article: Pick<Article, 'headline' | 'paragraphs'>): RawChunks {
  return { lead: chunksOf(leadOf(article)), headline: article.headline ? chunksOf(capped(article.headline)) : [] };
}

/*
 * Packed form, kept on each article by the pipeline (`Article.keyPhrases`) and so in the analysis
 * cache: topics are rebuilt at every start and corpus change, and tagging every lead again cost
 * about 0.45 ms an article (2 s at 10k articles). One string, not objects: {@link CHUNKS_MARK},
 * then the lead's chunks, a form feed, the headline's, chunks joined by a line feed. A chunk is
 * one code per word ({@link wordCode}: its tag and how its surface is written), a space, the
 * words' folded forms joined by spaces and, when some surface is neither the folded form nor it
 * capitalised, a tab and those surfaces joined by spaces. Tokens hold no white space.
 *
 * The chunks, not the phrases: the n-grams of each chunk are made at index time (phraseGrams.ts),
 * which nearly halves what the packed phrases hold (8.3 → 4.9 MB at 10k generated articles; the largest
 * item of the bot's heap at 50k) and lets the phrase rules change without analysing again. Folded
 * forms are written side by side so that a phrase's key is one slice of the string, as cheap to
 * read as the phrase lists this form replaces.
 */
/** First character of the packed chunks (an earlier packed form, of phrases, has none). */
export const CHUNKS_MARK = '\u0001';
/** Between the chunks of a list. */
export const CHUNK_SEP = '\n';
/** Between the codes and the folded forms of a chunk, between its folded forms, and between its written-out surfaces. */
export const WORD_SEP = ' ';
/** Before the surfaces written out. */
export const SURFACES_SEP = '\t';
/** Between the lead's chunks and the headline's. */
export const SECTION_SEP = '\f';

/** How a word's surface is written: as its folded form, as that capitalised, or written out after the folded forms. */
export type SurfaceMode = 'same' | 'capitalised' | 'written';

/** Word codes by tag: the surface as the folded form, capitalised, written out. */
const WORD_CODES: Readonly<Record<WordTag, readonly [string, string, string]>> = { N: ['n', 'N', '1'], P: ['p', 'P', '2'], A: ['a', 'A', '3'], I: ['i', 'I', '4'] };

/** The folded form with its first character in upper case (`missile` → `Missile`). */
export const capitalise = (folded: string): string => folded.charAt(0).toUpperCase() + folded.slice(1);

/** The code of a word in a packed chunk (see above) and whether its surface is written out. */
export function wordCode(w: ChunkWord): { code: string; written: boolean } {
  const codes = WORD_CODES[w.tag];
  if (w.surface === w.folded) return { code: codes[0], written: false };
  if (w.surface === capitalise(w.folded)) return { code: codes[1], written: false };
  return { code: codes[2], written: true };
}

/** The tag and surface mode of a word code; undefined for a character that is none. */
export const CODE_MEANING: ReadonlyMap<string, { tag: WordTag; mode: SurfaceMode }> = new Map(
  (Object.entries(WORD_CODES) as [WordTag, readonly [string, string, string]][]).flatMap(([tag, [same, cap, written]]): [string, { tag: WordTag; mode: SurfaceMode }][] => [
    [same, { tag, mode: 'same' }],
    [cap, { tag, mode: 'capitalised' }],
    [written, { tag, mode: 'written' }],
  ]),
);

/** One chunk in its packed form (see above). */
export function packChunk(run: readonly ChunkWord[]): string {
  let codes = '';
  const written: string[] = [];
  for (const w of run) {
    const c = wordCode(w);
    codes += c.code;
    if (c.written) written.push(w.surface);
  }
  const folded = run.map((w) => w.folded).join(WORD_SEP);
  return written.length === 0 ? `${codes}${WORD_SEP}${folded}` : `${codes}${WORD_SEP}${folded}${SURFACES_SEP}${written.join(WORD_SEP)}`;
}

/** {@link rawChunks} in its packed form (see above). */
export function packChunks(raw: RawChunks): string {
  return `${CHUNKS_MARK}${raw.lead.map(packChunk).join(CHUNK_SEP)}${SECTION_SEP}${raw.headline.map(packChunk).join(CHUNK_SEP)}`;
}
