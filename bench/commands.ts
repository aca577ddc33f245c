/**
 * `npm run bench`: command latency against the local Discord emulator, with the real discord.js
 * client and the bundled corpus (CORPUS_DIR). For each command: interaction-to-reply latency
 * p50/p99 uncached (cache emptied before each run) and cached, measured two ways:
 * - bot time: from discord.js handing the bot the interaction to the bot starting its answering
 *   request (what the goals are about, issue 9: cached p99 < 2 ms, uncached p99 < 20 ms at 10k
 *   articles; autocomplete p99 < 5 ms);
 * - end to end: from the emulator sending INTERACTION_CREATE to receiving the answering request
 *   (adds gateway, REST and discord.js overhead on loopback).
 * Autocomplete is timed the same two ways.
 * Then the cache hit ratio of a mixed workload (popular questions asked more often: a Zipf-like
 * draw from a seeded generator). Writes bench/results.json. Not a test: numbers vary by machine.
 * Options: `npm run bench -- --uncached N --cached N` (runs per command; default 20 and 200),
 * `--only brief,polls` (time only these commands), `--out FILE` (write the results there instead of
 * bench/results.json, e.g. for a before/after comparison that must not overwrite the shared file).
 * The corpus is loaded from the analysis cache, as a restarted bot loads it (analysed and stored
 * first when it is not there); with STATE_DIR set the cache is STATE_DIR/analysis (per file
 * content hash, as `npm start` keeps it), so a second run on a large corpus starts in seconds,
 * else a temporary folder. The reply cache always lives in a fresh temporary folder.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/bot/logger.js';
import { findSpeakerIn } from '../src/bot/answers/speakers.js';
import type { Timing } from '../src/bot/router.js';
import { startBot } from '../src/bot/startBot.js';
import { topicsToWarm } from '../src/bot/answers/warmTopics.js';
import { parseBotConfig, parseConfig, processEnv } from '../src/config.js';
import { createAnalysisCache } from '../src/corpus/analysisCache.js';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { pipelineVersion } from '../src/corpus/pipelineVersion.js';
import { DiscordEmulator } from '../src/dev/discord-emulator/index.js';
import { mulberry32 } from './prng.js';

/** `--name N` from the command line (`npm run bench -- --uncached 20 --cached 200`), else `fallback`. */
function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isInteger(v) && v > 0 ? v : fallback;
}
/** Runs per command and mode. */
const UNCACHED_RUNS = flag('uncached', 20);
const CACHED_RUNS = flag('cached', 200);
const AUTOCOMPLETE_RUNS = 200;
/** Commands in the mixed workload, and the seed of its generator. */
const MIXED_RUNS = 500;
/**
 * Runs of each command before it is timed. The goals are about a running bot; in a fresh process
 * the first dozen briefs run before V8 has optimised the summariser (about 32, 15, 20, 21, 14, then
 * 4–6 ms at 10k articles), so three warm-up runs left that start-up in the uncached p99.
 */
const WARMUP_RUNS = 12;
const SEED = 20070423;
/** Goals from issue 9, ms (bot time at 10k articles; autocomplete end to end). */
const GOAL_CACHED_P99 = 2;
const GOAL_UNCACHED_P99 = 20;
const GOAL_AUTOCOMPLETE_P99 = 5;
/**
 * Longest wait for a command's timing to be recorded after its reply arrived, ms. A command that
 * fails (answered by the router's error reply) records no timing; without this bound the bench
 * would wait forever.
 */
