/**
 * `mergeEvents` (src/briefing/analyse/dates/mergeEvents.ts: same date, from different articles,
 * enough shared content words → one entry listing the others as `sources`) over events whose
 * content words are already word numbers in one flat array, as the query index keeps them. The
 * result equals `mergeEvents` of the same events (checked against it, tests/briefing/index); it is
 * written for a large topic's timeline (20k events at 10k generated articles), where the generic
 * version's per-event copies and sets were most of the answer: here an entry copies its event, and
 * builds its article and word sets, only when a later event is merged into it or compared with it.
 */
import type { TimelineEvent } from '../types.js';

/** Least number of shared content words for two texts to tell one event (as mergeEvents). */
const MIN_SHARED = 2;
/** Least share of the smaller text's content words that must be shared (as mergeEvents). */
const MIN_SHARE = 0.25;

/**
 * The merged timeline entries of `events[positions[0]]`, `events[positions[1]]`, … in that order.
 * Event `p`'s distinct content words are `words[starts[p] .. starts[p + 1])`. An entry nothing was
 * merged into is the event object itself (read-only, as all corpus data); a merged one is a copy.
 */
export function mergeEventWords(events: readonly TimelineEvent[], positions: ArrayLike<number>, words: Int32Array, starts: Int32Array): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  /** Per entry: the event position it started from, whether `out[j]` is a copy yet, its article and word sets once needed. */
  const firstOf: number[] = [];
  const copied: boolean[] = [];
  const articleSets: (Set<string> | null)[] = [];
  const wordSets: (Set<number> | null)[] = [];
  const byDate = new Map<string, number[]>();

  const wordsAt = (p: number): Int32Array => words.subarray(starts[p]!, starts[p + 1]!);
  const entryWords = (j: number): Set<number> => (wordSets[j] ??= new Set(wordsAt(firstOf[j]!)));
  const hasArticle = (j: number, id: string): boolean => {
    const set = articleSets[j];
    if (set) return set.has(id);
    const ev = out[j]!;
    return ev.articleId === id || (ev.sources?.includes(id) ?? false);
  };
  const entryArticles = (j: number): Set<string> => {
    let set = articleSets[j];
    if (!set) {
      const ev = out[j]!;
      articleSets[j] = set = new Set([ev.articleId, ...(ev.sources ?? [])]);
    }
    return set;
  };
  const add = (e: TimelineEvent, p: number, w: Set<number> | null): number => {
    const j = out.length;
    out.push(e);
    firstOf.push(p);
    copied.push(false);
    articleSets.push(null);
    wordSets.push(w);
    return j;
  };

  for (let k = 0; k < positions.length; k++) {
    const p = positions[k]!;
    const e = events[p]!;
    const same = byDate.get(e.date);
    if (!same) {
      byDate.set(e.date, [add(e, p, null)]);
      continue;
    }
    const w = wordsAt(p);
    let into = -1;
    for (const j of same) {
      if (hasArticle(j, e.articleId)) continue;
      // mergeEvents' sameEvent: shared words over the smaller of the two word counts.
      const a = entryWords(j);
      let shared = 0;
      for (let i = 0; i < w.length; i++) if (a.has(w[i]!)) shared++;
      const smaller = Math.min(a.size, w.length);
      if (shared >= MIN_SHARED && smaller > 0 && shared / smaller >= MIN_SHARE) {
        into = j;
        break;
      }
    }
    if (into < 0) {
      same.push(add(e, p, new Set(w)));
      continue;
    }
    const articles = entryArticles(into);
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
    const intoWords = entryWords(into);
    for (let i = 0; i < w.length; i++) intoWords.add(w[i]!);
  }
  return out;
}
