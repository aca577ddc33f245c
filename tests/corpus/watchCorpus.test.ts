import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { createAnalysisCache } from '../../src/corpus/analysisCache.js';
import { watchCorpus, type CorpusChange, type CorpusWatcher } from '../../src/corpus/watchCorpus.js';

const SAMPLE = 'data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';
const OTHER = 'tests/fixtures/pages/upi-ap-style-2019-10-17.txt';

let open: CorpusWatcher | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

/** A watched temporary folder holding the sample page; `next()` resolves with the next corpus the watcher gives. */
async function setup(): Promise<{ dir: string; cache: ReturnType<typeof createAnalysisCache>; w: CorpusWatcher; next: () => Promise<{ corpus: Corpus; change: CorpusChange }> }> {
  const root = mkdtempSync(join(tmpdir(), 'nb-watch-'));
  const dir = join(root, 'corpus');
  mkdirSync(dir);
  copyFileSync(SAMPLE, join(dir, 'sample.txt'));
  const cache = createAnalysisCache(join(root, 'state'), 'v1');
  const waiting: ((x: { corpus: Corpus; change: CorpusChange }) => void)[] = [];
  const w = await watchCorpus(dir, { maxFileBytes: 1e7, cache, debounceMs: 50, onCorpus: (corpus, change) => waiting.shift()?.({ corpus, change }) });
  open = w;
  return { dir, cache, w, next: () => new Promise((resolve) => waiting.push(resolve)) };
}

describe('watchCorpus', () => {
  it('GIVEN a watched folder WHEN a new page is written THEN a new corpus holds its articles and only that file is analysed', async () => {
    const { dir, cache, w, next } = await setup();
    const before = w.corpus.articles.length;
    expect(before).toBeGreaterThan(0);
    expect(cache.stats.misses).toBe(1);
    const got = next();
    writeFileSync(join(dir, 'other.txt'), readFileSync(OTHER));
    const { corpus, change } = await got;
    expect(change.added.map((p) => p.endsWith('other.txt'))).toEqual([true]);
    expect(change.changed).toEqual([]);
    expect(corpus.articles.length).toBeGreaterThan(before);
    expect(corpus.articles.some((a) => a.file.endsWith('other.txt'))).toBe(true);
    expect(cache.stats.misses).toBe(2);
    expect(w.corpus).toBe(corpus);
  });

  it('GIVEN a watched page WHEN it changes and then is removed THEN the corpus follows each time', async () => {
    const { dir, w, next } = await setup();
    const first = w.corpus.version;
    let got = next();
    writeFileSync(join(dir, 'sample.txt'), readFileSync(OTHER));
    const changed = await got;
    expect(changed.change.changed.map((p) => p.endsWith('sample.txt'))).toEqual([true]);
    expect(changed.corpus.version).not.toBe(first);
    expect(changed.corpus.articles.every((a) => a.file.endsWith('sample.txt'))).toBe(true);
    got = next();
    rmSync(join(dir, 'sample.txt'));
    const removed = await got;
    expect(removed.change.removed).toHaveLength(1);
    expect(removed.corpus.articles).toEqual([]);
  });

  it('GIVEN refresh() with no change on disk THEN the same corpus and no callback', async () => {
    const { w } = await setup();
    const c = w.corpus;
    expect(await w.refresh()).toBe(c);
  });

  it('GIVEN two copies of a page WHEN the kept copy is removed THEN the other copy is back whole (text, quotes, dates), read from the cache', async () => {
    const { dir, cache, w, next } = await setup();
    const alone = w.corpus;
    let got = next();
    copyFileSync(SAMPLE, join(dir, 'a-copy.txt')); // sorts first: its copies are kept, the sample's slimmed
    const both = (await got).corpus;
    expect(both.articles).toHaveLength(alone.articles.length);
    expect(both.articles.every((a) => a.file.endsWith('a-copy.txt'))).toBe(true);
    const hits = cache.stats.hits;
    got = next();
    rmSync(join(dir, 'a-copy.txt'));
    const after = (await got).corpus;
    expect(after).toEqual(alone);
    expect(cache.stats.hits).toBe(hits + 1);
  });

  it('GIVEN a watched folder WHEN a sub-folder with a page is added and then a second page is written in it THEN each page is visible in turn', async () => {
    const { dir, next } = await setup();
    let got = next();
    mkdirSync(join(dir, 'wire', '2007'), { recursive: true });
    writeFileSync(join(dir, 'wire', '2007', 'other.txt'), readFileSync(OTHER));
    let { corpus } = await got;
    expect(corpus.articles.some((a) => a.file.endsWith('other.txt'))).toBe(true);
    got = next();
    writeFileSync(join(dir, 'wire', '2007', 'more.json'), JSON.stringify({ title: 'Later story', body: 'Berlin (AFP) May 2, 2008 - Something else happened.' }));
    ({ corpus } = await got);
    expect(corpus.articles.some((a) => a.file.endsWith('more.json'))).toBe(true);
  });
});

