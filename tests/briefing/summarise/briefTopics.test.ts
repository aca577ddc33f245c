import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/loadCorpus.js';
import { buildTopics, findTopic } from '../../../src/briefing/index/topics/index.js';
import { buildBrief } from '../../../src/briefing/summarise/index.js';

/** The bundled corpus holds several stories; each brief must stay inside its own story's articles. */
describe('briefs over the bundled data/ corpus', () => {
  it('GIVEN four stories in one corpus THEN each topic brief cites only its own page and covers its own facts', async () => {
    const corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
    const topics = buildTopics(corpus);
    const cases = [
      { query: 'missile-shield', file: 'spacewar-', facts: /missile/i },
      { query: 'wildfire', file: 'firewatch-', facts: /evacuat/i },
      { query: 'strike', file: 'sportswire-', facts: /strike|walkout/i },
      { query: 'interest rate', file: 'nordicwire-', facts: /rate/i },
    ];
    for (const c of cases) {
      const m = findTopic(topics, c.query, corpus.articles);
      expect('topic' in m, c.query).toBe(true);
      if (!('topic' in m)) continue;
      const b = buildBrief(corpus, m.topic, { length: 'full' });
      expect(b.points.length, c.query).toBeGreaterThanOrEqual(4);
      for (const s of b.sources) expect(s.articleId.startsWith(c.file), `${c.query}: ${s.articleId}`).toBe(true);
      expect(b.points.some((p) => c.facts.test(p.text)), c.query).toBe(true);
    }
  });
});
