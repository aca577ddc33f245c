/**
 * Ingest and analysis throughput and peak memory at several corpus sizes, each size measured in
 * child processes of its own (bench/ingestChild.ts): one that reads, analyses and merges the whole
 * corpus (and then fills the analysis cache), one that starts from that warm cache as the bot does.
 * Corpora are generated once per size and seed under bench/out/ (bench/genCorpus.ts) and reused.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pipelineVersion } from '../src/corpus/pipelineVersion.js';
import { genCorpus } from './genCorpus.js';

/** Memory goal of the issue: peak RSS under this many times the corpus text, plus {@link MEMORY_GOAL_BASE_MB}. */
export const MEMORY_GOAL_TEXT_FACTOR = 3;
export const MEMORY_GOAL_BASE_MB = 150;
/** Throughput goal of the issue, MB/s of text on one core. */
export const THROUGHPUT_GOAL_MB_S = 10;
/** Startup goal from a warm cache at 50k articles, ms. */
export const WARM_STARTUP_GOAL_MS = 10_000;
/** Heap for the children: the default (about 2 GB on 64-bit) is too small for 50k analysed articles held at once. */
const CHILD_HEAP_MB = 8192;

export interface SizeResult {
  /** Articles asked of the generator (before de-duplication). */
  requested: number;
  files: number;
  mb: number;
  /** Articles the pipeline read, and those left after de-duplication (the corpus the bot serves). */
  rawArticles: number;
  articles: number;
  speakers: number;
  quotes: number;
  polls: number;
  timexes: number;
  readMs: number;
  analyseMs: number;
  /** Reading the corpus back from the cache (the loader's second pass) and building it. */
  buildMs: number;
  /** The second pass alone (part of `buildMs`; since session 21, see bench/README.md). */
  readBackMs: number;
  cacheWriteMs: number;
  /** Analysis throughput: decode + segment + analyse, text MB per second. */
  analyseMbPerS: number;
  /** Articles (as read, before de-duplication) analysed per second. */
  articlesPerS: number;
  /** Whole ingest (read files + analyse + merge into a corpus), MB per second. */
  ingestMbPerS: number;
  /** Analysis ms per MB (flat across sizes when cost grows linearly). */
  msPerMb: number;
  peakRssMb: number;
  memoryGoalMb: number;
  /** Start from the warm cache: `loadCorpus` (as the CLI), and `watch`: `watchCorpus` (as the bot). */
  warm: {
    startupMs: number;
    hits: number;
    misses: number;
    peakRssMb: number;
    /** The bot's start: the watcher's first corpus (`startupMs`), then the answer index (topics, speakers, lookups: `indexMs`); `readyMs` is both, when commands can be answered. */
    watch: { startupMs: number; indexMs: number; readyMs: number; peakRssMb: number };
    /**
     * The bot's own process (compiled `src/bot/main.js`, logged in to the local Discord emulator;
     * bench/botProcessChild.ts): from its spawn to its "bot ready" log line, its resident memory
     * then and its peak (`VmHWM`), and the files it analysed itself (0: the cache was warm). It
     * holds all the watch child holds plus discord.js, the reply cache and the digest service.
     * Absent when the children run through tsx, or off Linux.
     */
    botProcess?: BotProcessRun;
  };
  /**
   * The bot's process started with an empty analysis cache (a first start: every file analysed by
   * its analysis worker threads, `workers` of them), up to {@link COLD_BOT_MAX_ARTICLES} requested
   * articles; absent where the warm one is, and above that size.
   */
  coldBotProcess?: BotProcessRun;
}

/** One start of the compiled bot (bench/botProcessChild.ts). */
export interface BotProcessRun {
  readyMs: number;
  rssMb: number;
  peakRssMb: number;
  /** Files it analysed itself (0: all from the cache). */
  analysed: number;
  /** Its analysis worker threads. */
  workers: number;
  /** Its warm-up of the largest topics after ready (topics, ms) and its RSS and peak once done; null when it logged none. */
  warmUp: { topics: number; ms: number; rssMb: number; peakRssMb: number } | null;
  /**
   * Then left idle (warm starts only, for {@link IDLE_MAX_MS}): its RSS at the end, once V8's memory
   * reducer has given back what loading and the warm-up grew (`settled`: it fell and then held still
   * for the last 10 s), `ms`: idle time when it last moved, and the highest RSS read while idle; null when not measured.
   */
  idle?: { ms: number; rssMb: number; maxRssMb: number; settled: boolean } | null;
}

/** Idle wait for the warm bot's memory to settle (V8's memory reducer ran 20–45 s after the warm-up here with V8's defaults, about 50 s with the bot's flags). */
export const IDLE_MAX_MS = 90_000;

