import type { Article, Poll, Quote, Timex } from '../types.js';
import type { Topic } from '../index/topics/types.js';
import { absoluteDates, formatIsoDate } from './absoluteDates.js';
import { candidateSentences, type CandidateSentence } from './candidateSentences.js';
import { cosine, lexRank, tfidfVectors, type TermVector } from './lexRank.js';
import type { Brief, BriefPoint, BriefPoll, BriefQuote, BriefSource } from './types.js';
import { contentTerms, wordOverlapShare } from './wordOverlap.js';

/** Most points in a full brief. */
export const MAX_FULL_POINTS = 8;
/** Fewest points a full brief aims for (when the topic has that many distinct facts). */
export const MIN_FULL_POINTS = 4;
/** Points in a short brief. */
export const SHORT_POINTS = 3;
/** Two points may share at most this share of their content words (see wordOverlap.ts). */
export const MAX_SHARED_WORDS = 0.5;
/** MMR trade-off: weight of importance against novelty (Carbonell & Goldstein 1998). */
const MMR_LAMBDA = 0.5;
/** Position prior: the sentence at position i gets × 1 / (1 + i / POSITION_HALF_LIFE); wire copy puts the news first (the lead baseline of news summarisation). */
const POSITION_HALF_LIFE = 4;
/** Sentences naming the topic (its name or an alias) get this factor. */
const TOPIC_MENTION_BONUS = 1;
/** A sentence of another article this similar (cosine) tells the same fact: it becomes a second source. */
const SAME_FACT_COSINE = 0.5;
/** Most articles read for one brief (most relevant first), to bound the O(n²) similarity graph. */
export const MAX_BRIEF_ARTICLES = 20;
/** A quote for the brief has between these many words. */
const QUOTE_MIN_WORDS = 6;
const QUOTE_MAX_WORDS = 50;

/** What a brief reads: the corpus fields it uses (a `Corpus` fits). */
export interface BriefCorpus {
  articles: readonly Article[];
  quotes?: readonly Quote[];
  polls?: readonly Poll[];
  timexes?: readonly Timex[];
}

export interface BriefOptions {
  length: 'short' | 'full';
}

function sourceOf(a: Article): BriefSource {
  return { articleId: a.id, agency: a.agency, date: a.date, headline: a.headline };
}

/**
 * An extractive multi-document brief of one topic. Method:
 * 1. Candidate sentences: the leading sentences of each of the topic's articles, lightly trimmed
 *    (dateline, one leading connective), filtered for length and balanced quote marks.
 * 2. Centrality: LexRank (continuous, TF-IDF cosine graph, power iteration; lexRank.ts), times a
 *    lead-position prior, a topic-mention bonus and a quality factor (pronoun openings and
 *    unattributed quotes read poorly alone). Facts repeated across reports are central.
 * 3. Selection: Maximal Marginal Relevance over cosine similarity, with a hard rule that no two
 *    points share more than half their content words; so a sentence or quote repeated by several
 *    reports is shown once, with those reports as its sources.
 * 4. Points keep importance order; relative day words become absolute dates from the article's
 *    resolved timexes. The quote is the most central attributed quote not already in a point; the
 *    poll is the topic's poll with the most results.
 * A topic with no readable sentence gives a brief with no points (never a throw).
 */
