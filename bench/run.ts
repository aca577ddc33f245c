/**
 * `npm run bench`: the whole benchmark, in one run, printed as tables and written to
 * bench/results.json.
 * 1. Ingest: analysis throughput (MB/s, articles/s), whole-ingest throughput, peak RSS, and startup
 *    from a warm analysis cache, per corpus size (default 1k, 10k and 50k generated articles; each
 *    in its own child process), with a least-squares line over the sizes to show linear growth.
 * 2. Comparisons (bench/compare.ts) on the smallest size: chrono-node alone vs the project's tagger,
 *    a naive quote regex vs the pipeline, lead sentences vs the brief.
 * 3. Commands (bench/commands.ts, run as a child against the local Discord emulator) on the
 *    `--commands-articles` corpus (default 10k; 0 skips it; `npm run bench:commands` runs only this
 *    part, on data/).
 * Flags: `--sizes 1000,10000,50000 --seed 1 --commands-articles 10000 --uncached N --cached N`;
 * `--node-flags "…"` replaces the Node.js flags the bot's children run with (by default those of
 * `npm run start:prod`, bench/nodeFlags.ts; `--node-flags ''` for none), to compare settings;
 * `--tsx` runs the ingest children and the command bench through tsx instead of compiled JavaScript.
 * Not a test: numbers vary by machine and load; nothing fails on a slow run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runComparisons } from './compare.js';
import { productionNodeFlags } from './nodeFlags.js';
import { compiledCommandBench, corpusFor, linearFit, measureSize, MEMORY_GOAL_BASE_MB, MEMORY_GOAL_TEXT_FACTOR, THROUGHPUT_GOAL_MB_S, WARM_STARTUP_GOAL_MS, type ChildRunner, type SizeResult } from './ingest.js';

const root = fileURLToPath(new URL('..', import.meta.url));
function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const sizes = flag('sizes', '1000,10000,50000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const seed = Number(flag('seed', '1'));
const commandsArticles = Number(flag('commands-articles', '10000'));
const log = (s: string): void => void process.stderr.write(`${s}\n`);
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const loadBefore = loadavg()[0]!;
// The bot's Node.js flags (its garbage collector's settings), as `npm run start:prod` starts it.
const botFlags = productionNodeFlags(root, process.argv.includes('--node-flags') ? flag('node-flags', '') : undefined);

// 1. Ingest per size.
const ingest: SizeResult[] = [];
// Children run compiled JavaScript (as `npm run start:prod`) unless `--tsx` asks for tsx (as `npm start`).
const runner: ChildRunner = process.argv.includes('--tsx') ? 'tsx' : 'compiled';
for (const n of sizes) ingest.push(measureSize(root, n, seed, log, runner, botFlags));
const fit = linearFit(ingest.map((r) => ({ x: r.mb, y: r.analyseMs })));
const rssFit = linearFit(ingest.map((r) => ({ x: r.mb, y: r.peakRssMb })));

// 2. Comparisons on the smallest corpus.
log('comparisons …');
const smallest = Math.min(...sizes);
const comparisons = await runComparisons(corpusFor(root, smallest, seed, log));

// 3. Commands at the command-bench size (a child: it writes bench/results.json itself, read back here).
let commands: unknown = null;
if (commandsArticles > 0) {
  const dir = corpusFor(root, commandsArticles, seed, log);
  log(`command bench on ${dir} …`);
  const pass = ['uncached', 'cached'].flatMap((k) => (process.argv.includes(`--${k}`) ? [`--${k}`, flag(k, '')] : []));
  const started = Date.now();
  try {
    // Compiled, as the ingest children and `npm run start:prod` (unless `--tsx`): tsx's transform
    // wraps every function made at run time in a naming helper (esbuild's keepNames), which was 11%
    // of 40 large topics' first /timeline in a profile.
    const entry = runner === 'compiled' ? [compiledCommandBench(root)] : ['--import', 'tsx', join(root, 'bench', 'commands.ts')];
    execFileSync(process.execPath, ['--max-old-space-size=8192', ...botFlags, ...entry, ...pass], { cwd: root, stdio: 'inherit', env: { ...process.env, CORPUS_DIR: dir } });
    const p = join(root, 'bench', 'results.json');
    const r = existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { when?: string }) : null;
    // Only a file written by this run's command bench counts (never an older one left on disk).
    if (r && Date.parse(r.when ?? '') >= started) commands = r;
  } catch (err) {
    commands = { error: `command bench failed: ${(err as Error).message.split('\n')[0]}` };
    log(String((commands as { error: string }).error));
  }
}

// Report.
const out = (s = ''): void => void process.stdout.write(`${s}\n`);
const cores = cpus().length;
out(`\n## Ingest and analysis (one core per child; seed ${seed}; machine ${cores} cores, load ${loadBefore.toFixed(1)} before / ${loadavg()[0]!.toFixed(1)} after)`);
out(`${'requested'.padEnd(10)}${pad('files', 7)}${pad('MB', 7)}${pad('read', 7)}${pad('kept', 7)}${pad('analyse s', 10)}${pad('MB/s', 7)}${pad('art/s', 7)}${pad('ms/MB', 7)}${pad('merge s', 9)}${pad('ingest MB/s', 12)}${pad('peak RSS', 10)}${pad('goal', 7)}${pad('warm start s', 13)}${pad('warm RSS', 10)}${pad('bot start s', 12)}${pad('+index s', 9)}${pad('bot RSS', 9)}${pad('process ready s', 16)}${pad('process RSS', 12)}${pad('peak', 6)}`);
for (const r of ingest) {
  out(`${String(r.requested).padEnd(10)}${pad(r.files, 7)}${pad(r.mb, 7)}${pad(r.rawArticles, 7)}${pad(r.articles, 7)}${pad((r.analyseMs / 1000).toFixed(1), 10)}${pad(r.analyseMbPerS, 7)}${pad(r.articlesPerS, 7)}${pad(r.msPerMb, 7)}${pad((r.buildMs / 1000).toFixed(2), 9)}${pad(r.ingestMbPerS, 12)}${pad(r.peakRssMb, 10)}${pad(r.memoryGoalMb, 7)}${pad((r.warm.startupMs / 1000).toFixed(2), 13)}${pad(r.warm.peakRssMb, 10)}${pad((r.warm.watch.startupMs / 1000).toFixed(2), 12)}${pad((r.warm.watch.indexMs / 1000).toFixed(2), 9)}${pad(r.warm.watch.peakRssMb, 9)}${pad(r.warm.botProcess ? (r.warm.botProcess.readyMs / 1000).toFixed(2) : '-', 16)}${pad(r.warm.botProcess?.rssMb ?? '-', 12)}${pad(r.warm.botProcess?.peakRssMb ?? '-', 6)}`);
}
out(`(read = articles the pipeline read; kept = after de-duplication; MB/s = decode+segment+analyse; ingest = read files + analyse + merge; RSS in MB; memory goal = ${MEMORY_GOAL_TEXT_FACTOR}×text + ${MEMORY_GOAL_BASE_MB} MB; warm = loadCorpus from the warm cache, as the CLI; bot = watchCorpus from it, as the bot starts, then +index: the answer index (topics, speakers, lookups) the bot builds before it answers; process = the compiled bot itself logged in to the local Discord emulator, from spawn to "bot ready", its RSS then and its peak; children run ${runner === 'compiled' ? 'compiled JavaScript, as npm run start:prod' : 'through tsx, as npm start'}; the analysis, bot start and bot process children with the bot's Node.js flags: ${botFlags.length > 0 ? botFlags.join(' ') : 'none'})`);
out(`analysis time ≈ ${round(fit.intercept, 0)} ms + ${round(fit.slope, 0)} ms/MB; peak RSS ≈ ${round(rssFit.intercept, 0)} MB + ${round(rssFit.slope, 1)} MB per MB of text`);
const largest = ingest.at(-1);
if (largest) {
  const best = Math.max(...ingest.map((r) => r.analyseMbPerS));
  out(`goal ≥ ${THROUGHPUT_GOAL_MB_S} MB/s: ${best >= THROUGHPUT_GOAL_MB_S ? 'met' : `NOT met (best ${best} MB/s)`}`);
  out(`goal memory: ${ingest.every((r) => r.peakRssMb <= r.memoryGoalMb) ? 'met at every size' : `NOT met at ${ingest.filter((r) => r.peakRssMb > r.memoryGoalMb).map((r) => r.requested).join(', ')}`}`);
  const slowest = Math.max(largest.warm.startupMs, largest.warm.watch.readyMs);
  out(`goal warm start < ${WARM_STARTUP_GOAL_MS / 1000} s at ${largest.requested} requested articles: ${slowest < WARM_STARTUP_GOAL_MS ? 'met' : 'NOT met'} (CLI ${(largest.warm.startupMs / 1000).toFixed(2)} s, bot ready to answer ${(largest.warm.watch.readyMs / 1000).toFixed(2)} s; ${largest.warm.hits} cache hits, ${largest.warm.misses} misses)`);
  out(`memory from the warm cache: ${ingest.every((r) => Math.max(r.warm.peakRssMb, r.warm.watch.peakRssMb) <= r.memoryGoalMb) ? 'under the goal at every size' : `over the goal at ${ingest.filter((r) => Math.max(r.warm.peakRssMb, r.warm.watch.peakRssMb) > r.memoryGoalMb).map((r) => r.requested).join(', ')}`}`);
  const withBot = ingest.filter((r) => r.warm.botProcess !== undefined);
  if (withBot.length > 0) {
    const over = withBot.filter((r) => r.warm.botProcess!.peakRssMb > r.memoryGoalMb);
    const cold = withBot.filter((r) => r.warm.botProcess!.analysed > 0);
    out(`memory of the bot process at ready (peak): ${over.length === 0 ? 'under the goal at every size' : `over the goal at ${over.map((r) => `${r.requested} (${r.warm.botProcess!.peakRssMb} of ${r.memoryGoalMb} MB)`).join(', ')}`}${cold.length > 0 ? `; it analysed files itself at ${cold.map((r) => r.requested).join(', ')} (the cache was not warm for it)` : ''}`);
  }
  const idle = withBot.filter((r) => r.warm.botProcess!.idle);
  if (idle.length > 0) {
    const over = idle.filter((r) => r.warm.botProcess!.idle!.rssMb > r.memoryGoalMb);
    out(`memory of the bot process idle after its warm-up (RSS once V8's memory reducer has run): ${over.length === 0 ? 'under the goal at every size' : `over the goal at ${over.map((r) => `${r.requested} (${r.warm.botProcess!.idle!.rssMb} of ${r.memoryGoalMb} MB)`).join(', ')}`} (${idle.map((r) => { const i = r.warm.botProcess!.idle!; return `${r.requested}: ${i.rssMb} MB, reached after ${Math.round(i.ms / 1000)} s idle${i.settled ? '' : ', not settled'}`; }).join('; ')})`);
  }
  for (const r of withBot) {
    const w = r.warm.botProcess!.warmUp;
    out(`bot process warm-up at ${r.requested} (WARM_TOPICS topics, three quarters of them the largest and the rest the costliest others, worked out after ready): ${w === null ? 'none logged' : `${w.topics} topics in ${(w.ms / 1000).toFixed(1)} s, then RSS ${w.rssMb} MB, peak ${w.peakRssMb} MB`}`);
  }
  for (const r of ingest) {
    const c = r.coldBotProcess;
    if (c) out(`bot process cold start at ${r.requested} (empty analysis cache, ${c.analysed} files analysed by ${c.workers} analysis worker${c.workers === 1 ? '' : 's'}): ready in ${(c.readyMs / 1000).toFixed(1)} s, RSS ${c.rssMb} MB then, peak ${c.peakRssMb} MB`);
  }
}
const c = comparisons as { dates: Record<string, number>; quotes: Record<string, number | Record<string, number>>; summaries: Record<string, number> };
out(`\n## Comparisons (${smallest} requested articles; ratio = project time / alternative time)`);
out(`dates: chrono-node alone ${c.dates['chronoMbPerS']} MB/s (${c.dates['chronoFound']} expressions) vs tagger ${c.dates['taggerMbPerS']} MB/s (${c.dates['taggerFound']}); ratio ${c.dates['ratio']}; tagger covers ${Math.round(c.dates['chronoCoveredByTagger']! * 100)}% of chrono-node's spans`);
const q = c.quotes;
const gq = (k: string): Record<string, number> => q[k] as Record<string, number>;
out(`quotes: naive regex ${q['naiveMs']} ms (${q['naiveFound']} attributed) vs pipeline ${q['projectMs']} ms (${q['projectFound']}); ratio ${q['ratio']}; on the annotated pages naive P/R/F1 ${gq('goldNaive')['p']}/${gq('goldNaive')['r']}/${gq('goldNaive')['f1']} vs pipeline ${gq('goldProject')['p']}/${gq('goldProject')['r']}/${gq('goldProject')['f1']}`);
const s = c.summaries;
out(`summaries: lead sentences ${s['leadMsPerTopic']} ms/topic vs brief ${s['briefMsPerTopic']} ms/topic over ${s['topics']} topics; ratio ${s['ratio']}; gold nuggets covered: lead ${s['leadCovered']}/${s['nuggets']}, brief ${s['briefCovered']}/${s['nuggets']}`);

writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ when: new Date().toISOString(), node: process.version, runner, botFlags, machine: { cores, loadBefore: round(loadBefore), loadAfter: round(loadavg()[0]!) }, seed, ingest, trend: { analyseMsPerMb: round(fit.slope, 1), analyseMsFixed: round(fit.intercept, 0), rssMbPerMb: round(rssFit.slope, 2), rssMbFixed: round(rssFit.intercept, 0) }, goals: { throughputMbPerS: THROUGHPUT_GOAL_MB_S, memory: `${MEMORY_GOAL_TEXT_FACTOR}x text + ${MEMORY_GOAL_BASE_MB} MB`, warmStartupMs: WARM_STARTUP_GOAL_MS }, comparisons, commands: commands === null ? null : { articlesRequested: commandsArticles, ...(commands as object) } }, null, 2)}\n`,
);
out('\nwrote bench/results.json');
