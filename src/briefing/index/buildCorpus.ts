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
 * An article whose headline and opening match one already kept (the same story in two files, or
 * twice in one) is kept once, with a `duplicate` warning; its quotes, polls and dates go with it.
 * Speakers are merged across files into one identity per person.
 */
export function buildCorpus(analyses: readonly FileAnalysis[]): Corpus {
  const seen = new Map<string, Article>();
  const dropped = new Set<string>();
  const articles: Article[] = [];
  const warnings: IngestWarning[] = [];
  for (const fa of analyses) {
    warnings.push(...fa.warnings);
    for (const a of fa.articles) {
      const key = articleKey(a);
      const first = seen.get(key);
      if (first) {
        dropped.add(a.id);
        warnings.push({ file: fa.file, code: 'duplicate', message: `${fa.file}: article "${a.headline ?? a.id}" repeats ${first.id}; kept once.` });
        continue;
      }
      seen.set(key, a);
      articles.push(a);
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