export function buildBrief(corpus: BriefCorpus, topic: Pick<Topic, 'slug' | 'name' | 'aliases' | 'articleIds'>, options: BriefOptions): Brief {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const allArticles = topic.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const articles = allArticles.slice(0, MAX_BRIEF_ARTICLES);
  const timexesOf = groupBy(corpus.timexes ?? [], (t) => t.articleId);
  // Absolute dates go in before selection, so the redundancy check sees the final text.
  const cands = candidateSentences(articles).map((c) => ({ ...c, text: absoluteDates(c.text, timexesOf.get(c.articleId) ?? []) }));
  const vectors = tfidfVectors(cands.map((c) => contentTerms(c.text)));
  const centrality = lexRank(vectors);
  const topicTerms = [topic.name, ...topic.aliases].map((p) => contentTerms(p)).filter((ts) => ts.length > 0);
  const scores = cands.map((c, i) => {
    const terms = new Set(vectors[i]!.keys());
    const mentions = topicTerms.some((ts) => ts.every((t) => terms.has(t)));
    return Math.sqrt(centrality[i]! * cands.length) * (1 / (1 + c.index / POSITION_HALF_LIFE)) * c.quality * (mentions ? TOPIC_MENTION_BONUS : 1);
  });

  const want = options.length === 'short' ? SHORT_POINTS : MAX_FULL_POINTS;
  const chosen = selectMmr(cands, vectors, scores, want);
  const points: BriefPoint[] = chosen.map((i) => {
    const c = cands[i]!;
    const a = byId.get(c.articleId)!;
    // Other reports of the same fact: their most similar sentence is close enough.
    const also = new Set<string>();
    cands.forEach((o, j) => {
      if (o.articleId !== c.articleId && (cosine(vectors[i]!, vectors[j]!) >= SAME_FACT_COSINE || wordOverlapShare(c.text, o.text) > MAX_SHARED_WORDS)) also.add(o.articleId);
    });
    const sources = [sourceOf(a), ...[...also].map((id) => sourceOf(byId.get(id)!))];
    return { text: c.text, original: c.original, sources, score: scores[i]! };
  });

  const quote = pickQuote(corpus.quotes ?? [], articles, byId, points, vectors, cands);
  const poll = pickPoll(corpus.polls ?? [], byId, new Set(articles.map((a) => a.id)));
  const sources: BriefSource[] = [];
  const seen = new Set<string>();
  for (const s of [...points.flatMap((p) => p.sources), ...(quote ? [quote.source] : []), ...(poll ? [poll.source] : [])]) {
    if (!seen.has(s.articleId)) {
      seen.add(s.articleId);
      sources.push(s);
    }
  }
  const dates = allArticles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const top = points[0] ? byId.get(points[0].sources[0]!.articleId) : undefined;
  return {
    topic: { slug: topic.slug, name: topic.name },
    headline: top?.headline ?? topic.name,
    points,
    quote,
    poll,
    sources,
    dateRange: dates.length > 0 ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
    articleCount: allArticles.length,
    length: options.length,
  };
}

/** Weights of the greedy selection: importance (centrality), concept coverage gain, similarity penalty. */
const SELECT_IMPORTANCE = 0.6;
const SELECT_COVERAGE = 0.4;
const SELECT_SIMILARITY = 1 - MMR_LAMBDA;

/** Concepts of a sentence: adjacent content-word pairs (bigrams), as in Gillick & Favre (2009). */
export function conceptsOf(text: string): Set<string> {
  const ts = contentTerms(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < ts.length; i++) out.add(`${ts[i]} ${ts[i + 1]}`);
  return out;
}

/**
 * Greedy selection combining Maximal Marginal Relevance (Carbonell & Goldstein 1998) with concept
 * coverage (Gillick & Favre 2009): each step takes the candidate maximising
 * 0.5·importance + 0.5·(weight of concepts it adds) − (1−λ)·(max cosine to points taken), where a
 * concept (content-word bigram) weighs the number of articles (or, in a one-article topic,
 * sentences) that contain it, and only concepts told at least twice count: facts several reports
 * repeat are the central facts, and a concept already covered adds nothing (so repeats lose).
 * Any candidate sharing more than {@link MAX_SHARED_WORDS} of its words with a point taken is
 * skipped. Returns candidate indices in order of selection.
 */
