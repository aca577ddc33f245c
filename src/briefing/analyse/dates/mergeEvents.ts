/**
 * Merging timeline events told by several reports: the same date and enough shared content words
 * make one entry, the first report's, listing the others in `sources`. A plain bag-of-words overlap
 * (Jaccard-style, over content words: the method of near-duplicate detection by word overlap) is
 * enough here because the date already narrows the candidates to a handful.
 */
import type { TimelineEvent } from '../../types.js';
import { IntList } from '../../index/intList.js';

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

/**
 * Events with their dates and content words as numbers, as {@link mergeNumbered} reads them: the
 * query index keeps this for the whole corpus (numbered once at start), {@link mergeEvents} makes
 * it for the events it is given.
 */
export interface NumberedEvents {
  events: readonly TimelineEvent[];
  /** Date number of each event: equal dates, equal numbers; each below `dateCount`. */
  dateNo: Int32Array;
  dateCount: number;
  /** Distinct content-word numbers of event i: `words[starts[i] .. starts[i + 1])`, each below `vocabularySize`. */
  words: Int32Array;
  starts: Int32Array;
  vocabularySize: number;
}

/** Fewest characters of event text per content word, on average, that sizing the word list counts on (11.3 measured on the bundled and generated corpora). */
const CHARS_PER_CONTENT_WORD = 10;

/**
 * Numbers the dates and content words ({@link contentWords}) of `events` for {@link mergeNumbered}.
 * Only events whose date another event shares get their words (the others are never compared, and
 * most events of a file have a date of their own): their word range is empty.
 */
export function numberEvents(events: readonly TimelineEvent[]): NumberedEvents {
  const dates = new Map<string, number>();
  const vocabulary = new Map<string, number>();
  const dateNo = new Int32Array(events.length);
  const starts = new Int32Array(events.length + 1);
  const perDate: number[] = [];
  events.forEach((e, i) => {
    let d = dates.get(e.date);
    if (d === undefined) {
      dates.set(e.date, (d = dates.size));
      perDate.push(0);
    }
    dateNo[i] = d;
    perDate[d]!++;
  });
  // Sized from the texts compared (news clauses run about 11 characters a content word), so the
  // list is filled without growing: at 50k articles growing from 8 words an event left 17 MB of garbage.
  let textChars = 0;
  events.forEach((e, i) => {
    if (perDate[dateNo[i]!]! > 1) textChars += e.text.length;
  });
  const words = new IntList(Math.max(16, Math.ceil(textChars / CHARS_PER_CONTENT_WORD)));
  events.forEach((e, i) => {
    starts[i] = words.length;
    if (perDate[dateNo[i]!]! < 2) return;
    for (const w of contentWords(e.text)) {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
      words.push(id);
    }
  });
  starts[events.length] = words.length;
  return { events, dateNo, dateCount: dates.size, words: words.finish(), starts, vocabularySize: vocabulary.size };
}

/**
 * One entry per event: events with the same `date` from different articles whose texts share
 * content words are merged into the first one seen (its text, expression and `who`, the `who` of a
 * later one when the first has none); `sources` lists the other articles (already merged entries
 * keep and extend theirs). Events of the same article are never merged with each other: one report
 * telling two things on one day tells two events. Order of first appearance is kept.
 */
export function mergeEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return mergeNumbered(numberEvents(events));
}

/**
 * {@link mergeEvents} over the events of `numbered` at `positions` (ascending: the order of first
 * appearance; all of them when not given), with dates and words compared as numbers. An entry
 * copies its event, and builds its article and word sets, only when a later event is merged into it
 * (a large topic's timeline merges 20k events, most of which stay alone): an entry nothing was
 * merged into is the event object itself (read-only, as all corpus data), and is compared through a
 * mark per word of the event being placed, with no set. Candidates are only the entries of the
 * event's date, each date's kept as a linked list in order of creation.
 */
