import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { bundledCorpus, startHarness, type Harness } from './harness.js';
import { digestOptions, digestsIn, messageText, slotOf, subscribedId, waitForDigests } from './digestHelpers.js';

/** A file held back from the starting corpus, added later as "new". */
const HELD_BACK = 'reuters-2010-12-30-eu-ukraine-gas-deal.txt';
/** Every second second: the test's clock (DIGEST_MIN_INTERVAL is 1 here). */
const EVERY_2S = '*/2 * * * * *';

let h: Harness;
let full: Corpus;
let partial: Corpus;
let partialDir: string;

beforeAll(async () => {
  full = await bundledCorpus();
  partialDir = mkdtempSync(join(tmpdir(), 'newsbrief-digest-corpus-'));
  for (const f of readdirSync('data')) if (f !== HELD_BACK) cpSync(join('data', f), join(partialDir, f));
  partial = await loadCorpus(partialDir, { maxFileBytes: 5 * 1024 * 1024 });
  h = await startHarness({ DIGEST_MIN_INTERVAL: '1', DIGEST_MAX_PER_GUILD: '50' }, { corpus: partial });
});
afterAll(async () => {
  await h?.close();
  rmSync(partialDir, { recursive: true, force: true });
});

describe('/digest against the emulator, clock = second-level cron', () => {
  it('GIVEN a subscription to a topic THEN the first digest arrives at its slot with the topic brief, and the next one says nothing is new', async () => {
    const channel = h.emu.addChannel('digest-topic');
    const o = await h.emu.command('digest', digestOptions('subscribe', { channel: channel.id, topic: 'missile-shield', schedule: EVERY_2S, timezone: 'Europe/Paris' }));
    expect(o.ephemeral).toBe(true);
    const id = subscribedId(o.message);
    const [first, second] = await waitForDigests(h.emu, channel.id, 2, 8000);
    const slot1 = slotOf(first!)!;
    const slot2 = slotOf(second!)!;
    // Slots are the schedule's times (even seconds), after the subscription, two seconds apart.
    expect(slot1 % 2).toBe(0);
    expect(slot2 - slot1).toBe(2);
    // Posted at the slot: the POST reached Discord within the slot's second (plus a margin for the limiter).
    const posted = Date.parse(first!.timestamp) / 1000;
    expect(posted - slot1).toBeGreaterThanOrEqual(0);
    expect(posted - slot1).toBeLessThan(1.5);

    const text1 = messageText(first!);
    expect(text1).toContain('Digest: Missile shield');
    expect(text1).toContain('(Europe/Paris)');
    const topicArticles = full.articles.filter((a) => a.file.includes('missile-shield')).length;
    expect(text1).toContain(`First digest: ${topicArticles} reports`);
    // The brief embed is /brief's brief of the same articles: same headline and first point.
    const brief = await h.emu.command('brief', { topic: 'missile-shield' });
    const briefEmbed = brief.message!.embeds[0] as { title: string; description: string };
    const digestBrief = first!.embeds[1] as { title: string; description: string };
    expect(digestBrief.title).toBe(briefEmbed.title);
    expect(digestBrief.description.split('\n')[0]).toBe(briefEmbed.description.split('\n')[0]);

    expect(messageText(second!)).toContain('Nothing new on **Missile shield** since the last digest');
    expect(second!.embeds).toHaveLength(1);
    // Each post carried its slot's nonce with enforce_nonce.
    const posts = h.emu.rest('POST /channels/:channel/messages').filter((r) => r.path.includes(channel.id));
    expect(posts.every((r) => (r.body as { enforce_nonce?: boolean }).enforce_nonce === true)).toBe(true);
    expect(new Set(posts.map((r) => (r.body as { nonce: string }).nonce)).size).toBe(posts.length);
    await h.emu.command('digest', digestOptions('unsubscribe', { id }));
  });

  it('GIVEN a subscription to everything and a corpus file added after its first digest THEN the next digest covers only the new report', async () => {
    const channel = h.emu.addChannel('digest-all');
    const o = await h.emu.command('digest', digestOptions('subscribe', { channel: channel.id, topic: 'all', schedule: EVERY_2S, length: 'short' }));
    const id = subscribedId(o.message);
    const [first] = await waitForDigests(h.emu, channel.id, 1, 6000);
    expect(messageText(first!)).toContain(`First digest: ${partial.articles.length} reports`);
    h.bot.setCorpus(full);
    const added = full.articles.filter((a) => a.file.endsWith(HELD_BACK));
    expect(added.length).toBeGreaterThan(0);
    // The digest after the change: the first one naming new reports.
    const until = Date.now() + 8000;
    let fresh = digestsIn(h.emu, channel.id).find((m) => /new reports? since the last digest/.test(messageText(m)));
    while (!fresh && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 50));
      fresh = digestsIn(h.emu, channel.id).find((m) => /new reports? since the last digest/.test(messageText(m)));
    }
    expect(fresh).toBeDefined();
    const text = messageText(fresh!);
    expect(text).toContain(`${added.length} new report${added.length === 1 ? '' : 's'} since the last digest`);
    // Sources of the brief are the new report only.
    const sources = (fresh!.embeds[1] as { fields: { name: string; value: string }[] }).fields.filter((f) => f.name.startsWith('Sources')).map((f) => f.value).join('\n');
    const sourceLines = sources.split('\n').filter((l) => /^\[\d+\]/.test(l));
    expect(sourceLines).toHaveLength(added.length);
    expect(sourceLines[0]).toContain(added[0]!.agency ?? '');
    await h.emu.command('digest', digestOptions('unsubscribe', { id }));
  });

  it('GIVEN /digest list THEN it shows each subscription with its schedule, next slot and last delivery state', async () => {
    const channel = h.emu.addChannel('digest-list');
    const o = await h.emu.command('digest', digestOptions('subscribe', { channel: channel.id, topic: 'poll', schedule: 'weekly mon 09:00', timezone: 'America/New_York' }));
    const id = subscribedId(o.message);
    const list = await h.emu.command('digest', digestOptions('list'));
    expect(list.ephemeral).toBe(true);
    const field = (list.message!.embeds[0] as { fields: { name: string; value: string }[] }).fields.find((f) => f.name.startsWith(id));
    expect(field?.value).toContain('weekly mon 09:00 America/New\\_York');
    expect(field?.value).toMatch(/Next: Mon, \d+ \w+ \d{4}, 09:00/);
    expect(field?.value).toContain('Last: none yet');
    await h.emu.command('digest', digestOptions('unsubscribe', { id }));
  });

  it('GIVEN /digest preview THEN an ephemeral digest of the topic as it stands', async () => {
    const o = await h.emu.command('digest', digestOptions('preview', { topic: 'missile-shield' }));
    expect(o.ephemeral).toBe(true);
    expect(messageText(o.message!)).toContain('Digest: Missile shield');
    expect(o.message!.embeds.length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN the command definition THEN it is shown to members with Manage Server by default and only in servers', () => {
    const def = h.bot.commands.definitions.find((d) => d.name === 'digest');
    expect(def?.default_member_permissions).toBe(PermissionFlagsBits.ManageGuild.toString());
    expect(def?.contexts).toEqual([0]);
  });
});