export function selectMmr(cands: readonly CandidateSentence[], vectors: readonly TermVector[], scores: readonly number[], want: number): number[] {
  const maxScore = Math.max(0, ...scores);
  if (maxScore === 0) return [];
  const concepts = cands.map((c) => conceptsOf(c.text));
  const articleCount = new Set(cands.map((c) => c.articleId)).size;
  const weight = new Map<string, Set<string>>();
  concepts.forEach((cs, i) => {
    for (const c of cs) {
      const holders = weight.get(c) ?? new Set<string>();
      holders.add(articleCount > 1 ? cands[i]!.articleId : String(i));
      weight.set(c, holders);
    }
  });
  const covered = new Set<string>();
  const gain = (i: number): number => {
    let g = 0;
    for (const c of concepts[i]!) {
      const w = weight.get(c)!.size;
      if (w >= 2 && !covered.has(c)) g += w;
    }
    return g;
  };
  // Budgeted coverage (a brief has a length budget): gain per √word, so long sentences do not win by length alone.
  const cost = cands.map((c) => Math.sqrt(Math.max(1, c.text.split(' ').length)));
  const maxGain = Math.max(1e-9, ...cands.map((_, i) => gain(i) / cost[i]!));
  const chosen: number[] = [];
  const left = new Set(cands.map((_, i) => i));
  while (chosen.length < want && left.size > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (const i of left) {
      const redundant = chosen.some((j) => wordOverlapShare(cands[i]!.text, cands[j]!.text) > MAX_SHARED_WORDS);
      if (redundant) {
        left.delete(i);
        continue;
      }
      const maxSim = chosen.reduce((m, j) => Math.max(m, cosine(vectors[i]!, vectors[j]!)), 0);
      const value = SELECT_IMPORTANCE * (scores[i]! / maxScore) + SELECT_COVERAGE * cands[i]!.quality ** 2 * (gain(i) / cost[i]! / maxGain) - SELECT_SIMILARITY * maxSim;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    for (const c of concepts[best]!) covered.add(c);
    left.delete(best);
  }
  return chosen;
}

/** The most notable attributed quote: most similar to the brief's central content, not already in a point. */
function pickQuote(quotes: readonly Quote[], articles: readonly Article[], byId: Map<string, Article>, points: readonly BriefPoint[], vectors: readonly TermVector[], cands: readonly CandidateSentence[]): BriefQuote | null {
  const ids = new Set(articles.map((a) => a.id));
  const centroid: TermVector = new Map();
  vectors.forEach((v) => {
    for (const [t, w] of v) centroid.set(t, (centroid.get(t) ?? 0) + w);
  });
  const eligible = quotes.filter((q) => ids.has(q.articleId) && q.speaker !== null && q.text.trim() !== '');
  const words = (q: Quote): number => q.text.split(/\s+/).length;
  const full = eligible.filter((q) => !q.partial && words(q) >= QUOTE_MIN_WORDS && words(q) <= QUOTE_MAX_WORDS);
  const pool = full.length > 0 ? full : eligible.filter((q) => words(q) >= 2 && words(q) <= QUOTE_MAX_WORDS);
  const inPoints = (q: Quote): boolean => points.some((p) => wordOverlapShare(q.text, p.text) > MAX_SHARED_WORDS);
  const qVectors = tfidfVectors([...cands.map((c) => contentTerms(c.text)), ...pool.map((q) => contentTerms(q.text))]).slice(cands.length);
  let best: { q: Quote; s: number } | null = null;
  pool.forEach((q, i) => {
    if (inPoints(q)) return;
    // Repeated by several reports: notable. Similarity to the topic's centroid: central.
    // Echoes count partial quotes too: a phrase another report quotes back is a notable line.
    const repeats = eligible.filter((o) => o !== q && o.articleId !== q.articleId && wordOverlapShare(o.text, q.text) > MAX_SHARED_WORDS).length;
    const s = cosine(qVectors[i]!, centroid) * (1 + repeats);
    if (!best || s > best.s) best = { q, s };
  });
  const chosen = (best as { q: Quote; s: number } | null)?.q;
  if (!chosen) return null;
  return { text: chosen.text, speaker: chosen.speaker!, partial: chosen.partial, source: sourceOf(byId.get(chosen.articleId)!) };
}

/** The topic's poll with the most results (then the newest), as one line. */
function pickPoll(polls: readonly Poll[], byId: Map<string, Article>, ids: Set<string>): BriefPoll | null {
  const mine = polls.filter((p) => ids.has(p.articleId) && p.results.length > 0);
  mine.sort((a, b) => b.results.length - a.results.length || (b.published ?? '').localeCompare(a.published ?? ''));
  const p = mine[0];
  if (!p) return null;
  const who = [p.pollster ? `${p.pollster} poll` : 'Poll', p.sampleSize ? `of ${p.sampleSize.toLocaleString('en-US')}${p.population ? ` ${p.population}` : ''}` : p.population ? `of ${p.population}` : '']
    .filter(Boolean)
    .join(' ');
  const when = p.published ? `, published ${formatIsoDate(p.published)}` : '';
  const about = p.subject ? ` on ${p.subject}` : '';
  const shares = p.results.map((r) => `${r.percent}% ${r.answer}`).join(', ');
  return { text: `${who}${about}${when}: ${shares}`, pollster: p.pollster, results: p.results, source: sourceOf(byId.get(p.articleId)!) };
}

function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}
