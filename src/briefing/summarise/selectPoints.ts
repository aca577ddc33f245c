/**
 * Greedy point selection for extractive multi-document summaries: Maximal Marginal Relevance
 * (Carbonell & Goldstein 1998) combined with weighted concept coverage (Gillick & Favre 2009,
 * "A scalable global model for summarization", solved greedily as in Lin & Bilmes 2011's
 * budgeted submodular maximisation). A sentence's value is its importance plus the weight of the
 * concepts it adds that no point taken so far has, minus its similarity to the points taken.
 */
import type { CandidateSentence } from './candidateSentences.js';
import { cosineWithNorms, norm, type TermVector } from './lexRank.js';
import { contentTermSet, contentTerms, setOverlapShare } from './wordOverlap.js';

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
 * taken is never taken. No candidate, or all scores zero, gives `[]`.
 */
export function selectMmr(cands: readonly CandidateSentence[], vectors: readonly TermVector[], scores: readonly number[], want: number, context: SelectionContext = {}): number[] {
  const maxScore = Math.max(0, ...scores);
  if (maxScore === 0) return [];
  const concepts = cands.map((c) => conceptsOf(c.text));
  const termSets = cands.map((c) => contentTermSet(c.text));
  const multiArticle = new Set(cands.map((c) => c.articleId)).size > 1;
  const holders = new Map<string, Set<string>>();
  concepts.forEach((cs, i) => {
    const holder = multiArticle ? cands[i]!.articleId : String(i);
    for (const c of cs) {
      const h = holders.get(c);
      if (h) h.add(holder);
      else holders.set(c, new Set([holder]));
    }
  });
  const weight = new Map<string, number>();
  for (const [c, h] of holders) if (h.size >= MIN_CONCEPT_WEIGHT) weight.set(c, h.size * (c.includes(' ') ? BIGRAM_WEIGHT : 1));
  const covered = new Set<string>(context.covered ?? []);
  // Gain of each candidate: the weights of its concepts not covered yet. Weights are whole numbers,
  // so keeping the gains up to date by subtraction as concepts get covered gives exactly the sums
  // a recount would, without rereading every candidate's concepts each round.
  const gains = concepts.map((cs) => {
    let g = 0;
    for (const c of cs) if (!covered.has(c)) g += weight.get(c) ?? 0;
    return g;
  });
  /** Candidates holding each weighted concept. */
  const holdersOf = new Map<string, number[]>();
  concepts.forEach((cs, i) => {
    for (const c of cs) {
      if (!weight.has(c)) continue;
      const list = holdersOf.get(c);
      if (list) list.push(i);
      else holdersOf.set(c, [i]);
    }
  });
  const cost = cands.map((c) => Math.sqrt(Math.max(1, c.text.split(' ').length)));
  const maxGain = Math.max(1e-9, ...cands.map((_, i) => gains[i]! / cost[i]!));
  const norms = vectors.map(norm);
  // Largest cosine of each candidate to what the brief already shows.
  const maxSim = cands.map((_, i) => (context.anchors ?? []).reduce((m, v) => Math.max(m, cosineWithNorms(vectors[i]!, v, norms[i]!, norm(v))), 0));
  const chosen: number[] = [];
  const left = new Set(cands.map((_, i) => i));
  while (chosen.length < want && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const value = SELECT_IMPORTANCE * (scores[i]! / maxScore) + SELECT_COVERAGE * cands[i]!.quality ** 2 * (gains[i]! / cost[i]! / maxGain) - SELECT_SIMILARITY * maxSim[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    left.delete(best);
    for (const c of concepts[best]!) {
      if (covered.has(c)) continue;
      covered.add(c);
      const w = weight.get(c);
      if (w !== undefined) for (const i of holdersOf.get(c)!) gains[i]! -= w;
    }
    for (const i of left) {
      if (setOverlapShare(termSets[i]!, termSets[best]!) > MAX_SHARED_WORDS) left.delete(i);
      else maxSim[i] = Math.max(maxSim[i]!, cosineWithNorms(vectors[i]!, vectors[best]!, norms[i]!, norms[best]!));
    }
  }
  return chosen;
}
