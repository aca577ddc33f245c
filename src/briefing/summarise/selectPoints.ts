/**
 * Greedy point selection for extractive multi-document summaries: Maximal Marginal Relevance
 * (Carbonell & Goldstein 1998) combined with weighted concept coverage (Gillick & Favre 2009,
 * "A scalable global model for summarization", solved greedily as in Lin & Bilmes 2011's
 * budgeted submodular maximisation). A sentence's value is its importance plus the weight of the
 * concepts it adds that no point taken so far has, minus its similarity to the points taken.
 */
import type { CandidateSentence } from './candidateSentences.js';
import { Interner } from './interner.js';
import { norm, PivotComparer, rowCosine, type PackedVectors, type TermVector } from './lexRank.js';
import { BoundedMemo } from './memo.js';
import { contentTerms } from './wordOverlap.js';

/** Two points may share at most this share of their content words (see wordOverlap.ts). */
export const MAX_SHARED_WORDS = 0.5;
/** Weight of importance (LexRank centrality × position × quality × specificity, normalised to 0..1). */
const SELECT_IMPORTANCE = 0.35;
/** Weight of the concept coverage gain (normalised to 0..1): coverage leads, since LexRank favours long generic sentences. */
const SELECT_COVERAGE = 0.65;
/** Weight of the MMR redundancy penalty: the largest cosine to a point already taken (or an anchor). */
const SELECT_SIMILARITY = 0.5;
/** A bigram concept weighs this many times a single word: word pairs are the concepts proper (Gillick & Favre), single words a back-off. */
const BIGRAM_WEIGHT = 2;
/** A concept counts once told this many times: by this many articles (or, in a one-article topic, sentences). */
const MIN_CONCEPT_WEIGHT = 2;

/**
 * Concepts of a sentence: its content words and adjacent content-word pairs (bigrams). Bigrams
 * are the concepts of Gillick & Favre (2009); single content words let a fact told in different
 * words by two reports (`10 interceptor missiles` / `10 interceptors`) still count as shared.
 */
export function conceptsOf(text: string): Set<string> {
  const ts = contentTerms(text);
  const out = new Set<string>(ts);
  for (let i = 0; i + 1 < ts.length; i++) out.add(`${ts[i]} ${ts[i + 1]}`);
  return out;
}

/** What selection reads of a candidate's text: its {@link conceptsOf} as interned ids, and its length in words (the budget). */
interface CandidateReading {
  /** Generation of {@link CONCEPTS} the ids belong to. */
  generation: number;
  concepts: Int32Array;
  words: number;
}
/** Concepts (words and word pairs) as small integers, shared by all selections. */
const CONCEPTS = new Interner();
/** Most candidate readings kept (about 25 full briefs of 20 articles); see {@link BoundedMemo}. */
const READINGS_KEPT = 20_000;
/** Readings of each candidate object, made once while kept (candidates are plain data no stage changes; see buildBrief's dated candidates). */
const readings = new BoundedMemo<CandidateSentence, CandidateReading>(READINGS_KEPT);
function readingOf(c: CandidateSentence): CandidateReading {
  return readings.get(c, makeReading, CONCEPTS.isCurrent);
}
function makeReading(c: CandidateSentence): CandidateReading {
  const { generation, ids } = CONCEPTS.idsOf(conceptsOf(c.text));
  return { generation, concepts: ids, words: c.text.split(' ').length };
}

/**
 * Scratch tables of {@link selectMmr} by interned concept id, reused across selections (grown as
 * the interner grows): `stamp[g] === round` when concept g is in the current selection, with its
 * local id in `local[g]`. Selection is synchronous, so no two selections share them at once.
 */
let stamp = new Int32Array(0);
let local = new Int32Array(0);
let round = 0;

/** What a selection starts from besides the candidates. */
export interface SelectionContext {
  /** Concepts the brief already tells elsewhere (e.g. in its poll line): they add nothing. */
  covered?: Iterable<string>;
  /** Vectors of text the brief already shows elsewhere: candidates similar to them are penalised as repeats. */
  anchors?: readonly TermVector[];
}

/**
 * Chooses up to `want` candidate indices, most valuable first. Each step takes the candidate
 * maximising `0.35·importance + 0.65·quality²·gain/√words − 0.5·max cosine to points taken`, where
 * `gain` sums the weights of its concepts not yet covered (both normalised to 0..1). A concept weighs the number of
 * articles that tell it (document frequency across the topic's reports; in a one-article topic,
 * the number of its sentences), doubled for word pairs, and counts only when told at least twice: facts several reports
 * repeat are the central ones, and a concept already covered adds nothing, so repeats lose.
 * Dividing by √words is the budget of Lin & Bilmes (2011) softened: long sentences do not win by
 * length alone. A candidate sharing more than {@link MAX_SHARED_WORDS} of its words with a point
 * taken is never taken. No candidate, or all scores zero, gives `[]`. `packed` holds the
 * candidates' TF-IDF vectors (buildBrief shares them with LexRank).
 */
