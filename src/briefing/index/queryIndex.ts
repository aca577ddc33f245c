/**
 * Per-article and per-speaker lookups over a corpus, built once per corpus version, so a command
 * reads only the quotes, polls, events and timexes of the articles it is about instead of scanning
 * the whole corpus (at 10k articles: 20k quotes, 30k events, 3k polls per command otherwise).
 *
 * Every lookup returns items in corpus order (the order of the corpus arrays), so a caller gets
 * exactly what `corpus.quotes.filter((q) => ids.has(q.articleId))` would give, without the scan.
 */
import { mergeNumbered, numberEvents } from '../analyse/dates/mergeEvents.js';
import { chronologicalKey } from './chronologicalKey.js';
import type { Article, Poll, Quote, TimelineEvent, Timex } from '../types.js';

/** The corpus fields the index reads (a `Corpus` fits). */
export interface QueryCorpus {
  articles: readonly Article[];
  quotes: readonly Quote[];
  polls: readonly Poll[];
  events: readonly TimelineEvent[];
  timexes: readonly Timex[];
}

/** Lookups by article and by speaker; see {@link buildQueryIndex}. */
export interface QueryIndex {
  article(id: string): Article | undefined;
  /** The article's position in the corpus's articles (undefined when it holds none with this id). */
  articleNumber(id: string): number | undefined;
  /** Quotes of these articles, in corpus order (an id given twice counts once). */
  quotesOf(articleIds: Iterable<string>): Quote[];
  /** Polls of these articles, in corpus order. */
  pollsOf(articleIds: Iterable<string>): Poll[];
  /** Timeline events of these articles, in corpus order. */
  eventsOf(articleIds: Iterable<string>): TimelineEvent[];
  /**
   * Timexes of one article, in corpus order (empty when none): the same list object for an article
   * every time, so what is kept per list (a brief's dated candidate sentences, see buildBrief) is
   * reused by later briefs.
   */
  timexesOf(articleId: string): readonly Timex[];
  /** Quotes attributed to a speaker id, in corpus order (empty when none). */
  quotesBy(speakerId: string): readonly Quote[];
  /**
   * The timeline events of these articles merged across reports, in chronological order, as
   * `/timeline` shows them: the same result as `mergeEvents(eventsOf(ids))`
   * (src/briefing/analyse/dates/mergeEvents.ts) sorted stably by `chronologicalKey` of their dates
   * with `localeCompare` (entries of equal keys keep their order). The merge reads content words
   * found once per event at build time, with candidates bucketed by date (the only ones
   * `mergeEvents` can merge with), instead of re-reading every event's text and comparing it with
   * every entry so far; the order comes from every date of the corpus ranked once per index
   * instead of keys compared per entry (see {@link chronologicalOrder}).
   */
  timelineOf(articleIds: Iterable<string>): TimelineEvent[];
  /**
   * How much these articles hold: articles the corpus has, their paragraphs, quotes and timeline
   * events (an id given twice counts twice). What answering about them reads, without gathering it
   * (a lookup and a subtraction per article).
   */
  sizeOf(articleIds: Iterable<string>): ArticlesSize;
}

/** See `QueryIndex.sizeOf`. */
export interface ArticlesSize {
  articles: number;
  paragraphs: number;
  quotes: number;
  events: number;
}


/**
 * Positions (indices into the items) of each article's items, ascending, in one typed array:
 * article number a's are `at[start[a] .. start[a + 1])` (article numbers from the corpus's id map).
 * An item whose article the corpus does not list keeps a list of its own in `other`. At 50k articles
 * an array and a Map entry per article per kind cost about 12 MB more than these arrays.
 */
interface Positions {
  start: Int32Array;
  at: Int32Array;
  other: Map<string, number[]>;
}

/** {@link Positions} of `items` for the articles numbered by `articleNo`. */
function positionsByArticle(items: readonly { articleId: string }[], articleNo: ReadonlyMap<string, number>, articles: number): Positions {
  const no = new Int32Array(items.length);
  const start = new Int32Array(articles + 1);
  const other = new Map<string, number[]>();
  items.forEach((x, i) => {
    const a = articleNo.get(x.articleId);
    no[i] = a ?? -1;
    if (a !== undefined) start[a + 1]!++;
    else {
      const list = other.get(x.articleId);
      if (list) list.push(i);
      else other.set(x.articleId, [i]);
    }
  });
  for (let a = 0; a < articles; a++) start[a + 1]! += start[a]!;
  const at = new Int32Array(start[articles]!);
  const fill = start.slice(0, articles);
  for (let i = 0; i < items.length; i++) if (no[i]! >= 0) at[fill[no[i]!]!++] = i;
  return { start, at, other };
}

/** The positions of one article's items, ascending (empty when none). */
function positionsOf(positions: Positions, articleNo: ReadonlyMap<string, number>, id: string): ArrayLike<number> {
  const a = articleNo.get(id);
  return a === undefined ? (positions.other.get(id) ?? []) : positions.at.subarray(positions.start[a]!, positions.start[a + 1]!);
}

/** Positions of these articles' items, ascending (corpus order); an id given twice counts once. */
function gatherPositions(positions: Positions, articleNo: ReadonlyMap<string, number>, articleIds: Iterable<string>): Int32Array {
  const seen = new Set<string>();
  const lists: ArrayLike<number>[] = [];
  let n = 0;
  for (const id of articleIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const list = positionsOf(positions, articleNo, id);
    if (list.length > 0) {
      lists.push(list);
      n += list.length;
    }
  }
  const at = new Int32Array(n);
  let k = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) at[k++] = list[i]!;
  if (lists.length > 1) at.sort();
  return at;
}

