/**
 * The permissions and intents that SECURITY.md and the README promise are the ones the code uses:
 * the permission integer is the sum of what digests check in a channel, the invite URL carries
 * it, and the client asks for the Guilds intent only (no privileged intent).
 */
import { readFileSync } from 'node:fs';
import { GatewayIntentBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { BOT_CHANNEL_PERMISSIONS } from '../../src/digests/permissions.js';

const SECURITY = readFileSync('SECURITY.md', 'utf8');
const README = readFileSync('README.md', 'utf8');
const START_BOT = readFileSync('src/bot/startBot.ts', 'utf8');

describe('documented permissions and intents match the code', () => {
  it('GIVEN the channel permissions digests check THEN their sum is the integer in SECURITY.md, its invite URL and the README', () => {
    const sum = BOT_CHANNEL_PERMISSIONS.reduce((s, p) => s | p.flag, 0n).toString();
    expect(SECURITY).toContain(`Permissions integer: \`${sum}\``);
    expect(SECURITY).toContain(`permissions=${sum}`);
    expect(README).toContain(`permissions \`${sum}\``);
    for (const p of BOT_CHANNEL_PERMISSIONS) expect(SECURITY.replace(/\s+/g, ' ')).toContain(`${p.name} (${p.flag})`);
  });

  it('GIVEN the client the bot creates THEN it asks for the Guilds intent only, as documented', () => {
    const intents = [...START_BOT.matchAll(/GatewayIntentBits\.(\w+)/g)].map((m) => m[1]);
    expect(new Set(intents)).toEqual(new Set(['Guilds']));
    expect(SECURITY).toContain(`\`Guilds\` only (intent bit ${GatewayIntentBits.Guilds})`);
    expect(README).toMatch(/only the `Guilds` gateway\s+intent/);
  });
});
