/**
 * Per-article and per-speaker lookups over a corpus, built once per corpus version, so a command
 * reads only the quotes, polls, events and timexes of the articles it is about instead of scanning
 * the whole corpus (at 10k articles: 20k quotes, 30k events, 3k polls per command otherwise).
 *
 * Every lookup returns items in corpus order (the order of the corpus arrays), so a caller gets
 * exactly what `corpus.quotes.filter((q) => ids.has(q.articleId))` would give, without the scan.
 */
import { contentWords, mergeEventsBy } from '../analyse/dates/mergeEvents.js';
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
  /** Quotes of these articles, in corpus order (an id given twice counts once). */
  quotesOf(articleIds: Iterable<string>): Quote[];
  /** Polls of these articles, in corpus order. */
  pollsOf(articleIds: Iterable<string>): Poll[];
  /** Timeline events of these articles, in corpus order. */
  eventsOf(articleIds: Iterable<string>): TimelineEvent[];
  /** Timexes of one article, in corpus order (empty when none). */
  timexesOf(articleId: string): readonly Timex[];
  /** Quotes attributed to a speaker id, in corpus order (empty when none). */
  quotesBy(speakerId: string): readonly Quote[];
  /**
   * The timeline events of these articles merged across reports: the same result as
   * `mergeEvents(eventsOf(ids))` (src/briefing/analyse/dates/mergeEvents.ts), computed from
   * content words found once per event at build time and with candidates bucketed by date (the
   * only ones `mergeEvents` can merge with), instead of re-reading every event's text and
   * comparing it with every entry so far.
   */
  mergedEventsOf(articleIds: Iterable<string>): TimelineEvent[];
}


/** Positions (indices into `items`) of each article's items, ascending. */
function positionsByArticle<T extends { articleId: string }>(items: readonly T[]): Map<string, number[]> {
  const m = new Map<string, number[]>();
  items.forEach((x, i) => {
    const list = m.get(x.articleId);
    if (list) list.push(i);
    else m.set(x.articleId, [i]);
  });
  return m;
}

/** Positions of these articles' items, ascending (corpus order); an id given twice counts once. */
function gatherPositions(positions: ReadonlyMap<string, readonly number[]>, articleIds: Iterable<string>): Int32Array {
  const seen = new Set<string>();
  const lists: (readonly number[])[] = [];
  let n = 0;
  for (const id of articleIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const list = positions.get(id);
    if (list) {
      lists.push(list);
      n += list.length;
    }
  }
  const at = new Int32Array(n);
  let k = 0;
  for (const list of lists) for (const i of list) at[k++] = i;
  if (lists.length > 1) at.sort();
  return at;
}

/** The items of these articles, in corpus order. */
function gather<T>(items: readonly T[], positions: ReadonlyMap<string, readonly number[]>, articleIds: Iterable<string>): T[] {
  return Array.from(gatherPositions(positions, articleIds), (i) => items[i]!);
}

/**
 * Builds the lookups of a corpus: one pass over each of its arrays, plus the content words of
 * every timeline event (as `contentWords` of mergeEvents.ts), kept as interned word numbers in one
 * flat array (a few bytes a word).
 */
export function buildQueryIndex(corpus: QueryCorpus): QueryIndex {
  const articleById = new Map(corpus.articles.map((a) => [a.id, a]));
  const quotePos = positionsByArticle(corpus.quotes);
  const pollPos = positionsByArticle(corpus.polls);
  const eventPos = positionsByArticle(corpus.events);
  const timexesByArticle = new Map<string, Timex[]>();
  for (const t of corpus.timexes) {
    const list = timexesByArticle.get(t.articleId);
    if (list) list.push(t);
    else timexesByArticle.set(t.articleId, [t]);
  }
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of corpus.quotes) {
    if (q.speakerId === null || q.speakerId === undefined) continue;
    const list = bySpeaker.get(q.speakerId);
    if (list) list.push(q);
    else bySpeaker.set(q.speakerId, [q]);
  }

  // Content words of each event as word numbers: event i's are words[starts[i] .. starts[i + 1]).
  const vocabulary = new Map<string, number>();
  const starts = new Int32Array(corpus.events.length + 1);
  let flat = new Int32Array(Math.max(16, corpus.events.length * 8));
  let used = 0;
  corpus.events.forEach((e, i) => {
    starts[i] = used;
    for (const w of contentWords(e.text)) {
      let id = vocabulary.get(w);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(w, id);
      }
      if (used === flat.length) {
        const bigger = new Int32Array(flat.length * 2);
        bigger.set(flat);
        flat = bigger;
      }
      flat[used++] = id;
    }
  });
  starts[corpus.events.length] = used;
  const words = flat.subarray(0, used);

  /** mergeEvents over the events at `positions`, their content words read as word numbers. */
  function mergeByDate(positions: Int32Array): TimelineEvent[] {
    const events = Array.from(positions, (p) => corpus.events[p]!);
    return mergeEventsBy(events, (i) => words.subarray(starts[positions[i]!]!, starts[positions[i]! + 1]!));
  }

  return {
    article: (id) => articleById.get(id),
    quotesOf: (ids) => gather(corpus.quotes, quotePos, ids),
    pollsOf: (ids) => gather(corpus.polls, pollPos, ids),
    eventsOf: (ids) => gather(corpus.events, eventPos, ids),
    timexesOf: (id) => timexesByArticle.get(id) ?? [],
    quotesBy: (id) => bySpeaker.get(id) ?? [],
    mergedEventsOf: (ids) => mergeByDate(gatherPositions(eventPos, ids)),
  };
}