const TIMING_TIMEOUT_MS = 10_000;
const TOKEN = 'bench.token.0123456789abcdefghijklmnop';
/** `--only brief,polls`: time only these commands (all of them by default). */
const ONLY = ((): Set<string> | null => {
  const i = process.argv.indexOf('--only');
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  return v ? new Set(v.split(',').map((c) => c.trim().replace(/^\//, ''))) : null;
})();

/** `--out FILE`: where the results go (bench/results.json by default). */
const OUT = ((): string | null => {
  const i = process.argv.indexOf('--out');
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
})();

const CASES: { command: string; options: Record<string, string> }[] = [
  { command: 'brief', options: { topic: 'missile-shield' } },
  { command: 'brief', options: { topic: 'missile-shield', length: 'short' } },
  { command: 'quote', options: { speaker: 'Gates' } },
  { command: 'polls', options: {} },
  { command: 'polls', options: { topic: 'missile-shield' } },
  { command: 'timeline', options: { topic: 'missile-shield' } },
  { command: 'topics', options: {} },
  { command: 'help', options: {} },
];

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}
const round = (x: number): number => Math.round(x * 100) / 100;
interface Stats { n: number; botP50: number; botP99: number; e2eP50: number; e2eP99: number }
function stats(bot: number[], e2e: number[]): Stats {
  return { n: bot.length, botP50: round(quantile(bot, 0.5)), botP99: round(quantile(bot, 0.99)), e2eP50: round(quantile(e2e, 0.5)), e2eP99: round(quantile(e2e, 0.99)) };
}

const prng = mulberry32;

/** The project folder: the nearest one above this file holding a package.json (this file runs from bench/ through tsx, or compiled from bench/out/dist/bench/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('bench/commands: no package.json above this file');
    dir = up;
  }
  return dir;
}

const root = projectRoot();
const loadBefore = loadavg()[0]!;
const emu = await DiscordEmulator.start({ token: TOKEN });
const stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-'));
const envConfig = parseConfig(processEnv());
const corpusDir = envConfig.ok && envConfig.config.CORPUS_DIR !== 'data' ? envConfig.config.CORPUS_DIR : join(root, 'data');
// WARM_TOPICS from the environment (as the bot reads it) when set, so a run can time the bot without its warm-up (WARM_TOPICS=0).
const warmTopicsEnv = envConfig.ok ? { WARM_TOPICS: String(envConfig.config.WARM_TOPICS) } : {};
const parsed = parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, LOG_LEVEL: 'warn', USER_RATE_LIMIT: '1000000', GUILD_RATE_LIMIT: '1000000', CORPUS_DIR: corpusDir, ...warmTopicsEnv });
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const config = parsed.config;
// The bot answers from analyses read back from the analysis cache, as a bot does after its first
// start: a corpus not in the cache is analysed and stored first, then loaded again. (Analyses
// fresh from the pipeline are held differently by V8: /topics took 9 ms on them against 0.8 ms
// on analyses read back, before its date range was kept per index.)
const analysisDir = join(process.env['STATE_DIR'] ?? stateDir, 'analysis');
const loadOptions = (): Parameters<typeof loadCorpus>[1] => ({ maxFileBytes: config.MAX_FILE_BYTES, cache: createAnalysisCache(analysisDir, pipelineVersion()) });
const firstLoad = loadOptions();
let corpus = await loadCorpus(config.CORPUS_DIR, firstLoad);
if (firstLoad.cache!.stats.misses > 0) corpus = await loadCorpus(config.CORPUS_DIR, loadOptions());
const bot = await startBot({ config, corpus, logger: createLogger({ level: 'warn', secret: TOKEN }) });
const beforeWarm = process.memoryUsage(); // the warm-up starts on a timer after startBot resolves
// Once ready the bot works out the answers of its largest topics (WARM_TOPICS, src/bot/answers/warmTopics.ts);
// every timing below is of the bot after that, as it runs. Which topics it warmed is reported, and
// first asks are timed on warmed and on other topics apart.
const warmReport = await bot.warmed();
const afterWarm = process.memoryUsage();
const warmedSlugs = new Set(topicsToWarm(bot.index(), config.WARM_TOPICS).map((t) => t.slug));
// `/quote Gates` names a speaker of the bundled pages; a generated corpus varies names, where it
// would time the "no such speaker" answer. There, the most quoted speaker is asked for instead.
for (const c of CASES) {
  if (c.command !== 'quote' || c.options['speaker'] === undefined) continue;
  const top = bot.index().speakers[0];
  if (!('speaker' in findSpeakerIn(bot.index(), c.options['speaker'])) && top) c.options['speaker'] = top.speaker.name;
}

/**
 * Garbage-collection pauses of this process (start and duration, ms on the `performance.now()`
 * clock), to tell how much of a slow run was the collector: the bot, discord.js and the emulator
 * share one heap here.
 */
const gcPauses: { start: number; duration: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcPauses.push({ start: e.startTime, duration: e.duration });
});
gcObserver.observe({ entryTypes: ['gc'] });
/** ms of GC pauses inside [from, to]. */
function gcWithin(from: number, to: number): number {
  let ms = 0;
  for (const g of gcPauses) ms += Math.max(0, Math.min(to, g.start + g.duration) - Math.max(from, g.start));
  return ms;
}

async function once(c: (typeof CASES)[number]): Promise<{ bot: number; e2e: number }> {
  emu.forget(); // the emulator would otherwise keep every reply and attachment (GC pauses would be ours to measure)
  const before = bot.timings.length;
  const o = await emu.command(c.command, c.options, { timeoutMs: 30_000 });
  const deadline = performance.now() + TIMING_TIMEOUT_MS;
  while (bot.timings.length === before) {
    if (performance.now() > deadline) throw new Error(`/${c.command} ${JSON.stringify(c.options)}: the bot answered but recorded no timing within ${TIMING_TIMEOUT_MS / 1000} s (did the command fail? see the bot's error log)`);
    await new Promise((r) => setImmediate(r));
  }
  return { bot: bot.timings.at(-1)!.botMs, e2e: o.latencyMs };
}

/** Uncached runs also keep every bot time, and the slowest run with the GC pauses inside it. */
type UncachedStats = Stats & { slowestBotMs?: number; slowestGcMs?: number; botMs?: number[] };
const rows: { command: string; options: Record<string, string>; uncached: UncachedStats; cached: Stats; error?: string }[] = [];
const empty: Stats = { n: 0, botP50: NaN, botP99: NaN, e2eP50: NaN, e2eP99: NaN };
for (const c of CASES.filter((x) => ONLY === null || ONLY.has(x.command))) {
  try {
    // Warm up (JIT, lazy model loads, chart font) with the reply cache emptied before each run, as
    // the timed runs below: a cached warm-up run would run the command's own code only once.
    for (let i = 0; i < WARMUP_RUNS; i++) {
      await bot.cache.settled();
      await bot.cache.clear();
      await once(c);
    }
    const ub: number[] = [];
    const ue: number[] = [];
    const windows: { at: number; botMs: number; discordMs: number }[] = [];
    for (let i = 0; i < UNCACHED_RUNS; i++) {
      // The previous reply's cache write may still be in flight: let it land, then empty the cache.
      await bot.cache.settled();
      await bot.cache.clear();
      const r = await once(c);
      const t = bot.timings.at(-1)!;
      if (t.cached) throw new Error(`/${c.command}: an uncached run was answered from the cache (the cache was not emptied)`);
      ub.push(r.bot);
      ue.push(r.e2e);
      windows.push(t);
    }
    // GC entries arrive asynchronously: let the observer deliver the last ones.
    await new Promise((r) => setTimeout(r, 50));
    const slowest = windows.reduce((a, b) => (b.botMs > a.botMs ? b : a));
    await once(c); // fill the cache
    const cb: number[] = [];
    const ce: number[] = [];
    for (let i = 0; i < CACHED_RUNS; i++) {
      const r = await once(c);
      cb.push(r.bot);
      ce.push(r.e2e);
    }
    rows.push({
      command: c.command,
      options: c.options,
      uncached: { ...stats(ub, ue), slowestBotMs: round(slowest.botMs), slowestGcMs: round(gcWithin(slowest.at, slowest.at + slowest.botMs + slowest.discordMs)), botMs: ub.map(round) },
      cached: stats(cb, ce),
    });
  } catch (err) {
    // One failing command (no timing recorded, or no reply at all) is reported in its row; the others still run.
    const error = (err as Error).message;
    process.stderr.write(`bench: ${error}\n`);
    rows.push({ command: c.command, options: c.options, uncached: empty, cached: empty, error });
  }
}

// First asks: each command once on each of many topics (speakers) not asked before in this run,
// reply cache empty, after the warm-up above. The rows above repeat one topic, whose per-article
// work kept in memory (sentence counts, readings: BoundedMemo in src/briefing/summarise) is warm
// after its first run; here none of it is, as for a topic nobody asked since the bot started.
const FIRST_ASK_TOPICS = 40;
const firstAsks: { command: string; botMs: number[]; p50: number; p99: number; slowestBotMs: number; slowestGcMs: number }[] = [];
{
  const asked = new Set(CASES.map((c) => c.options['topic'] ?? c.options['speaker']));
  const bySize = bot.index().topicsBySize.map((t) => t.topic.slug).filter((t) => !asked.has(t));
  const topicSlugs = bySize.slice(0, FIRST_ASK_TOPICS);
  // The largest topics the warm-up left alone (all of the above when WARM_TOPICS=0): what a first ask costs without it.
  const coldSlugs = bySize.filter((t) => !warmedSlugs.has(t)).slice(0, FIRST_ASK_TOPICS);
  const label = (slugs: string[]): string => (warmedSlugs.size === 0 ? '' : slugs.every((t) => warmedSlugs.has(t)) ? ' (warmed)' : slugs.some((t) => warmedSlugs.has(t)) ? ' (some warmed)' : ' (not warmed)');
  const speakerIds = bot.index().speakers.map((s) => s.speaker.id).filter((id) => !asked.has(id)).slice(0, FIRST_ASK_TOPICS);
  const kinds: { command: string; option: 'topic' | 'speaker'; values: string[]; label: string }[] = [
    { command: 'brief', option: 'topic', values: topicSlugs, label: label(topicSlugs) },
    { command: 'timeline', option: 'topic', values: topicSlugs, label: label(topicSlugs) },
    ...(warmedSlugs.size > 0 && coldSlugs.length > 0
      ? [
          { command: 'brief', option: 'topic' as const, values: coldSlugs, label: label(coldSlugs) },
          { command: 'timeline', option: 'topic' as const, values: coldSlugs, label: label(coldSlugs) },
        ]
      : []),
    { command: 'polls', option: 'topic', values: topicSlugs, label: '' },
    { command: 'quote', option: 'speaker', values: speakerIds, label: '' },
  ];
  for (const k of kinds.filter((x) => ONLY === null || ONLY.has(x.command))) {
    const ms: number[] = [];
    // The slowest ask, with the garbage-collection pauses inside it (as for the uncached rows above).
    let slowest = { botMs: -1, gcMs: 0 };
    for (const v of k.values) {
      await bot.cache.settled();
      await bot.cache.clear();
      try {
        await once({ command: k.command, options: { [k.option]: v } });
        const t = bot.timings.at(-1)!;
        ms.push(round(t.botMs));
        if (t.botMs > slowest.botMs) slowest = { botMs: t.botMs, gcMs: gcWithin(t.at, t.at + t.botMs + t.discordMs) };
      } catch (err) {
        process.stderr.write(`bench (first asks): ${(err as Error).message}\n`);
      }
    }
    firstAsks.push({ command: `${k.command} ${k.option}${k.label}`, botMs: ms, p50: round(quantile(ms, 0.5)), p99: round(quantile(ms, 0.99)), slowestBotMs: round(slowest.botMs), slowestGcMs: round(slowest.gcMs) });
  }
}

// Autocomplete (answered from memory, never cached): bot time and end-to-end latency per keystroke.
const typed = ['m', 'mi', 'mis', 'miss', 'r', 'ru', 'rus', 'eu', 'g', 'ga'];
const auto: number[] = [];
const autoBot: number[] = [];
for (let i = 0; i < AUTOCOMPLETE_RUNS; i++) {
  const before = bot.autocompleteTimings.length;
  auto.push((await emu.autocomplete('brief', { topic: typed[i % typed.length]! }, 'topic')).latencyMs);
  if (bot.autocompleteTimings.length > before) autoBot.push(bot.autocompleteTimings.at(-1)!);
}

// Mixed workload: topics ranked by size, picked with probability ∝ 1/rank (Zipf, s = 1).
await bot.cache.settled();
await bot.cache.clear();
const hitsBefore = { ...bot.cache.stats };
const rnd = prng(SEED);
const topics = bot.index().topics.slice(0, 50).map((t) => t.slug);
const speakers = bot.index().speakers.slice(0, 20).map((s) => s.speaker.id);
const zipf = <T>(xs: readonly T[]): T => {
  const weights = xs.map((_, i) => 1 / (i + 1));
  let r = rnd() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < xs.length; i++) if ((r -= weights[i]!) <= 0) return xs[i]!;
  return xs.at(-1)!;
};
for (let i = 0; i < MIXED_RUNS; i++) {
  const kind = rnd();
  const c =
    kind < 0.45 ? { command: 'brief', options: { topic: zipf(topics) } }
    : kind < 0.65 ? { command: 'quote', options: { speaker: zipf(speakers) } }
    : kind < 0.8 ? { command: 'timeline', options: { topic: zipf(topics) } }
    : kind < 0.9 ? { command: 'polls', options: {} }
    : { command: 'topics', options: {} };
  await once(c).catch((err: unknown) => process.stderr.write(`bench (mixed workload): ${(err as Error).message}\n`));
}
const mixedHits = bot.cache.stats.hits - hitsBefore.hits;
const mixedMisses = bot.cache.stats.misses - hitsBefore.misses;
const hitRatio = round(mixedHits / Math.max(1, mixedHits + mixedMisses));

