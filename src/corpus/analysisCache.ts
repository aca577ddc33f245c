import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileAnalysis } from '../briefing/types.js';

/** Where analyses are kept, keyed by file name + content hash + pipeline version. */
export interface AnalysisCache {
  get(name: string, contentHash: string): Promise<FileAnalysis | undefined>;
  set(name: string, contentHash: string, analysis: FileAnalysis): Promise<void>;
  readonly stats: { hits: number; misses: number };
}

/**
 * A folder of JSON files, one per analysed file version (`<dir>/<key>.json`). The key covers the
 * file's name (article ids derive from it), its content hash and the pipeline version, so a
 * restart re-analyses only new or changed files, and a code change re-analyses everything.
 * Writes go to a temporary file and are renamed into place, so a crash never leaves half a file;
 * an unreadable or corrupt entry is a miss, never an error. File calls are synchronous (a few
 * hundred microseconds each; see analyseFiles for why), behind the promise-returning interface.
 */
export function createAnalysisCache(dir: string, version: string): AnalysisCache {
  const stats = { hits: 0, misses: 0 };
  const keyOf = (name: string, hash: string): string => createHash('sha256').update(`${version}\n${name}\n${hash}`).digest('hex').slice(0, 40);
  let ready = false;
  return {
    stats,
    async get(name, hash) {
      try {
        const fa = JSON.parse(readFileSync(join(dir, `${keyOf(name, hash)}.json`), 'utf8')) as FileAnalysis;
        if (fa.hash !== hash || fa.file !== name) throw new Error('stale');
        stats.hits++;
        return fa;
      } catch {
        stats.misses++;
        return undefined;
      }
    },
    async set(name, hash, analysis) {
      if (!ready) mkdirSync(dir, { recursive: true });
      ready = true;
      const path = join(dir, `${keyOf(name, hash)}.json`);
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(analysis));
      renameSync(tmp, path);
    },
  };
}
