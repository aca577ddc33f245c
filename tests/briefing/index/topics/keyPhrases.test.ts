import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../src/briefing/pipeline.js';
import { buildTopics } from '../../../../src/briefing/index/topics/index.js';
import { articlePhraseCounts } from '../../../../src/briefing/index/topics/articlePhraseCounts.js';
import { articlePhrases, leadOf, packPhrases, rawPhrases, unpackPhrases } from '../../../../src/briefing/index/topics/keyPhrases.js';
import { synonymMap } from '../../../../src/briefing/index/topics/phraseLexicon.js';

const DATA = join(import.meta.dirname, '..', '..', '..', '..', 'data');
const pages = readdirSync(DATA).filter((n) => n.endsWith('.txt'));

describe('topic phrases kept on each article by the pipeline', () => {
  it('GIVEN the bundled pages THEN every article carries its packed phrases and topics built from them equal topics built by tagging again', () => {
    const articles = pages.flatMap((n) => analyseText(n, readFileSync(join(DATA, n), 'utf8')).articles);
    expect(articles.length).toBeGreaterThan(20);
    expect(articles.every((a) => typeof a.keyPhrases === 'string' && a.keyPhrases.length > 0)).toBe(true);
    const retagged = articles.map(({ keyPhrases: _packed, ...a }) => a);
    const fromPacked = buildTopics({ articles });
    expect(fromPacked.length).toBeGreaterThan(5);
    expect(fromPacked).toEqual(buildTopics({ articles: retagged }));
  });

  it('GIVEN any phrases THEN packing then unpacking gives them back', () => {
    // Keys and surfaces are tokens joined by single spaces: no tab, line feed or form feed inside.
    const token = fc.string({ minLength: 1, maxLength: 8 }).map((s) => s.replace(/\s/g, '') || 'x');
    const phrase = fc.array(token, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
    const entry = fc.record({ key: phrase, surface: phrase });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.array(entry, { maxLength: 5 }), (lead, headline) => {
        expect(unpackPhrases(packPhrases({ lead, headline }))).toEqual({ lead, headline });
      }),
    );
  });

  it('GIVEN a damaged packed value THEN it reads as absent (the phrases are tagged again), never as wrong phrases', () => {
    expect(unpackPhrases('no section mark')).toBeNull();
    expect(unpackPhrases('a\fb\fc')).toBeNull();
  });

  it('GIVEN a first paragraph of 1 MB with no break THEN the tagged lead is capped and phrases come back quickly', () => {
    const para = 'Defence ministers met in Brussels to discuss the missile shield. '.repeat(16_000);
    const lead = leadOf({ paragraphs: [para] });
    expect(lead.length).toBeLessThanOrEqual(4000);
    expect(para.startsWith(lead)).toBe(true);
    expect(rawPhrases({ headline: 'x'.repeat(1_000_000), paragraphs: [para] }).lead.map((p) => p.key)).toContain('missile shield');
  });
});

describe('articlePhraseCounts', () => {
  it('GIVEN the bundled pages (Title Case and sentence-case headlines) THEN the same keys, order and counts as articlePhrases', () => {
    const canonical = synonymMap([]);
    const articles = pages.flatMap((n) => analyseText(n, readFileSync(join(DATA, n), 'utf8')).articles);
    for (const a of articles) {
      const full = [...articlePhrases(a, canonical).values()];
      const lean = articlePhraseCounts(a, canonical);
      expect(lean.keys).toEqual(full.map((pc) => pc.key));
      expect(lean.headline).toEqual(full.map((pc) => pc.headline));
      expect(lean.lead).toEqual(full.map((pc) => pc.lead));
    }
  });
});