export function mergeNumbered(numbered: NumberedEvents, positions?: ArrayLike<number>): TimelineEvent[] {
  const { events, dateNo, words, starts } = numbered;
  const count = positions ? positions.length : events.length;
  const out: TimelineEvent[] = [];
  /** Per entry: the position of the event it started from, the next entry of its date (-1: none), whether `out[j]` is a copy yet, its article and word sets once merged into. */
  const firstAt: number[] = [];
  const nextOfDate: number[] = [];
  const copied: boolean[] = [];
  const articleSets: (Set<string> | null)[] = [];
  const wordSets: (Set<number> | null)[] = [];
  /** First and last entry of each date (-1: none yet). */
  const headOf = new Int32Array(numbered.dateCount).fill(-1);
  const tailOf = new Int32Array(numbered.dateCount);
  /** `mark[w] === stamp`: word w is one of the words of the event being placed. */
  const mark = new Int32Array(numbered.vocabularySize);
  let stamp = 0;

  const hasArticle = (j: number, id: string): boolean => {
    const set = articleSets[j];
    if (set) return set.has(id);
    const ev = out[j]!;
    return ev.articleId === id || (ev.sources?.includes(id) ?? false);
  };
  const entryWords = (j: number): Set<number> => {
    let set = wordSets[j];
    if (!set) {
      const p = firstAt[j]!;
      set = new Set<number>();
      for (let k = starts[p]!; k < starts[p + 1]!; k++) set.add(words[k]!);
      wordSets[j] = set;
    }
    return set;
  };

  for (let x = 0; x < count; x++) {
    const p = positions ? positions[x]! : x;
    const e = events[p]!;
    const d = dateNo[p]!;
    const from = starts[p]!;
    const to = starts[p + 1]!;
    let into = -1;
    if (headOf[d]! >= 0) {
      stamp++;
      for (let k = from; k < to; k++) mark[words[k]!] = stamp;
      for (let j = headOf[d]!; j >= 0; j = nextOfDate[j]!) {
        if (hasArticle(j, e.articleId)) continue;
        // Shared words and the entry's size: from its set once merged into, else from its event's words.
        let shared = 0;
        let size: number;
        const set = wordSets[j];
        if (set) {
          size = set.size;
          for (let k = from; k < to; k++) if (set.has(words[k]!)) shared++;
        } else {
          const q = firstAt[j]!;
          size = starts[q + 1]! - starts[q]!;
          for (let k = starts[q]!; k < starts[q + 1]!; k++) if (mark[words[k]!] === stamp) shared++;
        }
        const smaller = Math.min(size, to - from);
        if (shared >= MIN_SHARED && smaller > 0 && shared / smaller >= MIN_SHARE) {
          into = j;
          break;
        }
      }
    }
    if (into < 0) {
      const j = out.length;
      out.push(e);
      firstAt.push(p);
      nextOfDate.push(-1);
      copied.push(false);
      articleSets.push(null);
      wordSets.push(null);
      if (headOf[d]! < 0) headOf[d] = j;
      else nextOfDate[tailOf[d]!] = j;
      tailOf[d] = j;
      continue;
    }
    const articles = (articleSets[into] ??= new Set([out[into]!.articleId, ...(out[into]!.sources ?? [])]));
    if (!copied[into]) {
      const ev = out[into]!;
      out[into] = { ...ev, ...(ev.sources ? { sources: [...ev.sources] } : {}) };
      copied[into] = true;
    }
    const target = out[into]!;
    const sources = target.sources ?? [];
    const addSource = (id: string): void => {
      if (articles.has(id)) return;
      sources.push(id);
      articles.add(id);
    };
    addSource(e.articleId);
    for (const id of e.sources ?? []) addSource(id);
    target.sources = sources;
    if (!target.who && e.who) target.who = e.who;
    const merged = entryWords(into);
    for (let k = from; k < to; k++) merged.add(words[k]!);
  }
  return out;
}
