import type { Article, Poll, Quote, Timex } from '../types.js';
import { dateSpan } from '../index/dateSpan.js';
import type { Topic } from '../index/topics/types.js';
import { absoluteDates, formatIsoDate } from './absoluteDates.js';
import { candidateSentences, type CandidateSentence } from './candidateSentences.js';
import { Interner } from './interner.js';
import { cosineWithNorms, lexRankOf, norm, packIdCounts, PivotComparer, termCounts, tfidfVectorsBeside, type IdCounts, type PackedVectors, type TermSpace, type TermVector } from './lexRank.js';
import { BoundedMemo } from './memo.js';
import type { Brief, BriefPoint, BriefPoll, BriefQuote, BriefSource } from './types.js';
import { conceptsOf, MAX_SHARED_WORDS, selectMmr } from './selectPoints.js';
import { contentTermSet, contentTerms, setOverlapShare, wordOverlapShare } from './wordOverlap.js';

export { conceptsOf, MAX_SHARED_WORDS, selectMmr } from './selectPoints.js';

/** Most points in a full brief. */
export const MAX_FULL_POINTS = 8;
/** Fewest points a full brief aims for (when the topic has that many distinct facts). */
export const MIN_FULL_POINTS = 4;
/** Points in a short brief. */
export const SHORT_POINTS = 3;
/** Position prior: the sentence at position i gets × 1 / (1 + i / POSITION_HALF_LIFE); wire copy puts the news first (the lead baseline of news summarisation). */
const POSITION_HALF_LIFE = 4;
/** A sentence of another article this similar (cosine) tells the same fact: it becomes a second source. */
const SAME_FACT_COSINE = 0.5;
/** Most articles read for one brief (most relevant first), to bound the O(n²) similarity graph. */
export const MAX_BRIEF_ARTICLES = 20;
/** A full quote for the brief has between these many words (`We firmly reject this` is a quote; one or two words are a phrase). */
const QUOTE_MIN_WORDS = 4;
const QUOTE_MAX_WORDS = 50;
/** Quotes up to this many words are not penalised for length (a line a reader remembers). */
const QUOTE_IDEAL_WORDS = 15;
/** Prominence of a quote first seen in paragraph p: 1 / (1 + p / QUOTE_PARAGRAPH_HALF_LIFE). */
const QUOTE_PARAGRAPH_HALF_LIFE = 4;
/** Weight of a partial quote echoing a quote's words (a full repeat weighs 1); see echoWeight. */
const PARTIAL_ECHO_WEIGHT = 2;
/** Added to a quote's centroid cosine, so a short quote with few topic words still competes on echoes and prominence. */
const QUOTE_CENTRALITY_FLOOR = 0.1;

/** What a brief reads: the corpus fields it uses (a `Corpus` fits). */
export interface BriefCorpus {
  articles: readonly Article[];
  quotes?: readonly Quote[];
  polls?: readonly Poll[];
  timexes?: readonly Timex[];
  /**
   * Per-article lookups of the same corpus (src/briefing/index/queryIndex.ts fits): when given, a
   * brief reads only its articles' quotes, polls and timexes instead of scanning the corpus's
   * arrays. The brief is the same either way.
   */
  lookup?: BriefLookup;
}

/** Lookups by article id, answering in corpus order (see {@link BriefCorpus.lookup}). */
export interface BriefLookup {
  article(id: string): Article | undefined;
  quotesOf(articleIds: Iterable<string>): Quote[];
  pollsOf(articleIds: Iterable<string>): Poll[];
  timexesOf(articleId: string): readonly Timex[];
}

/** Articles by id: a Map, or the lookup's `article`. */
interface ArticlesById {
  get(id: string): Article | undefined;
}

export interface BriefOptions {
  length: 'short' | 'full';
}

function sourceOf(a: Article): BriefSource {
  return { articleId: a.id, agency: a.agency, byline: a.byline, date: a.date, headline: a.headline, ...(a.url ? { url: a.url } : {}) };
}

