import { createHash } from 'node:crypto';
import type { Article, FileAnalysis, IngestWarning, Poll, TimelineEvent, Timex } from '../types.js';
import { mergeSpeakersSteps, runSteps } from '../analyse/speakers/mergeSpeakers.js';
import { computeStoryKey } from './storyKey.js';

/** The whole corpus, analysed and merged: what commands answer from. */
export interface Corpus extends Omit<FileAnalysis, 'file' | 'hash'> {
  /** Hash over the files' content hashes: changes whenever any file changes (cache key part). */
  version: string;
}

/**
 * What de-duplication knows of an article, worked out once per article object: its key and, once
 * needed (the story was seen twice), its size. A slimmed copy (see {@link slimAnalysis}) has lost
 * its text, so this is all there is of it. Kept by object identity: articles are plain data that
 * nothing changes after analysis (a changed file gives new article objects).
 */
interface CopyInfo {
  key: string;
  size: number | undefined;
}
const copyInfo = new WeakMap<Article, CopyInfo>();
/** Slimmed copies: articles whose text was dropped because another copy of their story is kept. */
const slimmed = new WeakSet<Article>();
/** The analysis each kept article came from, as the last build that kept it was given it (see {@link articleOrigin}). */
const origins = new WeakMap<Article, { file: string; hash: string }>();

/** The item arrays of each corpus {@link buildCorpus} returned, by its articles array. */
const built = new WeakMap<readonly Article[], Pick<Corpus, 'quotes' | 'polls' | 'events' | 'timexes'>>();

/**
 * The file and content hash of the analysis an article of a built corpus came from (see
 * {@link isBuiltCorpus}); undefined for an article no build kept. The analysis of a file is a
 * function of its name, its content and the pipeline version (the analysis cache's key), so
 * within one pipeline version (file, hash, article id) name an article and its items without
 * hashing them.
 */
export function articleOrigin(a: Article): { file: string; hash: string } | undefined {
  return origins.get(a);
}

/**
 * True when these are the very arrays (articles, quotes, polls, events, timexes) of a corpus
 * {@link buildCorpus} returned, not a copy edited by hand: then every article has an
 * {@link articleOrigin} and holds exactly the items its file analysis gave it, in the analysis's
 * order, and items of different articles are in the corpus order of their articles (both follow
 * the order the analyses were given in). Corpus data is never changed in place.
 */
export function isBuiltCorpus(c: Pick<Corpus, 'articles' | 'quotes' | 'polls' | 'events' | 'timexes'>): boolean {
  const b = built.get(c.articles);
  return b !== undefined && b.quotes === c.quotes && b.polls === c.polls && b.events === c.events && b.timexes === c.timexes;
}

/**
 * The de-duplication key of an article: the `storyKey` the pipeline stored on it, else worked out
 * here ({@link computeStoryKey}: sha1 of the folded headline and opening; an article that did not
 * go through the pipeline, or a cache entry written before the pipeline stored it). Hashed because
 * the key of a slimmed copy is kept for as long as the copy is (28 characters instead of a few hundred).
 */
function infoOf(a: Article): CopyInfo {
  let info = copyInfo.get(a);
  if (!info) copyInfo.set(a, (info = { key: a.storyKey ?? computeStoryKey(a), size: undefined }));
  return info;
}

/**
 * The story key of an article (the de-duplication key, see {@link infoOf}: sha1, base64, of its
 * folded headline and folded first 400 characters), worked out once per article object. Reprints
 * of one story share it.
 */
export function storyKey(a: Article): string {
  return infoOf(a).key;
}

