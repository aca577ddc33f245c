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
 */
export function lexRank(vectors: readonly TermVector[], damping = DAMPING): number[] {
  const n = vectors.length;
  if (n === 0) return [];
  const sim: number[][] = vectors.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const c = cosine(vectors[i]!, vectors[j]!);
      sim[i]![j] = c;
      sim[j]![i] = c;
    }
  const rowSum = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let p = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let i = 0; i < n; i++) {
      const rs = rowSum[i]!;
      if (rs === 0) {
        // A dangling sentence spreads its score evenly.
        for (let j = 0; j < n; j++) next[j]! += (damping * p[i]!) / n;
        continue;
      }
      const row = sim[i]!;
      for (let j = 0; j < n; j++) if (row[j]! > 0) next[j]! += (damping * p[i]! * row[j]!) / rs;
    }
    const delta = next.reduce((m, x, i) => Math.max(m, Math.abs(x - p[i]!)), 0);
    p = next;
    if (delta < EPSILON) break;
  }
  return p;
}