export function selectMmr(cands: readonly CandidateSentence[], packed: PackedVectors, scores: readonly number[], want: number, context: SelectionContext = {}): number[] {
  const maxScore = Math.max(0, ...scores);
  if (maxScore === 0) return [];
  const n = cands.length;
  const read = CONCEPTS.readAll(cands, readingOf);
  if (stamp.length < CONCEPTS.size) {
    stamp = new Int32Array(Math.max(CONCEPTS.size, 2 * stamp.length));
    local = new Int32Array(stamp.length);
    round = 0;
  }
  const r = ++round;
  // Concepts as small integers for this selection (local ids in order of first use).
  const bigram: boolean[] = [];
  const concepts = read.map(({ concepts: cs }) => {
    const ids = new Int32Array(cs.length);
    for (let k = 0; k < cs.length; k++) {
      const g = cs[k]!;
      if (stamp[g] !== r) {
        stamp[g] = r;
        local[g] = bigram.length;
        bigram.push(CONCEPTS.name(g).includes(' '));
      }
      ids[k] = local[g]!;
    }
    return ids;
  });
  const conceptCount = bigram.length;
  // How many holders (articles; in a one-article topic, sentences) tell each concept: each holder's
  // candidates together, a concept counted once per holder.
  const byHolder = new Map<string, number[]>();
  const multiArticle = new Set(cands.map((c) => c.articleId)).size > 1;
  cands.forEach((c, i) => {
    const holder = multiArticle ? c.articleId : String(i);
    const list = byHolder.get(holder);
    if (list) list.push(i);
    else byHolder.set(holder, [i]);
  });
  const holders = new Int32Array(conceptCount);
  const seenBy = new Int32Array(conceptCount).fill(-1);
  let holderNo = 0;
  for (const members of byHolder.values()) {
    for (const i of members)
      for (const c of concepts[i]!)
        if (seenBy[c] !== holderNo) {
          seenBy[c] = holderNo;
          holders[c]!++;
        }
    holderNo++;
  }
  /** Weight of each concept; 0 for one told fewer than MIN_CONCEPT_WEIGHT times. */
  const weight = new Float64Array(conceptCount);
  for (let c = 0; c < conceptCount; c++) if (holders[c]! >= MIN_CONCEPT_WEIGHT) weight[c] = holders[c]! * (bigram[c] ? BIGRAM_WEIGHT : 1);
  const covered = new Uint8Array(conceptCount);
  for (const x of context.covered ?? []) {
    const g = CONCEPTS.find(x);
    if (g !== undefined && g < stamp.length && stamp[g] === r) covered[local[g]!] = 1;
  }
  // Gain of each candidate: the weights of its concepts not covered yet. Weights are whole numbers,
  // so keeping the gains up to date by subtraction as concepts get covered gives exactly the sums
  // a recount would, without rereading every candidate's concepts each round.
  const gains = concepts.map((cs) => {
    let g = 0;
    for (const c of cs) if (!covered[c]) g += weight[c]!;
    return g;
  });
  /** Candidates holding each weighted concept: holderList[holderStart[c] .. holderStart[c + 1]), ascending. */
  const holderStart = new Int32Array(conceptCount + 1);
  for (const cs of concepts) for (const c of cs) if (weight[c]! > 0) holderStart[c + 1]!++;
  for (let c = 0; c < conceptCount; c++) holderStart[c + 1]! += holderStart[c]!;
  const holderList = new Int32Array(holderStart[conceptCount]!);
  const fillAt = holderStart.slice(0, conceptCount);
  concepts.forEach((cs, i) => {
    for (const c of cs) if (weight[c]! > 0) holderList[fillAt[c]!++] = i;
  });
  const cost = read.map((c) => Math.sqrt(Math.max(1, c.words)));
  const maxGain = Math.max(1e-9, ...cands.map((_, i) => gains[i]! / cost[i]!));
  // Largest cosine of each candidate to what the brief already shows.
  const anchors = (context.anchors ?? []).map((v) => ({ v, norm: norm(v) }));
  const maxSim = cands.map((_, i) => anchors.reduce((m, a) => Math.max(m, rowCosine(packed, i, a.v, a.norm)), 0));
  const pivot = new PivotComparer(packed);
  const chosen: number[] = [];
  const left = new Uint8Array(n).fill(1);
  let leftCount = n;
  while (chosen.length < want && leftCount > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (!left[i]) continue;
      const value = SELECT_IMPORTANCE * (scores[i]! / maxScore) + SELECT_COVERAGE * cands[i]!.quality ** 2 * (gains[i]! / cost[i]! / maxGain) - SELECT_SIMILARITY * maxSim[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    left[best] = 0;
    leftCount--;
    for (const c of concepts[best]!) {
      if (covered[c]) continue;
      covered[c] = 1;
      const w = weight[c]!;
      if (w > 0) for (let k = holderStart[c]!; k < holderStart[c + 1]!; k++) gains[holderList[k]!]! -= w;
    }
    pivot.setPivot(best);
    for (let i = 0; i < n; i++) {
      if (!left[i]) continue;
      // setOverlapShare and cosineWithNorms with the point just taken, from its term table.
      const shared = pivot.shared(i);
      const smaller = Math.min(pivot.size(i), pivot.size(best));
      if (smaller > 0 && shared / smaller > MAX_SHARED_WORDS) {
        left[i] = 0;
        leftCount--;
        continue;
      }
      maxSim[i] = Math.max(maxSim[i]!, pivot.cosine(i, shared));
    }
  }
  return chosen;
}
