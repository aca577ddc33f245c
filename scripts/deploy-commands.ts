/**
 * `npm run deploy-commands`: registers the slash commands of src/commands with Discord: in the
 * server DEV_GUILD_ID when set (visible at once), else globally (may take up to an hour to show).
 * Uses DISCORD_TOKEN, DISCORD_CLIENT_ID (else asks Discord for the application id) and
 * DISCORD_API_URL (e.g. the local emulator). Exit code 0 on success, 1 on a Discord error,
 * 2 on a configuration error.
 */
import { REST, Routes, type RESTGetAPIApplicationResult, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { loadCommands } from '../src/bot/loadCommands.js';
import { loadDotEnv, parseBotConfig, processEnv } from '../src/config.js';

loadDotEnv();
const parsed = parseBotConfig(processEnv());
if (!parsed.ok) {
  process.stderr.write(`deploy-commands: configuration error:\n  ${parsed.errors.join('\n  ')}\n`);
  process.exit(2);
}
const config = parsed.config;
const { definitions } = await loadCommands();
const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
try {
  const appId = config.DISCORD_CLIENT_ID ?? ((await rest.get(Routes.currentApplication())) as RESTGetAPIApplicationResult).id;
  const route = config.DEV_GUILD_ID ? Routes.applicationGuildCommands(appId, config.DEV_GUILD_ID) : Routes.applicationCommands(appId);
  const saved = (await rest.put(route, { body: definitions })) as RESTPutAPIApplicationCommandsResult;
  process.stdout.write(`registered ${saved.length} commands (${saved.map((c) => `/${c.name}`).join(' ')}) ${config.DEV_GUILD_ID ? `in server ${config.DEV_GUILD_ID}` : 'globally (allow up to an hour to appear)'}\n`);
} catch (err) {
  const e = err as Error & { status?: number };
  process.stderr.write(`deploy-commands: Discord refused the registration${e.status ? ` (HTTP ${e.status})` : ''}: ${e.message}\n`);
  process.exit(1);
}
