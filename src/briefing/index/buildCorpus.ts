import { createHash } from 'node:crypto';
import type { Article, FileAnalysis, IngestWarning } from '../types.js';
import { mergeSpeakers } from '../analyse/speakers/mergeSpeakers.js';

/** The whole corpus, analysed and merged: what commands answer from. */
export interface Corpus extends Omit<FileAnalysis, 'file' | 'hash'> {
  /** Hash over the files' content hashes: changes whenever any file changes (cache key part). */
  version: string;
}

/** Folds case, white space and punctuation so reprints of one story compare equal. */
function articleKey(a: Article): string {
  const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha1').update(`${norm(a.headline)}\n${norm(a.paragraphs.join(' ').slice(0, 400))}`).digest('hex');
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
  // whole report); between equal copies, the first in file order.
  // Size counts letters and digits only, so a copy padded with invisible marks or stray quote marks is not "fuller".
  const textSize = (a: Article): number => a.paragraphs.reduce((n, p) => n + (p.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
  const best = new Map<string, Article>();
  for (const fa of analyses) {
    for (const a of fa.articles) {
      const key = articleKey(a);
      const cur = best.get(key);
      if (!cur || textSize(a) > textSize(cur)) best.set(key, a);
    }
  }
  const dropped = new Set<string>();
  const articles: Article[] = [];
  const warnings: IngestWarning[] = [];
  for (const fa of analyses) {
    warnings.push(...fa.warnings);
    for (const a of fa.articles) {
      const kept = best.get(articleKey(a))!;
      if (kept === a) {
        articles.push(a);
        continue;
      }
      dropped.add(a.id);
      warnings.push({ file: fa.file, code: 'duplicate', message: `${fa.file}: article "${a.headline ?? a.id}" repeats ${kept.id}; kept once (the fuller copy).` });
    }
  }
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
