import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { bundledCorpus, quotedSnippets, startHarness, unescapeDiscord, type Harness } from './harness.js';

/** How long the emulator holds a deferral's acknowledgement in the timing test, ms. */
const DEFERRAL_DELAY_MS = 300;
/** PNG files start with these eight bytes. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  image?: { url: string };
}
const embedsOf = (m: { embeds: unknown[] } | null): Embed[] => (m?.embeds ?? []) as Embed[];
const buttonsOf = (m: { components: unknown[] } | null): { custom_id: string; label: string; disabled?: boolean }[] =>
  ((m?.components ?? []) as { components: { custom_id: string; label: string; disabled?: boolean }[] }[]).flatMap((r) => r.components);

let h: Harness;
let corpus: Corpus;
let corpusText: string;

beforeAll(async () => {
  corpus = await bundledCorpus();
  corpusText = corpus.articles.map((a) => [a.headline ?? '', ...a.paragraphs].join('\n')).join('\n');
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the bot against the emulator, bundled corpus', () => {
  it('GIVEN the bot started THEN it fetched /gateway/bot with its token and identified once with the Guilds intent only', () => {
    const gw = h.emu.rest('GET /gateway/bot');
    expect(gw.length).toBe(1);
    expect(gw[0]!.authorized).toBe(true);
    expect(h.emu.gateway.identifies).toBe(1);
    expect(h.bot.client.guilds.cache.has(h.emu.guild.id)).toBe(true);
  });

  it('GIVEN /brief missile-shield THEN a deferred public embed briefs the missile shield with sources and the date range, mentions off', async () => {
    const o = await h.emu.command('brief', { topic: 'missile-shield' });
    expect(o.deferred).toBe(true);
    expect(o.ephemeral).toBe(false);
    const [e] = embedsOf(o.message);
    expect(e?.title?.length).toBeGreaterThan(0);
    const points = (e?.description ?? '').split('\n').filter((l) => l.startsWith('•'));
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(unescapeDiscord(e!.description!).toLowerCase()).toMatch(/missile/);
    expect(e?.fields?.some((f) => f.name === 'Sources')).toBe(true);
    expect(e?.footer?.text).toMatch(/2007/);
    expect(o.message?.allowed_mentions_sent).toEqual({ parse: [] });
  });

  it('GIVEN /brief with length short THEN it has fewer points than the full brief', async () => {
    const short = await h.emu.command('brief', { topic: 'missile-shield', length: 'short' });
    const full = await h.emu.command('brief', { topic: 'missile-shield', length: 'full' });
    const count = (e: Embed | undefined): number => (e?.description ?? '').split('\n').filter((l) => l.startsWith('•')).length;
    expect(count(embedsOf(short.message)[0])).toBeLessThan(count(embedsOf(full.message)[0]));
  });

  it('GIVEN /quote Gates THEN the reply is Gates quotes, each found word for word in the corpus, newest first, paged', async () => {
    const o = await h.emu.command('quote', { speaker: 'Gates' });
    expect(o.ephemeral).toBe(false);
    const [e] = embedsOf(o.message);
    expect(e?.title).toMatch(/Gates/);
    const snippets = quotedSnippets(e?.description ?? '');
    expect(snippets.length).toBeGreaterThan(0);
    for (const s of snippets) expect(corpusText).toContain(unescapeDiscord(s).replace(/…$/, ''));
    expect(e?.footer?.text).toMatch(/quotes?/);
  });

  it('GIVEN /quote Gates on the missile shield THEN every quote cited comes from an article of that topic', async () => {
    const o = await h.emu.command('quote', { speaker: 'Gates', topic: 'missile-shield' });
    const [e] = embedsOf(o.message);
    expect(unescapeDiscord(e?.title ?? '')).toMatch(/Gates.* on Missile shield$/i);
    const topic = h.bot.index().topics.find((t) => t.slug === 'missile-shield')!;
    const texts = topic.articleIds.map((id) => h.bot.index().articleById.get(id)!.paragraphs.join('\n')).join('\n');
    for (const s of quotedSnippets(e?.description ?? '')) expect(texts).toContain(unescapeDiscord(s).replace(/…$/, ''));
  });

  it('GIVEN /quote of nobody quoted THEN an ephemeral notice says so, with suggestions when a name is close', async () => {
    const none = await h.emu.command('quote', { speaker: 'Zyxwvut Qqq' });
    expect(none.ephemeral).toBe(true);
    expect(embedsOf(none.message)[0]?.title).toBe('Speaker not found');
    const close = await h.emu.command('quote', { speaker: 'Gatez' });
    expect(embedsOf(close.message)[0]?.title === 'Speaker not found' ? embedsOf(close.message)[0]?.description : embedsOf(close.message)[0]?.title).toMatch(/Gates/);
  });

  it('GIVEN a paged /quote THEN Next shows page 2 for the requester and another user is told the pages are not theirs', async () => {
    const o = await h.emu.command('quote', { speaker: 'Gates' });
    const buttons = buttonsOf(o.message);
    const next = buttons.find((b) => b.label === 'Next');
    expect(next?.disabled).toBe(false);
    expect(buttons.find((b) => b.label === 'Previous')?.disabled).toBe(true);

    const other = await h.emu.clickButton(o.message!, next!.custom_id, { user: h.emu.users.bob });
    expect(other.ephemeral).toBe(true);
    expect(embedsOf(other.message)[0]?.title).toBe('Not your reply');
    expect(embedsOf(h.emu.messages.get(o.message!.id)!)[0]?.description).toBe(embedsOf(o.message)[0]?.description);

    const turned = await h.emu.clickButton(o.message!, next!.custom_id);
    expect(turned.callbackType).toBe(7);
    const page2 = embedsOf(turned.message)[0];
    expect(page2?.footer?.text).toMatch(/page 2\//);
    expect(page2?.description).not.toBe(embedsOf(o.message)[0]?.description);
    expect(buttonsOf(turned.message).find((b) => b.label === 'Previous')?.disabled).toBe(false);
  });

  it('GIVEN /polls THEN each page has a PNG bar chart attached and shown as the embed image', async () => {
    const o = await h.emu.command('polls');
    expect(corpus.polls.length).toBeGreaterThan(0);
    const [e] = embedsOf(o.message);
    expect(e?.image?.url).toBe('attachment://poll-1.png');
    expect(o.files.length).toBe(1);
    const png = o.files[0]!.data;
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.readUInt32BE(16)).toBeGreaterThan(100); // IHDR width
    expect(o.message?.attachments[0]?.filename).toBe('poll-1.png');
    expect(e?.description).toMatch(/\d+%/);
  });

  it('GIVEN /polls on the missile shield THEN the chart is of the Polish survey about the missiles', async () => {
    const o = await h.emu.command('polls', { topic: 'missile-shield' });
    const [e] = embedsOf(o.message);
    expect(unescapeDiscord(`${e?.title ?? ''} ${e?.description ?? ''}`)).toMatch(/missile|Poles/i);
    expect(o.files[0]?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('GIVEN /timeline missile-shield THEN entries are dated and run oldest first', async () => {
    const o = await h.emu.command('timeline', { topic: 'missile-shield' });
    const [e] = embedsOf(o.message);
    expect(e?.title).toMatch(/Timeline/);
    const lines = (e?.description ?? '').split('\n').filter((l) => l.startsWith('**'));
    expect(lines.length).toBeGreaterThan(1);
    const days = lines.map((l) => /\*\*(\d{1,2}) (\w{3}) (\d{4})\*\*/.exec(l)).filter((m): m is RegExpExecArray => m !== null).map((m) => Date.parse(`${m[1]} ${m[2]} ${m[3]} UTC`));
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort((a, b) => a - b)).toEqual(days);
  });

  it('GIVEN /topics THEN missile-shield is listed with its article count', async () => {
    const o = await h.emu.command('topics');
    const text = embedsOf(o.message).map((e) => e.description).join('\n');
    expect(text).toMatch(/`missile-shield` — \d+ articles/);
  });

  it('GIVEN /help THEN an ephemeral embed lists all eight commands', async () => {
    const o = await h.emu.command('help');
    expect(o.ephemeral).toBe(true);
    const names = embedsOf(o.message)[0]?.fields?.map((f) => f.name.split(' ')[0]);
    expect(names?.sort()).toEqual(['/brief', '/digest', '/help', '/polls', '/quote', '/source', '/timeline', '/topics']);
  });

  it('GIVEN a topic that does not exist THEN the answer is ephemeral with suggestions, and the public placeholder is removed', async () => {
    const o = await h.emu.command('brief', { topic: 'missle shield xyz' });
    expect(o.ephemeral).toBe(true);
    expect(embedsOf(o.message)[0]?.title).toBe('Topic not found');
    const deleted = await h.emu.waitFor((r) => r.kind === 'rest' && r.route === 'DELETE /webhooks/:app/:token/messages/:message', 2000, 'the placeholder deletion');
    expect(deleted.kind === 'rest' && deleted.status).toBe(204);
  });

  it('GIVEN autocomplete on /brief topic "mis" THEN missile-shield is offered, within 25 choices of at most 100 characters', async () => {
    const o = await h.emu.autocomplete('brief', { topic: 'mis' }, 'topic');
    expect(o.callbackType).toBe(8);
    expect(o.choices?.map((c) => c.value)).toContain('missile-shield');
    const all = await h.emu.autocomplete('brief', { topic: '' }, 'topic');
    expect(all.choices!.length).toBeLessThanOrEqual(25);
    expect(all.choices!.length).toBeGreaterThan(0);
    for (const c of all.choices!) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN autocomplete on /quote speaker "gat" THEN a Gates is the first choice and its value answers /quote', async () => {
    const o = await h.emu.autocomplete('quote', { speaker: 'gat' }, 'speaker');
    const first = o.choices?.[0];
    expect(first?.name).toMatch(/Gates/);
    const q = await h.emu.command('quote', { speaker: String(first!.value) });
    expect(embedsOf(q.message)[0]?.title).toMatch(/Gates/);
  });

  it('GIVEN the same /brief twice THEN the second is answered from the cache at once (not deferred) with the same embed', async () => {
    const a = await h.emu.command('brief', { topic: 'russia' });
    const hits = h.bot.cache.stats.hits;
    const b = await h.emu.command('brief', { topic: 'russia' });
    expect(a.deferred).toBe(true);
    expect(b.deferred).toBe(false);
    expect(b.callbackType).toBe(4);
    expect(h.bot.cache.stats.hits).toBe(hits + 1);
    expect(b.message?.embeds).toEqual(a.message?.embeds);
  });

  it('GIVEN the corpus is replaced by one with the same articles THEN /brief is still served from the cache, and /topics (which reads the whole corpus) is computed again', async () => {
    await h.emu.command('brief', { topic: 'europe' });
    await h.emu.command('topics');
    const { hits, misses } = h.bot.cache.stats;
    h.bot.setCorpus({ ...corpus, version: `${corpus.version}-reloaded` });
    try {
      const again = await h.emu.command('brief', { topic: 'europe' });
      expect(again.deferred).toBe(false);
      expect(h.bot.cache.stats.hits).toBe(hits + 1);
      await h.emu.command('topics');
      expect(h.bot.cache.stats.misses).toBe(misses + 1);
    } finally {
      h.bot.setCorpus(corpus);
    }
  });

  it('GIVEN the corpus is replaced by one where a topic article changed THEN that topic\'s /brief is computed again', async () => {
    await h.emu.command('brief', { topic: 'europe' });
    const misses = h.bot.cache.stats.misses;
    const europe = h.bot.index().topics.find((t) => t.slug === 'europe')!;
    const changedId = europe.articleIds[0]!;
    h.bot.setCorpus({ ...corpus, version: `${corpus.version}-edited`, articles: corpus.articles.map((a) => (a.id === changedId ? { ...a, paragraphs: [...a.paragraphs, 'A paragraph added later.'] } : a)) });
    try {
      const again = await h.emu.command('brief', { topic: 'europe' });
      expect(again.deferred).toBe(true);
      expect(h.bot.cache.stats.misses).toBe(misses + 1);
    } finally {
      h.bot.setCorpus(corpus);
    }
  });

  it('GIVEN Discord takes 300 ms to acknowledge a deferral THEN the command timing counts that wait as Discord\'s, not as the bot\'s own time', async () => {
    await h.bot.cache.settled();
    await h.bot.cache.clear();
    h.emu.injectFault({ kind: 'delay', method: 'POST', path: /^\/interactions\//, delayMs: DEFERRAL_DELAY_MS });
    const before = h.bot.timings.length;
    const o = await h.emu.command('timeline', { topic: 'missile-shield' });
    expect(o.deferred).toBe(true);
    // The bot records the timing once its answering request completes, just after the emulator has it.
    await vi.waitFor(() => expect(h.bot.timings.slice(before).some((x) => x.command === 'timeline')).toBe(true));
    const t = h.bot.timings.slice(before).find((x) => x.command === 'timeline');
    expect(t?.deferred).toBe(true);
    expect(t!.discordMs).toBeGreaterThanOrEqual(DEFERRAL_DELAY_MS - 5);
    expect(t!.botMs).toBeGreaterThanOrEqual(0);
    expect(t!.botMs + t!.discordMs).toBeLessThanOrEqual(t!.totalMs);
    // The wait is not in the bot's time: what is left is the bot's own work on the bundled corpus.
    expect(t!.botMs).toBeLessThan(DEFERRAL_DELAY_MS);
  });

  it('GIVEN every reply sent in this file THEN each one had mentions disabled', () => {
    const replies = [...h.emu.messages.values()].filter((m) => m.content !== '' || m.embeds.length > 0);
    expect(replies.length).toBeGreaterThan(10);
    for (const m of replies) expect(m.allowed_mentions_sent).toEqual({ parse: [] });
  });
});
