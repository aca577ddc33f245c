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
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const t of d) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v: TermVector = new Map();
    for (const [t, f] of tf) v.set(t, f * (Math.log(n / (df.get(t) ?? 1)) + 1));
    return v;
  });
}

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  if (dot === 0) return 0;
  return dot / (norm(a) * norm(b));
}
function norm(v: TermVector): number {
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
  // Terms as numbers; each vector as (term, weight) lists in its own (insertion) order.
  const termIds = new Map<string, number>();
  const terms: Int32Array[] = [];
  const weights: Float64Array[] = [];
  const postings: { vec: number[]; w: number[] }[] = [];
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = vectors[i]!;
    const ts = new Int32Array(v.size);
    const ws = new Float64Array(v.size);
    let k = 0;
    for (const [t, w] of v) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(t, id);
        postings.push({ vec: [], w: [] });
      }
      ts[k] = id;
      ws[k] = w;
      k++;
      const post = postings[id]!;
      post.vec.push(i);
      post.w.push(w);
    }
    terms.push(ts);
    weights.push(ws);
    norms[i] = norm(v);
  }
  // sim[i * n + j]: cosine of i and j. The pair's dot product is summed over the smaller vector's
  // terms (the first on a tie), as cosine() does.
  const sim = new Float64Array(n * n);
  const dot = new Float64Array(n);
  const touched: number[] = [];
  for (let s = 0; s < n; s++) {
    const size = terms[s]!.length;
    const ts = terms[s]!;
    const ws = weights[s]!;
    for (let a = 0; a < ts.length; a++) {
      const post = postings[ts[a]!]!;
      const w = ws[a]!;
      for (let b = 0; b < post.vec.length; b++) {
        const k = post.vec[b]!;
        if (k === s) continue;
        const other = terms[k]!.length;
        // s is the pair's smaller side: strictly smaller, or equal and first.
        if (!(size < other || (size === other && s < k))) continue;
        if (dot[k] === 0) touched.push(k);
        dot[k]! += w * post.w[b]!;
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
  // Rows as their non-zero edges, in column order; row sums over them (adding zeros changes nothing).
  const rowCols: Int32Array[] = [];
  const rowVals: Float64Array[] = [];
  const rowSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let nz = 0;
    for (let j = 0; j < n; j++) if (sim[i * n + j]! > 0) nz++;
    const cols = new Int32Array(nz);
    const vals = new Float64Array(nz);
    let k = 0;
    let sum = 0;
    for (let j = 0; j < n; j++) {
      const c = sim[i * n + j]!;
      sum += c;
      if (c > 0) {
        cols[k] = j;
        vals[k] = c;
        k++;
      }
    }
    rowCols.push(cols);
    rowVals.push(vals);
    rowSum[i] = sum;
  }
  let p = new Float64Array(n).fill(1 / n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = new Float64Array(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const rs = rowSum[i]!;
      if (rs === 0) {
        // A dangling sentence spreads its score evenly.
        for (let j = 0; j < n; j++) next[j]! += (damping * p[i]!) / n;
        continue;
      }
      const cols = rowCols[i]!;
      const vals = rowVals[i]!;
      for (let k = 0; k < cols.length; k++) next[cols[k]!]! += (damping * p[i]! * vals[k]!) / rs;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta = Math.max(delta, Math.abs(next[i]! - p[i]!));
    p = next;
    if (delta < EPSILON) break;
  }
  return Array.from(p);
}
