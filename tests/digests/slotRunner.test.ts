import Keyv from 'keyv';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type CorpusIndex } from '../../src/bot/answers/corpusIndex.js';
import type { AnswerPage } from '../../src/bot/types.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { ArticleLedger } from '../../src/digests/articleLedger.js';
import { NONCE_WINDOW_MS, SlotRunner, slotNonce } from '../../src/digests/slotRunner.js';
import { SubscriptionStore, type Subscription } from '../../src/digests/subscriptionStore.js';

let index: CorpusIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 }));
});

const T0 = Date.parse('2025-06-24T07:00:00Z');
const SLOT = new Date(T0);
const NEXT = new Date(T0 + 3600_000);

function sub(over: Partial<Subscription> = {}): Subscription {
  return { id: 'abc123', guildId: 'g', channelId: 'c', channelName: 'news', topic: 'missile-shield', topicName: 'Missile shield', schedule: '0 * * * *', cron: '0 * * * *', timezone: 'UTC', length: 'short', createdBy: 'u', createdAt: T0 - 1000, status: 'active', lastSlot: null, cursor: null, delivery: null, ...over };
}

/** A Discord stand-in: keeps messages by nonce (as enforce_nonce does), can fail or die mid-request. */
class FakeDiscord {
  messages = new Map<string, { id: string; page: AnswerPage }>();
  requests: string[] = [];
  failNext: Error | null = null;
  /** Throw after the message was created (the process died before the answer). */
  dieAfterCreate = false;
  post = async (_channel: string, page: AnswerPage, o: { nonce: string; onSending: () => Promise<void> }) => {
    await o.onSending();
    this.requests.push(o.nonce);
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = null;
      throw e;
    }
    let m = this.messages.get(o.nonce);
    if (!m) {
      m = { id: String(this.messages.size + 1), page };
      this.messages.set(o.nonce, m);
    }
    if (this.dieAfterCreate) {
      this.dieAfterCreate = false;
      throw new Error('process died');
    }
    return { id: m.id };
  };
}

async function setup(s: Subscription, now: { t: number }, keyv = new Keyv()) {
  const store = await SubscriptionStore.open(keyv);
  if (!store.get(s.id)) await store.put(s);
  const ledger = await ArticleLedger.open(store);
  await ledger.note(index.corpus.articles, T0 - 10_000);
  const discord = new FakeDiscord();
  const runner = new SlotRunner({ store, ledger, index: () => index, post: discord.post, log: pino({ level: 'silent' }), now: () => now.t });
  return { store, runner, discord, keyv };
}

