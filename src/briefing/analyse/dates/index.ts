/**
 * Dates of a file's articles: every temporal expression (TIMEX3 value, resolved against the
 * article's dateline date) and the timeline events they date. See tagTimexes.ts for the tagger
 * (chrono-node plus the project's rules and refiners) and buildEvents.ts / mergeEvents.ts for events.
 */
import type { Article, Timex, TimelineEvent } from '../../types.js';
import { buildEvents } from './buildEvents.js';
import { mergeEvents } from './mergeEvents.js';
import { tagTimexes, type TimexSpan } from './tagTimexes.js';

export { tagTimexes, type TimexSpan } from './tagTimexes.js';
export { mergeEvents } from './mergeEvents.js';

/**
 * Tags each article's headline and paragraphs with its own `date` as the reference (an article with
 * no date gets X-form values and no events), and builds timeline events from the paragraphs, merged
 * across the file's articles (the same meeting told by three reports is one entry with `sources`).
 */
export function analyseDates(articles: readonly Article[]): { timexes: Timex[]; events: TimelineEvent[] } {
  const timexes: Timex[] = [];
  const events: TimelineEvent[] = [];
  for (const a of articles) {
    const perParagraph: TimexSpan[][] = a.paragraphs.map((p) => tagTimexes(p, a.date));
    const headline = a.headline ? tagTimexes(a.headline, a.date) : [];
    for (const t of [...headline, ...perParagraph.flat()]) timexes.push({ articleId: a.id, text: t.text, value: t.value, type: t.type });
    if (a.date) events.push(...buildEvents(a, (p) => perParagraph[p] ?? []));
  }
  return { timexes, events: mergeEvents(events) };
}
