import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/briefing/pipeline.js';
import { heldCopy, heldFromText } from '../../src/corpus/analyseLater.js';
import { winkLoaded } from '../../src/briefing/analyse/winkModel.js';
import type { Analyse } from '../../src/corpus/workerAnalyser.js';
import { analyseFiles, idPrefixFor, listCorpusFiles, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { buildCorpus } from '../../src/briefing/index/buildCorpus.js';
import { createAnalysisCache } from '../../src/corpus/analysisCache.js';

const SAMPLE = 'data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';

function corpusDir(): { dir: string; state: string } {
  const root = mkdtempSync(join(tmpdir(), 'nb-corpus-'));
  const dir = join(root, 'corpus');
  const state = join(root, 'state');
  return { dir, state };
}

describe('loadCorpus with the analysis cache', () => {
  it('GIVEN a second load of an unchanged corpus THEN every file comes from the cache with the same result', async () => {
    const { dir, state } = corpusDir();
    mkdirSync(dir, { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'sample.txt'));
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ title: 'Other story', body: 'Berlin (AFP) May 2, 2008 - Something happened.' }));
    const cache1 = createAnalysisCache(state, 'v1');
    const first = await loadCorpus(dir, { maxFileBytes: 1e7, cache: cache1 });
    expect(cache1.stats).toEqual({ hits: 0, misses: 2, writeFailures: 0 });
    const cache2 = createAnalysisCache(state, 'v1');
    const second = await loadCorpus(dir, { maxFileBytes: 1e7, cache: cache2 });
    expect(cache2.stats).toEqual({ hits: 2, misses: 0, writeFailures: 0 });
    expect(second).toEqual(first);
  });

  it('GIVEN a changed file or a new pipeline version THEN only what changed is analysed again', async () => {
    const { dir, state } = corpusDir();
    mkdirSync(dir, { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'a.txt'));
    copyFileSync('tests/fixtures/pages/upi-ap-style-2019-10-17.txt', join(dir, 'b.txt'));
    await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1') });
    appendFileSync(join(dir, 'b.txt'), '\nExtra line.\n');
    const c = createAnalysisCache(state, 'v1');
    await loadCorpus(dir, { maxFileBytes: 1e7, cache: c });
    expect(c.stats).toEqual({ hits: 1, misses: 1, writeFailures: 0 });
    const v2 = createAnalysisCache(state, 'v2');
    await loadCorpus(dir, { maxFileBytes: 1e7, cache: v2 });
    expect(v2.stats).toEqual({ hits: 0, misses: 2, writeFailures: 0 });
  });

  it('GIVEN a corrupt cache entry THEN the file is analysed again, not lost', async () => {
    const { dir, state } = corpusDir();
    mkdirSync(dir, { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'a.txt'));
    const first = await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1') });
    for (const f of readdirSync(state)) writeFileSync(join(state, f), '{"truncated": ');
    const c = createAnalysisCache(state, 'v1');
    const again = await loadCorpus(dir, { maxFileBytes: 1e7, cache: c });
    expect(c.stats.misses).toBe(1);
    expect(again.articles).toEqual(first.articles);
  });

  it('GIVEN a cache entry cut off half-way (a crash while writing) THEN it is a miss, the file is analysed again and the entry rewritten whole', async () => {
    const { dir, state } = corpusDir();
    mkdirSync(dir, { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'a.txt'));
    const first = await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1') });
    const [entry] = readdirSync(state);
    const whole = readFileSync(join(state, entry!), 'utf8');
    writeFileSync(join(state, entry!), whole.slice(0, Math.floor(whole.length / 2)));
    const c = createAnalysisCache(state, 'v1');
    expect(await loadCorpus(dir, { maxFileBytes: 1e7, cache: c })).toEqual(first);
    expect(c.stats).toEqual({ hits: 0, misses: 1, writeFailures: 0 });
    expect(readFileSync(join(state, entry!), 'utf8')).toBe(whole);
  });

  it('GIVEN a missing corpus folder THEN loading rejects with ENOENT for the caller to report', async () => {
    await expect(loadCorpus('/no/such/corpus', { maxFileBytes: 1e7 })).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('loadCorpus and copies of one story', () => {
  it('GIVEN copies of stories in several files, a fuller one later in order THEN the load (which slims copies as it reads) gives the corpus built from the full analyses', async () => {
    const { dir } = corpusDir();
    mkdirSync(dir, { recursive: true });
    const lead = 'Gates arrived in Warsaw on Tuesday. "We will not wait for Moscow," he told reporters on Tuesday, adding that a poll showed 55 percent support. '.repeat(3);
    const page = (body: string): string => JSON.stringify({ title: 'Gates in Warsaw', date: '2007-04-24', body });
    writeFileSync(join(dir, 'a-short.json'), page(lead));
    writeFileSync(join(dir, 'b-full.json'), page(`${lead}\n\nHe met the prime minister on Wednesday. "It went well," Tusk said.`));
    writeFileSync(join(dir, 'c-same.json'), page(`${lead}\n\nHe met the prime minister on Wednesday. "It went well," Tusk said.`));
    copyFileSync(SAMPLE, join(dir, 'd-page.txt'));
    copyFileSync(SAMPLE, join(dir, 'e-page-again.txt'));
    const loaded = await loadCorpus(dir, { maxFileBytes: 1e7 });
    const full = buildCorpus(await analyseFiles(await listCorpusFiles(dir), { maxFileBytes: 1e7 }));
    expect(loaded).toEqual(full);
    expect(loaded.articles.filter((a) => a.file.endsWith('.json')).map((a) => a.file)).toEqual([expect.stringMatching(/b-full\.json$/)]);
    expect(loaded.warnings.filter((w) => w.code === 'duplicate').length).toBeGreaterThan(2);
    expect(loaded.quotes.some((q) => q.articleId.startsWith('b-full#'))).toBe(true);
  });
});

describe('loadCorpus and links', () => {
  it('GIVEN a link to a page, a broken link and a link to a folder THEN the page is read through its link and the others are named in warnings', async () => {
    const { dir } = corpusDir();
    mkdirSync(dir, { recursive: true });
    const outside = mkdtempSync(join(tmpdir(), 'nb-outside-'));
    copyFileSync(SAMPLE, join(outside, 'page.txt'));
    symlinkSync(join(outside, 'page.txt'), join(dir, 'linked.txt'));
    symlinkSync(join(outside, 'missing.txt'), join(dir, 'broken.txt'));
    symlinkSync(outside, join(dir, 'folder-link'));
    const corpus = await loadCorpus(dir, { maxFileBytes: 1e7 });
    expect(corpus.articles.length).toBe(5);
    const warned = corpus.warnings.filter((w) => w.code === 'unreadable').map((w) => w.file);
    expect(warned.some((f) => f.endsWith('broken.txt'))).toBe(true);
    expect(warned.some((f) => f.endsWith('folder-link'))).toBe(true);
  });
});

describe('loadCorpus and pages of one name in several folders', () => {
  it('GIVEN index.txt in two dated folders (different reports) THEN their articles get distinct ids carrying the folder, and each keeps its own quotes', async () => {
    const { dir, state } = corpusDir();
    const pages = readdirSync('data').filter((n) => n.endsWith('.txt')).sort();
    mkdirSync(join(dir, '2007', '04'), { recursive: true });
    mkdirSync(join(dir, '2009', '01'), { recursive: true });
    copyFileSync(SAMPLE, join(dir, '2007', '04', 'index.txt'));
    copyFileSync(join('data', pages.find((n) => n.includes('gas-talks'))!), join(dir, '2009', '01', 'index.txt'));
    copyFileSync(SAMPLE, join(dir, 'top.txt'));
    const corpus = await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1') });
    const ids = corpus.articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.startsWith('2009/01/index#'))).toBe(true);
    // The sample page twice (top.txt and 2007/04/index.txt): one copy kept, the other a duplicate.
    expect(corpus.warnings.filter((w) => w.code === 'duplicate').length).toBeGreaterThan(0);
    // Every quote belongs to an article of the corpus, and the gas-talks quotes stay with their page.
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    expect(corpus.quotes.every((q) => byId.has(q.articleId))).toBe(true);
    expect(corpus.quotes.filter((q) => q.articleId.startsWith('2009/01/index#')).length).toBeGreaterThan(0);
    // A second load reads the same ids back from the cache.
    const cache = createAnalysisCache(state, 'v1');
    const again = await loadCorpus(dir, { maxFileBytes: 1e7, cache });
    expect(cache.stats.misses).toBe(0);
    expect(again.articles.map((a) => a.id)).toEqual(ids);
  });

  it('GIVEN paths under a corpus folder THEN only files in its sub-folders get a longer id stem', () => {
    expect(idPrefixFor('/c', '/c/page.txt')).toBeUndefined();
    expect(idPrefixFor('/c', '/c/2024/01/index.html')).toBe('2024/01/index');
    expect(idPrefixFor('/c', '/elsewhere/x.txt')).toBeUndefined();
    expect(idPrefixFor('data', 'data/feeds/reuters.xml')).toBe('feeds/reuters');
  });
});

