import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { FileAnalysis, IngestWarning } from '../briefing/types.js';
import { buildCorpus, copyTracker, slimAnalysis, type Corpus } from '../briefing/index/buildCorpus.js';
import type { AnalysisCache } from './analysisCache.js';
import { analyseFileHeld, releaseAnalysisModel } from './analyseLater.js';
import { createScratchReader } from './scratchReader.js';
import type { Analyse } from './workerAnalyser.js';

/** File names never treated as corpus files (admin configuration kept beside the corpus). */
const NOT_CORPUS = new Set(['topics.json', 'sources.json']);

/**
 * Lists corpus files under `dir`, recursively, sorted, skipping dot-files and configuration files;
 * links are listed, not followed into folders. Also gives the folders walked (`dir` first, then
 * sub-folders, dot-folders and linked folders left out): what a watcher watches.
 */
export async function listCorpus(dir: string): Promise<{ files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders: string[] = [];
  async function walk(d: string): Promise<void> {
    folders.push(d);
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      // Links are read through (a link to a file is a corpus file); a broken link or a link to a
      // folder is listed too, so reading it fails with a named warning instead of a silent skip.
      else if ((e.isFile() || e.isSymbolicLink()) && !NOT_CORPUS.has(e.name)) files.push(p);
    }
  }
  await walk(dir);
  return { files: files.sort(), folders };
}

/** The files of {@link listCorpus}. */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  return (await listCorpus(dir)).files;
}

export interface LoadOptions {
  maxFileBytes: number;
  /** Analyses kept per content hash; with it, unchanged files are not analysed again. */
  cache?: AnalysisCache;
  /**
   * Where a file that needs analysis is analysed: by default `analyseFile` on this thread (the
   * pipeline imported at the first file that needs it: a load from a warm cache never loads it),
   * its result held as a parsed copy of its JSON text, as a worker's or the cache's (see
   * `analyseFileHeld` in analyseLater.ts); the bot's watcher gives a worker thread
   * (workerAnalyser.ts) so its event loop never waits for one.
   */
  analyse?: Analyse;
  /**
   * Files analysed at once (default 1, one after another): with an `analyse` that works on several
   * threads (a worker pool), about twice its workers keeps every worker busy. Results still come in
   * file order; up to this many analyses (and their files' bytes) are held at once.
   */
  inFlight?: number;
  /**
   * The corpus folder the files are under: files in its sub-folders get article ids that carry
   * their path there (`2024/01/index#1`), so pages of the same name in two folders never share ids
   * (see {@link idPrefixFor}). {@link loadCorpus} and the watcher set it.
   */
  root?: string;
  /**
   * Called once a whole-corpus load with a cache (see {@link analyseFiles}) has analysed and stored
   * every file the cache lacked, before it reads the corpus back: the analyser lets go of what it
   * holds (the bot's watcher rests its worker threads). The language model on this thread, if the
   * load analysed here, is let go of in any case.
   */
  afterAnalysis?: () => void;
}

/**
 * The article-id stem of a corpus file: its path under `root` without the ending
 * (`2024/01/index` for `<root>/2024/01/index.html`, `/` as separator), or undefined for a file
 * directly in `root` (it keeps the bare stem, `index#1`) or outside it.
 */
export function idPrefixFor(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const parts = rel.split(sep);
  if (parts.length < 2) return undefined;
  return parts.join('/').replace(/\.[^./]+$/, '');
}

/** Longest run of synchronous work (file reads, stats) between two turns of the event loop, ms. */
export const YIELD_AFTER_MS = 10;

/**
 * A pacer for long loops of small synchronous steps: `await pace()` after each step gives the event
 * loop a turn (timers, sockets: a bot answering commands during a re-scan) once
 * {@link YIELD_AFTER_MS} have passed since the last turn, and costs nothing otherwise.
 */
