/**
 * One measurement of the ingest bench, run in a child process of its own (bench/ingest.ts starts
 * it) so that peak memory (`process.resourceUsage().maxRSS`) belongs to that measurement alone.
 * Prints one JSON line on stdout.
 *
 * - `--mode analyse --dir D --cache C`: as the bot's first load, file by file: reads it (timed),
 *   analyses it with the pipeline (decode, segment, quotes/speakers, polls, dates; timed), turns
 *   the analysis into JSON text and the copy parsed from it that the loader keeps (`heldCopy`) and
 *   writes that text to the cache at C (timed together) so the next mode starts warm, and slims copies
 *   de-duplication will not keep; then merges everything into one corpus (de-duplication, slimming
 *   and speaker merging timed together as `buildMs`) and records peak memory.
 * - `--mode warm --dir D --cache C`: `loadCorpus` with the warm cache, as the CLI loads: the
 *   startup time from a warm analysis cache, and its peak memory.
 * - `--mode watch --dir D --cache C`: `watchCorpus` with the warm cache, as the bot starts (folders
 *   watched, first corpus built), then the answer index the bot builds before answering (`indexMs`:
 *   topics, speakers, lookups), then closed: the bot's startup time and peak memory.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { analyseFile } from '../src/briefing/pipeline.js';
import { buildCorpus, copyTracker, slimAnalysis } from '../src/briefing/index/buildCorpus.js';
import type { FileAnalysis } from '../src/briefing/types.js';
import { createAnalysisCache } from '../src/corpus/analysisCache.js';
import { heldCopy } from '../src/corpus/analyseLater.js';
import { idPrefixFor, listCorpusFiles, loadCorpus } from '../src/corpus/loadCorpus.js';
import { pipelineVersion } from '../src/corpus/pipelineVersion.js';
import { watchCorpus } from '../src/corpus/watchCorpus.js';
import { buildIndex } from '../src/bot/answers/corpusIndex.js';

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
  const paths = await listCorpusFiles(dir);
  // File by file, as the bot's first load does (analyseFiles with slimming): read, analyse, store
  // in the cache, slim the copies de-duplication will not keep; the bytes are not kept. Holding
  // every file's bytes and full analysis until the end (86 MB + every copy of every story at 50k)
  // was counted in the peak though the bot never holds them.
  let readMs = 0;
  let analyseMs = 0;
  let cacheWriteMs = 0;
  let slimMs = 0;
  let bytes = 0;
  let rawArticles = 0;
  const analyses: FileAnalysis[] = [];
  const tracker = copyTracker();
  for (const p of paths) {
    let t = performance.now();
    const f = { name: relative('.', p) || p, bytes: readFileSync(p) };
    readMs += performance.now() - t;
    bytes += f.bytes.length;
    t = performance.now();
    // Ids as the loader gives them (files in sub-folders carry their path: `000/page-000001#1`).
    const idPrefix = idPrefixFor(dir, p);
    const fresh = analyseFile(f, { maxFileBytes: MAX_FILE_BYTES, ...(idPrefix === undefined ? {} : { idPrefix }) });
    analyseMs += performance.now() - t;
    rawArticles += fresh.articles.length;
    t = performance.now();
    // As the loader keeps it: its JSON text, for the cache, parsed back (see heldCopy).
    const { analysis, json } = heldCopy(fresh);
    let fa = analysis;
    // The analysis carries the sha256 of the file's bytes: the cache key loadCorpus computes.
    if (fa.articles.length > 0) await cache.set(fa.file, fa.hash, fa, idPrefix, json);
    cacheWriteMs += performance.now() - t;
    t = performance.now();
    for (const j of tracker.add(fa, analyses.length)) analyses[j] = slimAnalysis(analyses[j]!, tracker.kept);
    fa = slimAnalysis(fa, tracker.kept);
    analyses.push(fa);
    slimMs += performance.now() - t;
  }
  const t = performance.now();
  const corpus = buildCorpus(analyses);
  const buildMs = performance.now() - t + slimMs;
  const rssMb = maxRssMb();
  process.stdout.write(
    `${JSON.stringify({ files: paths.length, bytes, rawArticles, articles: corpus.articles.length, speakers: corpus.speakers.length, quotes: corpus.quotes.length, polls: corpus.polls.length, timexes: corpus.timexes.length, events: corpus.events.length, readMs, analyseMs, buildMs, cacheWriteMs, maxRssMb: rssMb })}\n`,
  );
} else if (mode === 'warm') {
  const t = performance.now();
  const corpus = await loadCorpus(dir, { maxFileBytes: MAX_FILE_BYTES, cache });
  const startupMs = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ startupMs, articles: corpus.articles.length, hits: cache.stats.hits, misses: cache.stats.misses, maxRssMb: maxRssMb() })}\n`);
} else if (mode === 'watch') {
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