/** {@link textSize} of an article, counted once. */
function sizeOf(a: Article): number {
  const info = infoOf(a);
  return (info.size ??= textSize(a));
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
 * The copy kept of each story (by de-duplication key): the fullest, the first in the given order
 * on a tie, so a half-written or half-downloaded copy never replaces the whole report. Sizes are
 * counted only for stories seen more than once.
 */
export function keptCopies(analyses: readonly FileAnalysis[]): Map<string, Article> {
  const tracker = copyTracker();
  analyses.forEach((fa, i) => tracker.add(fa, i));
  return tracker.kept;
}

/**
 * {@link keptCopies} one analysis at a time, for a loader that slims as it goes: `add` returns the
 * positions of earlier analyses whose kept copy was just replaced by a fuller one (slim those
 * again). A copy that is not kept when its analysis is added never will be in this pass.
 */
export function copyTracker(): { kept: Map<string, Article>; add(fa: FileAnalysis, position: number): number[] } {
  const kept = new Map<string, Article>();
  const where = new Map<string, number>();
  return {
    kept,
    add(fa, position) {
      const displaced: number[] = [];
      for (const a of fa.articles) {
        const key = infoOf(a).key;
        const cur = kept.get(key);
        if (cur && sizeOf(a) <= sizeOf(cur)) continue;
        const from = where.get(key);
        if (from !== undefined && from !== position) displaced.push(from);
        kept.set(key, a);
        where.set(key, position);
      }
      return displaced;
    },
  };
}

/**
 * True when an article of `fa` is a slimmed copy (see {@link slimAnalysis}) and the story has no
 * other copy in `kept` left: its file's full analysis must be put back before building.
 */
export function needsFullCopy(fa: FileAnalysis, kept: ReadonlyMap<string, Article>): boolean {
  return fa.articles.some((a) => slimmed.has(a) && kept.get(infoOf(a).key) === a);
}

/**
 * The analysis without what a corpus never shows of articles that are not kept (another copy of
 * their story is fuller or earlier): their paragraphs, dateline, quotes, polls, dates and events.
 * The article itself stays as a slimmed copy (id, headline, file; key and size remembered) so later
 * builds still name it in duplicate warnings and compare it with other copies. Speakers stay
 * whole (merging counts them). Returns `fa` itself when nothing is dropped.
 *
 * Building from slimmed analyses gives the corpus of the full ones as long as no slimmed copy
 * becomes the kept one, which happens only when the kept copy goes (its file changed or was
 * removed): check with {@link needsFullCopy} and put that file's full analysis back first.
 */
export function slimAnalysis(fa: FileAnalysis, kept: ReadonlyMap<string, Article>): FileAnalysis {
  // Nothing to slim (every article kept or slimmed before, when its items went): as it is.
  if (fa.articles.every((a) => slimmed.has(a) || kept.get(infoOf(a).key) === a)) return fa;
  const dropped = new Set<string>();
  let changed = false;
  const articles = fa.articles.map((a) => {
    if (kept.get(infoOf(a).key) === a) return a;
    dropped.add(a.id);
    if (slimmed.has(a)) return a;
    changed = true;
    const info = { key: infoOf(a).key, size: sizeOf(a) };
    // Only what a duplicate warning names (id, file, headline); the rest (text, dateline, and any
    // optional per-article data) goes: a slimmed copy is never shown.
    const stub: Article = { id: a.id, file: a.file, headline: a.headline, byline: null, place: null, agency: null, date: null, teaser: a.teaser, paragraphs: [], url: null };
    copyInfo.set(stub, info);
    slimmed.add(stub);
    return stub;
  });
  if (!changed) return fa;
  const keep = <T extends { articleId: string }>(xs: T[]): T[] => (xs.some((x) => dropped.has(x.articleId)) ? xs.filter((x) => !dropped.has(x.articleId)) : xs);
  return { ...fa, articles, quotes: keep(fa.quotes), polls: keep(fa.polls), events: keep(fa.events), timexes: keep(fa.timexes) };
}

/**
 * Merges per-file analyses (in the order given: sort them for a stable result) into one corpus.
 * Articles whose headline and opening match (the same story in two files, or twice in one) are kept
 * once — the copy with the most text, the first on a tie (see {@link keptCopies}) — and each other
 * copy gets a `duplicate` warning; its quotes, polls and dates go with it.
 * Speakers are merged across files into one identity per person.
 * Analyses may be slimmed ({@link slimAnalysis}); a slimmed copy that would be kept is an error
 * (the caller puts its full analysis back first, see {@link needsFullCopy}). `kept` is
 * {@link keptCopies} of the same analyses, when the caller has it already.
 */
export function buildCorpus(analyses: readonly FileAnalysis[], kept: ReadonlyMap<string, Article> = keptCopies(analyses)): Corpus {
  return runSteps(buildCorpusSteps(analyses, kept));
}

/** Files whose articles are sorted out between two pauses of {@link buildCorpusSteps}. */
const FILES_PER_STEP = 512;

/**
 * {@link buildCorpus} in steps: the generator pauses (yields nothing) every few hundred files and
 * within speaker merging (see mergeSpeakersSteps) and returns the corpus, so the watcher can
 * rebuild a large corpus without holding its event loop for the whole build. Nothing may change
 * the analyses while paused.
 */
export function* buildCorpusSteps(analyses: readonly FileAnalysis[], kept: ReadonlyMap<string, Article> = keptCopies(analyses)): Generator<void, Corpus> {
  // Ids of the copies not kept, per file: an item (quote, poll, date, event) belongs to an article
  // of its own file, and ids are unique only within a file (`page#1` in a/page.txt and b/page.txt).
  const droppedOf: Set<string>[] = analyses.map(() => new Set());
  const articles: Article[] = [];
  const warnings: IngestWarning[] = [];
  for (const [i, fa] of analyses.entries()) {
    if (i > 0 && i % FILES_PER_STEP === 0) yield;
    warnings.push(...fa.warnings);
    let origin: { file: string; hash: string } | undefined;
    for (const a of fa.articles) {
      const winner = kept.get(infoOf(a).key)!;
      if (winner === a) {
        if (slimmed.has(a)) throw new Error(`buildCorpus: ${a.id} is kept but its text was dropped (slimAnalysis); put the full analysis of ${fa.file} back first`);
        articles.push(a);
        origins.set(a, (origin ??= { file: fa.file, hash: fa.hash }));
        continue;
      }
      droppedOf[i]!.add(a.id);
      warnings.push({ file: fa.file, code: 'duplicate', message: `${fa.file}: article "${a.headline ?? a.id}" repeats ${winner.id}; kept once (the fuller copy).` });
    }
  }
  const keep = <T extends { articleId: string }>(xs: T[], dropped: ReadonlySet<string>): T[] => (dropped.size === 0 ? xs : xs.filter((x) => !dropped.has(x.articleId)));
  const polls: Poll[] = [];
  const events: TimelineEvent[] = [];
  const timexes: Timex[] = [];
  for (const [i, fa] of analyses.entries()) {
    if (i > 0 && i % FILES_PER_STEP === 0) yield;
    const dropped = droppedOf[i]!;
    for (const x of fa.polls) if (!dropped.has(x.articleId)) polls.push(x);
    for (const x of fa.events) if (!dropped.has(x.articleId)) events.push(x);
    for (const x of fa.timexes) if (!dropped.has(x.articleId)) timexes.push(x);
  }
  const merged = yield* mergeSpeakersSteps(analyses.map((fa, i) => ({ speakers: fa.speakers, quotes: keep(fa.quotes, droppedOf[i]!) })));
  const version = createHash('sha256').update(analyses.map((fa) => `${fa.file}:${fa.hash}`).join('\n')).digest('hex').slice(0, 16);
  built.set(articles, { quotes: merged.quotes, polls, events, timexes });
  return {
    version,
    articles,
    speakers: merged.speakers,
    quotes: merged.quotes,
    polls,
    events,
    timexes,
    warnings,
  };
}
