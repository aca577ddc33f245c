import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCliCorpus } from '../../src/cli/loadCliCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { cli } from './captureCli.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const root = mkdtempSync(join(tmpdir(), 'nb-cli-workers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The bundled pages twice over, in two sub-folders (the second copies are reprints): a small corpus with duplicates. */
const pages = readdirSync('data').filter((f) => !f.startsWith('.')).sort();
const corpusDir = join(root, 'corpus');
for (const sub of ['a', 'b']) {
  mkdirSync(join(corpusDir, sub), { recursive: true });
  for (const f of pages) copyFileSync(join('data', f), join(corpusDir, sub, f));
}
const files = 2 * pages.length;
let states = 0;
const freshState = (): string => join(root, `state-${++states}`);

describe('the CLI loads a corpus with analysis workers', () => {
  it('GIVEN ANALYSIS_WORKERS=2 and an empty analysis cache THEN every file is analysed by the workers, the corpus is the one a load on this thread gives, and the next load reads it all from the cache', async () => {
    const warnings: string[] = [];
    const config = { STATE_DIR: freshState(), MAX_FILE_BYTES, ANALYSIS_WORKERS: 2 };
    const cold = await loadCliCorpus(corpusDir, config, (w) => warnings.push(w));
    expect(cold.workers).toBe(2);
    expect(cold.jobs).toEqual({ sent: files, fallbacks: 0 });
    expect(cold.cache.stats).toMatchObject({ misses: files, writeFailures: 0 });
    expect(warnings).toEqual([]);
    expect(cold.corpus.warnings.some((w) => w.code === 'duplicate')).toBe(true);
    expect(cold.corpus).toStrictEqual(await loadCorpus(corpusDir, { maxFileBytes: MAX_FILE_BYTES }));

    const warm = await loadCliCorpus(corpusDir, config, (w) => warnings.push(w));
    expect(warm.jobs.sent).toBe(0);
    expect(warm.cache.stats).toMatchObject({ hits: files, misses: 0 });
    expect(warm.corpus).toStrictEqual(cold.corpus);
  }, 120_000);

  it('GIVEN ANALYSIS_WORKERS=1 (the default) THEN files are analysed on this thread, with no worker', async () => {
    const r = await loadCliCorpus(corpusDir, { STATE_DIR: freshState(), MAX_FILE_BYTES, ANALYSIS_WORKERS: 1 }, () => {});
    expect(r.workers).toBe(0);
    expect(r.jobs).toEqual({ sent: 0, fallbacks: 0 });
    expect(r.cache.stats.misses).toBe(files);
  }, 120_000);

  it('GIVEN the same cold corpus through the CLI with two workers and with none THEN `brief --json` and `topics --json` print the same', async () => {
    for (const args of [['topics', '--json'], ['brief', 'missile-shield', '--json']]) {
      const pooled = await cli(args, { CORPUS_DIR: corpusDir, STATE_DIR: freshState(), ANALYSIS_WORKERS: '2' });
      const inThread = await cli(args, { CORPUS_DIR: corpusDir, STATE_DIR: freshState(), ANALYSIS_WORKERS: '1' });
      expect(pooled.code).toBe(0);
      expect(pooled.err).toBe('');
      expect(pooled.out).toBe(inThread.out);
    }
  }, 120_000);
});
