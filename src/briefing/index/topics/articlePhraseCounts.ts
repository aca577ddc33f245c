import type { Article } from '../../types.js';
import { CHUNK_SEP, CODE_MEANING, isHeadTag, SECTION_SEP, WORD_SEP } from './keyPhrases.js';
import { eachPackedKey, eachPackedPhrase, eachPackedSurface, isTitleCase, MAX_PHRASE_WORDS, packedSections, rawPhrases, type ChunkKeys, type ChunkSurfaces, type SurfacesWanted } from './phraseGrams.js';

/*
 * In a module of its own, not in keyPhrases.ts: the pipeline imports keyPhrases.ts (the chunks of
 * topic phrases are found at analysis time), so any change there changes pipelineVersion and
 * re-analyses every cached file; counting phrases is index-time work.
 */

/** What {@link articlePhraseCounts} gives: parallel arrays, one entry a phrase. */
export interface PhraseCounts {
  /** Folded keys (as `PhraseCount.key`), in the order `articlePhrases` (phraseGrams.ts) lists them. */
  keys: string[];
  /** Mentions in the headline, per key. */
  headline: number[];
  /** Mentions in the lead, per key. */
  lead: number[];
  /** Of those mentions (headline and lead), the ones written as a name (`Gates said`, `Barack Obama`; see phraseGrams.ts), per key. */
  proper: number[];
}

/** Phrase mentions assumed for an article without packed chunks (sizing only: more is fine). */
const UNPACKED_MENTIONS_GUESS = 64;
const CHUNK_SEP_CODE = CHUNK_SEP.charCodeAt(0);
const WORD_SEP_CODE = WORD_SEP.charCodeAt(0);
const SECTION_SEP_CODE = SECTION_SEP.charCodeAt(0);

/**
 * At least as many phrase mentions as the article's packed chunks give (see phraseGrams.ts: the
 * head word at position p of its chunk heads at most min(p + 1, MAX_PHRASE_WORDS) phrases; both
 * sections; {@link UNPACKED_MENTIONS_GUESS} without packed chunks), hence at least as many phrases
 * as {@link articlePhraseCounts} gives it: for sizing lists before counting. Reads only each
 * chunk's word codes.
 */
export function mentionsAtMost(article: Pick<Article, 'keyPhrases'>): number {
  const packed = article.keyPhrases;
  if (packed === undefined || packedSections(packed) === null) return UNPACKED_MENTIONS_GUESS;
  let n = 0;
  // A chunk starts after the mark, a chunk separator or the section separator, with its word codes.
  for (let start = 1; start < packed.length; ) {
    let i = start;
    for (; i < packed.length; i++) {
      const code = packed.charCodeAt(i);
      if (code === WORD_SEP_CODE || code === CHUNK_SEP_CODE || code === SECTION_SEP_CODE) break;
      const meaning = CODE_MEANING.get(packed[i]!);
      if (meaning !== undefined && isHeadTag(meaning.tag)) n += Math.min(i - start + 1, MAX_PHRASE_WORDS);
    }
    let next = i;
    while (next < packed.length && packed.charCodeAt(next) !== CHUNK_SEP_CODE && packed.charCodeAt(next) !== SECTION_SEP_CODE) next++;
    start = next + 1;
  }
  return n;
}

/** Visits one phrase mention: its folded key and, when asked for, its written form. */
type Visit = (key: string, surface: string, inHeadline: boolean, proper: boolean) => void;

/**
 * Visits the mentions of an article's phrases in order, the lead's then the headline's (only when
 * the article has a headline), from its packed chunks when they are well formed, else from
 * `rawPhrases` (tagging the text). Written forms are made as `surfaces` asks (see
 * `eachPackedPhrase`); where they are not, `visit` gets `''`.
 */
