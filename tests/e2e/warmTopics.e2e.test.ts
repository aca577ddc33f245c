import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genCorpus } from '../../bench/genCorpus.js';
import { briefAnswer } from '../../src/bot/answers/brief.js';
import { buildIndex } from '../../src/bot/answers/corpusIndex.js';
import { timelineAnswer } from '../../src/bot/answers/timeline.js';
import { topicsToWarm } from '../../src/bot/answers/warmTopics.js';
import type { Corpus } from '../../src/briefing/index/buildCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { startHarness, type Harness } from './harness.js';

/**
 * The bot's warm-up of its largest and costliest topics (WARM_TOPICS, src/bot/answers/warmTopics.ts) through the
 * real discord.js client and the emulator: once ready and after a corpus change, and what users
 * see of a warmed topic. The bundled topics are too small to be warmed (WARM_MIN_ARTICLES), so a
 * generated corpus of 400 articles from the bundled pages' templates is used.
 */
let dir = '';
let corpus: Corpus;
let h: Harness | undefined;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-warm-'));
  genCorpus({ articles: 400, out: dir, seed: 11, templates: 'data' });
  corpus = await loadCorpus(dir, { maxFileBytes: 5 * 1024 * 1024 });
  h = await startHarness({}, { corpus });
}, 120_000);
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const embedOf = (m: { embeds: unknown[] } | null): unknown => m?.embeds[0];

describe('warm-up of the largest and costliest topics (e2e)', () => {
  it('GIVEN the bot ready THEN it warms its largest and costliest topics and logs it, and /brief and /timeline of a warmed topic show what a cold index answers', async () => {
    const report = await h!.bot.warmed();
    const expected = topicsToWarm(h!.bot.index(), 64);
    expect(expected.length).toBeGreaterThan(0);
    expect(report).toMatchObject({ topics: expected.length, cancelled: false });
    const line = h!.logs.map((l) => JSON.parse(l) as { msg: string; topics?: number }).find((l) => l.msg === 'topics warmed');
    expect(line?.topics).toBe(expected.length);

    const cold = buildIndex(corpus);
    for (const topic of expected.slice(0, 3)) {
      const brief = await h!.emu.command('brief', { topic: topic.slug });
      expect(embedOf(brief.message), topic.slug).toEqual(briefAnswer(cold, topic.slug, 'full').pages[0]!.embeds[0]);
      const timeline = await h!.emu.command('timeline', { topic: topic.slug });
      expect(embedOf(timeline.message), topic.slug).toEqual(timelineAnswer(cold, topic.slug).pages[0]!.embeds[0]);
    }
  });

  it('GIVEN two corpus changes in a row THEN the first index is never warmed and the last one is', async () => {
    h!.bot.setCorpus({ ...corpus, version: `${corpus.version}-a` });
    const first = h!.bot.warmed();
    h!.bot.setCorpus({ ...corpus, version: `${corpus.version}-b` });
    expect(await first).toMatchObject({ topics: 0, cancelled: true });
    const last = await h!.bot.warmed();
    expect(last).toMatchObject({ topics: topicsToWarm(h!.bot.index(), 64).length, cancelled: false });
    const warmedVersions = h!.logs.map((l) => JSON.parse(l) as { msg: string; version?: string }).filter((l) => l.msg === 'topics warmed').map((l) => l.version);
    expect(warmedVersions).toContain(`${corpus.version}-b`);
    expect(warmedVersions).not.toContain(`${corpus.version}-a`);
  });

  it('GIVEN WARM_TOPICS=0 THEN nothing is warmed and nothing is logged of it', async () => {
    const off = await startHarness({ WARM_TOPICS: '0' }, { corpus });
    try {
      expect(await off.bot.warmed()).toMatchObject({ topics: 0, cancelled: false });
      await new Promise((r) => setTimeout(r, 50));
      expect(off.logs.some((l) => l.includes('"topics warmed"'))).toBe(false);
    } finally {
      await off.close();
    }
  });
});
