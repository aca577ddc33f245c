import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiscordEmulator, type EmulatedChannel, type EmulatedUser } from '../../src/dev/discord-emulator/index.js';
import { snowflake } from '../../src/dev/discord-emulator/snowflake.js';
import { deleteKeys, maxInWindow, REDIS_URL, redisAnswers, startBotProcess, type BotProcess } from '../scale/botProcess.js';
import { TEST_TOKEN } from './harness.js';
import { digestOptions, digestsIn, slotOf, subscribedId } from './digestHelpers.js';

/** Gateway shards over the two processes (one each). */
const SHARDS = 2;
/** Digest subscriptions due in the same second, half in each process's server. */
const DIGESTS = 100;
/** Deliveries per second over all processes (the BullMQ queue limiter gets half per fixed window). */
const OUTBOUND_PER_SECOND = 30;
/** Commands per user per window, over all processes. */
const USER_LIMIT = 5;
/** Seconds ahead the shared slot is put, leaving time to subscribe every channel. */
const LEAD_S = 14;
/** Queue lock of a digest job: a killed process's jobs go to the other one after about 1.5x this. */
const LOCK_S = 2;
/** The process is killed once this many digests are posted (mid-round). */
const KILL_AFTER = 25;
/** Longest wait for a bot process's log line after its reply arrived (stdout is piped; a loaded machine lags). */
const LOG_LAG_MS = 5000;

const up = await redisAnswers();
if (!up) console.warn(`scale-out e2e test SKIPPED: no Redis answers at ${REDIS_URL} (start one: redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "")`);

/** This run's keys: nothing else on the Redis is touched, and they are deleted afterwards. */
const PREFIX = `nbtest-${process.pid}-${Date.now()}`;
let emu: DiscordEmulator | undefined;
const bots: BotProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const b of bots) await b.kill();
  await emu?.stop();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (up) await deleteKeys(PREFIX);
});

const shardOf = (guildId: string): number => Number((BigInt(guildId) >> 22n) % BigInt(SHARDS));
/** An admin acting in a server (the emulator gives every member all permissions unless told otherwise). */
const member = (name: string): EmulatedUser => ({ id: snowflake(), username: name, global_name: name, discriminator: '0', avatar: null });
const isSlowDown = (o: { message: { embeds: unknown[] } | null }): boolean => JSON.stringify(o.message?.embeds ?? []).includes('Slow down');