export function pacer(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < YIELD_AFTER_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/**
 * Reads and analyses the given files (a file that cannot be read becomes a warning, never a crash)
 * and returns the per-file analyses in the given order.
 *
 * Files are read one at a time with synchronous calls: a warm start is tens of thousands of small
 * stat + read + cache reads, and each promise-based read costs four thread-pool round trips (open,
 * stat, read, close); measured on 31,868 files (2 cores), reading and hashing took 0.4 s this way
 * against 0.8 s with 16 promise-based reads in flight, and cache entries 0.9 s against 2.5 s.
 * The event loop still gets a turn every {@link YIELD_AFTER_MS} (see {@link pacer}).
 *
 * With `slim` (for a whole corpus, files in order), copies of a story that de-duplication will not
 * keep are slimmed as soon as a fuller or earlier copy is seen ({@link slimAnalysis}: their text
 * and items dropped), so memory holds about one copy of each story instead of every copy (50k
 * generated articles are 15.6k stories). The cache still receives full analyses.
 *
 * With `slim` and a cache, the load goes in two passes, so that the language model and the corpus
 * are never held at once: the first analyses every file the cache lacks and stores it, holding
 * nothing but each file's content hash (an analysis that could not be stored is held); then the
 * model is let go of (see {@link LoadOptions.afterAnalysis}), and the second reads the corpus back
 * from the cache as a warm start does. A cold load's peak memory is then the larger of the two
 * instead of their sum (bench, 10k generated articles analysed on one thread: 248–256 → 186–190 MB); it
 * costs one more read of what was analysed, which a warm start reads anyway.
 */
export async function analyseFiles(paths: readonly string[], options: LoadOptions, base = '.', slim = false): Promise<FileAnalysis[]> {
  const out: FileAnalysis[] = [];
  const tracker = slim ? copyTracker() : undefined;
  const take = (analysis: FileAnalysis): void => {
    let fa = analysis;
    if (tracker) {
      for (const j of tracker.add(fa, out.length)) out[j] = slimAnalysis(out[j]!, tracker.kept);
      fa = slimAnalysis(fa, tracker.kept);
    }
    out.push(fa);
  };
  const cache = options.cache;
  if (slim && cache) {
    const stored = await inOrder(paths, options, (p) => storeOne(p, options, cache, base));
    if (stored.some((s) => 'analysed' in s && s.analysed)) {
      releaseAnalysisModel();
      options.afterAnalysis?.();
    }
    const pace = pacer();
    for (const [i, s] of stored.entries()) {
      if ('analysis' in s) take(s.analysis);
      // An entry that does not read back (corrupt, or removed meanwhile) is analysed again, as a
      // miss of a one-pass load is (the get has counted it).
      else take((await cache.get(s.name, s.hash, s.idPrefix, !s.analysed)) ?? (await analyseOne(paths[i]!, options, base, false)));
      await pace();
    }
    return out;
  }
  await inOrder(paths, options, (p) => analyseOne(p, options, base), take);
  return out;
}

/**
 * Runs `one` on each path, up to `options.inFlight` at once (later files are read, and sent to the
 * analysis workers, while earlier ones are analysed), giving the results in path order: to `take`
 * as each comes when given, else as the returned list. Paced (see {@link pacer}).
 */
async function inOrder<T>(paths: readonly string[], options: LoadOptions, one: (p: string) => Promise<T>, take?: (r: T) => void): Promise<T[]> {
  const out: T[] = [];
  const give = take ?? ((r: T) => void out.push(r));
  const pace = pacer();
  const started: Promise<T>[] = [];
  const inFlight = Math.max(1, Math.floor(options.inFlight ?? 1));
  for (const p of paths) {
    started.push(one(p));
    if (started.length >= inFlight) give(await started.shift()!);
    await pace();
  }
  while (started.length > 0) give(await started.shift()!);
  return out;
}

/**
 * What the first pass of a two-pass load (see {@link analyseFiles}) keeps of a file: where its
 * analysis is in the cache (`analysed` when this load wrote it), or the analysis itself when it is
 * not there (too large, unreadable, no articles, or a write that failed).
 */
type Stored = { name: string; hash: string; idPrefix: string | undefined; analysed: boolean } | { analysis: FileAnalysis };

async function storeOne(p: string, options: LoadOptions, cache: AnalysisCache, base: string): Promise<Stored> {
  const name = relative(base, p) || p;
  try {
    const st = statSync(p);
    if (st.size > options.maxFileBytes) return { analysis: tooLarge(name, st.size, options.maxFileBytes) };
    const idPrefix = options.root === undefined ? undefined : idPrefixFor(options.root, p);
    const seen = sha256(pageReader.read(p));
    if (cache.has(name, seen, idPrefix)) return { name, hash: seen, idPrefix, analysed: false };
    const { hash, r } = await analyseAfresh(p, name, idPrefix, options);
    // Only the text is written: a worker's reply (or a held copy) is not parsed unless kept here.
    if ((r.articles ?? r.analysis.articles.length) > 0 && (await cache.set(name, hash, undefined, idPrefix, r.json ?? JSON.stringify(r.analysis)))) {
      return { name, hash, idPrefix, analysed: true };
    }
    return { analysis: r.analysis };
  } catch (err) {
    return { analysis: unreadable(name, err as Error) };
  }
}

function tooLarge(name: string, size: number, max: number): FileAnalysis {
  const w: IngestWarning = { file: name, code: 'too-large', message: `${name}: ${size} bytes is over the ${max}-byte limit (MAX_FILE_BYTES); skipped.` };
  return { file: name, hash: '', articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings: [w] };
}

function unreadable(name: string, err: Error): FileAnalysis {
  const w: IngestWarning = { file: name, code: 'unreadable', message: `${name}: could not be read (${err.message}); skipped.` };
  return { file: name, hash: '', articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings: [w] };
}

/** One file's analysis: from the cache when it has it (`lookUp` false: not looked up), else analysed and stored. */
async function analyseOne(p: string, options: LoadOptions, base: string, lookUp = true): Promise<FileAnalysis> {
  const name = relative(base, p) || p;
  try {
    const st = statSync(p);
    if (st.size > options.maxFileBytes) return tooLarge(name, st.size, options.maxFileBytes);
    const idPrefix = options.root === undefined ? undefined : idPrefixFor(options.root, p);
    if (options.cache && lookUp) {
      // Hashed from the scratch buffer (no buffer per file: see scratchReader.ts); the view is read
      // before the await, as later files' reads reuse it.
      const cached = await options.cache.get(name, sha256(pageReader.read(p)), idPrefix);
      if (cached) return cached;
    }
    const { hash, r } = await analyseAfresh(p, name, idPrefix, options);
    const fa = r.analysis;
    if (options.cache && fa.articles.length > 0) await options.cache.set(name, hash, fa, idPrefix, r.json);
    return fa;
  } catch (err) {
    return unreadable(name, err as Error);
  }
}

/**
 * A file analysed from its bytes, with the hash its cache entry is keyed by. The bytes are read
 * into a buffer of their own (with reads in flight, the scratch view is another file's by now) and
 * hashed from it, in case the file changed since it was hashed to look it up.
 */
async function analyseAfresh(p: string, name: string, idPrefix: string | undefined, options: LoadOptions): Promise<{ hash: string; r: Awaited<ReturnType<Analyse>> }> {
  const bytes = readFileSync(p);
  const analyseOptions = { maxFileBytes: options.maxFileBytes, ...(idPrefix === undefined ? {} : { idPrefix }) };
  return { hash: sha256(bytes), r: await (options.analyse ?? analyseFileHeld)({ name, bytes }, analyseOptions) };
}

/** Reads corpus files to hash them on a warm start (one per process: the read and the hash are synchronous, so callers never interleave). */
const pageReader = createScratchReader();

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Loads a whole corpus folder. A missing folder throws (the caller reports it). */
export async function loadCorpus(dir: string, options: LoadOptions): Promise<Corpus> {
  const files = await listCorpusFiles(dir);
  return buildCorpus(await analyseFiles(files, { root: dir, ...options }, '.', true));
}
