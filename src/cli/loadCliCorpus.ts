import { join } from 'node:path';
import type { Corpus } from '../briefing/index/buildCorpus.js';
import type { Config } from '../config.js';
import { createAnalysisCache, type AnalysisCache } from '../corpus/analysisCache.js';
import { loadCorpus } from '../corpus/loadCorpus.js';
import { pipelineVersion } from '../corpus/pipelineVersion.js';
import { createWorkerAnalyser, IN_FLIGHT_PER_WORKER } from '../corpus/workerAnalyser.js';

/** A corpus as a CLI command loads it, and how its files were analysed. */
export interface CliCorpus {
  corpus: Corpus;
  /** The analysis cache it was read from and written to (STATE_DIR/analysis), with its counts. */
  cache: AnalysisCache;
  /** Worker threads that analysed files the cache lacked: 0 when they were analysed on this thread. */
  workers: number;
  /** Files sent to those workers, and files analysed here instead because a worker failed. */
  jobs: { sent: number; fallbacks: number };
}

/**
 * Loads a corpus folder for the CLI: the analysis cache in STATE_DIR/analysis, so a second run
 * reads analyses instead of making them, and files the cache lacks analysed on `ANALYSIS_WORKERS`
 * worker threads when that is above 1 (each has its own language model: ~100–250 MB while it
 * works). With 1, the default, they are analysed on this thread: one worker thread alone analyses
 * no faster, and the CLI has no event loop to keep free. Measured on 10k generated articles
 * (2 cores, cold cache, `topics`): 28.3–28.6 s on this thread, 19.9–25.0 s with two workers (peak
 * memory 350–410 → 615–640 MB).
 * Workers start at the first file that needs analysis (none on a warm cache) and are stopped
 * before this returns, so the process can exit. `warn` receives one line when analyses could not
 * be stored (the answer stands without them; the next run analyses those files again) and one per
 * worker failure (its files were analysed on this thread: nothing is lost).
 */
export async function loadCliCorpus(dir: string, config: Pick<Config, 'STATE_DIR' | 'MAX_FILE_BYTES' | 'ANALYSIS_WORKERS'>, warn: (text: string) => void): Promise<CliCorpus> {
  const cacheDir = join(config.STATE_DIR, 'analysis');
  const cache = createAnalysisCache(cacheDir, pipelineVersion());
  const workers = config.ANALYSIS_WORKERS > 1 ? config.ANALYSIS_WORKERS : 0;
  const pool = workers > 0 ? createWorkerAnalyser({ workers, onError: (err) => warn(`warning: an analysis worker failed (${err.message}); its files were analysed on the main thread`) }) : undefined;
  let corpus: Corpus;
  try {
    corpus = await loadCorpus(dir, { maxFileBytes: config.MAX_FILE_BYTES, cache, ...(pool ? { analyse: pool.analyse, inFlight: IN_FLIGHT_PER_WORKER * workers, afterAnalysis: () => pool.rest() } : {}) });
  } finally {
    await pool?.close();
  }
  if (cache.stats.writeFailures > 0) warn(`warning: ${cache.stats.writeFailures} analyses could not be stored in ${cacheDir} (${cache.lastWriteError?.message ?? 'unknown error'}); the next run analyses those files again`);
  return { corpus, cache, workers, jobs: { sent: pool?.stats.jobs ?? 0, fallbacks: pool?.stats.fallbacks ?? 0 } };
}