/** Largest size whose cold bot start is measured (a cold start at 50k is minutes of analysis). */
export const COLD_BOT_MAX_ARTICLES = 10_000;

const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/**
 * How the children run. `compiled` (the default): the bench compiles bench/ingestChild.ts and the
 * code it uses with tsc into bench/out/dist first and runs plain JavaScript, as `npm run start:prod`
 * runs the bot; tsx's loader alone adds about 40 MB to a process. `tsx`: through tsx, as `npm start`.
 */
export type ChildRunner = 'compiled' | 'tsx';

/** Compiles the ingest child (and the src code it imports) once per bench run; returns its entry file. */
export function compileChild(root: string): string {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'bench', 'tsconfig.bench.json')], { cwd: root, stdio: 'inherit' });
  return join(root, 'bench', 'out', 'dist', 'bench', 'ingestChild.js');
}

let compiledChild: string | undefined;

/**
 * The compiled command bench (bench/commands.ts, compiled with the ingest child, once per bench
 * run): the bot it starts then runs compiled JavaScript, as `npm run start:prod` does.
 */
export function compiledCommandBench(root: string): string {
  compiledChild ??= compileChild(root);
  return join(root, 'bench', 'out', 'dist', 'bench', 'commands.js');
}

/** The pipeline version the compiled children (and the compiled bot) compute: their analysis cache key. */
function compiledPipelineVersion(root: string): string {
  const entry = join(root, 'bench', 'out', 'dist', 'src', 'corpus', 'pipelineVersion.js');
  return execFileSync(process.execPath, ['--input-type=module', '-e', `import(${JSON.stringify(pathToFileURL(entry).href)}).then((m) => process.stdout.write(m.pipelineVersion()))`], { cwd: root, encoding: 'utf8' });
}

/**
 * Starts the compiled bot on `dir` with the analysis cache `cache` (bench/botProcessChild.ts), with
 * the Node.js flags `nodeFlags` (those of `npm run start:prod`, bench/nodeFlags.ts), and reads its
 * memory at ready, after its warm-up and, with `idleMs`, once idle.
 */
