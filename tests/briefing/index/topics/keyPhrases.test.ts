import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../../../src/briefing/pipeline.js';
import type { Article } from '../../../../src/briefing/types.js';
import { buildTopics } from '../../../../src/briefing/index/topics/index.js';
import { articlePhraseCounts, eachSurface, mentionsAtMost } from '../../../../src/briefing/index/topics/articlePhraseCounts.js';
import { capitalise, leadOf, packChunks, type ChunkWord } from '../../../../src/briefing/index/topics/keyPhrases.js';
import { articlePhrases, rawPhrases, unpackChunks } from '../../../../src/briefing/index/topics/phraseGrams.js';
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

  /** Chunk words as the tagger may give them: tokens hold no white space (nor the control character that marks the packed form). */
  const token = fc.string({ minLength: 1, maxLength: 8 }).map((x) => x.replace(/[\s\u0001]/g, '') || 'x');
  // Surfaces as written: the folded form itself, it capitalised, or anything else.
  const chunkWord = fc
    .record({ tag: fc.constantFrom<ChunkWord['tag']>('N', 'P', 'A', 'I'), folded: token, form: fc.oneof(fc.constantFrom('same', 'capitalised'), token) })
    .map(({ tag, folded, form }): ChunkWord => ({ tag, folded, surface: form === 'same' ? folded : form === 'capitalised' ? capitalise(folded) : form }));
  const chunkList = (max: number) => fc.array(fc.array(chunkWord, { minLength: 1, maxLength: 4 }), { maxLength: max });

  it('GIVEN any chunks THEN packing then unpacking gives them back', () => {
    fc.assert(
      fc.property(chunkList(12), chunkList(5), (lead, headline) => {
        expect(unpackChunks(packChunks({ lead, headline }))).toEqual({ lead, headline });
      }),
    );
  });

  it('GIVEN a damaged or older packed value THEN it reads as absent (the lead is tagged again), never as wrong phrases', () => {
    expect(unpackChunks('no section mark')).toBeNull();
    expect(unpackChunks('\u0001a\fb\fc')).toBeNull();
    // The earlier packed form held phrases, not chunks, and had no mark.
    expect(unpackChunks('missile shield\tMissile Shield\fmissile shield')).toBeNull();
  });

  it('GIVEN a first paragraph of 1 MB with no break THEN the tagged lead is capped and phrases come back quickly', () => {
    const para = 'Defence ministers met in Brussels to discuss the missile shield. '.repeat(16_000);
    const lead = leadOf({ paragraphs: [para] });
    expect(lead.length).toBeLessThanOrEqual(4000);
    expect(para.startsWith(lead)).toBe(true);
    expect(rawPhrases({ headline: 'x'.repeat(1_000_000), paragraphs: [para] }).lead.map((p: { key: string }) => p.key)).toContain('missile shield');
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

  it('GIVEN any packed chunks (repeated words, names and initials, synonyms, empty sections, Title Case or sentence-case or no headline) THEN the lean readers agree with articlePhrases, and mentionsAtMost bounds the phrases', () => {
    const word = fc.constantFrom<ChunkWord>(
      { tag: 'N', surface: 'gas', folded: 'gas' },
      { tag: 'N', surface: 'prices', folded: 'price' },
      { tag: 'A', surface: 'Russian', folded: 'russian' },
      { tag: 'P', surface: 'Ukraine', folded: 'ukraine' },
      { tag: 'P', surface: 'EU', folded: 'eu' },
      { tag: 'N', surface: 'deal', folded: 'deal' },
      { tag: 'N', surface: 'missile', folded: 'missile' },
      { tag: 'N', surface: 'Shield', folded: 'shield' },
      { tag: 'P', surface: 'Robert', folded: 'robert' },
      { tag: 'I', surface: 'M.', folded: 'm' },
      { tag: 'P', surface: 'Gates', folded: 'gates' },
    );
    const chunks = (max: number) => fc.array(fc.array(word, { minLength: 1, maxLength: 5 }), { maxLength: max });
    const headline = fc.constantFrom(null, 'Ukraine Gas Deal Signed After Talks', 'Ukraine signs gas deal', '');
    const memos = { true: new Map<string, readonly string[]>(), false: new Map<string, readonly string[]>() };
    fc.assert(
      fc.property(chunks(8), chunks(4), headline, fc.boolean(), (lead, head, h, synonyms) => {
        const memo = memos[`${synonyms}`];
        const canonical = synonymMap(synonyms ? [['gas price', 'price'], ['missile shield', 'shield']] : []);
        const a = { headline: h, paragraphs: ['Unused: the packed chunks are read.'], keyPhrases: packChunks({ lead, headline: head }) };
        expect(leanView(a, canonical)).toEqual(fullView(a, canonical));
        // Asked for some keys only, eachSurface visits those, with the same written forms.
        const some = new Set(['gas', 'price', 'shield', 'missile shield', 'ukraine', 'robert gates', 'gates']);
        const all: [string, string][] = [];
        eachSurface(a, canonical, (k, surface) => all.push([k, surface]));
        const picked: [string, string][] = [];
        const lastWord = (k: string): string => k.slice(k.lastIndexOf(' ') + 1);
        const heads = new Set([...some].map(lastWord));
        for (const [variant, canon] of canonical) if (some.has(canon)) heads.add(lastWord(variant));
        eachSurface(a, canonical, (k, surface) => picked.push([k, surface]), { accepts: (k) => some.has(k), heads });
        expect(picked).toEqual(all.filter(([k]) => some.has(k)));
        // And through a memo of chunks (one per build), first and then again.
        const surfaceMemo = new Map<string, readonly string[]>();
        for (let round = 0; round < 2; round++) {
          const memoed: [string, string][] = [];
          eachSurface(a, canonical, (k, surface) => memoed.push([k, surface]), { accepts: (k) => some.has(k), heads, memo: surfaceMemo });
          expect(memoed).toEqual(picked);
        }
        expect(mentionsAtMost(a)).toBeGreaterThanOrEqual(articlePhraseCounts(a, canonical).keys.length);
        // Read through a memo of chunk keys (shared by a build's articles), first and then again: the same counts.
        expect(articlePhraseCounts(a, canonical, memo)).toEqual(articlePhraseCounts(a, canonical));
        expect(articlePhraseCounts(a, canonical, memo)).toEqual(articlePhraseCounts(a, canonical));
      }),
    );
  });
});