// After a corpus change elsewhere: the corpus replaced by one with a new version and the same
// articles (what an unrelated new file leaves of a topic or speaker), then each command once. A
// reply keyed by what it reads (src/bot/answers/scope.ts) is still cached, at the cost of working
// out its scope on the new index; a reply keyed by the corpus version is built again.
const CHANGE_RUNS = 3;
const afterChange: { command: string; options: Record<string, string>; botMs: number[]; cached: boolean[]; gcMs: number[] }[] = [];
for (const [k, c] of CASES.filter((x) => ONLY === null || ONLY.has(x.command)).entries()) {
  const row = { command: c.command, options: c.options, botMs: [] as number[], cached: [] as boolean[], gcMs: [] as number[] };
  const windows: Timing[] = [];
  try {
    await once(c); // cached under the current corpus
    for (let i = 0; i < CHANGE_RUNS; i++) {
      bot.setCorpus({ ...corpus, version: `${corpus.version}-changed-${k}-${i}` }); // a version no run used before
      await once(c);
      const t = bot.timings.at(-1)!;
      windows.push(t);
      row.botMs.push(round(t.botMs));
      row.cached.push(t.cached);
    }
  } catch (err) {
    process.stderr.write(`bench (after a corpus change): ${(err as Error).message}\n`);
  }
  // GC entries arrive asynchronously: let the observer deliver the last ones.
  await new Promise((r) => setTimeout(r, 50));
  row.gcMs = windows.map((t) => round(gcWithin(t.at, t.at + t.botMs + t.discordMs)));
  afterChange.push(row);
}
bot.setCorpus(corpus);