describe('loadCorpus holds what it analyses as the cache would give it back', () => {
  it('GIVEN a folder analysed on this thread THEN the corpus equals one built from the pipeline’s own analyses, and each cache entry is the JSON text of that analysis', async () => {
    const { dir, state } = corpusDir();
    mkdirSync(dir, { recursive: true });
    for (const f of readdirSync('data').filter((x) => !x.startsWith('.'))) copyFileSync(join('data', f), join(dir, f));
    const loaded = await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1') });
    const fresh = (await listCorpusFiles(dir)).map((p) => analyseFile({ name: relative('.', p), bytes: readFileSync(p) }, { maxFileBytes: 1e7 }));
    expect(loaded).toStrictEqual(buildCorpus(fresh));
    const entries = readdirSync(state).map((f) => readFileSync(join(state, f), 'utf8'));
    expect(entries.sort()).toEqual(fresh.filter((fa) => fa.articles.length > 0).map((fa) => JSON.stringify(fa)).sort());
  }, 60_000);

  it('GIVEN a fresh analysis THEN heldCopy gives an equal analysis and the JSON text it was parsed from', () => {
    const fresh = analyseFile({ name: 'sample.txt', bytes: readFileSync(SAMPLE) }, { maxFileBytes: 1e7 });
    const { analysis, json } = heldCopy(fresh);
    expect(analysis).not.toBe(fresh);
    expect(analysis).toStrictEqual(fresh);
    expect(json).toBe(JSON.stringify(fresh));
  });
});