/**
 * Chronological rank of every date of these events: dates sorted by `chronologicalKey` with
 * `localeCompare`, equal keys sharing a rank. Made once per index, at its first timeline (7,300
 * dates at 10k generated articles: a few milliseconds).
 */
function chronologicalRanks(events: readonly TimelineEvent[]): Map<string, number> {
  const keys = new Map<string, string>();
  for (const e of events) if (!keys.has(e.date)) keys.set(e.date, chronologicalKey(e.date));
  const dates = [...keys].sort((a, b) => a[1].localeCompare(b[1]));
  const rank = new Map<string, number>();
  let r = 0;
  dates.forEach(([date, key], i) => {
    if (i > 0 && dates[i - 1]![1].localeCompare(key) !== 0) r++;
    rank.set(date, r);
  });
  return rank;
}

/**
 * Entries in chronological order (see `QueryIndex.timelineOf`), by their dates' ranks among all
 * the corpus's dates ({@link chronologicalRanks}), then their position, compared as numbers: the
 * stable sort by key it replaces ranked a large topic's 3,400 distinct dates anew for every
 * timeline and compared keys about 14 times per entry.
 */
function chronologicalOrder(entries: readonly TimelineEvent[], ranks: ReadonlyMap<string, number>): TimelineEvent[] {
  const n = entries.length;
  if (n < 2) return [...entries];
  // rank × n + position: distinct for every entry, ordered by rank then position, exact as a double
  // (below n × the corpus's date count). A date the ranks lack (none: entries come from the same
  // events) would sort first.
  const order = new Float64Array(n);
  for (let j = 0; j < n; j++) order[j] = (ranks.get(entries[j]!.date) ?? -1) * n + j;
  order.sort();
  return Array.from(order, (k) => entries[((k % n) + n) % n]!);
}

/** The timex list of an article with none (one shared, frozen list). */
const NO_TIMEXES: readonly Timex[] = Object.freeze([]);

/** The items of these articles, in corpus order. */
function gather<T>(items: readonly T[], positions: Positions, articleNo: ReadonlyMap<string, number>, articleIds: Iterable<string>): T[] {
  return Array.from(gatherPositions(positions, articleNo, articleIds), (i) => items[i]!);
}

/**
 * Builds the lookups of a corpus: two passes over each of its arrays (count, then place: item
 * positions by article in typed arrays), plus the dates and content words of every timeline event
 * as numbers (`numberEvents` of mergeEvents.ts: one flat array, a few bytes a word), which topic
 * timelines are merged from.
 */
export function buildQueryIndex(corpus: QueryCorpus): QueryIndex {
  // Article number of each id: the last article with it (as a Map by id keeps), so `article(id)` is that one.
  const articleNo = new Map(corpus.articles.map((a, i) => [a.id, i]));
  const articles = corpus.articles.length;
  const quotePos = positionsByArticle(corpus.quotes, articleNo, articles);
  const pollPos = positionsByArticle(corpus.polls, articleNo, articles);
  const eventPos = positionsByArticle(corpus.events, articleNo, articles);
  const timexPos = positionsByArticle(corpus.timexes, articleNo, articles);
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of corpus.quotes) {
    if (q.speakerId === null || q.speakerId === undefined) continue;
    const list = bySpeaker.get(q.speakerId);
    if (list) list.push(q);
    else bySpeaker.set(q.speakerId, [q]);
  }

  // Dates and content words of each event as numbers, for merging a topic's timeline.
  const numbered = numberEvents(corpus.events);

  /** Rank of each date of the corpus's events in time, made at the first timeline ({@link chronologicalRanks}). */
  let dateRanks: Map<string, number> | undefined;
  /** Each article's timex list, made at its first ask (see `timexesOf`). */
  const timexLists = new Map<string, readonly Timex[]>();

  return {
    article: (id) => {
      const a = articleNo.get(id);
      return a === undefined ? undefined : corpus.articles[a];
    },
    articleNumber: (id) => articleNo.get(id),
    quotesOf: (ids) => gather(corpus.quotes, quotePos, articleNo, ids),
    pollsOf: (ids) => gather(corpus.polls, pollPos, articleNo, ids),
    eventsOf: (ids) => gather(corpus.events, eventPos, articleNo, ids),
    timexesOf: (id) => {
      let list = timexLists.get(id);
      if (list === undefined) {
        const found = Array.from(positionsOf(timexPos, articleNo, id), (i) => corpus.timexes[i]!);
        list = found.length === 0 ? NO_TIMEXES : found;
        timexLists.set(id, list);
      }
      return list;
    },
    quotesBy: (id) => bySpeaker.get(id) ?? [],
    sizeOf: (ids) => {
      const size: ArticlesSize = { articles: 0, paragraphs: 0, quotes: 0, events: 0 };
      for (const id of ids) {
        const a = articleNo.get(id);
        if (a === undefined) continue;
        size.articles++;
        size.paragraphs += corpus.articles[a]!.paragraphs.length;
        size.quotes += quotePos.start[a + 1]! - quotePos.start[a]!;
        size.events += eventPos.start[a + 1]! - eventPos.start[a]!;
      }
      return size;
    },
    timelineOf: (ids) => chronologicalOrder(mergeNumbered(numbered, gatherPositions(eventPos, articleNo, ids)), (dateRanks ??= chronologicalRanks(corpus.events))),
  };
}
