import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { digestOptions, digestsIn, slotOf, subscribedId } from './digestHelpers.js';
import { maxInWindow } from '../scale/botProcess.js';

/** Channels due in the same second. */
const CHANNELS = 200;
/** Discord's limits the posts must keep: requests per second bot-wide, posts per channel per 5 s. */
const DISCORD_GLOBAL_PER_S = 50;
const DISCORD_CHANNEL_PER_5S = 5;
/** 429s injected on channel posts while the round runs. */
const INJECTED_429 = 3;
/** Their Retry-After, seconds. */
const RETRY_AFTER_S = 0.5;
/** Seconds ahead the shared slot is put, leaving time to subscribe every channel. */
const LEAD_S = 12;

let h: Harness;
beforeAll(async () => {
  // Once a minute at a fixed second: the interval check passes with a 60 s minimum.
  // OUTBOUND_PER_SECOND 35 (default 40): on a loaded 2-core CI machine requests queued in the event
  // loop reach the emulator in bunches (51 in a sliding second was seen once at 40); the assertion
  // below stays Discord's own limit of 50.
  h = await startHarness({ DIGEST_MIN_INTERVAL: '60', DIGEST_MAX_PER_GUILD: String(CHANNELS + 10), LOG_LEVEL: 'info', OUTBOUND_PER_SECOND: '35' });
});
afterAll(async () => {
  await h?.close();
});


describe('200 channels due in the same second', () => {
  it('GIVEN 200 subscriptions on one slot and injected 429s THEN every channel gets exactly one digest, within Discord limits, the 429s waited out', async () => {
    const target = new Date(Date.now() + LEAD_S * 1000);
    const schedule = `${target.getUTCSeconds()} * * * * *`;
    const channels = Array.from({ length: CHANNELS }, (_, i) => h.emu.addChannel(`news-${i}`));
    const ids: string[] = [];
    // Subscribe in batches of 20 concurrent commands (as many admins at once would).
    for (let i = 0; i < CHANNELS; i += 20) {
      const batch = channels.slice(i, i + 20).map((c) => h.emu.command('digest', digestOptions('subscribe', { channel: c.id, topic: 'all', schedule, length: 'short' })));
      for (const o of await Promise.all(batch)) ids.push(subscribedId(o.message));
    }
    expect(Date.now()).toBeLessThan(target.getTime() - 1000);
    h.emu.injectFault({ kind: 'rate-limit', method: 'POST', path: /^\/channels\/\d+\/messages$/, retryAfter: RETRY_AFTER_S, times: INJECTED_429 });

    const until = target.getTime() + 20_000;
    const count = (): number => channels.reduce((n, c) => n + (digestsIn(h.emu, c.id).length > 0 ? 1 : 0), 0);
    while (count() < CHANNELS && Date.now() < until) await new Promise((r) => setTimeout(r, 100));

    const perChannel = channels.map((c) => digestsIn(h.emu, c.id));
    expect(perChannel.every((m) => m.length === 1)).toBe(true);
    const slot = Math.floor(target.getTime() / 1000);
    expect(perChannel.every((m) => slotOf(m[0]!) === slot)).toBe(true);

    const channelIds = new Set(channels.map((c) => c.id));
    const posts = h.emu.rest(/^POST \/channels\/\d+\/messages$/).filter((r) => channelIds.has(r.path.split('/')[2]!));
    const limited = posts.filter((r) => r.status === 429);
    expect(limited).toHaveLength(INJECTED_429);
    const ok = posts.filter((r) => r.status === 200);
    // Every request, 429s included, counts against the global limit.
    const perSecond = maxInWindow(posts.map((r) => r.at), 1000);
    expect(perSecond).toBeLessThanOrEqual(DISCORD_GLOBAL_PER_S);
    for (const c of channels) expect(maxInWindow(posts.filter((r) => r.path.includes(c.id)).map((r) => r.at), 5000)).toBeLessThanOrEqual(DISCORD_CHANNEL_PER_5S);
    // A rate-limited post was repeated after Retry-After, with its nonce, and landed once.
    for (const r of limited) {
      const nonce = (r.body as { nonce: string }).nonce;
      const again = ok.filter((x) => (x.body as { nonce: string }).nonce === nonce);
      expect(again).toHaveLength(1);
      expect(again[0]!.at - r.at).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 50);
    }
    const first = Math.min(...ok.map((r) => r.at));
    const last = Math.max(...ok.map((r) => r.at));
    console.info(`digest round: ${CHANNELS} channels, ${posts.length} requests (${limited.length} answered 429), spread over ${Math.round(last - first)} ms, at most ${perSecond} in any second`);
    // The emulator records a post when it receives it; the bot records the delivery when the
    // answer reaches it, a moment later: the last posts' bookkeeping may still be under way.
    const allSent = (): boolean => h.bot.digests.store.all().filter((s) => ids.includes(s.id)).every((s) => s.delivery?.state === 'sent' && s.lastSlot === new Date(slot * 1000).toISOString());
    const sentBy = Date.now() + 5_000;
    while (!allSent() && Date.now() < sentBy) await new Promise((r) => setTimeout(r, 50));
    expect(allSent()).toBe(true);
  }, 60_000);
});
