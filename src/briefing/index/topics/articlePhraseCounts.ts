import type { Article } from '../../types.js';
import { ENTRY_SEP, isTitleCase, rawPhrases, SECTION_SEP, SURFACE_SEP } from './keyPhrases.js';

/*
 * In a module of its own, not in keyPhrases.ts: the pipeline imports keyPhrases.ts (topic phrases
 * are found at analysis time), so any change there changes pipelineVersion and re-analyses every
 * cached file; counting phrases is index-time work.
 */

/** What {@link articlePhraseCounts} gives: parallel arrays, one entry a phrase. */
export interface PhraseCounts {
  /** Folded keys (as `PhraseCount.key`), in the order `articlePhrases` (keyPhrases.ts) lists them. */
  keys: string[];
  /** Mentions in the headline, per key. */
  headline: number[];
  /** Mentions in the lead, per key. */
  lead: number[];
}

/*
 * The packed form of keyPhrases.ts (`packPhrases`, with its separators), read here in place:
 * entries joined by ENTRY_SEP, the lead's before the one SECTION_SEP, the headline's after; an
 * entry is `key` or `key` SURFACE_SEP `surface`. Reading it without `unpackPhrases` makes no
 * object, array or surface string per entry: building topics reads every article's phrases (3
 * million entries at 50k generated articles), and the garbage of unpacking them was most of the
 * memory the bot's start peaked at over its corpus. tests/briefing/index/topics/keyPhrases.test.ts
 * checks both readings agree.
 */
const SURFACE_SEP_CODE = SURFACE_SEP.charCodeAt(0);

/** Phrase mentions assumed for an article without packed phrases (sizing only: more is fine). */
const UNPACKED_MENTIONS_GUESS = 64;

/**
 * At least as many phrase mentions as the article's packed phrases hold (entries of both
 * sections; {@link UNPACKED_MENTIONS_GUESS} without them), hence at least as many phrases as
 * {@link articlePhraseCounts} gives it: for sizing lists before counting.
 */
export function mentionsAtMost(article: Pick<Article, 'keyPhrases'>): number {
  const packed = article.keyPhrases;
  if (packed === undefined) return UNPACKED_MENTIONS_GUESS;
  let n = 2;
  for (let i = packed.indexOf(ENTRY_SEP); i >= 0; i = packed.indexOf(ENTRY_SEP, i + 1)) n++;
  return n;
}

/** Visits one phrase mention: its folded key and, when asked for, its written form. */
type Visit = (key: string, surface: string | undefined, inHeadline: boolean) => void;

/**
 * Visits the mentions of an article's phrases in order, the lead's then the headline's (only when
 * the article has a headline), from its packed phrases when they are well formed, else from
 * `rawPhrases` (tagging the text). Surfaces are cut only when `surfaces` is true.
 */
function eachMention(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, surfaces: boolean, visit: Visit): void {
  const packed = article.keyPhrases;
  const cut = packed === undefined ? -1 : packed.indexOf(SECTION_SEP);
  if (packed === undefined || cut < 0 || packed.indexOf(SECTION_SEP, cut + 1) >= 0) {
    const raw = rawPhrases(article);
    for (const p of raw.lead) visit(p.key, p.surface, false);
    if (article.headline) for (const p of raw.headline) visit(p.key, p.surface, true);
    return;
  }
  const section = (from: number, to: number, inHeadline: boolean): void => {
    if (from === to) return; // an empty list
    for (let start = from; start <= to; ) {
      let end = packed.indexOf(ENTRY_SEP, start);
      if (end < 0 || end > to) end = to;
      let tab = -1;
      for (let i = start; i < end; i++) {
        if (packed.charCodeAt(i) === SURFACE_SEP_CODE) {
          tab = i;
          break;
        }
      }
      if (tab < 0) {
        const key = packed.slice(start, end);
        visit(key, surfaces ? key : undefined, inHeadline);
      } else visit(packed.slice(start, tab), surfaces ? packed.slice(tab + 1, end) : undefined, inHeadline);
      start = end + 1;
    }
  };
  section(0, cut, false);
  if (article.headline) section(cut + 1, packed.length, true);
}

/**
 * `articlePhrases` (keyPhrases.ts) without the surface forms: the same keys in the same order (the lead's in
 * order of first mention, then the headline's own), with the same counts, as three arrays instead of
 * a record and a Map per phrase. buildTopics reads every article's phrases through this and the
 * written forms, for the articles of the topics it builds, through {@link eachSurface}.
 */
export function articlePhraseCounts(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>): PhraseCounts {
  const at = new Map<string, number>();
  const out: PhraseCounts = { keys: [], headline: [], lead: [] };
  // As articlePhrases: a Title Case headline's phrases count only when the lead has them.
  const confirmOnly = article.headline ? isTitleCase(article.headline) : false;
  eachMention(article, false, (key, _surface, inHeadline) => {
    const k = canonical.get(key) ?? key;
    const j = at.get(k);
    if (!inHeadline) {
      if (j === undefined) {
        at.set(k, out.keys.length);
        out.keys.push(k);
        out.headline.push(0);
        out.lead.push(1);
      } else out.lead[j]!++;
    } else if (j !== undefined) out.headline[j]!++;
    else if (!confirmOnly) {
      at.set(k, out.keys.length);
      out.keys.push(k);
      out.headline.push(1);
      out.lead.push(0);
    }
  });
  return out;
}

/**
 * The written forms of an article's phrases as `articlePhrases` (keyPhrases.ts) counts them, one
 * call per counted mention, in the order it first meets them (lead, then headline; a Title Case
 * headline's mention only when the lead has the phrase): `visit(key, surface)` with the key after
 * `canonical`. Adding one per call into a Map per key gives the surfaces Maps `articlePhrases`
 * gives, in the same insertion order, without building them for every phrase of the article.
 */
export function eachSurface(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>, visit: (key: string, surface: string) => void): void {
  const confirmOnly = article.headline ? isTitleCase(article.headline) : false;
  const inLead = confirmOnly ? new Set<string>() : undefined;
  eachMention(article, true, (key, surface, inHeadline) => {
    const k = canonical.get(key) ?? key;
    if (!inHeadline) inLead?.add(k);
    else if (inLead !== undefined && !inLead.has(k)) return;
    visit(k, surface!);
  });
}