/**
 * An extractive multi-document brief of one topic. Method:
 * 1. Candidate sentences: the leading sentences of each of the topic's articles, lightly trimmed
 *    (dateline, one leading connective), filtered for length and balanced quote marks; a quality
 *    factor lowers sentences that read poorly alone (pronoun openings or attributions, unattributed
 *    quotes, lists of names and titles) and a specificity factor raises those with figures
 *    (candidateSentences.ts; split once per article and cached).
 * 2. Importance: LexRank centrality (Erkan & Radev 2004: continuous, TF-IDF cosine graph, power
 *    iteration; lexRank.ts) × lead-position prior × quality × specificity.
 * 3. Selection: greedy concept coverage with MMR (selectPoints.ts): concepts (content words and
 *    word pairs) weigh how many reports tell them, a sentence's value is mostly the new concepts it
 *    adds (Gillick & Favre 2009; Lin & Bilmes 2011), plus importance, minus its cosine to points
 *    taken (Carbonell & Goldstein 1998). The poll line counts as already shown. A hard rule: no
 *    two points share more than half their content words, so a sentence or quote repeated by
 *    several reports is shown once, with those reports as its sources.
 * 4. Points keep selection (importance) order; relative day words become absolute dates from the
 *    article's resolved timexes. The quote is chosen for salience (see pickQuote) and never repeats
 *    a point; the poll is the topic's poll with the most results.
 * A topic with no readable sentence gives a brief with no points (never a throw).
 */
export function buildBrief(corpus: BriefCorpus, topic: Pick<Topic, 'slug' | 'name' | 'aliases' | 'articleIds'>, options: BriefOptions): Brief {
  const lookup = corpus.lookup;
  const byId: ArticlesById = lookup ? { get: (id) => lookup.article(id) } : new Map(corpus.articles.map((a) => [a.id, a]));
  const allArticles = topic.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
  const articles = allArticles.slice(0, MAX_BRIEF_ARTICLES);
  const articleIds = articles.map((a) => a.id);
  const grouped = lookup ? null : groupBy(corpus.timexes ?? [], (t) => t.articleId);
  const timexesOf = (id: string): readonly Timex[] => (lookup ? lookup.timexesOf(id) : grouped?.get(id) ?? []);
  // Absolute dates go in before selection, so the redundancy check sees the final text.
  const cands = articles.flatMap((a) => datedCandidates(a, timexesOf(a.id)));
  // The sentences' document frequencies, counted once: the poll line and the quotes are weighed in the same space.
  const { space, packed } = packIdCounts(TERMS.readAll(cands, countsOf), TERMS);
  const centrality = lexRankOf(packed);
  const poll = pickPoll(lookup ? lookup.pollsOf(articleIds) : corpus.polls ?? [], byId, new Set(articleIds));
  const scores = cands.map((c, i) => Math.sqrt(centrality[i]! * cands.length) * (1 / (1 + c.index / POSITION_HALF_LIFE)) * c.quality * c.specificity);

  const want = options.length === 'short' ? SHORT_POINTS : MAX_FULL_POINTS;
  // The poll line is shown anyway: what it says is covered, and a point repeating it is a repeat.
  const pollContext = poll ? { covered: conceptsOf(poll.text), anchors: tfidfVectorsBeside(space, [contentTerms(poll.text)]) } : {};
  const chosen = selectMmr(cands, packed, scores, want, pollContext);
  const pivot = new PivotComparer(packed);
  const points: BriefPoint[] = chosen.map((i) => {
    const c = cands[i]!;
    const a = byId.get(c.articleId)!;
    // Other reports of the same fact: their most similar sentence is close enough (cosine, or
    // setOverlapShare of their content words: the vectors' terms).
    const also = new Set<string>();
    pivot.setPivot(i);
    cands.forEach((o, j) => {
      if (o.articleId === c.articleId || also.has(o.articleId)) return;
      const shared = pivot.shared(j);
      const smaller = Math.min(pivot.size(i), pivot.size(j));
      if (pivot.cosine(j, shared, true) >= SAME_FACT_COSINE || (smaller > 0 && shared / smaller > MAX_SHARED_WORDS)) also.add(o.articleId);
    });
    const sources = [sourceOf(a), ...[...also].map((id) => sourceOf(byId.get(id)!))];
    return { text: c.text, original: c.original, sources, score: scores[i]! };
  });

  const quote = pickQuote(lookup ? lookup.quotesOf(articleIds) : corpus.quotes ?? [], articles, byId, points, packed, space);
  const sources: BriefSource[] = [];
  const seen = new Set<string>();
  for (const s of [...points.flatMap((p) => p.sources), ...(quote ? [quote.source] : []), ...(poll ? [poll.source] : [])]) {
    if (!seen.has(s.articleId)) {
      seen.add(s.articleId);
      sources.push(s);
    }
  }
  const top = points[0] ? byId.get(points[0].sources[0]!.articleId) : undefined;
  return {
    topic: { slug: topic.slug, name: topic.name },
    headline: top?.headline ?? topic.name,
    points,
    quote,
    poll,
    sources,
    dateRange: dateSpan(allArticles),
    articleCount: allArticles.length,
    length: options.length,
  };
}