describe.skipIf(!up)('two bot processes on one Redis (scale-out)', () => {
  it('GIVEN two shards in two processes, 100 digests due at once and one process SIGKILLed mid-round THEN commands are answered by either, user limits hold across both, and every digest is posted exactly once within the shared rate limit', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    const guildA = emu.guild;
    const guildB = emu.addGuild('Second Guild', [1 - shardOf(guildA.id), SHARDS]);
    const per = DIGESTS / 2;
    const channelsA = Array.from({ length: per }, (_, i) => emu!.addChannel(`a-${i}`, guildA));
    const channelsB = Array.from({ length: per }, (_, i) => emu!.addChannel(`b-${i}`, guildB));
    const env = (shard: number): Record<string, string> => ({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: emu!.apiUrl,
      KEYV_URL: REDIS_URL,
      REDIS_PREFIX: PREFIX,
      SHARD_IDS: String(shard),
      SHARD_COUNT: String(SHARDS),
      STATE_DIR: dirs[shard]!,
      DIGEST_MIN_INTERVAL: '60',
      DIGEST_MAX_PER_GUILD: String(DIGESTS),
      DIGEST_JOB_LOCK_SECONDS: String(LOCK_S),
      OUTBOUND_PER_SECOND: String(OUTBOUND_PER_SECOND),
      USER_RATE_LIMIT: String(USER_LIMIT),
      USER_RATE_WINDOW_SECONDS: '120',
      // The per-server limit is not under test here (100 subscriptions are made in seconds).
      GUILD_RATE_LIMIT: '1000',
    });
    for (let s = 0; s < SHARDS; s++) dirs.push(mkdtempSync(join(tmpdir(), `newsbrief-scale-${s}-`)));
    for (let s = 0; s < SHARDS; s++) bots.push(startBotProcess(env(s), dirs[s]!));
    await Promise.all(bots.map((b) => b.waitFor(/"msg":"digests started"/, 30_000)));
    const botOf = (guildId: string): BotProcess => bots[shardOf(guildId)]!;

    // Commands answered by either process: each answers its own server's.
    const bob = emu.users.bob;
    const inA = { user: bob, channelId: guildA.channels[0]!.id };
    const inB = { user: bob, channelId: guildB.channels[0]!.id };
    const answers = [await emu.command('help', {}, inA), await emu.command('help', {}, inB), await emu.command('brief', { topic: 'poll' }, inA), await emu.command('help', {}, inB), await emu.command('help', {}, inA)];
    expect(answers.every((o) => o.message !== null && !isSlowDown(o))).toBe(true);
    // Each process logs its answers; the log reaches us through a pipe, a little after the reply.
    for (const g of [guildA, guildB]) {
      const bot = botOf(g.id);
      for (let waited = 0; bot.lines('answered').length < 2 && waited < LOG_LAG_MS; waited += 50) await new Promise((r) => setTimeout(r, 50));
      expect(bot.lines('answered').length).toBeGreaterThanOrEqual(2);
    }
    // Bob used his allowance across both processes: the next command is refused in either server.
    expect(isSlowDown(await emu.command('help', {}, inB))).toBe(true);
    expect(isSlowDown(await emu.command('help', {}, inA))).toBe(true);

    // 100 subscriptions on one slot, each server's made in its own process (one admin per 4, within the user limit).
    const target = new Date(Math.ceil((Date.now() + LEAD_S * 1000) / 1000) * 1000);
    const schedule = `${target.getUTCSeconds()} * * * * *`;
    const all: EmulatedChannel[] = [...channelsA, ...channelsB];
    const ids: string[] = [];
    const admins = Array.from({ length: Math.ceil(DIGESTS / (USER_LIMIT - 1)) }, (_, i) => member(`admin${i}`));
    for (let i = 0; i < all.length; i += 20) {
      const batch = all.slice(i, i + 20).map((c, k) => {
        const guild = c.guild_id === guildA.id ? guildA : guildB;
        return emu!.command('digest', digestOptions('subscribe', { channel: c.id, topic: 'all', schedule, length: 'short' }), { user: admins[Math.floor((i + k) / (USER_LIMIT - 1))]!, channelId: guild.channels[0]!.id });
      });
      for (const o of await Promise.all(batch)) ids.push(subscribedId(o.message));
    }
    expect(new Set(ids).size).toBe(DIGESTS);
    expect(Date.now()).toBeLessThan(target.getTime() - 1000);

    // Mid-round, the process of server A dies without a word.
    const victim = botOf(guildA.id);
    const count = (): number => all.reduce((n, c) => n + (digestsIn(emu!, c.id).length > 0 ? 1 : 0), 0);
    const until = target.getTime() + 40_000;
    while (count() < KILL_AFTER && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await victim.kill('SIGKILL');
    const killedAt = Date.now();
    const postedBeforeKill = count();
    while (count() < DIGESTS && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    // A little longer: a doubled post would show now.
    await new Promise((r) => setTimeout(r, 1500));

    const perChannel = all.map((c) => digestsIn(emu!, c.id));
    const missing = perChannel.filter((m) => m.length === 0).length;
    const doubled = perChannel.filter((m) => m.length > 1).length;
    const slot = Math.floor(target.getTime() / 1000);
    const channelIds = new Set(all.map((c) => c.id));
    const posts = emu.rest(/^POST \/channels\/\d+\/messages$/).filter((r) => channelIds.has(r.path.split('/')[2]!));
    const first = Math.min(...posts.map((r) => r.at));
    const last = Math.max(...posts.map((r) => r.at));
    const perSecond = maxInWindow(posts.map((r) => r.at), 1000);
    const survivor = bots.find((b) => b !== victim)!;
    const postedBy = { victim: victim.lines('digest posted').length, survivor: survivor.lines('digest posted').length };
    console.info(`scale-out round: ${DIGESTS} digests, ${posts.length} requests over ${Math.round(last - first)} ms, at most ${perSecond} in any second; ${postedBeforeKill} posted when one process was killed ${Math.round(killedAt - target.getTime())} ms into the round; posted by victim ${postedBy.victim}, survivor ${postedBy.survivor}; missing ${missing}, doubled ${doubled}`);
    expect(missing).toBe(0);
    expect(doubled).toBe(0);
    expect(perChannel.every((m) => slotOf(m[0]!) === slot)).toBe(true);
    // Both processes delivered (the queue shares the round), and the survivor finished the victim's server.
    expect(postedBy.victim).toBeGreaterThan(0);
    expect(postedBy.survivor).toBeGreaterThan(0);
    expect(channelsA.every((c) => digestsIn(emu!, c.id).length === 1)).toBe(true);
    // One limit over both processes: never more than OUTBOUND_PER_SECOND in a second, so the round
    // takes at least DIGESTS / OUTBOUND_PER_SECOND seconds (each process alone would allow as much again).
    expect(perSecond).toBeLessThanOrEqual(OUTBOUND_PER_SECOND);
    expect(last - first).toBeGreaterThanOrEqual(((DIGESTS - OUTBOUND_PER_SECOND) / OUTBOUND_PER_SECOND) * 1000);
    // A repeated request (the survivor finishing a post the victim had sent) was answered with the one message.
    const byNonce = new Map<string, number>();
    for (const m of all.flatMap((c) => emu!.channelMessages(c.id))) if (m.nonce) byNonce.set(String(m.nonce), (byNonce.get(String(m.nonce)) ?? 0) + 1);
    expect([...byNonce.values()].every((n) => n === 1)).toBe(true);
  }, 90_000);
});
