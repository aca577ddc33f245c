import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../src/briefing/pipeline.js';
import type { Article } from '../../../../src/briefing/types.js';
import { buildTopics } from '../../../../src/briefing/index/topics/index.js';
import { articlePhraseCounts, eachSurface, mentionsAtMost } from '../../../../src/briefing/index/topics/articlePhraseCounts.js';
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

  /** What articlePhrases counts, read back through the lean readers: keys, counts and surface Maps. */
  const leanView = (a: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>) => {
    const counts = articlePhraseCounts(a, canonical);
    const surfaces = new Map<string, Map<string, number>>();
    eachSurface(a, canonical, (key, surface) => {
      const own = surfaces.get(key) ?? new Map<string, number>();
      surfaces.set(key, own);
      own.set(surface, (own.get(surface) ?? 0) + 1);
    });
    // Written forms of a phrase articlePhrases does not count (a Title Case headline's own) would show as extra entries.
    const uncounted = [...surfaces.keys()].filter((k) => !counts.keys.includes(k)).map((key) => ({ key, headline: undefined, lead: undefined, surfaces: [...surfaces.get(key)!] }));
    return [...counts.keys.map((key, j) => ({ key, headline: counts.headline[j], lead: counts.lead[j], surfaces: [...(surfaces.get(key) ?? [])] })), ...uncounted];
  };
  const fullView = (a: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>) =>
    [...articlePhrases(a, canonical).values()].map((pc) => ({ key: pc.key, headline: pc.headline, lead: pc.lead, surfaces: [...pc.surfaces] }));

  it('GIVEN the bundled pages, with their packed phrases and without (tagged again) THEN eachSurface gives the written forms articlePhrases counts, in its order', () => {
    const canonical = synonymMap([]);
    const articles = pages.flatMap((n) => analyseText(n, readFileSync(join(DATA, n), 'utf8')).articles);
    expect(articles.every((a) => a.keyPhrases !== undefined)).toBe(true);
    for (const a of articles) {
      expect(leanView(a, canonical)).toEqual(fullView(a, canonical));
      const { keyPhrases: _, ...unpacked } = a;
      expect(leanView(unpacked, canonical)).toEqual(fullView(a, canonical));
    }
  });

  it('GIVEN any packed phrases (repeated keys, synonyms, empty sections, Title Case or sentence-case or no headline) THEN the lean readers agree with articlePhrases, and mentionsAtMost bounds the phrases', () => {
    const word = fc.constantFrom('gas', 'Gas', 'deal', 'Ukraine', 'ukraine', 'eu', 'EU', 'price', 'missile shield');
    const entry = fc.record({ key: fc.constantFrom('gas', 'deal', 'ukraine', 'eu', 'price', 'gas price', 'missile shield', 'shield'), surface: word });
    const headline = fc.constantFrom(null, 'Ukraine Gas Deal Signed After Talks', 'Ukraine signs gas deal', '');
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), fc.array(entry, { maxLength: 6 }), headline, fc.boolean(), (lead, head, h, synonyms) => {
        const canonical = synonymMap(synonyms ? [['gas price', 'price'], ['missile shield', 'shield']] : []);
        const a = { headline: h, paragraphs: ['Unused: the packed phrases are read.'], keyPhrases: packPhrases({ lead, headline: head }) };
        expect(leanView(a, canonical)).toEqual(fullView(a, canonical));
        expect(mentionsAtMost(a)).toBeGreaterThanOrEqual(articlePhraseCounts(a, canonical).keys.length);
      }),
    );
  });
});
