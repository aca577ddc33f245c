/**
 * LexRank (Erkan & Radev 2004, continuous variant): sentences are TF-IDF vectors, the graph's
 * edges are their cosine similarities, and a sentence's centrality is its stationary probability
 * under a random walk on that graph with damping (PageRank power iteration).
 */

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
  return tfidfVectorsFrom(docs, 0);
}

/**
 * The TF-IDF vectors of `docs[from..]` only, weighted over all of `docs` (the same vectors as
 * `tfidfVectors(docs).slice(from)`, without building the others): for text compared with a set
 * of sentences (a poll line, quotes) in the sentences' term space.
 */
export function tfidfVectorsFrom(docs: readonly (readonly string[])[], from: number): TermVector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.slice(from).map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: TermVector = new Map();
    for (const [t, f] of tf) v.set(t, f * (Math.log(n / (df.get(t) ?? 1)) + 1));
    return v;
  });
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
 * LexRank centrality of each vector (sums to 1). A sentence with no similar sentence gets only
 * the jump share. Empty input gives an empty array.
 *
 * The similarity graph is built from postings (term → the vectors holding it) rather than by a
 * cosine of every pair: only pairs sharing a term are visited. Each dot product still adds the
 * terms of the pair's smaller vector in that vector's order, and the power iteration visits the
 * same non-zero edges in the same order, so the scores are bit for bit those of the all-pairs
 * method with {@link cosine}.
 */
export function lexRank(vectors: readonly TermVector[], damping = DAMPING): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  // A pair's dot product is summed over its smaller vector's terms (the first on a tie), as
  // cosine() does. Ranking vectors by (size, index), the smaller side of a pair is the one of lower
  // rank; postings list vectors in rank order, so each vector meets its larger partners by reading
  // the postings after itself.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => vectors[a]!.size - vectors[b]!.size || a - b);
  const termIds = new Map<string, number>();
  const postVec: number[][] = [];
  const postW: number[][] = [];
  /** For each vector, per term in its own order: the term and the vector's place in its postings. */
  const terms: Int32Array[] = new Array<Int32Array>(n);
  const places: Int32Array[] = new Array<Int32Array>(n);
  const weights: Float64Array[] = new Array<Float64Array>(n);
  const norms = new Float64Array(n);
  for (const i of order) {
    const v = vectors[i]!;
    const ts = new Int32Array(v.size);
    const at = new Int32Array(v.size);
    const ws = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(t, id);
        postVec.push([]);
        postW.push([]);
      }
      ts[k] = id;
      at[k] = postVec[id]!.length;
      ws[k] = w;
      k++;
      postVec[id]!.push(i);
      postW[id]!.push(w);
    }
    terms[i] = ts;
    places[i] = at;
    weights[i] = ws;
    norms[i] = norm(v);
  }
  // sim[i * n + j]: cosine of i and j.
  const sim = new Float64Array(n * n);
  const dot = new Float64Array(n);
  const touched: number[] = [];
  for (let s = 0; s < n; s++) {
    const ts = terms[s]!;
    const at = places[s]!;
    const ws = weights[s]!;
    for (let a = 0; a < ts.length; a++) {
      const vec = postVec[ts[a]!]!;
      const pw = postW[ts[a]!]!;
      const w = ws[a]!;
      for (let b = at[a]! + 1; b < vec.length; b++) {
        const k = vec[b]!;
        if (dot[k] === 0) touched.push(k);
        dot[k]! += w * pw[b]!;
      }
    }
    for (const k of touched) {
      const [i, j] = s < k ? [s, k] : [k, s];
      const c = dot[k]! / (norms[i]! * norms[j]!);
      sim[i * n + j] = c;
      sim[j * n + i] = c;
      dot[k] = 0;
    }
    touched.length = 0;
  }
  // The graph by columns: for each j, the rows i with an edge to j (ascending) and the edge values;
  // row sums over all columns (adding the zeros changes nothing, so this is the dense row sum).
  const rowSum = new Float64Array(n);
  const colStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const c = sim[i * n + j]!;
      sum += c;
      if (c > 0) colStart[j + 1]!++;
    }
    rowSum[i] = sum;
  }
  for (let j = 0; j < n; j++) colStart[j + 1]! += colStart[j]!;
  const colRows = new Int32Array(colStart[n]!);
  const colVals = new Float64Array(colStart[n]!);
  const fill = colStart.slice(0, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const c = sim[i * n + j]!;
      if (c > 0) {
        const k = fill[j]!++;
        colRows[k] = i;
        colVals[k] = c;
      }
    }
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) if (rowSum[i] === 0) dangling.push(i);
  // Power iteration. Each next[j] adds the same terms in the same order (rows ascending; a dangling
  // row spreads its score evenly) as the push form `for i: for j: next[j] += …`.
  let p = new Float64Array(n).fill(1 / n);
  const q = new Float64Array(n);
  const base = (1 - damping) / n;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = new Float64Array(n);
    for (let i = 0; i < n; i++) q[i] = damping * p[i]!;
    for (let j = 0; j < n; j++) {
      let acc = base;
      let d = 0;
      for (let k = colStart[j]!, end = colStart[j + 1]!; k < end; k++) {
        const i = colRows[k]!;
        while (d < dangling.length && dangling[d]! < i) acc += q[dangling[d++]!]! / n;
        acc += (q[i]! * colVals[k]!) / rowSum[i]!;
      }
      while (d < dangling.length) acc += q[dangling[d++]!]! / n;
      next[j] = acc;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs(next[i]! - p[i]!));
    p = next;
    if (delta < EPSILON) break;
  }
  return Array.from(p);
}
