/**
 * Discord faults against the real bot and the emulator, beyond faults.e2e (429 on a callback, 500
 * on an edit, gateway cut and 4000 resume): a global 429, 502 then 503 then success, a response
 * past Discord's 3-second deadline, an edit after the interaction token expired, a session that
 * timed out (4009) and an invalid session (op 9), each followed by a command that must be served.
 * One digest subscription made first must come through every fault unchanged, delivery state
 * included, and still answer /digest list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/logger.js';
import { startBot, type Bot } from '../../src/bot/startBot.js';
import { parseBotConfig } from '../../src/config.js';
import { DiscordEmulator } from '../../src/dev/discord-emulator/index.js';
import { digestOptions, subscribedId } from './digestHelpers.js';
import { bundledCorpus, TEST_TOKEN } from './harness.js';

/** Discord's deadline for the first response to an interaction, ms (enforced by the emulator here). */
const DEADLINE_MS = 3000;
/** Interaction-token life in this file, ms (Discord: 15 minutes), so expiry can be reached. */
const TOKEN_TTL_MS = 6000;
/** How far past a limit the delayed requests arrive, ms. */
const PAST_MS = 400;

let emu: DiscordEmulator;
let bot: Bot;
let stateDir: string;
const logs: string[] = [];
let subscriptionId: string;
let subscriptionBefore: string;

