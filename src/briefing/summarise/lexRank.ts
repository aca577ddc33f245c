/**
 * LexRank (Erkan & Radev 2004, continuous variant): sentences are TF-IDF vectors, the graph's
 * edges are their cosine similarities, and a sentence's centrality is its stationary probability
 * under a random walk on that graph with damping (PageRank power iteration).
 */

import type { Interner } from './interner.js';

/** Sparse vector: term → weight. */
export type TermVector = Map<string, number>;

/** Probability of following an edge rather than jumping anywhere (PageRank's d). */
export const DAMPING = 0.85;
/** Power iteration stops when no score moves more than this. */
const EPSILON = 1e-7;
/** ... or after this many rounds. */
const MAX_ITERATIONS = 200;

/** TF-IDF vectors of documents given as term lists; idf = ln(N / df) + 1 over these documents. */
export function tfidfVectors(docs: readonly (readonly string[])[]): TermVector[] {
  return tfidfVectorsIn(termSpace(docs), docs);
}

/** Document frequencies of a set of documents (term → how many hold it) and their count: the weighting of {@link tfidfVectorsIn}. */
export interface TermSpace {
  /** Term → number of documents holding it (a Map fits; {@link packIdCounts} gives a view over its own tables). */
  df: { get(term: string): number | undefined };
  n: number;
}

/** A {@link TermSpace} whose frequencies are a Map (what {@link termSpace} gives). */
export type CountedTermSpace = TermSpace & { df: ReadonlyMap<string, number> };

/** The {@link TermSpace} of documents given as term lists. */
export function termSpace(docs: readonly (readonly string[])[]): CountedTermSpace {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  return { df, n: docs.length };
}

/** TF-IDF vectors of documents weighted by a space they belong to (idf = ln(N / df) + 1; terms in order of first use). */
export function tfidfVectorsIn(space: TermSpace, docs: readonly (readonly string[])[]): TermVector[] {
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: TermVector = new Map();
    for (const [t, f] of tf) v.set(t, f * (Math.log(space.n / (space.df.get(t) ?? 1)) + 1));
    return v;
  });
}

/** A document's distinct terms in order of first use, with how many times each occurs. */
export interface TermCounts {
  terms: readonly string[];
  counts: readonly number[];
}

/** {@link TermCounts} of a term list. */
export function termCounts(doc: readonly string[]): TermCounts {
  const tf = new Map<string, number>();
  for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
  return { terms: [...tf.keys()], counts: [...tf.values()] };
}

/**
 * `tfidfVectors([...spaceDocs, ...extra]).slice(spaceDocs.length)` given only the space of
 * `spaceDocs` (counted once per brief): the extra documents' counts are added to it. Counts are
 * whole numbers, so the weights are the same to the bit.
 */
export function tfidfVectorsBeside(space: TermSpace, extra: readonly (readonly string[])[]): TermVector[] {
  const own = termSpace(extra);
  const df = new Map(own.df);
  for (const t of df.keys()) df.set(t, df.get(t)! + (space.df.get(t) ?? 0));
  return tfidfVectorsIn({ df, n: space.n + own.n }, extra);
}

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  return cosineWithNorms(a, b, norm(a), norm(b));
}

/**
 * {@link cosine} with the vectors' norms ({@link norm}) given, for callers comparing the same
 * vectors many times: the same value, bit for bit, without recomputing the norms.
 */
export function cosineWithNorms(a: TermVector, b: TermVector, normA: number, normB: number): number {
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  if (dot === 0) return 0;
  return dot / (normA * normB);
}

