/**
 * Merging timeline events told by several reports: the same date and enough shared content words
 * make one entry, the first report's, listing the others in `sources`. A plain bag-of-words overlap
 * (Jaccard-style, over content words: the method of near-duplicate detection by word overlap) is
 * enough here because the date already narrows the candidates to a handful.
 */
import type { TimelineEvent } from '../../types.js';

/** Words too common to tell two events apart. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'a an the of to in on at by for with from and or but as is are was were be been has have had will would said says say told he she it its they them their his her this that these those who which what not no than then there here also after before over about into more most some any can could may might must should do does did up out new one two first last week month year monday tuesday wednesday thursday friday saturday sunday today'.split(' '),
);

/** A word: a letter, then letters, apostrophes and hyphens. */
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** An ASCII word character (`\w`). */
const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** The character code of `s`. */
const S = 115;
/** The apostrophes of a possessive `'s`. */
const APOSTROPHES = "'’";

/**
 * Content words of an event text, lower-cased, crudely stemmed: a possessive `'s` is removed, then a
 * plural `s` after three ASCII word characters (`boss's` → `bos`, `talks` → `talk`, `gas` stays);
 * words of two letters or fewer and {@link STOPWORDS} are left out. One pass with no regex per word:
 * the answer index takes the words of every event at start (190,000 events at 50k articles).
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    let w = m[0];
    if (w.length >= 2 && w.charCodeAt(w.length - 1) === S && APOSTROPHES.includes(w[w.length - 2]!)) w = w.slice(0, -2);
    const n = w.length;
    if (n >= 4 && w.charCodeAt(n - 1) === S && isWordChar(w.charCodeAt(n - 2)) && isWordChar(w.charCodeAt(n - 3)) && isWordChar(w.charCodeAt(n - 4))) w = w.slice(0, -1);
    if (w.length > 2 && !STOPWORDS.has(w)) out.add(w);
  }
  return out;
}

/** Least number of shared content words for two texts to tell one event. */
const MIN_SHARED = 2;
/** Least share of the smaller text's content words that must be shared. */
const MIN_SHARE = 0.25;

/** Whether an entry's words (`a`) and an event's distinct words (`b`) share enough to tell one event. */
function sameEvent<W>(a: ReadonlySet<W>, b: ArrayLike<W> & Iterable<W>): boolean {
  let shared = 0;
  for (const w of b) if (a.has(w)) shared++;
  const smaller = Math.min(a.size, b.length);
  return shared >= MIN_SHARED && smaller > 0 && shared / smaller >= MIN_SHARE;
}

/**
 * One entry per event: events with the same `date` from different articles whose texts share
 * content words are merged into the first one seen (its text, expression and `who`, the `who` of a
 * later one when the first has none); `sources` lists the other articles (already merged entries
 * keep and extend theirs). Events of the same article are never merged with each other: one report
 * telling two things on one day tells two events. Order of first appearance is kept.
 */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return mergeEventsBy(events, (i) => [...contentWords(events[i]!.text)]);
}

/**
 * {@link mergeEvents} with the content words of event `i` given by `wordsOf(i)` (distinct; any
 * representation: strings, or word numbers of a corpus-wide vocabulary as the query index keeps
 * them). Words are asked for only when an event meets an earlier one of its date. An entry copies
 * its event, and builds its article and word sets, only when a later event is merged into it or
 * compared with it (a large topic's timeline merges 20k events, most of which stay alone): an
 * entry nothing was merged into is the event object itself (read-only, as all corpus data).
 */
export function mergeEventsBy<W>(events: readonly TimelineEvent[], wordsOf: (i: number) => ArrayLike<W> & Iterable<W>): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  /** Per entry: the event it started from, whether `out[j]` is a copy yet, its article and word sets once needed. */
  const firstOf: number[] = [];
  const copied: boolean[] = [];
  const articleSets: (Set<string> | null)[] = [];
  const wordSets: (Set<W> | null)[] = [];
  // Only events of one date can merge: candidates are looked up by date, in order of first appearance.
  const byDate = new Map<string, number[]>();

  const entryWords = (j: number): Set<W> => (wordSets[j] ??= new Set(wordsOf(firstOf[j]!)));
  const hasArticle = (j: number, id: string): boolean => {
    const set = articleSets[j];
    if (set) return set.has(id);
    const ev = out[j]!;
    return ev.articleId === id || (ev.sources?.includes(id) ?? false);
  };
  const add = (e: TimelineEvent, i: number, words: Set<W> | null): number => {
    out.push(e);
    firstOf.push(i);
    copied.push(false);
    articleSets.push(null);
    wordSets.push(words);
    return out.length - 1;
  };

  events.forEach((e, i) => {
    const same = byDate.get(e.date);
    if (!same) {
      byDate.set(e.date, [add(e, i, null)]);
      return;
    }
    const words = wordsOf(i);
    const into = same.find((j) => !hasArticle(j, e.articleId) && sameEvent(entryWords(j), words));
    if (into === undefined) {
      same.push(add(e, i, new Set(words)));
      return;
    }
    const articles = (articleSets[into] ??= new Set([out[into]!.articleId, ...(out[into]!.sources ?? [])]));
    if (!copied[into]) {
      const ev = out[into]!;
      out[into] = { ...ev, ...(ev.sources ? { sources: [...ev.sources] } : {}) };
      copied[into] = true;
    }
    const target = out[into]!;
    const sources = target.sources ?? [];
    for (const id of [e.articleId, ...(e.sources ?? [])]) {
      if (!articles.has(id)) {
        sources.push(id);
        articles.add(id);
      }
    }
    target.sources = sources;
    if (!target.who && e.who) target.who = e.who;
    const merged = entryWords(into);
    for (const w of words) merged.add(w);
  });
  return out;
}
