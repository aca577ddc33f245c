import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Routes } from 'discord.js';
import type { Corpus } from '../../briefing/index/buildCorpus.js';
import type { BotConfig, Config } from '../../config.js';
import type { Logger } from '../../bot/logger.js';
import { startBot, type Bot } from '../../bot/startBot.js';
import { DiscordEmulator } from '../discord-emulator/index.js';
import { startPlaygroundServer, type PlaygroundServer } from './playgroundServer.js';

/** The only token the playground's emulator accepts; it never leaves this process and is no Discord token. */
export const PLAYGROUND_TOKEN = 'playground-emulator-token';

export interface PlaygroundOptions {
  /** Configuration as for `npm start` (corpus folder, limits, log level); token, API URL, state folder and cache store are the playground's own. */
  config: Config;
  corpus: Corpus;
  /** Port of the page on 127.0.0.1; 0 picks a free one. */
  port: number;
  logger?: Logger;
  /** Command modules folder (default src/commands). */
  commandsDir?: string;
}

export interface Playground {
  /** The page, `http://127.0.0.1:PORT/`. */
  url: string;
  emu: DiscordEmulator;
  bot: Bot;
  server: PlaygroundServer;
  /** Temporary state folder (cache, subscriptions), removed by `stop`. */
  stateDir: string;
  /** Stops the page, the bot and the emulator, and removes the state folder. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts the playground: a local Discord emulator, the real bot (`startBot`, as `npm start` runs
 * it) logged in to it with the emulator's token and `DISCORD_API_URL`, the commands registered in
 * the emulated server (as `npm run deploy-commands` does with DEV_GUILD_ID), and the web page.
 * State lives in a fresh temporary folder (the emulated server's ids change every run, so
 * subscriptions from an earlier run would point nowhere). Needs no Discord token or network.
 */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const emu = await DiscordEmulator.start({ token: PLAYGROUND_TOKEN });
  const stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-playground-'));
  let bot: Bot | undefined;
  let server: PlaygroundServer | undefined;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await server?.close();
    await bot?.stop();
    await emu.stop();
    rmSync(stateDir, { recursive: true, force: true });
  };
  try {
    const { KEYV_URL: _store, DISCORD_CLIENT_ID: _app, ...rest } = options.config;
    const config: BotConfig = { ...rest, DISCORD_TOKEN: emu.token, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, DEV_GUILD_ID: emu.guild.id };
    bot = await startBot({ config, corpus: options.corpus, ...(options.logger ? { logger: options.logger } : {}), ...(options.commandsDir ? { commandsDir: options.commandsDir } : {}) });
    await bot.client.rest.put(Routes.applicationGuildCommands(emu.applicationId, emu.guild.id), { body: bot.commands.definitions });
    server = await startPlaygroundServer({ emu, port: options.port });
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: server.url, emu, bot, server, stateDir, stop };
}
