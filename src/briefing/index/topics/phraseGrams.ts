import type { Article } from '../../types.js';
import { capitalise, CHUNK_SEP, CHUNKS_MARK, chunksOf, CODE_MEANING, isHeadTag, packChunk, rawChunks, SECTION_SEP, SURFACES_SEP, WORD_SEP, type ChunkWord, type RawChunks, type SurfaceMode, type WordTag } from './keyPhrases.js';
import { NEWS_AGENCIES, NOT_ALONE, NOT_TOPIC } from './phraseLexicon.js';
import { startsUpper } from '../../startsUpper.js';

/*
 * Index-time half of the topic phrases: the pipeline keeps each article's noun-phrase chunks
 * (keyPhrases.ts, packed); the phrases are made from them here, at every topic build. In a module
 * of its own so that the phrase rules (and NOT_ALONE) can change without changing pipelineVersion,
 * which would analyse every cached file again.
 */

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

/** One candidate phrase: its folded key, its written form, and whether it is a name (see {@link PhraseVisit}). */
export interface RawPhrase {
  key: string;
  surface: string;
  proper: boolean;
}

/** Candidate phrases of an article's lead and headline, in order of mention. */
export interface RawPhrases {
  lead: RawPhrase[];
  headline: RawPhrase[];
}

/**
 * Visits one phrase: its folded key, its written form (`''` when the reader was not asked for it),
 * and whether it is a name: a proper noun standing alone (`Gates` in `Gates said`, not `Fire` in
 * `Cedar Ridge Fire`), or words that are all name words ending in a proper noun (`Barack Obama`,
 * not `giant Gazprom`).
 */
export type PhraseVisit = (key: string, surface: string, proper: boolean) => void;

/** Which written forms a reader makes: all, none, or those of the keys a predicate accepts. */
export type SurfacesWanted = boolean | ((key: string) => boolean);

/**
 * One chunk as read from its packed form (scratch, reused: reading a chunk makes no object per
 * word): `length` words, each with its tag, how its surface is written, the offsets of its folded
 * form in `text`, whether it is part of a name (a proper noun or an initial written with a
 * capital) and, for a surface written out, that surface.
 */
interface ChunkColumns {
  text: string;
  length: number;
  tag: WordTag[];
  mode: SurfaceMode[];
  foldStart: number[];
  foldEnd: number[];
  name: boolean[];
  written: string[];
}

const scratch: ChunkColumns = { text: '', length: 0, tag: [], mode: [], foldStart: [], foldEnd: [], name: [], written: [] };
const SPACE = WORD_SEP.charCodeAt(0);
/** {@link CODE_MEANING} by character code: read per word of every chunk at every topic build. */
const MEANING_BY_CODE: ({ tag: WordTag; mode: SurfaceMode } | undefined)[] = [];
for (const [code, meaning] of CODE_MEANING) MEANING_BY_CODE[code.charCodeAt(0)] = meaning;
const TAB = SURFACES_SEP.charCodeAt(0);