/** Euclidean norm of a sparse vector. */
export function norm(v: TermVector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/**
 * Vectors over small integer term ids, in compressed rows: vector i's terms are
 * `ids[start[i] .. start[i + 1])` in the vector's own (Map) order, with their `weights`; `terms`
 * names the ids and `idOf` maps them back; `norms` are {@link norm}s. Built once per brief and shared by LexRank, selection
 * and the same-fact test, which then read dense tables instead of hashing words.
 */
export interface PackedVectors {
  start: Int32Array;
  ids: Int32Array;
  weights: Float64Array;
  terms: string[];
  /** Term → id (a Map fits). */
  idOf: { get(term: string): number | undefined };
  norms: Float64Array;
}

/** Packs vectors over term ids (see {@link PackedVectors}). */
export function packVectors(vectors: readonly TermVector[]): PackedVectors {
  const n = vectors.length;
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i]! + vectors[i]!.size;
  const ids = new Int32Array(start[n]!);
  const weights = new Float64Array(start[n]!);
  const norms = new Float64Array(n);
  for (let i = 0, k = 0; i < n; i++) {
    const v = vectors[i]!;
    norms[i] = norm(v);
    for (const [t, w] of v) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = terms.length;
        termIds.set(t, id);
        terms.push(t);
      }
      ids[k] = id;
      weights[k] = w;
      k++;
    }
  }
  return { start, ids, weights, terms, idOf: termIds, norms };
}

/** A document's distinct terms as ids of an {@link Interner} (in order of first use) with how many times each occurs: {@link TermCounts} over ids. */
export interface IdCounts {
  /** The interner generation the ids belong to. */
  generation: number;
  ids: Int32Array;
  counts: Int32Array;
}

/**
 * `packVectors(tfidfVectors(docs))` and `termSpace(docs)`, for documents given as counts over
 * interned ids (all of the current generation of `interner`): the same terms in the same order,
 * the same weights and norms to the bit (each weight is `count × (ln(n / df) + 1)` as in
 * {@link tfidfVectorsIn}, each norm summed in the vector's order as {@link norm}), without building
 * a word-keyed map per document or per brief. Document frequencies are counted in a dense table
 * by id. `idOf` and the space's `df` look words up through the interner.
 */
export function packIdCounts(docs: readonly IdCounts[], interner: Interner): { packed: PackedVectors; space: TermSpace } {
  const n = docs.length;
  /** Interned id → local id + 1 (0: not in these documents). */
  const localOf = new Int32Array(interner.size);
  const terms: string[] = [];
  const df: number[] = [];
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const d = docs[i]!;
    start[i + 1] = start[i]! + d.ids.length;
    for (let k = 0; k < d.ids.length; k++) {
      const g = d.ids[k]!;
      let l = localOf[g]!;
      if (l === 0) {
        terms.push(interner.name(g));
        df.push(0);
        l = terms.length;
        localOf[g] = l;
      }
      df[l - 1]!++;
    }
  }
  const ids = new Int32Array(start[n]!);
  const weights = new Float64Array(start[n]!);
  const norms = new Float64Array(n);
  for (let i = 0, k = 0; i < n; i++) {
    const d = docs[i]!;
    let squares = 0;
    for (let m = 0; m < d.ids.length; m++, k++) {
      const l = localOf[d.ids[m]!]! - 1;
      const w = d.counts[m]! * (Math.log(n / df[l]!) + 1);
      ids[k] = l;
      weights[k] = w;
      squares += w * w;
    }
    norms[i] = Math.sqrt(squares);
  }
  const idOf = {
    get(term: string): number | undefined {
      const g = interner.find(term);
      const l = g === undefined || g >= localOf.length ? 0 : localOf[g]!;
      return l === 0 ? undefined : l - 1;
    },
  };
  const space: TermSpace = {
    df: {
      get(term: string): number | undefined {
        const l = idOf.get(term);
        return l === undefined ? undefined : df[l];
      },
    },
    n,
  };
  return { packed: { start, ids, weights, terms, idOf, norms }, space };
}

/**
 * `cosineWithNorms(vector i of the pack, v, norm of i, vNorm)` to the bit (the dot product summed
 * over the smaller vector in its own order, vector i's on a tie), read from the pack.
 */
