/**
 * Merging timeline events told by several reports: the same date and enough shared content words
 * make one entry, the first report's, listing the others in `sources`. A plain bag-of-words overlap
 * (Jaccard-style, over content words: the method of near-duplicate detection by word overlap) is
 * enough here because the date already narrows the candidates to a handful.
 */
import type { TimelineEvent } from '../../types.js';

/** Words too common to tell two events apart. */
const STOPWORDS = new Set(
  'a an the of to in on at by for with from and or but as is are was were be been has have had will would said says say told he she it its they them their his her this that these those who which what not no than then there here also after before over about into more most some any can could may might must should do does did up out new one two first last week month year monday tuesday wednesday thursday friday saturday sunday today'.split(' '),
);

/** Content words of an event text, lower-cased, crudely stemmed (plural `s` removed). */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return new Set(words.map((w) => w.replace(/['’]s$/, '').replace(/(?<=\w{3})s$/, '')).filter((w) => w.length > 2 && !STOPWORDS.has(w)));
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
 * them). Words are asked for only when an event meets an earlier one of its date.
 */
export function mergeEventsBy<W>(events: readonly TimelineEvent[], wordsOf: (i: number) => ArrayLike<W> & Iterable<W>): TimelineEvent[] {
  interface Entry {
    ev: TimelineEvent;
    /** The event the entry started from: its words are the entry's first. */
    first: number;
    /** Content words, gathered when first compared (most dates have one event, never compared). */
    words: Set<W> | null;
    articles: Set<string>;
  }
  const entryWords = (o: Entry): Set<W> => (o.words ??= new Set(wordsOf(o.first)));
  const out: Entry[] = [];
  // Only events of one date can merge: candidates are looked up by date, in order of first appearance.
  const byDate = new Map<string, Entry[]>();
  events.forEach((e, i) => {
    const same = byDate.get(e.date);
    const words = same ? wordsOf(i) : null;
    const into = same && words ? same.find((o) => !o.articles.has(e.articleId) && sameEvent(entryWords(o), words)) : undefined;
    if (!into) {
      const entry: Entry = { ev: { ...e, ...(e.sources ? { sources: [...e.sources] } : {}) }, first: i, words: words ? new Set(words) : null, articles: new Set([e.articleId, ...(e.sources ?? [])]) };
      out.push(entry);
      if (same) same.push(entry);
      else byDate.set(e.date, [entry]);
      return;
    }
    const sources = into.ev.sources ?? [];
    for (const id of [e.articleId, ...(e.sources ?? [])]) {
      if (!into.articles.has(id)) {
        sources.push(id);
        into.articles.add(id);
      }
    }
    into.ev.sources = sources;
    if (!into.ev.who && e.who) into.ev.who = e.who;
    const target = entryWords(into);
    for (const w of words!) target.add(w);
  });
  return out.map((o) => o.ev);
}
