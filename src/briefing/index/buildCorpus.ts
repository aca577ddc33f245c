import { createHash } from 'node:crypto';
import type { Article, FileAnalysis, IngestWarning } from '../types.js';
import { mergeSpeakers } from '../analyse/speakers/mergeSpeakers.js';

/** The whole corpus, analysed and merged: what commands answer from. */
export interface Corpus extends Omit<FileAnalysis, 'file' | 'hash'> {
  /** Hash over the files' content hashes: changes whenever any file changes (cache key part). */
  version: string;
}

/** Characters of the opening (headline aside) that the de-duplication key compares. */
const KEY_OPENING_CHARS = 400;

/**
 * Folds case, white space and punctuation so reprints of one story compare equal: the folded
 * headline and the folded first {@link KEY_OPENING_CHARS} characters of the paragraphs joined by
 * spaces. The key is the text itself (a few hundred characters, held only while the corpus is
 * built), so no hashing and no collisions.
 */
function articleKey(a: Article): string {
  const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  // The same as paragraphs.join(' ').slice(0, 400) without joining a long article whole.
  let opening = '';
  for (let i = 0; i < a.paragraphs.length && opening.length < KEY_OPENING_CHARS; i++) opening += (i > 0 ? ' ' : '') + a.paragraphs[i]!;
  return `${norm(a.headline)}\n${norm(opening.slice(0, KEY_OPENING_CHARS))}`;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Letters and digits (Unicode L and N, counted per code point) in an article's paragraphs: the
 * "fuller copy" measure, so a copy padded with invisible marks or stray quote marks is not fuller.
 * ASCII is classified by range, anything else by the Unicode property; a lone surrogate is neither.
 */
function textSize(a: Article): number {
  let n = 0;
  for (const p of a.paragraphs) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 0x80) {
        if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) n++;
        continue;
      }
      const cp = p.codePointAt(i)!;
      if (cp > 0xffff) i++;
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) n++;
    }
  }
  return n;
}

/**
 * Merges per-file analyses (in the order given: sort them for a stable result) into one corpus.
 * Articles whose headline and opening match (the same story in two files, or twice in one) are kept
 * once — the copy with the most text, the first on a tie — and each other copy gets a `duplicate`
 * warning; its quotes, polls and dates go with it.
 * Speakers are merged across files into one identity per person.
 */
export function buildCorpus(analyses: readonly FileAnalysis[]): Corpus {
  // The fullest copy of each story wins (a half-written or half-downloaded copy never replaces the
  // whole report); between equal copies, the first in file order. Sizes are counted only for
  // stories seen more than once, each article at most once.
  const keys = analyses.map((fa) => fa.articles.map(articleKey));
  const best = new Map<string, { a: Article; size: number | undefined }>();
  analyses.forEach((fa, fi) => {
    fa.articles.forEach((a, ai) => {
      const key = keys[fi]![ai]!;
      const cur = best.get(key);
      if (!cur) best.set(key, { a, size: undefined });
      else {
        cur.size ??= textSize(cur.a);
        const size = textSize(a);
        if (size > cur.size) best.set(key, { a, size });
      }
    });
  });
  const dropped = new Set<string>();
  const articles: Article[] = [];
  const warnings: IngestWarning[] = [];
  analyses.forEach((fa, fi) => {
    warnings.push(...fa.warnings);
    fa.articles.forEach((a, ai) => {
      const kept = best.get(keys[fi]![ai]!)!.a;
      if (kept === a) {
        articles.push(a);
        return;
      }
      dropped.add(a.id);
      warnings.push({ file: fa.file, code: 'duplicate', message: `${fa.file}: article "${a.headline ?? a.id}" repeats ${kept.id}; kept once (the fuller copy).` });
    });
  });
  const keep = <T extends { articleId: string }>(xs: T[]): T[] => xs.filter((x) => !dropped.has(x.articleId));
  const merged = mergeSpeakers(analyses.map((fa) => ({ speakers: fa.speakers, quotes: keep(fa.quotes) })));
  const version = createHash('sha256').update(analyses.map((fa) => `${fa.file}:${fa.hash}`).join('\n')).digest('hex').slice(0, 16);
  return {
    version,
    articles,
    speakers: merged.speakers,
    quotes: merged.quotes,
    polls: keep(analyses.flatMap((fa) => fa.polls)),
    events: keep(analyses.flatMap((fa) => fa.events)),
    timexes: keep(analyses.flatMap((fa) => fa.timexes)),
    warnings,
  };
}
