import { Worker } from 'node:worker_threads';
import type { AnalyseOptions } from '../briefing/pipeline.js';
import { analyseFileHeld, heldFromText } from './analyseLater.js';
import type { FileAnalysis } from '../briefing/types.js';

/** A file to analyse, as the worker receives it. */
export interface AnalysisJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: AnalyseOptions;
}

/** The worker's answer to a job: the analysis as JSON text, and how many articles it has. */
export type AnalysisReply = { id: number; ok: true; json: string; articles: number } | { id: number; ok: false; message: string };

/**
 * Analyses one file as the pipeline's `analyseFile` does (somewhere else than the caller's thread,
 * say); `json`, when given, is the analysis as JSON text (what the analysis cache stores), and
 * `articles`, when given, its article count: with both, a caller that only stores the text need
 * not read `analysis` (a worker's reply parses it at its first read, see `heldFromText`).
 */
export type Analyse = (file: { name: string; bytes: Buffer }, options: AnalyseOptions) => Promise<{ analysis: FileAnalysis; json?: string; articles?: number }>;

/**
 * Files to keep in flight per worker thread when loading through a {@link WorkerAnalyser}
 * (`LoadOptions.inFlight`): each worker has its next file queued while it analyses one.
 */
export const IN_FLIGHT_PER_WORKER = 2;

/** Quiet time after the last job before the worker exits (it holds the language model: ~100 MB). */
export const DEFAULT_IDLE_EXIT_MS = 30_000;

export interface WorkerAnalyserOptions {
  /**
   * Worker threads analysing at once (default 1): each job goes to the one with the fewest jobs in
   * flight. Each holds its own copy of the pipeline and language model (~100 MB) while it runs.
   */
  workers?: number;
  /** Milliseconds without a job before the worker exits (a later job starts another). */
  idleExitMs?: number;
  /** Told when the worker fails (the jobs it held are analysed on the caller's thread instead). */
  onError?: (err: Error) => void;
  /** The worker's entry module (tests give one that fails); default analysisWorker. */
  entry?: URL;
}

export interface WorkerAnalyser {
  /** Analyses a file in the worker; the same result as `analyseFile` (sent back as JSON text, which comes with it). */
  readonly analyse: Analyse;
  /** How many worker threads it analyses with at most (see {@link WorkerAnalyserOptions.workers}). */
  readonly workers: number;
  /** True while a worker thread is running. */
  readonly running: boolean;
  /** Jobs sent, and jobs analysed on the caller's thread because a worker failed. */
  readonly stats: { jobs: number; fallbacks: number };
  /**
   * Stops every worker thread that holds no job now, as its idle time would (its memory, the
   * language model's included, goes with it); the next job starts one again. For a load that has
   * analysed what it had to (see `LoadOptions.afterAnalysis`).
   */
  rest(): void;
  /** Stops the worker; jobs it still held are analysed on the caller's thread. */
  close(): Promise<void>;
}