describe('SlotRunner: each slot once', () => {
  it('GIVEN a due slot THEN one post with the slot nonce, state sent, cursor moved, and running it again posts nothing', async () => {
    const now = { t: T0 + 100 };
    const { store, runner, discord } = await setup(sub(), now);
    expect(await runner.run('abc123', SLOT, false)).toBe('sent');
    expect(await runner.run('abc123', SLOT, false)).toBe('skipped');
    expect(discord.requests).toEqual([slotNonce('abc123', SLOT.toISOString())]);
    const s = store.get('abc123')!;
    expect(s.delivery?.state).toBe('sent');
    expect(s.delivery?.page).toBeUndefined();
    expect(s.lastSlot).toBe(SLOT.toISOString());
    expect(s.cursor).toBe(T0 + 100);
  });

  it('GIVEN a post that reached Discord but the answer was lost (crash) THEN a rerun within the nonce window repeats the nonce and one message exists', async () => {
    const now = { t: T0 + 100 };
    const keyv = new Keyv();
    const a = await setup(sub(), now, keyv);
    a.discord.dieAfterCreate = true;
    a.discord.failNext = null;
    await a.runner.run('abc123', SLOT, false);
    expect(a.store.get('abc123')?.delivery?.state).toBe('sending');
    // "Restart": a new store over the same Keyv, the same Discord.
    now.t = T0 + 30_000;
    const b = await setup(sub(), now, keyv);
    b.discord.messages = a.discord.messages;
    expect(await b.runner.run('abc123', SLOT, true)).toBe('sent');
    expect(b.discord.requests).toEqual([slotNonce('abc123', SLOT.toISOString())]);
    expect(b.discord.messages.size).toBe(1);
    // The same bytes were sent again (the page kept while sending), not a recomposed digest.
    expect(b.store.get('abc123')?.delivery?.late).toBe(false);
  });

  it('GIVEN a post left "sending" past the nonce window THEN it is given up, never repeated, and the next slot carries its content', async () => {
    const now = { t: T0 + 100 };
    const keyv = new Keyv();
    const a = await setup(sub(), now, keyv);
    a.discord.dieAfterCreate = true;
    await a.runner.run('abc123', SLOT, false);
    now.t = T0 + NONCE_WINDOW_MS + 60_000;
    const b = await setup(sub(), now, keyv);
    expect(await b.runner.run('abc123', SLOT, true)).toBe('given-up');
    expect(b.discord.requests).toEqual([]);
    const s = b.store.get('abc123')!;
    expect(s.lastSlot).toBe(SLOT.toISOString());
    expect(s.cursor).toBeNull();
    expect(s.delivery?.lastError).toContain('not confirmed');
    now.t = NEXT.getTime() + 100;
    expect(await b.runner.run('abc123', NEXT, false)).toBe('sent');
    expect(b.discord.requests).toEqual([slotNonce('abc123', NEXT.toISOString())]);
  });

  it('GIVEN a slot still pending (never left) when a newer slot comes due THEN only the newer slot is posted, with everything since the last digest', async () => {
    const now = { t: T0 + 100 };
    const keyv = new Keyv();
    const a = await setup(sub(), now, keyv);
    a.discord.failNext = new Error('socket hang up');
    await a.runner.run('abc123', SLOT, false);
    a.runner.stop();
    await a.store.put({ ...a.store.get('abc123')!, delivery: { ...a.store.get('abc123')!.delivery!, state: 'pending', sendingAt: null } });
    now.t = NEXT.getTime() + 5000;
    const b = await setup(sub(), now, keyv);
    expect(await b.runner.run('abc123', NEXT, true)).toBe('sent');
    expect(b.discord.requests).toEqual([slotNonce('abc123', NEXT.toISOString())]);
    const header = (b.discord.messages.values().next().value!.page.embeds[0]!.description ?? '');
    expect(header).toContain('First digest: 5 reports');
    expect(header).toContain('posted late');
  });

  it('GIVEN a 404 from Discord THEN the subscription is paused with the reason and later slots are skipped', async () => {
    const now = { t: T0 + 100 };
    const { store, runner, discord } = await setup(sub(), now);
    const { DiscordAPIError } = await import('discord.js');
    discord.failNext = new DiscordAPIError({ message: 'Unknown Channel', code: 10003 }, 10003, 404, 'POST', '/channels/c/messages', { body: undefined, files: undefined });
    expect(await runner.run('abc123', SLOT, false)).toBe('paused');
    const s = store.get('abc123')!;
    expect(s.status).toBe('paused');
    expect(s.pausedReason).toContain('deleted');
    expect(await runner.run('abc123', NEXT, false)).toBe('skipped');
  });

  it('GIVEN nonces THEN deterministic per (subscription, slot), distinct across slots, within Discord’s 25 characters', () => {
    const a = slotNonce('abc123', SLOT.toISOString());
    expect(a).toBe(slotNonce('abc123', SLOT.toISOString()));
    expect(a).not.toBe(slotNonce('abc123', NEXT.toISOString()));
    expect(a).not.toBe(slotNonce('abc124', SLOT.toISOString()));
    expect(a.length).toBeLessThanOrEqual(25);
  });
});
