import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { FileAnalysis, IngestWarning } from '../briefing/types.js';
import { analyseFile } from '../briefing/pipeline.js';
import { buildCorpus, type Corpus } from '../briefing/index/buildCorpus.js';
import type { AnalysisCache } from './analysisCache.js';

/** File names never treated as corpus files (admin configuration kept beside the corpus). */
const NOT_CORPUS = new Set(['topics.json', 'sources.json']);

/** Lists corpus files under `dir`, recursively, sorted, skipping dot-files and configuration files. */
export async function listCorpusFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && !NOT_CORPUS.has(e.name)) out.push(p);
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
  const out: FileAnalysis[] = [];
  for (const p of paths) {
    const name = relative(base, p) || p;
    try {
      const st = await stat(p);
      if (st.size > options.maxFileBytes) {
        const w: IngestWarning = { file: name, code: 'too-large', message: `${name}: ${st.size} bytes is over the ${options.maxFileBytes}-byte limit (MAX_FILE_BYTES); skipped.` };
        out.push({ file: name, hash: '', articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings: [w] });
        continue;
      }
      const bytes = await readFile(p);
      const hash = createHash('sha256').update(bytes).digest('hex');
      const cached = await options.cache?.get(name, hash);
      if (cached) {
        out.push(cached);
        continue;
      }
      const fa = analyseFile({ name, bytes }, { maxFileBytes: options.maxFileBytes });
      out.push(fa);
      if (options.cache && fa.articles.length > 0) await options.cache.set(name, hash, fa);
    } catch (err) {
      const w: IngestWarning = { file: name, code: 'unreadable', message: `${name}: could not be read (${(err as Error).message}); skipped.` };
      out.push({ file: name, hash: '', articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings: [w] });
    }
  }
  return out;
}

/** Loads a whole corpus folder. A missing folder throws (the caller reports it). */
export async function loadCorpus(dir: string, options: LoadOptions): Promise<Corpus> {
  const files = await listCorpusFiles(dir);
  return buildCorpus(await analyseFiles(files, options));
}
