import type { SourceAdmin } from '../../src/bot/types.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { startBot, type Bot } from '../../src/bot/startBot.js';
import { createLogger } from '../../src/bot/logger.js';
import { parseBotConfig } from '../../src/config.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { DiscordEmulator } from '../../src/dev/discord-emulator/index.js';

/** A token shaped like a real one, so the log test can look for it. */
export const TEST_TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GxYzAb.emulator-only-token-0123456789abcdef';

let bundled: Promise<Corpus> | undefined;
/** The bundled corpus (data/), loaded once per test file. */
export function bundledCorpus(): Promise<Corpus> {
  return (bundled ??= loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 }));
}

export interface Harness {
  emu: DiscordEmulator;
  bot: Bot;
  /** Every log line the bot wrote (JSON). */
  logs: string[];
  stateDir: string;
  close(): Promise<void>;
}

/**
 * The real bot (startBot, as `npm start` runs it) against a fresh emulator, with its state in a
 * temporary folder. `env` overrides configuration (e.g. a low per-user limit).
 */
export async function startHarness(env: Record<string, string> = {}, options: { corpus?: Corpus; commandsDir?: string; sources?: SourceAdmin } = {}): Promise<Harness> {
  const emu = await DiscordEmulator.start({ token: TEST_TOKEN });
  const stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-e2e-'));
  const parsed = parseBotConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, LOG_LEVEL: 'debug', USER_RATE_LIMIT: '1000', GUILD_RATE_LIMIT: '100000', ...env });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logs: string[] = [];
  const logger = createLogger({ level: parsed.config.LOG_LEVEL, secret: parsed.config.DISCORD_TOKEN, destination: { write: (line: string) => void logs.push(line) } });
  const corpus = options.corpus ?? (await bundledCorpus());
  const bot = await startBot({ config: parsed.config, corpus, logger, ...(options.commandsDir ? { commandsDir: options.commandsDir } : {}), ...(options.sources ? { sources: options.sources } : {}) });
  return {
    emu,
    bot,
    logs,
    stateDir,
    async close() {
      await bot.stop();
      await emu.stop();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** Text of every “…” quote in an embed description. */
export function quotedSnippets(text: string): string[] {
  return [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
}

/** Removes Discord escapes (backslashes before markdown characters and zero-width spaces). */
export function unescapeDiscord(text: string): string {
  return text.replace(/\\([\\*_~`|>#[\]()\-.])/g, '$1').replace(/\u200b/g, '');
}

/** Title of a recorded message's first embed. */
export const titleOf = (m: { embeds: unknown[] } | null): string | undefined => (m?.embeds[0] as { title?: string } | undefined)?.title;
/** Description of a recorded message's first embed ('' when none). */
export const descriptionOf = (m: { embeds: unknown[] } | null): string => (m?.embeds[0] as { description?: string } | undefined)?.description ?? '';
