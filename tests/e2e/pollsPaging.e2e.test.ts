import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { bundledCorpus, startHarness, unescapeDiscord, type Harness } from './harness.js';

/** PNG files start with these eight bytes. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
  image?: { url: string };
}
const embedOf = (m: { embeds: unknown[] } | null): Embed | undefined => (m?.embeds ?? [])[0] as Embed | undefined;
const buttonsOf = (m: { components: unknown[] } | null): { custom_id: string; label: string; disabled?: boolean }[] =>
  ((m?.components ?? []) as { components: { custom_id: string; label: string; disabled?: boolean }[] }[]).flatMap((r) => r.components);

let h: Harness;
let corpus: Corpus;

beforeAll(async () => {
  corpus = await bundledCorpus();
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/**
 * /polls builds only its first page when asked; the others are built as the user turns to them.
 * Browsing must show what a fully built answer would: every poll with results, in corpus order.
 */
describe('/polls pages built when shown', () => {
  it('GIVEN /polls WHEN Next is pressed to the last page and Previous once THEN every poll is shown in corpus order with its chart, and the first page comes back unchanged', async () => {
    const polls = corpus.polls.filter((p) => p.results.length > 0);
    expect(polls.length).toBeGreaterThan(2);
    await h.bot.cache.settled();
    await h.bot.cache.clear();
    const o = await h.emu.command('polls');
    const first = embedOf(o.message);
    expect(first?.footer?.text).toMatch(new RegExp(`page 1/${polls.length}$`));
    let message = o.message!;
    for (let n = 2; n <= polls.length; n++) {
      const next = buttonsOf(message).find((b) => b.label === 'Next');
      expect(next?.disabled, `page ${n - 1}`).toBe(false);
      const turned = await h.emu.clickButton(message, next!.custom_id);
      expect(turned.callbackType).toBe(7);
      const e = embedOf(turned.message);
      expect(e?.footer?.text).toMatch(new RegExp(`page ${n}/${polls.length}$`));
      expect(e?.image?.url).toBe(`attachment://poll-${n}.png`);
      expect(turned.files[0]?.data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      // The poll of page n is the n-th poll with results: its first answer's share is on the page.
      const poll = polls[n - 1]!;
      expect(unescapeDiscord(e?.description ?? '')).toContain(`**${poll.results[0]!.percent}%** ${poll.results[0]!.answer}`);
      message = turned.message!;
    }
    expect(buttonsOf(message).find((b) => b.label === 'Next')?.disabled).toBe(true);
    let back = message;
    for (let n = polls.length - 1; n >= 1; n--) {
      const prev = buttonsOf(back).find((b) => b.label === 'Previous')!;
      back = (await h.emu.clickButton(back, prev.custom_id)).message!;
    }
    expect(embedOf(back)).toEqual(first);
  });

  it('GIVEN a /polls answer served from the cache THEN its later pages are built the same way', async () => {
    const a = await h.emu.command('polls');
    const hits = h.bot.cache.stats.hits;
    const b = await h.emu.command('polls');
    expect(h.bot.cache.stats.hits).toBe(hits + 1);
    const nextA = await h.emu.clickButton(a.message!, buttonsOf(a.message).find((x) => x.label === 'Next')!.custom_id);
    const nextB = await h.emu.clickButton(b.message!, buttonsOf(b.message).find((x) => x.label === 'Next')!.custom_id);
    expect(embedOf(nextB.message)).toEqual(embedOf(nextA.message));
  });

  it('GIVEN a /polls reply WHEN the corpus changes before Next is pressed THEN the user is told the pages expired, and a new /polls pages again', async () => {
    const o = await h.emu.command('polls');
    h.bot.setCorpus({ ...corpus, version: `${corpus.version}-changed` });
    try {
      const late = await h.emu.clickButton(o.message!, buttonsOf(o.message).find((b) => b.label === 'Next')!.custom_id);
      expect(late.ephemeral).toBe(true);
      expect(embedOf(late.message)?.title).toBe('These pages have expired');
      const fresh = await h.emu.command('polls');
      const turned = await h.emu.clickButton(fresh.message!, buttonsOf(fresh.message).find((b) => b.label === 'Next')!.custom_id);
      expect(embedOf(turned.message)?.footer?.text).toMatch(/page 2\//);
    } finally {
      h.bot.setCorpus(corpus);
    }
  });
});

/**
 * /timeline builds only its first page when asked (a large topic has hundreds); the others are
 * built as the user turns to them, ten entries a page, oldest first, as a fully built answer.
 */
describe('/timeline pages built when shown', () => {
  /** The bundled topic with the most timeline entries (over ten: several pages). */
  const TOPIC = 'price';

  it('GIVEN /timeline on a topic of several pages WHEN Next is pressed to the last page THEN every page holds ten entries (the last the rest), dated oldest first, and says page n/total', async () => {
    await h.bot.cache.settled();
    await h.bot.cache.clear();
    const o = await h.emu.command('timeline', { topic: TOPIC });
    const entries = Number(/(\d+) entries/.exec(embedOf(o.message)?.footer?.text ?? '')?.[1]);
    const total = Math.ceil(entries / 10);
    expect(total).toBeGreaterThan(2);
    expect(embedOf(o.message)?.footer?.text).toMatch(new RegExp(`page 1/${total}$`));
    let message = o.message!;
    const dates: number[] = [];
    const readPage = (e: Embed | undefined, n: number): void => {
      const lines = (e?.description ?? '').split('\n');
      expect(lines.length, `page ${n}`).toBe(n < total ? 10 : entries - 10 * (total - 1));
      for (const l of lines) {
        const d = /^\*\*(\d{1,2} \w{3} \d{4})\*\*/.exec(unescapeDiscord(l));
        if (d) dates.push(Date.parse(`${d[1]} UTC`));
      }
    };
    readPage(embedOf(message), 1);
    for (let n = 2; n <= total; n++) {
      const next = buttonsOf(message).find((b) => b.label === 'Next');
      const turned = await h.emu.clickButton(message, next!.custom_id);
      expect(turned.callbackType).toBe(7);
      expect(embedOf(turned.message)?.footer?.text).toMatch(new RegExp(`page ${n}/${total}$`));
      readPage(embedOf(turned.message), n);
      message = turned.message!;
    }
    expect(buttonsOf(message).find((b) => b.label === 'Next')?.disabled).toBe(true);
    // Day-precise entries run oldest first across all pages.
    expect(dates.length).toBeGreaterThan(10);
    expect([...dates].sort((a, b) => a - b)).toEqual(dates);
  });

  it('GIVEN a /timeline answer served from the cache THEN its later pages are built the same way', async () => {
    const a = await h.emu.command('timeline', { topic: TOPIC });
    const hits = h.bot.cache.stats.hits;
    const b = await h.emu.command('timeline', { topic: TOPIC });
    expect(h.bot.cache.stats.hits).toBe(hits + 1);
    const nextA = await h.emu.clickButton(a.message!, buttonsOf(a.message).find((x) => x.label === 'Next')!.custom_id);
    const nextB = await h.emu.clickButton(b.message!, buttonsOf(b.message).find((x) => x.label === 'Next')!.custom_id);
    expect(embedOf(nextB.message)?.footer?.text).toMatch(/page 2\//);
    expect(embedOf(nextB.message)).toEqual(embedOf(nextA.message));
  });
});