export function rowCosine(packed: PackedVectors, i: number, v: TermVector, vNorm: number): number {
  const { start, ids, weights, terms, idOf, norms } = packed;
  const from = start[i]!;
  const to = start[i + 1]!;
  let dot = 0;
  if (to - from <= v.size) {
    for (let k = from; k < to; k++) {
      const o = v.get(terms[ids[k]!]!);
      if (o !== undefined) dot += weights[k]! * o;
    }
  } else {
    for (const [t, w] of v) {
      const id = idOf.get(t);
      if (id === undefined) continue;
      for (let k = from; k < to; k++)
        if (ids[k] === id) {
          dot += w * weights[k]!;
          break;
        }
    }
  }
  if (dot === 0) return 0;
  return dot / (norms[i]! * vNorm);
}

/**
 * Compares one vector of a pack (the pivot) with the others: shared terms (the numerator of
 * setOverlapShare, the vectors' keys being their content-word sets) and {@link cosineWithNorms}
 * to the bit (the dot product summed over the smaller vector in its own order, the first on a tie).
 */
export class PivotComparer {
  private readonly weight: Float64Array;
  private readonly mark: Int32Array;
  /** Vector j's weights by term id, for {@link cosine} summed in the pivot's order. */
  private readonly rowWeight: Float64Array;
  private readonly rowMark: Int32Array;
  private pivot = -1;
  private round = 0;
  private rowRound = 0;
  constructor(private readonly packed: PackedVectors) {
    this.weight = new Float64Array(packed.terms.length);
    this.mark = new Int32Array(packed.terms.length);
    this.rowWeight = new Float64Array(packed.terms.length);
    this.rowMark = new Int32Array(packed.terms.length);
  }

  /** Compares with vector `p` from now on. */
  setPivot(p: number): void {
    const { start, ids, weights } = this.packed;
    this.pivot = p;
    this.round++;
    for (let k = start[p]!; k < start[p + 1]!; k++) {
      this.weight[ids[k]!] = weights[k]!;
      this.mark[ids[k]!] = this.round;
    }
  }

  /** Number of terms vector `j` shares with the pivot. */
  shared(j: number): number {
    const { start, ids } = this.packed;
    let n = 0;
    for (let k = start[j]!; k < start[j + 1]!; k++) if (this.mark[ids[k]!] === this.round) n++;
    return n;
  }

  /** Size (distinct terms) of vector `j`. */
  size(j: number): number {
    return this.packed.start[j + 1]! - this.packed.start[j]!;
  }

  /**
   * `cosineWithNorms(vectors[j], vectors[pivot], …)`, or with the pivot first when `pivotFirst`
   * (which vector's order sums a tie of sizes); `shared` from {@link shared}.
   */
  cosine(j: number, shared: number, pivotFirst = false): number {
    if (shared === 0) return 0;
    const { start, ids, weights, norms } = this.packed;
    const p = this.pivot;
    let dot = 0;
    if (pivotFirst ? this.size(j) < this.size(p) : this.size(j) <= this.size(p)) {
      for (let k = start[j]!; k < start[j + 1]!; k++) if (this.mark[ids[k]!] === this.round) dot += weights[k]! * this.weight[ids[k]!]!;
    } else {
      // Summed over the pivot's terms in its order, with j's weights laid out by term id.
      const r = ++this.rowRound;
      for (let k = start[j]!; k < start[j + 1]!; k++) {
        this.rowWeight[ids[k]!] = weights[k]!;
        this.rowMark[ids[k]!] = r;
      }
      for (let k = start[p]!; k < start[p + 1]!; k++) if (this.rowMark[ids[k]!] === r) dot += weights[k]! * this.rowWeight[ids[k]!]!;
    }
    if (dot === 0) return 0;
    return pivotFirst ? dot / (norms[p]! * norms[j]!) : dot / (norms[j]! * norms[p]!);
  }
}

