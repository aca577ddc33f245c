import type { Article, Timex, TimelineEvent } from '../../types.js';

/** Temporal expressions and timeline events of the articles of one file. (Stub until the dates issue lands.) */
export function analyseDates(_articles: readonly Article[]): { timexes: Timex[]; events: TimelineEvent[] } {
  return { timexes: [], events: [] };
}
