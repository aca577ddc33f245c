import { lazyWink } from '../../analyse/winkModel.js';
import type { Article } from '../../types.js';
import { NOT_ALONE, PHRASE_BREAKERS } from './phraseLexicon.js';

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
/** Longest candidate phrase, in words. */
export const MAX_PHRASE_WORDS = 3;

/** One key phrase of one article. */
export interface PhraseCount {
  /** Folded form: lower case, American spelling (wink `normal`), singular nouns (wink `lemma`), e.g. `missile defense`. */
  key: string;
  /** Mentions in the headline. */
  headline: number;
  /** Mentions in the lead. */
  lead: number;
  /** Surface forms as written, with counts (`Missile Defense`, `missile defence`). */
  surfaces: Map<string, number>;
}

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
 * Candidate key phrases of a text: every n-gram (1 to {@link MAX_PHRASE_WORDS} words) inside a
 * noun-phrase chunk that ends in a noun or proper noun (the head), in folded form. One-word
 * phrases that are vague without a modifier (`deal`, `group`) are left out.
 */
export function phrasesOf(text: string): { key: string; surface: string }[] {
  const out: { key: string; surface: string }[] = [];
  for (const run of chunks(wordsOf(text))) {
    const isName = (w: Word | undefined): boolean => w !== undefined && (w.pos === 'PROPN' || w.initial === true) && /^\p{Lu}/u.test(w.surface);
    for (let end = 0; end < run.length; end++) {
      const head = run[end]!;
      if (!HEAD_POS.has(head.pos) || head.initial) continue;
      // A name cut before its end (`Robert` of `Robert Gates`) is no phrase.
      if (isName(head) && isName(run[end + 1])) continue;
      for (let n = 1; n <= MAX_PHRASE_WORDS && end - n + 1 >= 0; n++) {
        const start = end - n + 1;
        const ws = run.slice(start, end + 1);
        if (ws[0]!.initial) continue;
        // Nor a name cut after its start (`Gates` of `Robert M. Gates` is kept: it is how the text refers to him).
        if (n > 1 && isName(ws[0]) && isName(run[start - 1])) continue;
        if (n === 1 && (NOT_ALONE.has(head.folded) || head.folded.length < 3)) continue;
        const kept = ws.filter((w) => !w.initial);
        out.push({ key: kept.map((w) => w.folded).join(' '), surface: kept.map((w) => w.surface).join(' ') });
      }
    }
  }
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

/** Candidate phrases of an article's lead and headline, as {@link phrasesOf} gives them. */
export interface RawPhrases {
  lead: { key: string; surface: string }[];
  headline: { key: string; surface: string }[];
}

/** The candidate phrases of one article (lead, then headline): the costly, wink-nlp part of {@link articlePhrases}. */
export function rawPhrases(article: Pick<Article, 'headline' | 'paragraphs'>): RawPhrases {
  return { lead: phrasesOf(leadOf(article)), headline: article.headline ? phrasesOf(capped(article.headline)) : [] };
}

/*
 * Packed form, kept on each article by the pipeline (`Article.keyPhrases`) and so in the analysis
 * cache: topics are rebuilt at every start and corpus change, and tagging every lead again cost
 * about 0.45 ms an article (2 s at 10k articles). One string, not objects (a third of the memory):
 * entries joined by a line feed, the lead's before a form feed, the headline's after; an entry is
 * `key` when the surface is the key's own spelling, else `key<TAB>surface`. Keys and surfaces are
 * tokens joined by single spaces, so they never hold a tab, a line feed or a form feed.
 */
/** Between the entries of a list. */
export const ENTRY_SEP = '\n';
/** Between an entry's key and its written form. */
export const SURFACE_SEP = '\t';
/** Between the lead's list and the headline's. */
export const SECTION_SEP = '\f';

const packList = (xs: readonly { key: string; surface: string }[]): string => xs.map((p) => (p.surface === p.key ? p.key : `${p.key}${SURFACE_SEP}${p.surface}`)).join(ENTRY_SEP);
const unpackList = (s: string): { key: string; surface: string }[] =>
  s === ''
    ? []
    : s.split(ENTRY_SEP).map((e) => {
        const tab = e.indexOf(SURFACE_SEP);
        return tab < 0 ? { key: e, surface: e } : { key: e.slice(0, tab), surface: e.slice(tab + 1) };
      });

/** {@link rawPhrases} in its packed form (see above). */
export function packPhrases(raw: RawPhrases): string {
  return `${packList(raw.lead)}${SECTION_SEP}${packList(raw.headline)}`;
}

/** The inverse of {@link packPhrases}; null when `packed` is not in that form (an old or damaged cache entry). */
export function unpackPhrases(packed: string): RawPhrases | null {
  const cut = packed.indexOf(SECTION_SEP);
  if (cut < 0 || packed.indexOf(SECTION_SEP, cut + 1) >= 0) return null;
  return { lead: unpackList(packed.slice(0, cut)), headline: unpackList(packed.slice(cut + 1)) };
}

/**
 * Key phrases of one article (headline and lead), counted, each under its folded key after
 * `canonical` (the near-synonym map) is applied. Method: noun-phrase chunking over wink-nlp
 * part-of-speech tags, as in keyphrase extractors such as TextRank's candidate step. The article's
 * packed phrases (`keyPhrases`, set by the pipeline) are used when present; else they are found here.
 */
export function articlePhrases(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>): Map<string, PhraseCount> {
  const raw = (article.keyPhrases !== undefined ? unpackPhrases(article.keyPhrases) : null) ?? rawPhrases(article);
  const out = new Map<string, PhraseCount>();
  for (const { key, surface } of raw.lead) {
    const k = canonical.get(key) ?? key;
    let pc = out.get(k);
    if (!pc) {
      pc = { key: k, headline: 0, lead: 0, surfaces: new Map() };
      out.set(k, pc);
    }
    pc.lead++;
    pc.surfaces.set(surface, (pc.surfaces.get(surface) ?? 0) + 1);
  }
  if (article.headline) {
    // Title Case headlines fool the tagger (`Russia Rebuffs` as a name): their phrases count only
    // when the lead confirms them. Sentence-case headlines count as they are.
    const confirmOnly = isTitleCase(article.headline);
    for (const { key, surface } of raw.headline) {
      const k = canonical.get(key) ?? key;
      const pc = out.get(k);
      if (pc) {
        pc.headline++;
        pc.surfaces.set(surface, (pc.surfaces.get(surface) ?? 0) + 1);
      } else if (!confirmOnly) out.set(k, { key: k, headline: 1, lead: 0, surfaces: new Map([[surface, 1]]) });
    }
  }
  return out;
}

/** Share of capitalised words (of four letters or more) above which a headline is Title Case. */
const TITLE_CASE_SHARE = 0.6;

/** True for `Russia Rebuffs US Overtures On Missile Shield`, false for `Russia rebuffs U.S. overtures`. */
export function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/).slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length === 0) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= TITLE_CASE_SHARE;
}
