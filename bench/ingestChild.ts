/**
 * One measurement of the ingest bench, run in a child process of its own (bench/ingest.ts starts
 * it) so that peak memory (`process.resourceUsage().maxRSS`) belongs to that measurement alone.
 * Prints one JSON line on stdout.
 *
 * - `--mode analyse --dir D --cache C`: reads every corpus file (timed), analyses each with the
 *   pipeline (decode, segment, quotes/speakers, polls, dates; timed), merges them into one corpus
 *   (de-duplication and speaker merging; timed), records peak memory, then writes each analysis to
 *   the analysis cache at C (timed on its own, after the memory reading) so the next mode starts warm.
 * - `--mode warm --dir D --cache C`: `loadCorpus` with the warm cache, as the bot starts: the
 *   startup time from a warm analysis cache, and its peak memory.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { analyseFile } from '../src/briefing/pipeline.js';
import { buildCorpus } from '../src/briefing/index/buildCorpus.js';
import type { FileAnalysis } from '../src/briefing/types.js';
import { createAnalysisCache } from '../src/corpus/analysisCache.js';
import { listCorpusFiles, loadCorpus } from '../src/corpus/loadCorpus.js';
import { pipelineVersion } from '../src/corpus/pipelineVersion.js';

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
  let t = performance.now();
  const paths = await listCorpusFiles(dir);
  const files: { name: string; bytes: Buffer }[] = [];
  // One file at a time, as loadCorpus reads (tens of thousands at once would exhaust file handles).
  for (const p of paths) files.push({ name: relative('.', p) || p, bytes: await readFile(p) });
  const readMs = performance.now() - t;
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  t = performance.now();
  const analyses: FileAnalysis[] = files.map((f) => analyseFile(f, { maxFileBytes: MAX_FILE_BYTES }));
  const analyseMs = performance.now() - t;
  t = performance.now();
  const corpus = buildCorpus(analyses);
  const buildMs = performance.now() - t;
  const rssMb = maxRssMb();
  t = performance.now();
  for (const [i, fa] of analyses.entries()) {
    const f = files[i]!;
    if (fa.articles.length > 0) await cache.set(f.name, createHash('sha256').update(f.bytes).digest('hex'), fa);
  }
  const cacheWriteMs = performance.now() - t;
  const rawArticles = analyses.reduce((n, fa) => n + fa.articles.length, 0);
  process.stdout.write(
    `${JSON.stringify({ files: files.length, bytes, rawArticles, articles: corpus.articles.length, speakers: corpus.speakers.length, quotes: corpus.quotes.length, polls: corpus.polls.length, timexes: corpus.timexes.length, events: corpus.events.length, readMs, analyseMs, buildMs, cacheWriteMs, maxRssMb: rssMb })}\n`,
  );
} else if (mode === 'warm') {
  const t = performance.now();
  const corpus = await loadCorpus(dir, { maxFileBytes: MAX_FILE_BYTES, cache });
  const startupMs = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ startupMs, articles: corpus.articles.length, hits: cache.stats.hits, misses: cache.stats.misses, maxRssMb: maxRssMb() })}\n`);
} else {
  throw new Error(`unknown --mode ${mode}`);
}