await bot.stop();
await emu.stop();
rmSync(stateDir, { recursive: true, force: true });

const loadAfter = loadavg()[0]!;
const cores = cpus().length;
const label = (r: { command: string; options: Record<string, string> }): string =>
  `/${r.command}${Object.entries(r.options).map(([k, v]) => ` ${k}:${v}`).join('')}${r.options['topic'] !== undefined && warmedSlugs.has(r.options['topic']) && (r.command === 'brief' || r.command === 'timeline') ? ' (w)' : ''}`;
const pad = (s: string | number, n: number): string => String(s).padStart(n);
process.stdout.write(`\nmachine: ${cores} cores, load average ${loadBefore.toFixed(1)} before / ${loadAfter.toFixed(1)} after${Math.max(loadBefore, loadAfter) > cores * 0.5 ? ' (busy: other processes compete for the CPU, p99 values include their interference)' : ''}\n`);
process.stdout.write(`corpus ${corpus.version}: ${corpus.articles.length} articles; uncached n=${UNCACHED_RUNS}, cached n=${CACHED_RUNS} per command; times in ms\n`);
const warmUp = { topicsAsked: config.WARM_TOPICS, topics: warmReport.topics, ms: round(warmReport.ms), rssMbBefore: Math.round(beforeWarm.rss / 2 ** 20), rssMbAfter: Math.round(afterWarm.rss / 2 ** 20), heapMbBefore: Math.round(beforeWarm.heapUsed / 2 ** 20), heapMbAfter: Math.round(afterWarm.heapUsed / 2 ** 20) };
process.stdout.write(`warm-up (WARM_TOPICS=${config.WARM_TOPICS}): ${warmUp.topics} topics in ${warmUp.ms} ms after ready; this process (bot and emulator) from ready to after the warm-up: RSS ${warmUp.rssMbBefore} → ${warmUp.rssMbAfter} MB, heap ${warmUp.heapMbBefore} → ${warmUp.heapMbAfter} MB; (w) = a warmed topic\n\n`);
process.stdout.write(`${'command'.padEnd(40)} ${pad('uncached bot p50', 17)} ${pad('p99', 8)} ${pad('e2e p50', 8)} ${pad('p99', 8)} | ${pad('cached bot p50', 15)} ${pad('p99', 7)} ${pad('e2e p50', 8)} ${pad('p99', 7)}\n`);
for (const r of rows) {
  if (r.error) {
    process.stdout.write(`${label(r).padEnd(40)} FAILED: ${r.error}\n`);
    continue;
  }
  process.stdout.write(`${label(r).padEnd(40)} ${pad(r.uncached.botP50, 17)} ${pad(r.uncached.botP99, 8)} ${pad(r.uncached.e2eP50, 8)} ${pad(r.uncached.e2eP99, 8)} | ${pad(r.cached.botP50, 15)} ${pad(r.cached.botP99, 7)} ${pad(r.cached.e2eP50, 8)} ${pad(r.cached.e2eP99, 7)}\n`);
}
process.stdout.write(`\nslowest uncached run of each command, bot ms (of which GC pauses):\n`);
for (const r of rows) if (!r.error && r.uncached.slowestBotMs !== undefined) process.stdout.write(`${label(r).padEnd(40)} ${r.uncached.slowestBotMs} (GC ${r.uncached.slowestGcMs})\n`);
gcObserver.disconnect();
const autoStats = { n: auto.length, botP50: round(quantile(autoBot, 0.5)), botP99: round(quantile(autoBot, 0.99)), e2eP50: round(quantile(auto, 0.5)), e2eP99: round(quantile(auto, 0.99)) };
process.stdout.write(`\nautocomplete /brief topic: bot p50 ${autoStats.botP50} ms, p99 ${autoStats.botP99} ms; end to end p50 ${autoStats.e2eP50} ms, p99 ${autoStats.e2eP99} ms\n`);
process.stdout.write(`\nfirst answer after a corpus change elsewhere (same articles, new version), bot ms of ${CHANGE_RUNS} runs, (c) = from the cache, [GC ms] = garbage-collection pauses inside the run:\n`);
for (const r of afterChange) process.stdout.write(`${label(r).padEnd(40)} ${r.botMs.map((ms, i) => `${ms}${r.cached[i] ? ' (c)' : ''}${(r.gcMs[i] ?? 0) > 0 ? ` [GC ${r.gcMs[i]}]` : ''}`).join(', ')}\n`);
process.stdout.write(`\nfirst ask of each of ${FIRST_ASK_TOPICS} other topics (speakers), reply cache empty, bot ms p50 / p99 (max):\n`);
for (const f of firstAsks) process.stdout.write(`/${f.command.padEnd(39)} ${f.p50} / ${f.p99} (n=${f.botMs.length}; the slowest ${f.slowestBotMs}, GC ${f.slowestGcMs} of it)\n`);
process.stdout.write(`cache hit ratio, mixed workload of ${MIXED_RUNS} commands (Zipf over topics and speakers): ${hitRatio}\n`);
const measured = rows.filter((r) => !r.error);
const worstCached = Math.max(...measured.map((r) => r.cached.botP99));
const slowUncached = [...measured.filter((r) => r.uncached.botP99 >= GOAL_UNCACHED_P99).map(label), ...rows.filter((r) => r.error).map((r) => `${label(r)} (failed)`)];
process.stdout.write(`goal cached bot p99 < ${GOAL_CACHED_P99} ms: ${worstCached < GOAL_CACHED_P99 ? 'met' : 'NOT met'} (worst ${worstCached} ms)\n`);
process.stdout.write(`goal uncached bot p99 < ${GOAL_UNCACHED_P99} ms: ${slowUncached.length === 0 ? 'met' : `NOT met by ${slowUncached.join(', ')}`}\n`);
const slowFirst = firstAsks.filter((f) => f.p99 >= GOAL_UNCACHED_P99);
process.stdout.write(`the same goal on first asks (a topic or speaker not asked before): ${firstAsks.length === 0 ? 'not measured' : slowFirst.length === 0 ? 'met' : `NOT met by ${slowFirst.map((f) => `/${f.command} (p99 ${f.p99} ms, p50 ${f.p50})`).join(', ')}`}\n`);
process.stdout.write(`goal autocomplete bot p99 < ${GOAL_AUTOCOMPLETE_P99} ms: ${autoStats.botP99 < GOAL_AUTOCOMPLETE_P99 ? 'met' : 'NOT met'} (end to end p99 ${autoStats.e2eP99} ms)\n`);

const outFile = OUT ?? join(root, 'bench', 'results.json');
writeFileSync(
  outFile,
  `${JSON.stringify({ when: new Date().toISOString(), node: process.version, machine: { cores, loadBefore: round(loadBefore), loadAfter: round(loadAfter) }, corpus: { version: corpus.version, articles: corpus.articles.length }, runs: { uncached: UNCACHED_RUNS, cached: CACHED_RUNS }, warmUp, warmedTopics: [...warmedSlugs], commands: rows, firstAsks, afterChange, autocomplete: autoStats, mixed: { runs: MIXED_RUNS, seed: SEED, hits: mixedHits, misses: mixedMisses, hitRatio }, goals: { cachedBotP99Ms: GOAL_CACHED_P99, uncachedBotP99Ms: GOAL_UNCACHED_P99, autocompleteP99Ms: GOAL_AUTOCOMPLETE_P99, cachedMet: worstCached < GOAL_CACHED_P99, uncachedNotMetBy: slowUncached, firstAskNotMetBy: slowFirst.map((f) => f.command), autocompleteMet: autoStats.botP99 < GOAL_AUTOCOMPLETE_P99 } }, null, 2)}\n`,
);
process.stdout.write(`wrote ${outFile}\n`);
