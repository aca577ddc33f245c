import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { winkLoaded } from '../../src/briefing/analyse/winkModel.js';
import { createAnalysisCache } from '../../src/corpus/analysisCache.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { watchCorpus } from '../../src/corpus/watchCorpus.js';
import { createWorkerAnalyser } from '../../src/corpus/workerAnalyser.js';
import { watcherScratch } from './watcherScratch.js';

const scratch = watcherScratch('nb-watch-pool-');

describe('a cold start analysed by a pool of workers', () => {
  it('GIVEN the bundled pages twice over (sub-folders, so the second copies are reprints) and no analysis cache WHEN the watcher starts with two workers, several files in flight THEN the corpus is the one a file-by-file load on this thread gives, and this thread never loaded the language model', async () => {
    const root = scratch.folder();
    const dir = join(root, 'corpus');
    const pages = readdirSync('data').filter((f) => !f.startsWith('.')).sort();
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub), { recursive: true });
      for (const f of pages) copyFileSync(join('data', f), join(dir, sub, f));
    }
    const analyser = scratch.keep(createWorkerAnalyser({ workers: 2 }));
    const w = scratch.keep(await watchCorpus(dir, { maxFileBytes: 5 * 1024 * 1024, cache: createAnalysisCache(join(root, 'state'), 'v1'), analyse: analyser.analyse, inFlight: 4, debounceMs: 50, onCorpus: () => {} }));
    expect(analyser.stats).toEqual({ jobs: 2 * pages.length, fallbacks: 0 });
    expect(winkLoaded()).toBe(false);
    expect(w.corpus.warnings.filter((x) => x.code === 'duplicate').length).toBeGreaterThan(0);

    // The same folder, file by file on this thread, with no cache.
    const reference = await loadCorpus(dir, { maxFileBytes: 5 * 1024 * 1024 });
    expect(w.corpus).toStrictEqual(reference);
  }, 120_000);
});
