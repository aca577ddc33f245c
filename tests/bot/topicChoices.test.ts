import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type CorpusIndex } from '../../src/bot/answers/corpusIndex.js';
import { topicChoices } from '../../src/bot/answers/topics.js';
import { listTopics } from '../../src/briefing/index/topics/index.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';

let index: CorpusIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 }));
});

/** The topics autocomplete must offer: listTopics by prefix (largest first, 25 at most), else by substring. */
function expected(typed: string): string[] {
  let list = listTopics(index.topics, { limit: 25, prefix: typed });
  if (list.length === 0 && typed.trim() !== '') {
    const q = typed.trim().toLowerCase();
    list = index.topics.filter((t) => t.name.toLowerCase().includes(q) || t.slug.includes(q)).slice(0, 25);
  }
  return list.map((t) => t.slug);
}

describe('topicChoices', () => {
  it('GIVEN every prefix of every topic slug and name, and odd inputs THEN the choices are listTopics’s, in its order', () => {
    expect(index.topics.length).toBeGreaterThan(25);
    const typed = new Set<string>(['', ' ', '  m', 'Missile Défense', 'zzz', '-', 'the', 'ukraine gas']);
    for (const t of index.topics) for (const s of [t.slug, t.name, ...t.aliases]) for (let n = 1; n <= Math.min(6, s.length); n++) typed.add(s.slice(0, n));
    for (const q of typed) expect(topicChoices(index, q).map((c) => c.value), JSON.stringify(q)).toEqual(expected(q));
  });
});