/**
 * An article's candidate sentences with absolute dates from its timexes, kept per article object
 * for the timex list they were dated with: the bot's query index hands out the same list for an
 * article every time, so a later brief reuses them (and what selection keeps per candidate object);
 * another list (the CLI groups the corpus's timexes afresh per brief) dates them again. With no
 * timexes, dating changes nothing, so any empty list matches. Articles and timex lists are plain
 * data that no stage changes.
 */
function datedCandidates(a: Article, timexes: readonly Timex[]): readonly CandidateSentence[] {
  const known = dated.get(a);
  if (known && (known.timexes === timexes || (known.timexes.length === 0 && timexes.length === 0))) return known.cands;
  const cands = candidateSentences([a]).map((c) => ({ ...c, text: absoluteDates(c.text, timexes) }));
  dated.set(a, { timexes, cands });
  return cands;
}
const dated = new WeakMap<Article, { timexes: readonly Timex[]; cands: readonly CandidateSentence[] }>();

/** Most candidates whose word counts are kept (about 25 full briefs of 20 articles); see {@link BoundedMemo}. */
const COUNTS_KEPT = 20_000;
/** Content words of all briefs as small integers: a brief's TF-IDF tables are dense arrays by id. */
const TERMS = new Interner();
/** Content-word counts of each candidate object (its TF part) over interned ids, made once while kept (and again if the interner starts over). */
const counted = new BoundedMemo<CandidateSentence, IdCounts>(COUNTS_KEPT);
function countsOf(c: CandidateSentence): IdCounts {
  return counted.get(c, idCounts, TERMS.isCurrent);
}
function idCounts(c: CandidateSentence): IdCounts {
  const { terms, counts } = termCounts(contentTerms(c.text));
  return { ...TERMS.idsOf(terms), counts: Int32Array.from(counts) };
}

/**
 * The most notable attributed quote, scored for salience: `centrality × echoes × prominence × brevity`.
 * - centrality: cosine to the centroid of the topic's sentences (TF-IDF), plus a floor so that a
 *   short quote with few content words is not zeroed;
 * - echoes: 1 + the number of places that repeat it: a full quote of another report sharing over
 *   half the words of the shorter, or a partial quote (of any report) over half of whose words
 *   are in it (`Gates said he remained "cautiously optimistic"`); a line reporters chose to
 *   repeat is the notable one;
 * - prominence: the earliest paragraph where it or an echo appears, as the lead prior of points
 *   (news puts its key quote high);
 * - brevity: up to {@link QUOTE_IDEAL_WORDS} words counts fully; longer quotes by √(ideal / words),
 *   so a short, strong line beats a long passage of equal weight.
 * A quote sharing more than half its words with a point, or whose partial echo a point already
 * quotes (`… was "seriously destabilising"` in a point, the full line in the quote), is never
 * chosen (no repeats). Full
 * quotes of {@link QUOTE_MIN_WORDS}..{@link QUOTE_MAX_WORDS} words are preferred; when there is
 * none, partial quotes of two words or more compete.
 */
