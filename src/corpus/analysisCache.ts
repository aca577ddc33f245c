import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileAnalysis } from '../briefing/types.js';
import { createScratchReader } from './scratchReader.js';
import { createStringPool, shareStrings } from './shareStrings.js';

/** Where analyses are kept, keyed by file name + content hash + pipeline version. */
export interface AnalysisCache {
  /** `idPrefix`: the article-id stem the file was analysed with (files in corpus sub-folders), part of the key. */
  get(name: string, contentHash: string, idPrefix?: string, count?: boolean): Promise<FileAnalysis | undefined>;
  /**
   * True when an entry for this key is there, without reading it (whether it parses is for `get`
   * to find). Counts a miss when there is none, as `get` would; the `get` that reads the entry
   * later counts the hit (a whole-corpus load probes first, see `analyseFiles`).
   */
  has(name: string, contentHash: string, idPrefix?: string): boolean;
  /**
   * `json`: the analysis as JSON text when the caller has it (an analysis worker sends it so), written as it is
   * (`analysis` is then not read). Resolves to whether the entry was written.
   * Never rejects: a write that fails is counted in `stats.writeFailures` and kept in `lastWriteError`.
   */
  set(name: string, contentHash: string, analysis: FileAnalysis | undefined, idPrefix?: string, json?: string): Promise<boolean>;
  /** `writeFailures`: entries that could not be written (a full disk, a folder that cannot be made or written). */
  readonly stats: { hits: number; misses: number; writeFailures: number };
  /** Why the last write failed (undefined when none has). */
  readonly lastWriteError: Error | undefined;
}

/**
 * A folder of JSON files, one per analysed file version (`<dir>/<key>.json`). The key covers the
 * file's name (article ids derive from it), its content hash and the pipeline version, so a
 * restart re-analyses only new or changed files, and a code change re-analyses everything.
 * An entry is written in place: a crash or a concurrent reader can meet half a file, which does not
 * parse (or names another file or hash) and is a miss like any unreadable or corrupt entry (never
 * an error): the file is analysed again and the entry rewritten. Two writers of one key write the
 * same bytes (the key fixes name, content and pipeline). A temporary file renamed into place cost
 * 13 times the write itself here (2.2 s against 0.17 s for 6,400 entries; 8 s of a 50k cold start).
 * File calls are synchronous (see analyseFiles for why), behind the promise-returning interface.
 * A write that fails is counted, never thrown: the analysis in hand still serves (before, the
 * loader took the failure for an unreadable file and left its articles out, so a cache folder that
 * could not be written, such as a full disk, emptied the corpus), and the next start analyses the
 * file again. The bot logs the count and the error.
 */
export function createAnalysisCache(dir: string, version: string): AnalysisCache {
  const stats = { hits: 0, misses: 0, writeFailures: 0 };
  let lastWriteError: Error | undefined;
  const keyOf = (name: string, hash: string, idPrefix: string | undefined): string =>
    createHash('sha256').update(`${version}\n${name}\n${hash}${idPrefix === undefined ? '' : `\n${idPrefix}`}`).digest('hex').slice(0, 40);
  let ready = false;
  /** Values repeated across files are held once (see shareStrings). */
  const pool = createStringPool();
  /** Entries are read into one reused buffer (see scratchReader.ts); get reads and decodes in one synchronous step. */
  const entryReader = createScratchReader();
  return {
    stats,
    get lastWriteError() {
      return lastWriteError;
    },
    // `count` false: an entry this load has just written, read back (see analyseFiles): neither a
    // hit nor a miss, as the file was counted when it was found missing.
    async get(name, hash, idPrefix, count = true) {
      try {
        const fa = JSON.parse(entryReader.read(join(dir, `${keyOf(name, hash, idPrefix)}.json`)).toString('utf8')) as FileAnalysis;
        if (fa.hash !== hash || fa.file !== name) throw new Error('stale');
        shareStrings(fa, pool); // throws on an entry of the wrong shape: a miss, as a corrupt one
        if (count) stats.hits++;
        return fa;
      } catch {
        if (count) stats.misses++;
        return undefined;
      }
    },
    has(name, hash, idPrefix) {
      const there = existsSync(join(dir, `${keyOf(name, hash, idPrefix)}.json`));
      if (!there) stats.misses++;
      return there;
    },
    async set(name, hash, analysis, idPrefix, json) {
      try {
        if (!ready) mkdirSync(dir, { recursive: true });
        ready = true;
        writeFileSync(join(dir, `${keyOf(name, hash, idPrefix)}.json`), json ?? JSON.stringify(analysis));
        return true;
      } catch (err) {
        ready = false; // the folder may be gone: make it again at the next write
        stats.writeFailures++;
        lastWriteError = err as Error;
        return false;
      }
    },
  };
}
