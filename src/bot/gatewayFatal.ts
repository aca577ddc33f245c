import { Events, GatewayCloseCodes, type Client } from 'discord.js';

/** Where a bot token is reset, for the messages. */
const PORTAL = 'https://discord.com/developers/applications';

/**
 * Gateway close codes Discord never lets a session recover from (discord.js gives up on them and
 * only emits `shardDisconnect`: the process would sit there, connected to nothing), each with what
 * the operator should do. Codes from Discord's "Gateway Close Event Codes" table.
 */
const FATAL_CLOSE: ReadonlyMap<number, string> = new Map([
  [GatewayCloseCodes.AuthenticationFailed, `Discord closed the gateway: authentication failed (4004). The token (DISCORD_TOKEN) is no longer valid, e.g. it was reset. Copy a fresh one from ${PORTAL} → your app → Bot → Reset Token, then start again.`],
  [GatewayCloseCodes.InvalidShard, 'Discord closed the gateway: invalid shard (4010). Check SHARD_IDS and SHARD_COUNT: every id must be below the count.'],
  [GatewayCloseCodes.ShardingRequired, 'Discord closed the gateway: sharding required (4011). The bot is in too many servers for one connection; set SHARD_COUNT (and SHARD_IDS per process).'],
  [GatewayCloseCodes.InvalidAPIVersion, 'Discord closed the gateway: invalid API version (4012). Update discord.js.'],
  [GatewayCloseCodes.InvalidIntents, 'Discord closed the gateway: invalid intents (4013). The bot asks only for Guilds; report this as a bug.'],
  [GatewayCloseCodes.DisallowedIntents, `Discord closed the gateway: disallowed intents (4014). The bot asks only for Guilds, which needs no approval; check the application's settings at ${PORTAL}.`],
]);

/** The operator's message for a close code the session cannot recover from; null for codes discord.js resumes or re-identifies after. */
export function fatalCloseMessage(code: number): string | null {
  return FATAL_CLOSE.get(code) ?? null;
}

/**
 * Calls `onFatal` once, with the operator's message, when a shard's gateway closes with a fatal
 * code ({@link fatalCloseMessage}). `npm start` exits non-zero there instead of staying up with no
 * gateway; codes discord.js recovers from (4000 resume, 4009 re-identify, …) are left to it.
 */
export function onFatalGatewayClose(client: Client, onFatal: (message: string, code: number) => void): void {
  let fired = false;
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const message = fatalCloseMessage(event.code);
    if (message === null || fired) return;
    fired = true;
    onFatal(`shard ${shardId}: ${message}`, event.code);
  });
}
