/**
 * `npm run playground`: the real bot against the local Discord emulator, with a web page on
 * 127.0.0.1 (PLAYGROUND_PORT, default 3000) that looks and behaves like a Discord channel. No
 * Discord account or token needed. For trying commands; not for production.
 */
import { loadDotEnv, parseConfig, processEnv } from '../../config.js';
import { loadCorpus } from '../../corpus/loadCorpus.js';
import { createLogger } from '../../bot/logger.js';
import { parsePlaygroundConfig } from './playgroundConfig.js';
import { PLAYGROUND_TOKEN, startPlayground, type Playground } from './startPlayground.js';

loadDotEnv();
const env = processEnv();
const base = parseConfig(env);
const own = parsePlaygroundConfig(env);
if (!base.ok || !own.ok) {
  process.stderr.write(`playground: configuration error:\n  ${[...(base.ok ? [] : base.errors), ...(own.ok ? [] : own.errors)].join('\n  ')}\n`);
  process.exit(2);
}
// Logs go to stderr so the address printed on stdout stays easy to find.
const log = createLogger({ level: base.config.LOG_LEVEL, secret: PLAYGROUND_TOKEN, destination: process.stderr });
const corpus = await loadCorpus(base.config.CORPUS_DIR, { maxFileBytes: base.config.MAX_FILE_BYTES }).catch((err: unknown) => {
  process.stderr.write(`playground: cannot read the corpus folder ${base.config.CORPUS_DIR} (CORPUS_DIR): ${(err as Error).message}\n`);
  process.exit(1);
});
for (const w of corpus.warnings) log.warn({ file: w.file, code: w.code }, w.message);

let playground: Playground;
try {
  playground = await startPlayground({ config: base.config, corpus, port: own.config.PLAYGROUND_PORT, logger: log });
} catch (err) {
  const e = err as Error & { code?: string };
  process.stderr.write(
    e.code === 'EADDRINUSE' ? `playground: port ${own.config.PLAYGROUND_PORT} is in use; set PLAYGROUND_PORT to another port (0 picks a free one)\n` : `playground: start failed: ${e.message}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `newsbrief playground: ${playground.url}\n` +
    `  The real bot against a local Discord emulator, on this computer only. For trying commands, NOT for production:\n` +
    `  no Discord, no accounts, and everything is forgotten when it stops (Ctrl+C).\n`,
);

let stopping = false;
async function shutdown(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await playground.stop();
  process.exit(0);
}
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
