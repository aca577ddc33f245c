import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interner } from '../../../src/briefing/summarise/interner.js';
import { cosine, cosineWithNorms, DAMPING, lexRank, lexRankOf, norm, packIdCounts, packVectors, PivotComparer, rowCosine, termCounts, termSpace, tfidfVectors, tfidfVectorsBeside, type IdCounts, type TermVector } from '../../../src/briefing/summarise/lexRank.js';
import { setOverlapShare } from '../../../src/briefing/summarise/wordOverlap.js';

/** LexRank the textbook way: cosine of every pair, dense rows, power iteration (the reference). */
function lexRankAllPairs(vectors: readonly TermVector[], damping = DAMPING): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const sim = vectors.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const c = cosine(vectors[i]!, vectors[j]!);
      sim[i]![j] = c;
      sim[j]![i] = c;
    }
  const rowSum = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 200; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const rs = rowSum[i]!;
      if (rs === 0) {
        for (let j = 0; j < n; j++) next[j]! += (damping * p[i]!) / n;
        continue;
      }
      for (let j = 0; j < n; j++) if (sim[i]![j]! > 0) next[j]! += (damping * p[i]! * sim[i]![j]!) / rs;
    }
    const delta = next.reduce((m, x, i) => Math.max(m, Math.abs(x - p[i]!)), 0);
    p = next;
    if (delta < 1e-7) break;
  }
  return p;
}

describe('lexRank', () => {
  it('GIVEN sentences sharing words THEN the central one scores highest and the scores sum to 1', () => {
    const docs = [
      ['missile', 'shield', 'poland', 'radar'],
      ['missile', 'shield', 'russia', 'objects'],
      ['missile', 'shield', 'poland', 'czech'],
      ['weather', 'sunny'],
    ];
    const r = lexRank(tfidfVectors(docs));
    expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(r[3]).toBeLessThan(Math.min(r[0]!, r[1]!, r[2]!));
  });

  it('GIVEN any documents THEN the scores are those of the all-pairs method (up to rounding and the stopping tolerance)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'poll', 'shield'), { maxLength: 8 }), { maxLength: 25 }), (docs) => {
        const vectors = tfidfVectors(docs);
        const got = lexRank(vectors);
        const want = lexRankAllPairs(vectors);
        expect(got).toHaveLength(want.length);
        // Both stop once no score moves by 1e-7 in a round: they agree far closer than that.
        got.forEach((x, i) => expect(Math.abs(x - want[i]!)).toBeLessThan(1e-6));
      }),
      { numRuns: 300 },
    );
  });

  it('GIVEN a sentence sharing no word with the others THEN it gets exactly the share of the all-pairs method (jump and dangling mass only)', () => {
    const docs = [['missile', 'shield'], ['missile', 'radar'], ['weather', 'sunny'], []];
    const got = lexRank(tfidfVectors(docs));
    const want = lexRankAllPairs(tfidfVectors(docs));
    expect(got[2]).toBeCloseTo(want[2]!, 12);
    expect(got[3]).toBeCloseTo(want[3]!, 12);
    expect(got[2]).toBe(got[3]);
  });

  it('GIVEN the same sentence in two reports THEN both copies get exactly the same score', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'poll', 'shield'), { maxLength: 8 }), { minLength: 1, maxLength: 20 }), fc.nat(), (docs, k) => {
        const copy = docs[k % docs.length]!;
        const r = lexRank(tfidfVectors([...docs, [...copy]]));
        expect(r[r.length - 1]).toBe(r[k % docs.length]);
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN no sentences THEN no scores', () => {
    expect(lexRank([])).toEqual([]);
  });

  it('GIVEN packed vectors THEN the pivot comparer gives exactly the cosines and shared words of the word-keyed functions, either argument first', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'poll', 'shield'), { maxLength: 8 }), { minLength: 1, maxLength: 15 }), (docs) => {
        const vectors = tfidfVectors(docs);
        const pivot = new PivotComparer(packVectors(vectors));
        vectors.forEach((p, i) => {
          pivot.setPivot(i);
          vectors.forEach((v, j) => {
            const shared = pivot.shared(j);
            const keys = (x: TermVector) => new Set(x.keys());
            expect(Math.min(v.size, p.size) === 0 ? 0 : shared / Math.min(v.size, p.size)).toBe(setOverlapShare(keys(v), keys(p)));
            expect(pivot.cosine(j, shared)).toBe(cosineWithNorms(v, p, norm(v), norm(p)));
            expect(pivot.cosine(j, shared, true)).toBe(cosineWithNorms(p, v, norm(p), norm(v)));
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN extra texts weighed beside the sentences THEN their vectors are those of weighing all texts together', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'poll', 'shield');
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 12 }), fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 4 }), (docs, extra) => {
        const got = tfidfVectorsBeside(termSpace(docs), extra);
        expect(got.map((v) => [...v])).toStrictEqual(tfidfVectors([...docs, ...extra]).slice(docs.length).map((v) => [...v]));
      }),
      { numRuns: 200 },
    );
  });

  it('GIVEN documents as interned term counts THEN the pack, its space and LexRank are those of the word-keyed vectors, to the bit', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'poll', 'shield');
    // A small interner that starts over while documents are counted, as buildBrief's may: counts of
    // an older generation are made again before packing.
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 15 }), fc.array(word, { maxLength: 5 }), fc.integer({ min: 3, max: 12 }), (docs, probe, limit) => {
        const interner = new Interner(limit);
        const count = (d: readonly string[]): IdCounts => {
          const { terms, counts } = termCounts(d);
          return { ...interner.idsOf(terms), counts: Int32Array.from(counts) };
        };
        // A document with more distinct words than the table holds can never be counted in it.
        if (docs.some((d) => new Set(d).size >= limit)) return;
        // A second pass recounts what the first counted before a start-over.
        const counted = interner.readAll(docs, count);
        if (!counted.every(interner.isCurrent)) return; // limit below the vocabulary: nothing to compare
        const { packed, space } = packIdCounts(counted, interner);
        const want = { vectors: tfidfVectors(docs), space: termSpace(docs) };
        const wantPacked = packVectors(want.vectors);
        expect(packed.terms).toStrictEqual(wantPacked.terms);
        expect([...packed.start]).toStrictEqual([...wantPacked.start]);
        expect([...packed.ids]).toStrictEqual([...wantPacked.ids]);
        expect([...packed.weights]).toStrictEqual([...wantPacked.weights]);
        expect([...packed.norms]).toStrictEqual([...wantPacked.norms]);
        for (const t of ['a', 'b', 'c', 'd', 'e', 'poll', 'shield', 'absent']) {
          expect(packed.idOf.get(t)).toBe(wantPacked.idOf.get(t));
          expect(space.df.get(t)).toBe(want.space.df.get(t));
        }
        expect(lexRankOf(packed)).toStrictEqual(lexRank(want.vectors));
        // A probe vector (the poll line, weighed beside the sentences) compared with each row.
        const [v] = tfidfVectorsBeside(space, [probe]);
        want.vectors.forEach((w, i) => expect(rowCosine(packed, i, v!, norm(v!))).toBe(cosineWithNorms(w, v!, norm(w), norm(v!))));
      }),
      { numRuns: 300 },
    );
  });
});