function pickQuote(quotes: readonly Quote[], articles: readonly Article[], byId: ArticlesById, points: readonly BriefPoint[], packed: PackedVectors, space: TermSpace): BriefQuote | null {
  const ids = new Set(articles.map((a) => a.id));
  // The centroid of the sentences' vectors, by term id (ids number terms in order of first use,
  // so summing each term over the vectors in order gives the sums, and the norm, of a word-keyed map).
  const centroid = new Float64Array(packed.terms.length);
  for (let k = 0; k < packed.ids.length; k++) centroid[packed.ids[k]!]! += packed.weights[k]!;
  let centroidSquares = 0;
  for (const w of centroid) centroidSquares += w * w;
  const centroidNorm = Math.sqrt(centroidSquares);
  /** cosineWithNorms(v, centroid, …): summed over v's terms in its order (the smaller side; the centroid holds every sentence term). */
  const cosineToCentroid = (v: TermVector): number => {
    if (v.size > centroid.length) return cosineWithNorms(v, new Map(packed.terms.map((t, i) => [t, centroid[i]!])), norm(v), centroidNorm);
    let dot = 0;
    for (const [t, w] of v) {
      const id = packed.idOf.get(t);
      if (id !== undefined) dot += w * centroid[id]!;
    }
    return dot === 0 ? 0 : dot / (norm(v) * centroidNorm);
  };
  const eligible = quotes.filter((q) => ids.has(q.articleId) && q.speaker !== null && q.text.trim() !== '');
  const wordCounts = new Map(eligible.map((q) => [q, q.text.split(/\s+/).length]));
  const words = (q: Quote): number => wordCounts.get(q)!;
  const full = eligible.filter((q) => !q.partial && words(q) >= QUOTE_MIN_WORDS && words(q) <= QUOTE_MAX_WORDS);
  const pool = full.length > 0 ? full : eligible.filter((q) => words(q) >= 2 && words(q) <= QUOTE_MAX_WORDS);
  const pointSets = points.map((p) => contentTermSet(p.text));
  const pointTexts = points.map((p) => p.text.toLowerCase());
  const inPoints = (q: Quote): boolean => pointSets.some((p) => setOverlapShare(contentTermSet(q.text), p) > MAX_SHARED_WORDS);
  const qVectors = tfidfVectorsBeside(space, pool.map((q) => contentTerms(q.text)));
  const eligibleSets = eligible.map((o) => contentTermSet(o.text));
  // Words shared with each eligible quote, counted from postings (word → quotes holding it) rather
  // than by comparing every pair of quotes: the same whole-number counts the overlap shares divide.
  const termIds = new Map<string, number>();
  const postings: number[][] = [];
  eligibleSets.forEach((os, k) => {
    for (const t of os) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = postings.length;
        termIds.set(t, id);
        postings.push([]);
      }
      postings[id]!.push(k);
    }
  });
  const shared = new Int32Array(eligible.length);
  let best: { q: Quote; s: number } | null = null;
  pool.forEach((q, i) => {
    if (inPoints(q)) return;
    const qs = contentTermSet(q.text);
    shared.fill(0);
    for (const t of qs) {
      const id = termIds.get(t);
      if (id !== undefined) for (const k of postings[id]!) shared[k]!++;
    }
    // A partial quote echoes q when over half its words are in q, a full quote of
    // another report when over half the words of the shorter are shared (setOverlapShare).
    const echoes = eligible.filter((o, k) => o !== q && shared[k]! > 0 && (o.partial ? shared[k]! / eligibleSets[k]!.size > MAX_SHARED_WORDS : o.articleId !== q.articleId && shared[k]! / Math.min(eligibleSets[k]!.size, qs.size) > MAX_SHARED_WORDS));
    // Its words quoted back in a point: the brief already shows this line.
    if (echoes.some((o) => o.partial && pointTexts.some((t) => t.includes(o.text.toLowerCase())))) return;
    const first = Math.min(q.paragraph ?? 0, ...echoes.map((o) => o.paragraph ?? 0));
    const prominence = 1 / (1 + first / QUOTE_PARAGRAPH_HALF_LIFE);
    const brevity = Math.min(1, Math.sqrt(QUOTE_IDEAL_WORDS / words(q)));
    const s = (cosineToCentroid(qVectors[i]!) + QUOTE_CENTRALITY_FLOOR) * (1 + echoWeight(echoes)) * prominence * brevity;
    if (!best || s > best.s) best = { q, s };
  });
  const chosen = (best as { q: Quote; s: number } | null)?.q;
  if (!chosen) return null;
  return { text: chosen.text, speaker: chosen.speaker!, partial: chosen.partial, source: sourceOf(byId.get(chosen.articleId)!) };
}

/**
 * Weight of a quote's echoes: each place (article and paragraph) repeating it counts 1, or
 * {@link PARTIAL_ECHO_WEIGHT} when it quotes back only some of its words: a reporter choosing a
 * few words of a line to quote in their own sentence is the strongest sign the line is notable.
 */
function echoWeight(echoes: readonly Quote[]): number {
  const places = new Map<string, number>();
  for (const o of echoes) {
    const key = `${o.articleId}\u0000${o.paragraph ?? ''}`;
    places.set(key, Math.max(places.get(key) ?? 0, o.partial ? PARTIAL_ECHO_WEIGHT : 1));
  }
  let w = 0;
  for (const v of places.values()) w += v;
  return w;
}

/** The topic's poll with the most results (then the newest), as one line. */
function pickPoll(polls: readonly Poll[], byId: ArticlesById, ids: Set<string>): BriefPoll | null {
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
