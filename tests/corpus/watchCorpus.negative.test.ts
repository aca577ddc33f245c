import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { watchCorpus } from '../../src/corpus/watchCorpus.js';

describe('watchCorpus, bad input', () => {
  it('GIVEN a missing folder THEN watchCorpus rejects', async () => {
    await expect(watchCorpus(join(tmpdir(), 'nb-no-such-folder-xyz'), { maxFileBytes: 1e7, onCorpus: () => {} })).rejects.toThrow();
  });

  it('GIVEN a binary file dropped in the folder THEN the corpus carries a warning for it and keeps its articles', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'nb-watch-neg-')), 'corpus');
    mkdirSync(dir);
    copyFileSync('data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt', join(dir, 'sample.txt'));
    let resolve: (c: Corpus) => void = () => {};
    const got = new Promise<Corpus>((r) => (resolve = r));
    const w = await watchCorpus(dir, { maxFileBytes: 1e7, debounceMs: 50, onCorpus: (c) => resolve(c) });
    const articles = w.corpus.articles.length;
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7]));
    const c = await got;
    await w.close();
    expect(c.articles).toHaveLength(articles);
    expect(c.warnings.some((x) => x.file.endsWith('blob.txt'))).toBe(true);
  });
});