beforeAll(async () => {
  emu = await DiscordEmulator.start({ token: TEST_TOKEN, interactionDeadlineMs: DEADLINE_MS, interactionTokenTtlMs: TOKEN_TTL_MS });
  stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-gw-'));
  const parsed = parseBotConfig({ DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, LOG_LEVEL: 'debug', USER_RATE_LIMIT: '1000', GUILD_RATE_LIMIT: '100000' });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const logger = createLogger({ level: 'debug', secret: TEST_TOKEN, destination: { write: (line: string) => void logs.push(line) } });
  bot = await startBot({ config: parsed.config, corpus: await bundledCorpus(), logger });
  const o = await emu.command('digest', digestOptions('subscribe', { channel: emu.channel.id, topic: 'missile-shield', schedule: 'daily 09:00' }));
  subscriptionId = subscribedId(o.message);
  subscriptionBefore = JSON.stringify(bot.digests.store.get(subscriptionId));
});
afterAll(async () => {
  await bot?.stop();
  await emu?.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

const titleOf = (m: { embeds: unknown[] } | null): string | undefined => (m?.embeds[0] as { title?: string } | undefined)?.title;
const parsedLogs = (): { msg?: string; err?: { message?: string; code?: number } }[] => logs.map((l) => JSON.parse(l) as { msg?: string; err?: { message?: string; code?: number } });

/** A command must still be served after each fault. */
async function stillServes(): Promise<void> {
  expect(titleOf((await emu.command('topics', {}, { timeoutMs: 15_000 })).message)).toBe('Topics');
}

describe('Discord faults: the bot keeps serving', () => {
  it('GIVEN a global 429 on a channel post THEN the bot waits it out and the post is made once', async () => {
    const before = emu.channelMessages().length;
    emu.injectFault({ kind: 'rate-limit', method: 'POST', path: /^\/channels\/\d+\/messages$/, retryAfter: 0.5, global: true });
    const posted = await bot.post(emu.channel.id, { embeds: [{ title: 'After a global limit' }] });
    const calls = emu.rest().filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path));
    expect(calls.slice(-2).map((r) => r.status)).toEqual([429, 200]);
    expect(calls.at(-1)!.at - calls.at(-2)!.at).toBeGreaterThanOrEqual(500);
    expect(emu.channelMessages().length).toBe(before + 1);
    expect(emu.messages.get(posted.id)).toBeDefined();
    await stillServes();
  });

  it('GIVEN 502 then 503 on the interaction callback THEN the bot retries and the reply arrives once', async () => {
    emu.injectFault({ kind: 'server-error', method: 'POST', path: /^\/interactions\//, status: 502 });
    emu.injectFault({ kind: 'server-error', method: 'POST', path: /^\/interactions\//, status: 503 });
    const o = await emu.command('help', {}, { timeoutMs: 15_000 });
    expect(titleOf(o.message)).toBe('newsbrief');
    const calls = emu.rest().filter((r) => r.path.startsWith(`/interactions/${o.interactionId}/`));
    expect(calls.map((r) => r.status)).toEqual([502, 503, 204]);
  });

  it('GIVEN a deferred command whose edit reaches Discord after the 3 s deadline THEN the reply still completes (only the first response has a deadline)', async () => {
    emu.injectFault({ kind: 'delay', method: 'PATCH', path: /^\/webhooks\//, delayMs: DEADLINE_MS + PAST_MS });
    const o = await emu.command('timeline', { topic: 'missile-shield' }, { timeoutMs: 15_000 });
    expect(o.deferred).toBe(true);
    expect(titleOf(o.message)).toMatch(/Timeline/);
  });

  it('GIVEN a reply that reaches Discord after the 3 s deadline THEN Discord refuses it (10062), the bot logs it plainly, does not crash, and serves the next command', async () => {
    emu.injectFault({ kind: 'delay', method: 'POST', path: /^\/interactions\//, delayMs: DEADLINE_MS + PAST_MS });
    const id = await emu.sendInteraction(2, { name: 'help', type: 1 });
    await emu.waitFor((r) => r.kind === 'rest' && r.path.startsWith(`/interactions/${id}/`) && r.status === 404, 15_000, 'late callback refused');
    await expect.poll(() => parsedLogs().some((l) => l.msg === 'interaction failed' && /Unknown interaction/.test(l.err?.message ?? '')), { timeout: 5000 }).toBe(true);
    await stillServes();
  });

  it('GIVEN a deferred command whose edit comes after the interaction token expired THEN the bot logs it, does not crash, and serves the next command', async () => {
    emu.injectFault({ kind: 'delay', method: 'PATCH', path: /^\/webhooks\//, delayMs: TOKEN_TTL_MS + PAST_MS });
    const id = await emu.sendInteraction(2, { name: 'brief', type: 1, options: [{ name: 'topic', type: 3, value: 'missile-shield' }] });
    await emu.waitFor((r) => r.kind === 'rest' && r.method === 'PATCH' && r.path.includes('/messages/@original') && r.status === 401, 20_000, 'expired-token edit refused');
    await expect.poll(() => parsedLogs().some((l) => l.msg === 'interaction failed' && /Invalid Webhook Token/.test(l.err?.message ?? '')), { timeout: 10_000 }).toBe(true);
    expect(emu.records.some((r) => r.kind === 'rest' && r.path.startsWith(`/interactions/${id}/`) && r.status === 204)).toBe(true);
    await stillServes();
  }, 30_000);

  it('GIVEN the gateway closes with 4009 (session timed out) THEN the bot identifies again and serves', async () => {
    const identifies = emu.gateway.identifies;
    emu.dropGateway({ code: 4009 });
    await emu.waitFor((r) => r.kind === 'gateway' && r.direction === 'out' && r.t === 'READY' && r.connection > 1 && emu.gateway.identifies > identifies, 15_000, 'READY after 4009');
    expect(emu.gateway.identifies).toBe(identifies + 1);
    await stillServes();
  });

  it('GIVEN an invalid session (op 9, not resumable) THEN the bot identifies again and serves', async () => {
    const identifies = emu.gateway.identifies;
    emu.invalidateSessions({ resumable: false });
    await expect.poll(() => emu.gateway.identifies, { timeout: 15_000 }).toBe(identifies + 1);
    await emu.waitForReady(15_000);
    await stillServes();
  });

  it('GIVEN every fault above THEN the subscription and its delivery state are unchanged and /digest list still shows it', async () => {
    expect(JSON.stringify(bot.digests.store.get(subscriptionId))).toBe(subscriptionBefore);
    const o = await emu.command('digest', digestOptions('list'));
    expect(JSON.stringify(o.message?.embeds)).toContain(subscriptionId);
    for (const l of logs) expect(l).not.toContain(TEST_TOKEN);
  });
});
