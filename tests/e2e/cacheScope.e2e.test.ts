import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { watchCorpus, type CorpusWatcher } from '../../src/corpus/watchCorpus.js';
import { startHarness, type Harness } from './harness.js';

/**
 * The corpus folder watched as `npm start` watches it (src/bot/main.ts: watchCorpus → bot.setCorpus),
 * and the reply cache across corpus changes: a change invalidates only the replies whose inputs
 * changed (issue 9).
 */

interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
}
const embedsOf = (m: { embeds: unknown[] } | null): Embed[] => (m?.embeds ?? []) as Embed[];
const nextButton = (m: { components: unknown[] } | null): string =>
  ((m?.components ?? []) as { components: { custom_id: string; label: string }[] }[]).flatMap((r) => r.components).find((b) => b.label === 'Next')!.custom_id;

/** A page about nothing else in the bundled corpus. */
const UNRELATED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'reuters-2019-05-02-lighthouse-keepers-strike.txt'), 'utf8');
const MISSILE_FILE = 'spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';

let dir: string;
let h: Harness;
let watcher: CorpusWatcher;
/** Resolves with the next corpus the watcher hands the bot. */
let nextCorpus: () => Promise<Corpus>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-scope-'));
  for (const f of readdirSync('data').filter((x) => x.endsWith('.txt'))) cpSync(join('data', f), join(dir, f));
  let waiting: ((c: Corpus) => void) | null = null;
  nextCorpus = () => new Promise((resolve) => (waiting = resolve));
  watcher = await watchCorpus(dir, {
    maxFileBytes: 5 * 1024 * 1024,
    debounceMs: 50,
    onCorpus: (c) => {
      h.bot.setCorpus(c);
      const w = waiting;
      waiting = null;
      w?.(c);
    },
  });
  h = await startHarness({}, { corpus: watcher.corpus });
});
afterAll(async () => {
  await watcher?.close();
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reply cache across changes of the watched corpus folder', () => {
  it('GIVEN /brief missile-shield cached WHEN a file about an unrelated subject is added THEN missile-shield is still served from the cache and the new subject is answerable', async () => {
    const first = await h.emu.command('brief', { topic: 'missile-shield' });
    expect(first.deferred).toBe(true);
    const changed = nextCorpus();
    writeFileSync(join(dir, 'zz-harbour-2019-05-02-lighthouse.txt'), UNRELATED);
    const corpus = await changed;
    expect(corpus.articles.some((a) => a.file.endsWith('zz-harbour-2019-05-02-lighthouse.txt'))).toBe(true);

    const hits = h.bot.cache.stats.hits;
    const again = await h.emu.command('brief', { topic: 'missile-shield' });
    expect(again.deferred).toBe(false);
    expect(h.bot.cache.stats.hits).toBe(hits + 1);
    expect(again.message?.embeds).toEqual(first.message?.embeds);

    const fresh = await h.emu.command('brief', { topic: 'lighthouse keeper' });
    expect(fresh.ephemeral).toBe(false);
    expect(embedsOf(fresh.message)[0]?.title).toMatch(/Lighthouse keepers/);
    // /topics reads the whole corpus: answered again, with the new topic in it.
    const misses = h.bot.cache.stats.misses;
    const list = await h.emu.command('topics');
    expect(h.bot.cache.stats.misses).toBe(misses + 1);
    expect(h.bot.index().topics.some((t) => t.slug === 'lighthouse-keeper')).toBe(true);
    expect(embedsOf(list.message)[0]?.footer?.text).toContain(`${h.bot.index().topics.length} topics in ${corpus.articles.length} articles`);
  });

  it('GIVEN /brief missile-shield cached WHEN a file of that topic changes (its Moscow report is redated) THEN the brief is built again from the new content', async () => {
    const before = await h.emu.command('brief', { topic: 'missile-shield' });
    expect(embedsOf(before.message)[0]?.footer?.text).not.toMatch(/30 Apr/);
    const changed = nextCorpus();
    const path = join(dir, MISSILE_FILE);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Moscow (AFP) April 23, 2007');
    writeFileSync(path, text.replace('Moscow (AFP) April 23, 2007', 'Moscow (AFP) April 30, 2007'));
    await changed;

    const misses = h.bot.cache.stats.misses;
    const after = await h.emu.command('brief', { topic: 'missile-shield' });
    expect(after.deferred).toBe(true);
    expect(h.bot.cache.stats.misses).toBe(misses + 1);
    expect(embedsOf(after.message)[0]?.footer?.text).toMatch(/30 Apr/);
    // And a topic of other files only is still cached.
    const hits = h.bot.cache.stats.hits;
    await h.emu.command('brief', { topic: 'lighthouse keeper' });
    expect(h.bot.cache.stats.hits).toBe(hits + 1);
  });

  it('GIVEN paged /polls replies WHEN an unrelated file is added before Next THEN the topic\'s polls still page (their inputs did not change) and the corpus-wide /polls says its pages expired', async () => {
    const onTopic = await h.emu.command('polls', { topic: 'poll' });
    const all = await h.emu.command('polls');
    const changed = nextCorpus();
    writeFileSync(join(dir, 'zz-harbour-2019-05-03-lighthouse-talks.txt'), UNRELATED.replace(/walk out/g, 'return to talks').replace('May 2', 'May 3'));
    await changed;
    const turned = await h.emu.clickButton(onTopic.message!, nextButton(onTopic.message));
    expect(embedsOf(turned.message)[0]?.footer?.text).toMatch(/page 2\//);
    const late = await h.emu.clickButton(all.message!, nextButton(all.message));
    expect(late.ephemeral).toBe(true);
    expect(embedsOf(late.message)[0]?.title).toBe('These pages have expired');
  });
});
