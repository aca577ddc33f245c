import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FileAnalysis, IngestWarning } from '../briefing/types.js';
import { analyseFile } from '../briefing/pipeline.js';
import { buildCorpus, type Corpus } from '../briefing/index/buildCorpus.js';
import type { AnalysisCache } from './analysisCache.js';

/** File names never treated as corpus files (admin configuration kept beside the corpus). */
const NOT_CORPUS = new Set(['topics.json', 'sources.json']);

/** Lists corpus files under `dir`, recursively, sorted, skipping dot-files and configuration files; links are listed, not followed into folders. */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      // Links are read through (a link to a file is a corpus file); a broken link or a link to a
      // folder is listed too, so reading it fails with a named warning instead of a silent skip.
      else if ((e.isFile() || e.isSymbolicLink()) && !NOT_CORPUS.has(e.name)) out.push(p);
    }
  }
  await walk(dir);
  return out.sort();
}

export interface LoadOptions {
  maxFileBytes: number;
  /** Analyses kept per content hash; with it, unchanged files are not analysed again. */
  cache?: AnalysisCache;
}

/**
 * Reads and analyses the given files (a file that cannot be read becomes a warning, never a crash)
 * and returns the per-file analyses in the given order.
 */
export async function analyseFiles(paths: readonly string[], options: LoadOptions, base = '.'): Promise<FileAnalysis[]> {
  const out: FileAnalysis[] = new Array<FileAnalysis>(paths.length);
  // Several files in flight at once: stat, read and cache look-ups wait on the file system, and
  // awaiting them one file at a time left the core idle about 40% of a warm start. Results keep
  // the given order; analysis itself stays on this thread.
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < paths.length; i = next++) out[i] = await analyseOne(paths[i]!, options, base);
  };
  await Promise.all(Array.from({ length: Math.min(FILES_IN_FLIGHT, paths.length) }, worker));
  return out;
}

/** Files read at once by {@link analyseFiles} (well under the usual 1024 open-file limit). */
const FILES_IN_FLIGHT = 16;

async function analyseOne(p: string, options: LoadOptions, base: string): Promise<FileAnalysis> {
  const name = relative(base, p) || p;
  try {
    const st = await stat(p);
    if (st.size > options.maxFileBytes) {
      const w: IngestWarning = { file: name, code: 'too-large', message: `${name}: ${st.size} bytes is over the ${options.maxFileBytes}-byte limit (MAX_FILE_BYTES); skipped.` };
      return { file: name, hash: '', articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings: [w] };
    }
    const bytes = await readFile(p);
    const hash = createHash('sha256').update(bytes).digest('hex');
    const cached = await options.cache?.get(name, hash);
    if (cached) return cached;
    const fa = analyseFile({ name, bytes }, { maxFileBytes: options.maxFileBytes });
    if (options.cache && fa.articles.length > 0) await options.cache.set(name, hash, fa);
    return fa;
  } catch (err) {
    const w: IngestWarning = { file: name, code: 'unreadable', message: `${name}: could not be read (${(err as Error).message}); skipped.` };
    return { file: name, hash: '', articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings: [w] };
  }
}

/** Loads a whole corpus folder. A missing folder throws (the caller reports it). */
export async function loadCorpus(dir: string, options: LoadOptions): Promise<Corpus> {
  const files = await listCorpusFiles(dir);
  return buildCorpus(await analyseFiles(files, options));
}
