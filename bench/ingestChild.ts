/**
 * One measurement of the ingest bench, run in a child process of its own (bench/ingest.ts starts
 * it) so that peak memory (`process.resourceUsage().maxRSS`) belongs to that measurement alone.
 * Prints one JSON line on stdout.
 *
 * - `--mode analyse --dir D --cache C`: as the CLI's first load, with the loader's own two passes
 *   (`analyseFiles`): each file read, analysed with the pipeline (decode, segment, quotes/speakers,
 *   polls, dates; `analyseMs`), turned into JSON text and written to the cache at C
 *   (`cacheWriteMs`), so the next mode starts warm; the rest of that pass is `readMs`. Then the
 *   corpus is read back from the cache (`readBackMs`) and merged (de-duplication, slimming and
 *   speaker merging; `buildMs` counts both) and peak memory recorded.
 * - `--mode warm --dir D --cache C`: `loadCorpus` with the warm cache, as the CLI loads: the
 *   startup time from a warm analysis cache, and its peak memory.
 * - `--mode watch --dir D --cache C`: `watchCorpus` with the warm cache, as the bot starts (folders
 *   watched, first corpus built), then the answer index the bot builds before answering (`indexMs`:
 *   topics, speakers, lookups), then closed: the bot's startup time and peak memory.
 */
import { createAnalysisCache, type AnalysisCache } from '../src/corpus/analysisCache.js';
import type { Analyse } from '../src/corpus/workerAnalyser.js';
import { pipelineVersion } from '../src/corpus/pipelineVersion.js';
// Each mode imports what it runs, and only that: the analysing load does not hold the bot's
// answer code, nor a warm start the pipeline (about 20 MB of resident memory between them).

/** Largest file the bench accepts (the bot's default limit is smaller; generated pages are a few KB). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v === undefined) throw new Error(`missing --${name}`);
  return v;
}

const maxRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const mode = arg('mode');
const dir = arg('dir');
// The parent passes one version to both children, so a source edit between them (other work in
// the tree) cannot turn the warm start into a cold one; alone, the child uses the pipeline's own.
const version = process.argv.includes('--version') ? arg('version') : pipelineVersion();
const cache = createAnalysisCache(arg('cache'), version);

if (mode === 'analyse') {
  // The loader itself (analyseFiles, as loadCorpus calls it), with its analysis timed: a first pass
  // reads each file, analyses it and stores the analysis in the cache, holding only its hash; the
  // language model is then let go of, and a second pass reads the corpus back from the cache,
  // slimming copies de-duplication will not keep, as a warm start does (see analyseFiles).
  const { analyseFile } = await import('../src/briefing/pipeline.js');
  const { buildCorpus } = await import('../src/briefing/index/buildCorpus.js');
  const { heldCopy } = await import('../src/corpus/analyseLater.js');
  const { analyseFiles, listCorpusFiles } = await import('../src/corpus/loadCorpus.js');
  const paths = await listCorpusFiles(dir);
  let analyseMs = 0;
  let cacheWriteMs = 0;
  let bytes = 0;
  let rawArticles = 0;
  let filledAt: number | undefined;
  const analyse: Analyse = async (file, options) => {
    bytes += file.bytes.length;
    let t = performance.now();
    const fresh = analyseFile(file, options);
    analyseMs += performance.now() - t;
    rawArticles += fresh.articles.length;
    t = performance.now();
    const held = heldCopy(fresh); // its JSON text, which the loader stores
    cacheWriteMs += performance.now() - t;
    return held;
  };
  const timedCache: AnalysisCache = {
    get: (...a) => cache.get(...a),
    has: (...a) => cache.has(...a),
    async set(...a) {
      const t = performance.now();
      const ok = await cache.set(...a);
      cacheWriteMs += performance.now() - t;
      return ok;
    },
    get stats() {
      return cache.stats;
    },
    get lastWriteError() {
      return cache.lastWriteError;
    },
  };
  const t0 = performance.now();
  const analyses = await analyseFiles(paths, { root: dir, maxFileBytes: MAX_FILE_BYTES, cache: timedCache, analyse, afterAnalysis: () => (filledAt = performance.now()) }, '.', true);
  const t1 = performance.now();
  const corpus = buildCorpus(analyses);
  const t2 = performance.now();
  const filled = filledAt ?? t1;
  // readMs: the first pass but for analysis and cache writes (listing, stat, reading, hashing, probing the cache).
  const readMs = filled - t0 - analyseMs - cacheWriteMs;
  const readBackMs = t1 - filled;
  const buildMs = t2 - filled; // reading back, slimming and building the corpus
  const rssMb = maxRssMb();
  process.stdout.write(
    `${JSON.stringify({ files: paths.length, bytes, rawArticles, articles: corpus.articles.length, speakers: corpus.speakers.length, quotes: corpus.quotes.length, polls: corpus.polls.length, timexes: corpus.timexes.length, events: corpus.events.length, readMs, analyseMs, buildMs, readBackMs, cacheWriteMs, maxRssMb: rssMb })}\n`,
  );
} else if (mode === 'warm') {
  const { loadCorpus } = await import('../src/corpus/loadCorpus.js');
  const t = performance.now();
  const corpus = await loadCorpus(dir, { maxFileBytes: MAX_FILE_BYTES, cache });
  const startupMs = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ startupMs, articles: corpus.articles.length, hits: cache.stats.hits, misses: cache.stats.misses, maxRssMb: maxRssMb() })}\n`);
} else if (mode === 'watch') {
  const { watchCorpus } = await import('../src/corpus/watchCorpus.js');
  const { buildIndex } = await import('../src/bot/answers/corpusIndex.js');
  const t = performance.now();
  const watcher = await watchCorpus(dir, { maxFileBytes: MAX_FILE_BYTES, cache, onCorpus: () => {} });
  const startupMs = performance.now() - t;
  // Then what the bot builds before it answers: topics, ranked speakers and lookups.
  const t2 = performance.now();
  const index = buildIndex(watcher.corpus);
  const indexMs = performance.now() - t2;
  const articles = index.corpus.articles.length;
  await watcher.close();
  process.stdout.write(`${JSON.stringify({ startupMs, indexMs, articles, topics: index.topics.length, hits: cache.stats.hits, misses: cache.stats.misses, maxRssMb: maxRssMb() })}\n`);
} else {
  throw new Error(`unknown --mode ${mode}`);
}
