/**
 * `npm start`: the bot. Configuration from the environment or `.env` (see .env.example), checked
 * before anything starts; the corpus folder is analysed; then the bot logs in and serves until
 * SIGINT/SIGTERM, when it shuts down gracefully.
 */
import { loadDotEnv, parseBotConfig, processEnv } from '../config.js';
import { loadCorpus } from '../corpus/loadCorpus.js';
import { createLogger } from './logger.js';
import { startBot, StartupError, type Bot } from './startBot.js';

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

let corpus;
try {
  corpus = await loadCorpus(config.CORPUS_DIR, { maxFileBytes: config.MAX_FILE_BYTES });
} catch (err) {
  log.fatal({ err, dir: config.CORPUS_DIR }, 'cannot read the corpus folder (CORPUS_DIR)');
  process.exit(1);
}
for (const w of corpus.warnings) log.warn({ file: w.file, code: w.code }, w.message);

let bot: Bot;
try {
  bot = await startBot({ config, corpus, logger: log });
} catch (err) {
  if (err instanceof StartupError) {
    log.fatal(err.message);
    process.stderr.write(`newsbrief: ${err.message}\n`);
  } else log.fatal({ err }, 'start failed');
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const timer = setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  await bot.stop();
  process.exit(0);
}
// A promise nobody awaited must not kill a bot serving many servers: log it and keep serving.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
