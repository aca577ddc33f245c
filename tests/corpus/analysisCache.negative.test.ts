import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnalysisCache } from '../../src/corpus/analysisCache.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { cli } from '../cli/captureCli.js';

/**
 * An analysis cache that cannot be written (a full disk, a folder that cannot be made) must cost
 * only its speed: every article is still served. Before, the loader took the failed write for an
 * unreadable file and left the file's articles out, so such a cache emptied the corpus.
 */
const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'newsbrief-cache-neg-'));
  made.push(d);
  return d;
}

const MAX = 5 * 1024 * 1024;

describe('analysis cache that cannot be written', () => {
  it('GIVEN a cache folder under a regular file, or behind a dangling link THEN every article is loaded as without a cache, and each failed write is counted with its error', async () => {
    const plain = await loadCorpus('data', { maxFileBytes: MAX });
    expect(plain.articles.length).toBeGreaterThan(0);
    const root = scratch();
    writeFileSync(join(root, 'a-file'), 'not a folder');
    symlinkSync(join(root, 'nowhere', 'at-all'), join(root, 'dangling'));
    for (const dir of [join(root, 'a-file', 'analysis'), join(root, 'dangling')]) {
      const cache = createAnalysisCache(dir, 'v1');
      const corpus = await loadCorpus('data', { maxFileBytes: MAX, cache });
      expect(corpus.articles.map((a) => a.id), dir).toEqual(plain.articles.map((a) => a.id));
      expect(corpus.quotes.length, dir).toBe(plain.quotes.length);
      expect(corpus.warnings.filter((w) => w.code === 'unreadable'), dir).toEqual([]);
      expect(cache.stats.writeFailures, dir).toBe(cache.stats.misses);
      expect(cache.stats.writeFailures, dir).toBeGreaterThan(0);
      expect(cache.lastWriteError?.message, dir).toMatch(/ENOTDIR|ENOENT|EEXIST/);
      // Nothing was stored: the next load analyses again, and still loses nothing.
      const again = createAnalysisCache(dir, 'v1');
      expect((await loadCorpus('data', { maxFileBytes: MAX, cache: again })).articles.length, dir).toBe(plain.articles.length);
      expect(again.stats.hits, dir).toBe(0);
    }
  });

  it('GIVEN a working cache THEN nothing is counted as failed', async () => {
    const cache = createAnalysisCache(join(scratch(), 'analysis'), 'v1');
    await loadCorpus('data', { maxFileBytes: MAX, cache });
    expect(cache.stats.writeFailures).toBe(0);
    expect(cache.lastWriteError).toBeUndefined();
  });

  it('GIVEN the CLI with a state folder it cannot write THEN it answers as ever on stdout and warns on stderr', async () => {
    const root = scratch();
    writeFileSync(join(root, 'state'), 'not a folder');
    const good = await cli(['topics', '--corpus', 'data'], { STATE_DIR: join(scratch(), 'state') });
    const r = await cli(['topics', '--corpus', 'data'], { STATE_DIR: join(root, 'state') });
    expect(r.code).toBe(0);
    expect(r.out).toBe(good.out);
    expect(good.err).toBe('');
    expect(r.err).toMatch(/^warning: \d+ analyses could not be stored in .*state\/analysis \(.*\); the next run analyses those files again\n$/);
  });
});