describe('loadCorpus: a cold load analyses and stores first, then reads the corpus back', () => {
  function bundledDir(): { dir: string; state: string } {
    const { dir, state } = corpusDir();
    mkdirSync(dir, { recursive: true });
    copyFileSync(SAMPLE, join(dir, 'a.txt'));
    copyFileSync('tests/fixtures/pages/upi-ap-style-2019-10-17.txt', join(dir, 'b.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    return { dir, state };
  }

  it('GIVEN an empty analysis cache THEN the corpus is the one a load without a cache gives, each file counts one miss, the model is let go of, and afterAnalysis is told once', async () => {
    const { dir, state } = bundledDir();
    const plain = await loadCorpus(dir, { maxFileBytes: 1e7 });
    const cache = createAnalysisCache(state, 'v1');
    let told = 0;
    const cold = await loadCorpus(dir, { maxFileBytes: 1e7, cache, afterAnalysis: () => told++ });
    expect(cold).toEqual(plain);
    expect(cache.stats).toEqual({ hits: 0, misses: 3, writeFailures: 0 });
    expect(told).toBe(1);
    expect(winkLoaded()).toBe(false);
    // The file with no articles is not stored (nothing to serve), and its analysis was held instead.
    expect(readdirSync(state)).toHaveLength(2);
  });

  it('GIVEN a warm analysis cache THEN nothing is analysed and afterAnalysis is not told', async () => {
    const { dir, state } = bundledDir();
    await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1') });
    const cache = createAnalysisCache(state, 'v1');
    let told = 0;
    await loadCorpus(dir, { maxFileBytes: 1e7, cache, afterAnalysis: () => told++ });
    expect(told).toBe(0);
    expect(cache.stats).toEqual({ hits: 2, misses: 1, writeFailures: 0 });
  });

  it('GIVEN an analyser whose replies carry JSON text and an article count THEN a stored analysis is never parsed on the loading thread; only what could not be stored is', async () => {
    const { dir, state } = bundledDir();
    let parsed = 0;
    const analyse: Analyse = async (file, options) => {
      const fresh = analyseFile(file, options);
      const held = heldFromText(JSON.stringify(fresh), fresh.articles.length);
      return {
        json: held.json,
        articles: held.articles,
        get analysis() {
          parsed++;
          return held.analysis;
        },
      };
    };
    const corpus = await loadCorpus(dir, { maxFileBytes: 1e7, cache: createAnalysisCache(state, 'v1'), analyse });
    expect(parsed).toBe(1); // the empty file's, which has no articles to store
    expect(corpus).toEqual(await loadCorpus(dir, { maxFileBytes: 1e7 }));
  });
});