function eachMention(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, surfaces: SurfacesWanted, visit: Visit, heads?: ReadonlySet<string>, memo?: ChunkKeys, surfaceMemo?: ChunkSurfaces): void {
  const packed = article.keyPhrases;
  const at = packedSections(packed);
  if (at === null) {
    const raw = rawPhrases(article);
    const surfaceOf = (p: { key: string; surface: string }): string => (surfaces === true || (surfaces !== false && surfaces(p.key)) ? p.surface : '');
    for (const p of raw.lead) visit(p.key, surfaceOf(p), false, p.proper);
    if (article.headline) for (const p of raw.headline) visit(p.key, surfaceOf(p), true, p.proper);
    return;
  }
  if (memo !== undefined && surfaces === false && heads === undefined) {
    eachPackedKey(packed!, 1, at.cut, (key, _surface, proper) => visit(key, '', false, proper), memo);
    if (article.headline) eachPackedKey(packed!, at.cut + 1, packed!.length, (key, _surface, proper) => visit(key, '', true, proper), memo);
    return;
  }
  if (surfaceMemo !== undefined && typeof surfaces === 'function' && heads !== undefined) {
    eachPackedSurface(packed!, 1, at.cut, (key, surface, proper) => visit(key, surface, false, proper), surfaces, heads, surfaceMemo);
    if (article.headline) eachPackedSurface(packed!, at.cut + 1, packed!.length, (key, surface, proper) => visit(key, surface, true, proper), surfaces, heads, surfaceMemo);
    return;
  }
  eachPackedPhrase(packed!, 1, at.cut, (key, surface, proper) => visit(key, surface, false, proper), surfaces, heads);
  if (article.headline) eachPackedPhrase(packed!, at.cut + 1, packed!.length, (key, surface, proper) => visit(key, surface, true, proper), surfaces, heads);
}

/**
 * `articlePhrases` (phraseGrams.ts) without the surface forms: the same keys in the same order (the lead's in
 * order of first mention, then the headline's own), with the same counts, as three arrays instead of
 * a record and a Map per phrase (with `memo`, each distinct chunk is read once: see
 * `eachPackedKey`). buildTopics reads every article's phrases through this and the
 * written forms, for the articles of the topics it builds, through {@link eachSurface}.
 */
export function articlePhraseCounts(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>, memo?: ChunkKeys): PhraseCounts {
  const at = new Map<string, number>();
  const out: PhraseCounts = { keys: [], headline: [], lead: [], proper: [] };
  // As articlePhrases: a Title Case headline's phrases count only when the lead has them.
  const confirmOnly = article.headline ? isTitleCase(article.headline) : false;
  eachMention(article, false, (key, _surface, inHeadline, proper) => {
    const k = canonical.get(key) ?? key;
    const j = at.get(k);
    const p = proper ? 1 : 0;
    if (!inHeadline) {
      if (j === undefined) {
        at.set(k, out.keys.length);
        out.keys.push(k);
        out.headline.push(0);
        out.lead.push(1);
        out.proper.push(p);
      } else {
        out.lead[j]!++;
        out.proper[j]! += p;
      }
    } else if (j !== undefined) {
      out.headline[j]!++;
      out.proper[j]! += p;
    } else if (!confirmOnly) {
      at.set(k, out.keys.length);
      out.keys.push(k);
      out.headline.push(1);
      out.lead.push(0);
      out.proper.push(p);
    }
  }, undefined, memo);
  return out;
}

/**
 * The written forms of an article's phrases as `articlePhrases` (phraseGrams.ts) counts them, one
 * call per counted mention, in the order it first meets them (lead, then headline; a Title Case
 * headline's mention only when the lead has the phrase): `visit(key, surface)` with the key after
 * `canonical`. Adding one per call into a Map per key gives the surfaces Maps `articlePhrases`
 * gives, in the same insertion order, without building them for every phrase of the article.
 * With `wanted`, only the keys it accepts are visited, and only their written forms are made;
 * `wanted.heads` must hold the last word of every key whose canonical key it accepts (phrases
 * ending in another word are skipped unread); with `wanted.memo` (one per build, for one
 * `accepts` and `canonical`), each distinct chunk is read once.
 */
export function eachSurface(
  article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>,
  canonical: ReadonlyMap<string, string>,
  visit: (key: string, surface: string) => void,
  wanted?: { accepts: (key: string) => boolean; heads: ReadonlySet<string>; memo?: ChunkSurfaces },
): void {
  const confirmOnly = article.headline ? isTitleCase(article.headline) : false;
  const inLead = confirmOnly ? new Set<string>() : undefined;
  const surfaces: SurfacesWanted = wanted === undefined ? true : (key) => wanted.accepts(canonical.get(key) ?? key);
  eachMention(article, surfaces, (key, surface, inHeadline) => {
    const k = canonical.get(key) ?? key;
    if (!inHeadline) inLead?.add(k);
    else if (inLead !== undefined && !inLead.has(k)) return;
    // With `wanted`, a mention without its written form is one it did not accept (written forms are never empty).
    if (surface !== '') visit(k, surface);
  }, wanted?.heads, undefined, wanted?.memo);
}