/**
 * LexRank centrality of each vector (sums to 1). A sentence with no similar sentence (no term
 * shared with another) gets only the jump share. Empty input gives an empty array.
 *
 * Method: PageRank power iteration on the cosine graph without self-loops,
 * `p'[j] = (1 − d)/n + d·Σ_dangling p[i]/n + d·Σ_{i≠j} p[i]·cos(i, j)/rowSum[i]`, as in Erkan &
 * Radev's continuous LexRank. The graph is never built: with x̂ the unit TF-IDF vectors,
 * `cos(i, j) = x̂_i·x̂_j`, so the sum over i is `x̂_j · Σ_i u_i x̂_i` (u_i = d·p[i]/rowSum[i]) minus
 * j's own term, one pass over the vectors' terms per round (matrix-free products with the
 * factored similarity matrix X̂X̂ᵀ) instead of one over every linked pair: a few thousand terms
 * instead of about 120k links for 420 sentences. Row sums are `x̂_i·(Σ_j x̂_j − x̂_i)` the same way.
 * The stationary distribution is the one of the explicit graph; only the rounding of its sums
 * differs (about 1e-16 relative), and sentences with the same vector get exactly the same score.
 * A term held by one sentence alone adds exactly zero, so a sentence sharing no term is dangling
 * exactly as in the explicit graph. `packed` is `packVectors(vectors)` when the caller has it already.
 */
export function lexRank(vectors: readonly TermVector[], damping = DAMPING, packed: PackedVectors = packVectors(vectors)): number[] {
  return lexRankOf(packed, damping);
}

/** {@link lexRank} of packed vectors (one score per vector of the pack). */
export function lexRankOf(packed: PackedVectors, damping = DAMPING): number[] {
  const n = packed.start.length - 1;
  if (n <= 0) return [];
  const { start, ids } = packed;
  const holders = new Int32Array(packed.terms.length);
  for (let k = 0; k < ids.length; k++) holders[ids[k]!]!++;
  // The unit vectors in compressed rows, keeping only the terms held by two vectors or more (a
  // term of one vector alone links nothing and adds exactly 0): row i is linkIds/linkUnit[rowStart[i] .. rowStart[i + 1]).
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let k = start[i]!; k < start[i + 1]!; k++) if (holders[ids[k]!]! > 1) m++;
    rowStart[i + 1] = rowStart[i]! + m;
  }
  const linkIds = new Int32Array(rowStart[n]!);
  const linkUnit = new Float64Array(rowStart[n]!);
  for (let i = 0, m = 0; i < n; i++)
    for (let k = start[i]!; k < start[i + 1]!; k++)
      if (holders[ids[k]!]! > 1) {
        linkIds[m] = ids[k]!;
        linkUnit[m] = packed.weights[k]! / packed.norms[i]!;
        m++;
      }
  /** Σ of a per-vector weighting of the unit vectors, by term. */
  const columnSum = new Float64Array(packed.terms.length);
  /** `x̂_j · (acc − weight_j·x̂_j)`: the sum over the other vectors only. */
  const othersDot = (acc: Float64Array, j: number, weight: number): number => {
    let s = 0;
    for (let k = rowStart[j]!, end = rowStart[j + 1]!; k < end; k++) s += linkUnit[k]! * (acc[linkIds[k]!]! - weight * linkUnit[k]!);
    return s;
  };
  for (let k = 0; k < linkIds.length; k++) columnSum[linkIds[k]!]! += linkUnit[k]!;
  const rowSum = new Float64Array(n);
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    if (rowStart[i + 1]! > rowStart[i]!) rowSum[i] = othersDot(columnSum, i, 1);
    else dangling.push(i);
  }
  let p = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const u = new Float64Array(n);
  const base = (1 - damping) / n;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    // The dangling sentences spread their score evenly; the others along their edges.
    let spread = 0;
    for (const i of dangling) spread += (damping * p[i]!) / n;
    for (let i = 0; i < n; i++) u[i] = rowSum[i]! > 0 ? (damping * p[i]!) / rowSum[i]! : 0;
    columnSum.fill(0);
    for (let i = 0; i < n; i++) {
      const ui = u[i]!;
      if (ui !== 0) for (let k = rowStart[i]!, end = rowStart[i + 1]!; k < end; k++) columnSum[linkIds[k]!]! += ui * linkUnit[k]!;
    }
    let delta = 0;
    for (let j = 0; j < n; j++) {
      next[j] = base + spread + othersDot(columnSum, j, u[j]!);
      delta = Math.max(delta, Math.abs(next[j]! - p[j]!));
    }
    [p, next] = [next, p];
    if (delta < EPSILON) break;
  }
  return Array.from(p);
}
