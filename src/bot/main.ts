/**
 * `npm start`: the bot. Configuration from the environment or `.env` (see .env.example), checked
 * before anything starts; the corpus folder is analysed; then the bot logs in and serves until
 * SIGINT/SIGTERM, when it shuts down gracefully.
 */
import { loadDotEnv, parseBotConfig, processEnv } from '../config.js';
import { join } from 'node:path';
import { createAnalysisCache } from '../corpus/analysisCache.js';
import { pipelineVersion } from '../corpus/pipelineVersion.js';
import { watchCorpus, type CorpusWatcher } from '../corpus/watchCorpus.js';
import { createWorkerAnalyser, IN_FLIGHT_PER_WORKER } from '../corpus/workerAnalyser.js';
import { openSources } from '../sources/openSources.js';
import { parseSourceOptions } from '../sources/sourceOptions.js';
import type { Poller } from '../sources/createPoller.js';
import { createLogger } from './logger.js';
import { startBot, StartupError, type Bot } from './startBot.js';
import { onFatalGatewayClose } from './gatewayFatal.js';

/** Duplicate-story and undated-article warnings quoted in the start-up log line that counts each kind. */
const DUPLICATE_EXAMPLES = 3;

/** Longest graceful shutdown before the process exits anyway, ms. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

loadDotEnv();
const parsed = parseBotConfig(processEnv());
if (!parsed.ok) {
  process.stderr.write(`newsbrief: configuration error:\n  ${parsed.errors.join('\n  ')}\n`);
  process.exit(2);
}
const config = parsed.config;
const log = createLogger({ level: config.LOG_LEVEL, secret: config.DISCORD_TOKEN });

// The corpus folder is watched: a new or changed file (dropped in by an admin or written by a live
// source) is analysed (only it: analyses are cached per content hash under STATE_DIR) and the bot
// answers from the new corpus; cached replies whose topic, speaker or articles changed are built
// again, the others stay cached (src/bot/answers/scope.ts).
// Files are analysed in worker threads (ANALYSIS_WORKERS, 1 by default): a cold start analyses on
// every worker while this thread stores and merges; this thread never loads the language model
// (after a cold start of 10k articles the bot held 436 MB with it, 270 MB without once the worker
// stopped); and while the bot runs, a large file (seconds of analysis) never holds the commands
// Discord wants answered within 3 s.
let bot: Bot | undefined;
let watcher: CorpusWatcher;
const analysisCacheDir = join(config.STATE_DIR, 'analysis');
const analysisCache = createAnalysisCache(analysisCacheDir, pipelineVersion());
/**
 * Analyses the cache could not store (a full disk, a folder that cannot be written) still serve;
 * said once per load or change that met new failures: the next start analyses those files again.
 */
let cacheWriteFailuresTold = 0;
function warnCacheWrites(): void {
  const failures = analysisCache.stats.writeFailures;
  if (failures === cacheWriteFailuresTold) return;
  log.warn({ dir: analysisCacheDir, failures: failures - cacheWriteFailuresTold, err: analysisCache.lastWriteError }, 'analyses could not be stored in the analysis cache; they are served, and the next start analyses those files again');
  cacheWriteFailuresTold = failures;
}
const analyser = createWorkerAnalyser({ workers: config.ANALYSIS_WORKERS, onError: (err) => log.error({ err }, 'analysis worker failed; analysing on the main thread') });
try {
  watcher = await watchCorpus(config.CORPUS_DIR, {
    maxFileBytes: config.MAX_FILE_BYTES,
    cache: analysisCache,
    analyse: analyser.analyse,
    inFlight: IN_FLIGHT_PER_WORKER * analyser.workers,
    // A cold start's workers stop once the corpus is analysed, before it is read back (see
    // analyseFiles): their language models and the corpus are never held at once.
    afterAnalysis: () => analyser.rest(),
    onCorpus: (next, change) => {
      log.info({ version: next.version, articles: next.articles.length, ...change }, 'corpus changed');
      warnCacheWrites();
      bot?.setCorpus(next);
    },
    onError: (err) => log.error({ err, dir: config.CORPUS_DIR }, 'corpus scan failed; keeping the last corpus'),
  });
} catch (err) {
  log.fatal({ err, dir: config.CORPUS_DIR }, 'cannot read the corpus folder (CORPUS_DIR)');
  process.exit(1);
}
const corpus = watcher.corpus;
// How much of the start-up load came from the analysis cache (analysed: files read and analysed
// because they were new, changed, or analysed by another pipeline version), and by how many workers.
log.info({ articles: corpus.articles.length, fromCache: analysisCache.stats.hits, analysed: analysisCache.stats.misses, analysisWorkers: analyser.workers }, 'corpus loaded');
warnCacheWrites();
// Reprints of one story are normal in wire copy (tens of thousands at 50k articles), and so are
// datelines without a year in some feeds: one line each with their count and a few examples; every
// other warning on its own line.
const grouped = { duplicate: { count: 0, examples: [] as string[] }, undated: { count: 0, examples: [] as string[] } };
for (const w of corpus.warnings) {
  const g = w.code === 'duplicate' || w.code === 'undated' ? grouped[w.code] : undefined;
  if (!g) log.warn({ file: w.file, code: w.code }, w.message);
  else if (g.count++ < DUPLICATE_EXAMPLES) g.examples.push(w.message);
}
if (grouped.duplicate.count > 0) log.info({ duplicates: grouped.duplicate.count, examples: grouped.duplicate.examples }, 'repeated copies of stories kept once (the fuller copy)');
if (grouped.undated.count > 0) log.warn({ undated: grouped.undated.count, examples: grouped.undated.examples }, 'articles whose dateline gives no year, undated (a full date on the page or in the file name dates them)');

// Live sources: feeds and pages polled into CORPUS_DIR/sources (the watcher picks them up).
const sourceOptions = parseSourceOptions(config);
let poller: Poller | undefined;
if (sourceOptions.ok) {
  const opened = await openSources({
    options: sourceOptions.options,
    stateDir: config.STATE_DIR,
    corpusDir: config.CORPUS_DIR,
    logger: log,
    onNewArticles: () => void watcher.refresh(),
  });
  if (opened.ok) poller = opened.poller;
  else log.error({ errors: opened.errors }, 'live sources are off: the sources file is invalid');
} else log.error({ errors: sourceOptions.errors }, 'live sources are off: invalid SOURCE_* settings');

try {
  bot = await startBot({ config, corpus, logger: log, ...(poller ? { sources: poller } : {}) });
} catch (err) {
  if (err instanceof StartupError) {
    log.fatal(err.message);
    process.stderr.write(`newsbrief: ${err.message}\n`);
  } else log.fatal({ err }, 'start failed');
  process.exit(1);
}
// Polling starts once the bot serves: its first round may bring articles at once.
if (poller) {
  await poller.start();
  log.info({ sources: (await poller.list()).length }, 'live sources polling');
}

let stopping = false;
async function shutdown(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const timer = setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  await poller?.stop();
  await watcher.close();
  await analyser.close();
  await bot?.stop();
  process.exit(exitCode);
}
// A promise nobody awaited must not kill a bot serving many servers: log it and keep serving.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
// A gateway close Discord never recovers from (bad token, sharding, intents): say what to do and exit 1, not idle with no gateway.
onFatalGatewayClose(bot.client, (message) => (log.fatal(message), process.stderr.write(`newsbrief: ${message}\n`), void shutdown('fatal gateway close', 1)));