function botProcess(root: string, dir: string, cache: string, nodeFlags: readonly string[], idleMs = 0): BotProcessRun | undefined {
  if (process.platform !== 'linux') return undefined;
  const state = mkdtempSync(join(tmpdir(), 'newsbrief-bench-bot-'));
  try {
    symlinkSync(cache, join(state, 'analysis'));
    const dist = join(root, 'bench', 'out', 'dist');
    const out = execFileSync(process.execPath, [join(dist, 'bench', 'botProcessChild.js'), '--dir', dir, '--state', state, '--entry', join(dist, 'src', 'bot', 'main.js'), '--node-flags', JSON.stringify(nodeFlags), ...(idleMs > 0 ? ['--idle-ms', String(idleMs)] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as BotProcessRun;
    return { ...r, readyMs: round(r.readyMs, 0) };
  } finally {
    rmSync(state, { recursive: true, force: true });
  }
}

/** Runs one ingest child (bench/ingestChild.ts) with `args`, and `nodeFlags` before its entry (the bot's flags for the children that measure what the bot does). */
function child(root: string, args: string[], runner: ChildRunner, nodeFlags: readonly string[] = []): Record<string, number> {
  const entry = runner === 'compiled' ? (compiledChild ??= compileChild(root)) : join(root, 'bench', 'ingestChild.ts');
  const out = execFileSync(process.execPath, [`--max-old-space-size=${CHILD_HEAP_MB}`, ...nodeFlags, ...(runner === 'tsx' ? ['--import', 'tsx'] : []), entry, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
}

/** The generator's version: its source, so a corpus made by an older generator is made again. */
function generatorVersion(root: string): string {
  return createHash('sha256').update(readFileSync(join(root, 'bench', 'genCorpus.ts'))).digest('hex').slice(0, 12);
}

/** The generated corpus for a size and seed (made on first use, then reused). */
export function corpusFor(root: string, articles: number, seed: number, log: (s: string) => void): string {
  const dir = join(root, 'bench', 'out', `corpus-${articles}-s${seed}`);
  const done = join(dir, '.generated.json');
  const version = generatorVersion(root);
  const made = existsSync(done) ? (JSON.parse(readFileSync(done, 'utf8')) as { generator?: string }) : null;
  if (made?.generator !== version) {
    rmSync(dir, { recursive: true, force: true });
    log(`generating ${articles} articles (seed ${seed}) in ${dir} …`);
    const r = genCorpus({ articles, out: dir, seed, templates: join(root, 'data') });
    writeFileSync(done, JSON.stringify({ ...r, generator: version }));
  }
  return dir;
}

/**
 * Measures one size: analysis in one child, warm-cache startup in another (loadCorpus), the bot's
 * watcher start in a third, then the bot's own process. The children that stand for the bot (its
 * first load's analysis, its watcher, its process) run with `botFlags`, the Node.js flags the bot is
 * started with (bench/nodeFlags.ts); the warm start stands for the CLI, which has none.
 */
export function measureSize(root: string, requested: number, seed: number, log: (s: string) => void, runner: ChildRunner = 'compiled', botFlags: readonly string[] = []): SizeResult {
  const dir = corpusFor(root, requested, seed, log);
  const cache = join(root, 'bench', 'out', `cache-${requested}-s${seed}`);
  rmSync(cache, { recursive: true, force: true });
  log(`analysing ${requested} …`);
  // Compiled children key the cache by the compiled pipeline's version, which the compiled bot computes too.
  const version = runner === 'compiled' ? (compiledChild ??= compileChild(root), compiledPipelineVersion(root)) : pipelineVersion();
  const a = child(root, ['--mode', 'analyse', '--dir', dir, '--cache', cache, '--version', version], runner, botFlags);
  log(`starting from the warm cache (${requested}) …`);
  const w = child(root, ['--mode', 'warm', '--dir', dir, '--cache', cache, '--version', version], runner);
  log(`starting the watcher from the warm cache (${requested}) …`);
  const b = child(root, ['--mode', 'watch', '--dir', dir, '--cache', cache, '--version', version], runner, botFlags);
  let bot: ReturnType<typeof botProcess>;
  if (runner === 'compiled') {
    log(`starting the bot process from the warm cache (${requested}) …`);
    bot = botProcess(root, dir, cache, botFlags, IDLE_MAX_MS);
  }
  rmSync(cache, { recursive: true, force: true });
  let coldBot: ReturnType<typeof botProcess>;
  if (runner === 'compiled' && requested <= COLD_BOT_MAX_ARTICLES) {
    log(`starting the bot process with an empty analysis cache (${requested}) …`);
    const empty = mkdtempSync(join(tmpdir(), 'newsbrief-bench-cold-'));
    try {
      coldBot = botProcess(root, dir, empty, botFlags);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }
  const mb = a['bytes']! / 1e6;
  return {
    requested,
    files: a['files']!,
    mb: round(mb),
    rawArticles: a['rawArticles']!,
    articles: a['articles']!,
    speakers: a['speakers']!,
    quotes: a['quotes']!,
    polls: a['polls']!,
    timexes: a['timexes']!,
    readMs: round(a['readMs']!, 0),
    analyseMs: round(a['analyseMs']!, 0),
    buildMs: round(a['buildMs']!, 0),
    readBackMs: round(a['readBackMs']!, 0),
    cacheWriteMs: round(a['cacheWriteMs']!, 0),
    analyseMbPerS: round(mb / (a['analyseMs']! / 1000)),
    articlesPerS: round(a['rawArticles']! / (a['analyseMs']! / 1000), 0),
    ingestMbPerS: round(mb / ((a['readMs']! + a['analyseMs']! + a['buildMs']!) / 1000)),
    msPerMb: round(a['analyseMs']! / mb, 0),
    peakRssMb: a['maxRssMb']!,
    memoryGoalMb: round(MEMORY_GOAL_TEXT_FACTOR * mb + MEMORY_GOAL_BASE_MB, 0),
    warm: { startupMs: round(w['startupMs']!, 0), hits: w['hits']!, misses: w['misses']!, peakRssMb: w['maxRssMb']!, watch: { startupMs: round(b['startupMs']!, 0), indexMs: round(b['indexMs']!, 0), readyMs: round(b['startupMs']! + b['indexMs']!, 0), peakRssMb: b['maxRssMb']! }, ...(bot ? { botProcess: bot } : {}) },
    ...(coldBot ? { coldBotProcess: coldBot } : {}),
  };
}

/** Least-squares line y = a + b·x over the measured sizes (x in MB): to show growth and to project a size not measured. */
export function linearFit(points: readonly { x: number; y: number }[]): { intercept: number; slope: number } {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const slope = sxx === 0 ? 0 : points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0) / sxx;
  return { intercept: my - slope * mx, slope };
}

/** Reads a size's generation record (pages, articles, bytes) if it was made. */
export function generated(root: string, articles: number, seed: number): { pages: number; articles: number; bytes: number } | null {
  const p = join(root, 'bench', 'out', `corpus-${articles}-s${seed}`, '.generated.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { pages: number; articles: number; bytes: number }) : null;
}