/** True when the surface of word `i` of {@link scratch} (not written out) starts with an upper-case letter; reads a character, makes no string for ASCII. */
function surfaceStartsUpper(i: number): boolean {
  const c = scratch;
  const code = c.text.charCodeAt(c.foldStart[i]!);
  if (code < 0x80) return c.mode[i] === 'same' ? code >= 0x41 && code <= 0x5a : (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return startsUpper(surfaceAt(i));
}

/** The surface of word `i` of {@link scratch}. */
function surfaceAt(i: number): string {
  const c = scratch;
  const mode = c.mode[i];
  if (mode === 'written') return c.written[i]!;
  const folded = c.text.slice(c.foldStart[i], c.foldEnd[i]);
  return mode === 'same' ? folded : capitalise(folded);
}

/**
 * Reads the packed chunk `packed.slice(start, end)` (see keyPhrases.ts) into {@link scratch};
 * false when it is not well formed (a damaged cache entry: its phrases are then skipped).
 */
function readChunk(packed: string, start: number, end: number): boolean {
  const c = scratch;
  let codesEnd = start;
  while (codesEnd < end && packed.charCodeAt(codesEnd) !== SPACE) codesEnd++;
  const n = codesEnd - start;
  if (n === 0 || codesEnd >= end) return false;
  c.text = packed;
  c.length = n;
  let pos = codesEnd + 1;
  for (let i = 0; i < n; i++) {
    const meaning = MEANING_BY_CODE[packed.charCodeAt(start + i)];
    if (meaning === undefined || pos > end) return false;
    let stop = pos;
    while (stop < end) {
      const code = packed.charCodeAt(stop);
      if (code === SPACE || code === TAB) break;
      stop++;
    }
    if (stop === pos) return false;
    c.tag[i] = meaning.tag;
    c.mode[i] = meaning.mode;
    c.foldStart[i] = pos;
    c.foldEnd[i] = stop;
    pos = stop + 1;
  }
  // Written-out surfaces follow the tab, in word order.
  let written = pos <= end && packed.charCodeAt(pos - 1) === TAB ? pos : -1;
  for (let i = 0; i < n; i++) {
    if (c.mode[i] === 'written') {
      if (written < 0 || written >= end) return false;
      let stop = written;
      while (stop < end && packed.charCodeAt(stop) !== SPACE) stop++;
      c.written[i] = packed.slice(written, stop);
      written = stop + 1;
    }
    const tag = c.tag[i]!;
    c.name[i] = (tag === 'P' || tag === 'I') && (c.mode[i] === 'written' ? startsUpper(c.written[i]!) : surfaceStartsUpper(i));
  }
  return true;
}

/** True when word `i` of {@link scratch} is part of a name (false outside the chunk). */
function isName(i: number): boolean {
  return i >= 0 && i < scratch.length && scratch.name[i] === true;
}

/**
 * The phrases of the chunk in {@link scratch}, in order: every n-gram (1 to
 * {@link MAX_PHRASE_WORDS} words) that ends in a noun or proper noun (the head), in folded form,
 * with its written form. A name cut before its end (`Robert` of `Robert Gates`) is no phrase, nor
 * one cut after its start (`M. Gates` of `Robert M. Gates`; `Gates` alone is kept: it is how the
 * text refers to him); initials are left out of keys and written forms; one-word phrases vague
 * without a modifier (NOT_ALONE: `deal`, `group`) or shorter than 3 letters are left out. Method:
 * the candidate step of keyphrase extractors such as TextRank (n-grams inside noun-phrase chunks).
 * A key with no initial inside is one slice of the packed string (folded forms stand side by side);
 * a written form is made only when wanted.
 */
function eachGram(visit: PhraseVisit, surfaces: SurfacesWanted, heads?: ReadonlySet<string>): void {
  const c = scratch;
  for (let end = 0; end < c.length; end++) {
    if (!isHeadTag(c.tag[end]!)) continue;
    if (isName(end) && isName(end + 1)) continue;
    const head = c.text.slice(c.foldStart[end], c.foldEnd[end]);
    if (heads !== undefined && !heads.has(head)) continue;
    for (let n = 1; n <= MAX_PHRASE_WORDS && end - n + 1 >= 0; n++) {
      const start = end - n + 1;
      if (c.tag[start] === 'I') continue;
      if (n > 1 && isName(start) && isName(start - 1)) continue;
      let key: string;
      if (n === 1) {
        key = head;
        if (NOT_ALONE.has(key) || NEWS_AGENCIES.has(key) || key.length < 3) continue;
      } else {
        let initials = false;
        for (let k = start + 1; k < end; k++) if (c.tag[k] === 'I') initials = true;
        if (!initials) key = c.text.slice(c.foldStart[start], c.foldEnd[end]);
        else {
          key = '';
          for (let k = start; k <= end; k++) if (c.tag[k] !== 'I') key = key === '' ? c.text.slice(c.foldStart[k], c.foldEnd[k]) : `${key} ${c.text.slice(c.foldStart[k], c.foldEnd[k])}`;
        }
        if (NOT_TOPIC.has(key)) continue;
      }
      let surface = '';
      if (surfaces === true || (surfaces !== false && surfaces(key))) {
        for (let k = start; k <= end; k++) if (c.tag[k] !== 'I') surface = surface === '' ? surfaceAt(k) : `${surface} ${surfaceAt(k)}`;
      }
      // A name: one word standing alone (`Gates said`), not the end of a longer name (`Cedar Ridge
      // Fire`); several, all of them name words (`Barack Obama`, not `giant Gazprom`).
      let name = c.tag[end] === 'P';
      if (n === 1) name &&= !isName(end - 1);
      else for (let k = start; k < end && name; k++) name = isName(k);
      visit(key, surface, name);
    }
  }
}

/**
 * The phrases of one section of packed chunks (`packed.slice(from, to)`, see keyPhrases.ts), read
 * in place; written forms only as `surfaces` asks (`visit` gets `''` for the others); with
 * `heads`, only the phrases whose last word (folded) is one of them are visited. Building
 * topics reads every article's phrases (about 3 million mentions at 50k generated articles), and
 * objects made per word or phrase there were most of the memory the bot's start peaked at.
 */
export function eachPackedPhrase(packed: string, from: number, to: number, visit: PhraseVisit, surfaces: SurfacesWanted = true, heads?: ReadonlySet<string>): void {
  let start = from;
  while (start < to) {
    let end = packed.indexOf(CHUNK_SEP, start);
    if (end < 0 || end > to) end = to;
    if (readChunk(packed, start, end)) eachGram(visit, surfaces, heads);
    start = end + 1;
  }
}

/**
 * The phrase keys of packed chunks, by chunk (`[key, flag, key, flag, …]`, the flag `P` when the
 * phrase is a name, see {@link PhraseVisit}): one build of the topics reads the same chunks again
 * and again (names and phrases recur across a corpus's articles), so each distinct chunk is read
 * once, and its keys are the same strings each time it recurs (their hashes computed once).
 * Made for one build and dropped after it.
 */
export type ChunkKeys = Map<string, readonly string[]>;

/**
 * Most chunks a memo holds (about 5 MB): a corpus with more distinct chunks reads the others each
 * time; the frequent ones, met early, are held.
 */
const MAX_MEMO_CHUNKS = 50_000;

/**
 * Visits what `read` finds in each chunk of `packed.slice(from, to)` through `memo`: a chunk met
 * before (the same text) is not read again; its items are replayed.
 */
function eachMemoized(packed: string, from: number, to: number, memo: Map<string, readonly string[]>, read: (found: string[]) => void, replay: (items: readonly string[]) => void): void {
  let start = from;
  while (start < to) {
    let end = packed.indexOf(CHUNK_SEP, start);
    if (end < 0 || end > to) end = to;
    const chunk = packed.slice(start, end);
    let items = memo.get(chunk);
    if (items === undefined) {
      const found: string[] = [];
      if (readChunk(packed, start, end)) read(found);
      items = found;
      if (memo.size < MAX_MEMO_CHUNKS) memo.set(chunk, found);
    }
    replay(items);
    start = end + 1;
  }
}

/** {@link eachPackedPhrase} for keys only (`visit` gets `''` as the written form), through `memo`. */
export function eachPackedKey(packed: string, from: number, to: number, visit: PhraseVisit, memo: ChunkKeys): void {
  eachMemoized(
    packed,
    from,
    to,
    memo,
    // Keys with a flag each: `P` when the phrase is a name.
    (found) => eachGram((key, _surface, proper) => found.push(key, proper ? 'P' : ''), false),
    (keys) => {
      for (let k = 0; k < keys.length; k += 2) visit(keys[k]!, '', keys[k + 1] === 'P');
    },
  );
}

/** The phrases of chunks as `chunksOf` gives them (packed one at a time and read as above: one reading for both). */
export function eachPhraseOfChunks(runs: readonly (readonly ChunkWord[])[], visit: PhraseVisit): void {
  for (const run of runs) {
    const packed = packChunk(run);
    if (readChunk(packed, 0, packed.length)) eachGram(visit, true);
  }
}

/**
 * The accepted phrases of packed chunks with their written forms, by chunk, for one build of the
 * topics: `[key, surface, flag, …]` of the phrases `accepts` took (see {@link ChunkKeys}).
 */
export type ChunkSurfaces = Map<string, readonly string[]>;

/**
 * {@link eachPackedPhrase} for the phrases `accepts` takes (whose last word is in `heads`), with
 * their written forms, through `memo`: each distinct chunk is read once per build.
 */
export function eachPackedSurface(packed: string, from: number, to: number, visit: PhraseVisit, accepts: (key: string) => boolean, heads: ReadonlySet<string>, memo: ChunkSurfaces): void {
  eachMemoized(
    packed,
    from,
    to,
    memo,
    // Written forms are never empty: an empty one is a phrase `accepts` did not take.
    (found) => eachGram((key, surface, proper) => (surface === '' ? undefined : found.push(key, surface, proper ? 'P' : '')), accepts, heads),
    (items) => {
      for (let k = 0; k < items.length; k += 3) visit(items[k]!, items[k + 1]!, items[k + 2] === 'P');
    },
  );
}

/** Where the sections of packed chunks are: the lead's is [1, cut), the headline's (cut, length); null when `packed` is not in that form (an older form, or a damaged cache entry). */
export function packedSections(packed: string | undefined): { cut: number } | null {
  if (packed === undefined || !packed.startsWith(CHUNKS_MARK)) return null;
  const cut = packed.indexOf(SECTION_SEP);
  if (cut < 0 || packed.indexOf(SECTION_SEP, cut + 1) >= 0) return null;
  return { cut };
}

/** The inverse of `packChunks`; null when `packed` is not in its form. */
export function unpackChunks(packed: string): RawChunks | null {
  const at = packedSections(packed);
  if (at === null) return null;
  const list = (from: number, to: number): ChunkWord[][] | null => {
    const out: ChunkWord[][] = [];
    for (let start = from; start < to; ) {
      let end = packed.indexOf(CHUNK_SEP, start);
      if (end < 0 || end > to) end = to;
      if (!readChunk(packed, start, end)) return null;
      const c = scratch;
      out.push(Array.from({ length: c.length }, (_, i) => ({ tag: c.tag[i]!, surface: surfaceAt(i), folded: packed.slice(c.foldStart[i], c.foldEnd[i]) })));
      start = end + 1;
    }
    return out;
  };
  const lead = list(1, at.cut);
  const headline = list(at.cut + 1, packed.length);
  return lead && headline ? { lead, headline } : null;
}

const collect = (runs: readonly (readonly ChunkWord[])[]): RawPhrase[] => {
  const out: RawPhrase[] = [];
  eachPhraseOfChunks(runs, (key, surface, proper) => out.push({ key, surface, proper }));
  return out;
};

/** Candidate key phrases of a text (tagging it with wink-nlp, see keyPhrases.ts `chunksOf`). */
export function phrasesOf(text: string): RawPhrase[] {
  return collect(chunksOf(text));
}

/** The candidate phrases of one article (lead, then headline), from its packed chunks when they are well formed, else by tagging its text. */
export function rawPhrases(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>): RawPhrases {
  const chunks = (article.keyPhrases !== undefined ? unpackChunks(article.keyPhrases) : null) ?? rawChunks(article);
  return { lead: collect(chunks.lead), headline: collect(chunks.headline) };
}

/**
 * Key phrases of one article (headline and lead), counted, each under its folded key after
 * `canonical` (the near-synonym map) is applied. Method: noun-phrase chunking over wink-nlp
 * part-of-speech tags, as in keyphrase extractors such as TextRank's candidate step. The reference
 * reading: buildTopics reads the same through articlePhraseCounts.ts, without the objects.
 */
export function articlePhrases(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>): Map<string, PhraseCount> {
  const raw = rawPhrases(article);
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