/** The worker entry next to this module: .ts under tsx or vitest, .js when compiled. */
function defaultEntry(): URL {
  return new URL(`./analysisWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
}

interface Pending {
  job: AnalysisJob;
  resolve(r: { analysis: FileAnalysis; json?: string }): void;
  reject(err: Error): void;
}

/**
 * Analysis in a worker thread, so a large file (a 5 MB JSON export is seconds of analysis) never
 * holds the bot's event loop: commands are answered, and Discord's 3-second deadline met, while
 * the watcher analyses what changed. One worker (or `workers` of them, each with its own queue, so
 * a cold start of a large corpus can use several cores), started at the first job and stopped
 * after `idleExitMs` without one; jobs queue in it in order. Results are what `analyseFile` gives on the
 * caller's thread (the same code), sent back as JSON text that the analysis cache stores as it is:
 * for a 2 MB JSON export the bot's thread then parses 6.7 MB of text (14 ms) and writes it (23 ms)
 * instead of stringifying the analysis for the cache (59 ms) besides copying it back; the longest
 * stall while it is analysed is about 70 ms, against 1.6 s when analysed on the bot's thread. If
 * the worker dies or cannot start, the jobs it held are analysed on the caller's thread (slower for the bot, but nothing is lost)
 * and the next job starts a new worker. An error thrown by the analysis itself is the caller's, as
 * it would be on its own thread.
 */
export function createWorkerAnalyser(options: WorkerAnalyserOptions = {}): WorkerAnalyser {
  const n = Math.max(1, Math.floor(options.workers ?? 1));
  if (n === 1) return createLane(options);
  // A pool of independent single-worker lanes (each with its own start, idle exit and fallback as
  // described above); a job goes to the lane with the fewest jobs in flight, the first on a tie.
  const lanes = Array.from({ length: n }, () => createLane(options));
  return {
    analyse: (file, analyseOptions) => lanes.reduce((best, l) => (l.inFlight < best.inFlight ? l : best)).analyse(file, analyseOptions),
    workers: n,
    get running() {
      return lanes.some((l) => l.running);
    },
    get stats() {
      return { jobs: lanes.reduce((t, l) => t + l.stats.jobs, 0), fallbacks: lanes.reduce((t, l) => t + l.stats.fallbacks, 0) };
    },
    rest() {
      for (const l of lanes) l.rest();
    },
    async close() {
      await Promise.all(lanes.map((l) => l.close()));
    },
  };
}

/** One worker thread and its queue: a {@link WorkerAnalyser} with `workers: 1`, and how many jobs it holds. */
function createLane(options: WorkerAnalyserOptions): WorkerAnalyser & { readonly inFlight: number } {
  const idleExitMs = options.idleExitMs ?? DEFAULT_IDLE_EXIT_MS;
  const entry = options.entry ?? defaultEntry();
  const stats = { jobs: 0, fallbacks: 0 };
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let idle: NodeJS.Timeout | undefined;
  let nextId = 1;
  let closed = false;
  /** Fallbacks still analysing (close waits for them). */
  const settling = new Set<Promise<void>>();
  /** Jobs waiting for or in a fallback on the caller's thread (counted as in flight). */
  let inFallback = 0;

  /**
   * Analyses jobs here (a failed worker's, or jobs that found no worker), in order, and counts them
   * as settling until done, so `close` waits for every one of them, whatever sent it here.
   */
  function fallBack(held: Pending[]): Promise<void> {
    const done = analyseHere(held);
    settling.add(done);
    void done.finally(() => settling.delete(done));
    return done;
  }

  /** The jobs analysed on this thread, in order (the pipeline is imported here at the first, see analyseLater.ts); resolves once all are settled. */
  async function analyseHere(held: Pending[]): Promise<void> {
    inFallback += held.length;
    for (const p of held) {
      stats.fallbacks++;
      try {
        p.resolve(await analyseFileHeld({ name: p.job.name, bytes: Buffer.from(p.job.bytes) }, p.job.options));
      } catch (err) {
        p.reject(err as Error);
      } finally {
        inFallback--;
      }
    }
  }

  function lost(w: Worker, err: Error | null): Promise<void> {
    if (worker !== w) return Promise.resolve();
    worker = undefined;
    clearTimeout(idle);
    const held = [...pending.values()];
    pending.clear();
    if (err && !closed) options.onError?.(err);
    return fallBack(held);
  }

  function start(): Worker {
    // Under tsx or vitest the entry is TypeScript: the worker registers tsx's loader, then loads it
    // (Node 20 does not pass `--import` on to workers). tsx is found from this module, not from the
    // working directory (the bot may run from anywhere).
    let w: Worker;
    if (entry.pathname.endsWith('.ts')) {
      const tsxApi = import.meta.resolve('tsx/esm/api');
      w = new Worker(`import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`, { eval: true });
    } else w = new Worker(entry);
    w.on('message', (r: AnalysisReply) => {
      const p = pending.get(r.id);
      if (!p) return;
      pending.delete(r.id);
      if (!r.ok) p.reject(new Error(r.message));
      else {
        p.resolve(heldFromText(r.json, r.articles)); // parsed at its first read, as an analysis read from the cache is held
      }
      if (pending.size === 0) rest(w);
    });
    w.on('error', (err) => void lost(w, err));
    w.on('exit', (code) => void lost(w, code === 0 || closed ? null : new Error(`analysis worker exited with code ${code}`)));
    return w;
  }

  /** No job in flight: let the process exit without waiting for the worker, and stop it after a while. */
  function rest(w: Worker): void {
    w.unref();
    clearTimeout(idle);
    idle = setTimeout(() => {
      if (worker === w && pending.size === 0) {
        worker = undefined;
        void w.terminate();
      }
    }, idleExitMs);
    idle.unref();
  }

  const analyse: Analyse = (file, analyseOptions) =>
    new Promise((resolve, reject) => {
      stats.jobs++;
      const job: AnalysisJob = { id: nextId++, name: file.name, bytes: new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength), options: analyseOptions };
      if (closed) {
        void fallBack([{ job, resolve, reject }]);
        return;
      }
      clearTimeout(idle);
      try {
        worker ??= start();
      } catch (err) {
        options.onError?.(err as Error);
        void fallBack([{ job, resolve, reject }]);
        return;
      }
      worker.ref();
      pending.set(job.id, { job, resolve, reject });
      worker.postMessage(job);
    });

  return {
    analyse,
    workers: 1,
    get inFlight() {
      return pending.size + inFallback;
    },
    get running() {
      return worker !== undefined;
    },
    stats,
    rest() {
      const w = worker;
      if (w === undefined || pending.size > 0) return;
      clearTimeout(idle);
      worker = undefined;
      void w.terminate();
    },
    async close() {
      closed = true;
      clearTimeout(idle);
      const w = worker;
      if (w) {
        await w.terminate();
        await lost(w, null);
      }
      await Promise.all(settling);
    },
  };
}
