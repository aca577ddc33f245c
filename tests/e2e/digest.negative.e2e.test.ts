import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.js';
import { digestOptions, digestsIn, messageText, subscribedId, waitForDigests } from './digestHelpers.js';

/** What an ordinary member has: view, send, embed, attach, read history; no Manage Server. */
const MEMBER = (PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles | PermissionFlagsBits.ReadMessageHistory).toString();
/** The per-server limit in this file. */
const MAX_PER_GUILD = 3;
/** The minimum interval in this file, seconds. */
const MIN_INTERVAL = 2;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ DIGEST_MIN_INTERVAL: String(MIN_INTERVAL), DIGEST_MAX_PER_GUILD: String(MAX_PER_GUILD) });
});
afterAll(async () => {
  await h?.close();
});

const titleOf = (m: { embeds: unknown[] } | null): string => (m?.embeds[0] as { title?: string } | undefined)?.title ?? '';
const descriptionOf = (m: { embeds: unknown[] } | null): string => (m?.embeds[0] as { description?: string } | undefined)?.description ?? '';

async function subscribe(options: Record<string, string>, as: Parameters<Harness['emu']['command']>[2] = {}) {
  return h.emu.command('digest', digestOptions('subscribe', { topic: 'missile-shield', schedule: 'daily 09:00', ...options }), as);
}

describe('/digest refuses what it must refuse', () => {
  it('GIVEN a member without Manage Server or Manage Channels THEN subscribe is refused ephemerally and nothing is stored', async () => {
    const channel = h.emu.addChannel('no-admin');
    const o = await subscribe({ channel: channel.id }, { user: h.emu.users.bob, permissions: MEMBER });
    expect(o.ephemeral).toBe(true);
    expect(titleOf(o.message)).toBe('Not allowed');
    expect(descriptionOf(o.message)).toContain('Manage Server');
    expect(h.bot.digests.list(h.emu.guild.id).filter((l) => l.sub.channelId === channel.id)).toHaveLength(0);
  });

  it('GIVEN a member without rights THEN unsubscribe of an existing subscription is refused and it stays', async () => {
    const channel = h.emu.addChannel('keep');
    const id = subscribedId((await subscribe({ channel: channel.id })).message);
    const o = await h.emu.command('digest', digestOptions('unsubscribe', { id }), { user: h.emu.users.bob, permissions: MEMBER });
    expect(titleOf(o.message)).toBe('Not allowed');
    expect(h.bot.digests.store.get(id)).toBeDefined();
    await h.emu.command('digest', digestOptions('unsubscribe', { id }));
    expect(h.bot.digests.store.get(id)).toBeUndefined();
  });

  it('GIVEN an unknown time zone THEN an ephemeral error naming it', async () => {
    const o = await subscribe({ channel: h.emu.channel.id, timezone: 'Mars/Olympus' });
    expect(o.ephemeral).toBe(true);
    expect(titleOf(o.message)).toBe('Unknown time zone');
    expect(descriptionOf(o.message)).toContain('Mars/Olympus');
  });

  it('GIVEN a bad cron expression THEN an ephemeral error saying what is wrong', async () => {
    const o = await subscribe({ channel: h.emu.channel.id, schedule: '61 * * * *' });
    expect(titleOf(o.message)).toBe('Schedule not understood');
    expect(descriptionOf(o.message)).toMatch(/minute: 61/);
  });

  it('GIVEN a schedule more frequent than DIGEST_MIN_INTERVAL THEN an ephemeral error naming both intervals', async () => {
    const o = await subscribe({ channel: h.emu.channel.id, schedule: '* * * * * *' });
    expect(titleOf(o.message)).toBe('Schedule too frequent');
    expect(descriptionOf(o.message)).toContain('would post every 1 second');
    expect(descriptionOf(o.message)).toContain('at most once every 2 seconds');
    expect(h.bot.digests.list(h.emu.guild.id).filter((l) => l.sub.schedule === '* * * * * *')).toHaveLength(0);
  });

  it('GIVEN the server at its subscription limit THEN one more is refused', async () => {
    const ids: string[] = [];
    const already = h.bot.digests.list(h.emu.guild.id).length;
    for (let i = already; i < MAX_PER_GUILD; i++) ids.push(subscribedId((await subscribe({ channel: h.emu.addChannel(`limit-${i}`).id })).message));
    const o = await subscribe({ channel: h.emu.channel.id });
    expect(titleOf(o.message)).toBe('Too many subscriptions');
    expect(descriptionOf(o.message)).toContain(String(MAX_PER_GUILD));
    for (const id of ids) await h.emu.command('digest', digestOptions('unsubscribe', { id }));
  });

  it('GIVEN an unknown topic THEN an ephemeral "Topic not found"', async () => {
    const o = await subscribe({ channel: h.emu.channel.id, topic: 'zzzz qqqq xxxx' });
    expect(titleOf(o.message)).toBe('Topic not found');
  });
});

describe('a channel that goes away pauses its subscription', () => {
  it('GIVEN a subscribed channel that is deleted THEN the subscription is paused, no post is tried, and /digest list says why', async () => {
    const channel = h.emu.addChannel('doomed');
    const id = subscribedId((await subscribe({ channel: channel.id, schedule: '*/2 * * * * *' })).message);
    await waitForDigests(h.emu, channel.id, 1, 4000);
    h.emu.removeChannel(channel.id);
    const until = Date.now() + 4000;
    while (h.bot.digests.store.get(id)?.status !== 'paused' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(h.bot.digests.store.get(id)?.status).toBe('paused');
    const postsBefore = h.emu.rest('POST /channels/:channel/messages').filter((r) => r.path.includes(channel.id)).length;
    await new Promise((r) => setTimeout(r, 2500));
    // A paused subscription is not scheduled: no further attempts at the deleted channel.
    expect(h.emu.rest(/POST \/channels\/\d+\/messages/).filter((r) => r.path.includes(channel.id))).toHaveLength(postsBefore);
    const list = await h.emu.command('digest', digestOptions('list'));
    const field = (list.message!.embeds[0] as { fields: { name: string; value: string }[] }).fields.find((f) => f.name.startsWith(id));
    expect(field?.value).toContain('Paused');
    expect(field?.value).toContain('The channel was deleted.');
    await h.emu.command('digest', digestOptions('unsubscribe', { id }));
  });

  it('GIVEN the bot loses access to a channel (403 on the post) THEN the subscription is paused with the reason', async () => {
    const channel = h.emu.addChannel('locked');
    const id = subscribedId((await subscribe({ channel: channel.id, schedule: '*/2 * * * * *' })).message);
    await waitForDigests(h.emu, channel.id, 1, 4000);
    h.emu.denyChannel(channel.id);
    const until = Date.now() + 4000;
    while (h.bot.digests.store.get(id)?.status !== 'paused' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    const sub = h.bot.digests.store.get(id);
    expect(sub?.status).toBe('paused');
    expect(sub?.pausedReason).toMatch(/lost access.*403.*50013/);
    expect(h.emu.rest(/POST \/channels\/\d+\/messages/).filter((r) => r.path.includes(channel.id) && r.status === 403)).toHaveLength(1);
    const list = await h.emu.command('digest', digestOptions('list'));
    expect(messageText(list.message!)).toContain('lost access');
    expect(digestsIn(h.emu, channel.id).length).toBeGreaterThanOrEqual(1);
    await h.emu.command('digest', digestOptions('unsubscribe', { id }));
  });
});
