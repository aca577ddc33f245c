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
    chronologyYears(a.paragraphs, perParagraph);
    const headline = a.headline ? tagTimexes(a.headline, a.date) : [];
    for (const t of [...headline, ...perParagraph.flat()]) timexes.push({ articleId: a.id, text: t.text, value: t.value, type: t.type });
    if (a.date) events.push(...buildEvents(a, (p) => perParagraph[p] ?? []));
  }
  return { timexes, events: mergeEvents(events) };
}

/** What follows the date opening a chronology's entry: a colon or a dash (`Aug. 23: …`, `Oct. 2 — …`). */
const ENTRY_AFTER = /^\s*(?::|[-–—]\s)/;
/** A year written in an expression (`Aug. 22, 1985`). */
const WRITTEN_YEAR = /\b(?:1[5-9]|20)\d{2}\b/;
/** A resolved day and what follows it (a time or part of day). */
const DAY_VALUE = /^(\d{4})-(\d{2})-(\d{2})(.*)$/;

/**
 * A chronology (`Aug. 22, 1985: Body found …` / `Aug. 23: Rutherford charged …` / `Feb. 1: …`):
 * entries that open their paragraph with a date and a colon or dash, where later entries leave out
 * the year an earlier one wrote. Each such day is the first on or after the entry before it (the
 * method of HeidelTime's narrative documents, which anchor an underspecified date on the last one
 * told), not the one nearest the dateline: an AP list of a 1985 case's events, dated 2006, put every
 * `Aug. 23` in 2006. Only after an entry that writes its year; other expressions keep their values.
 */
function chronologyYears(paragraphs: readonly string[], perParagraph: TimexSpan[][]): void {
  let last: { y: number; md: string } | null = null;
  paragraphs.forEach((p, i) => {
    const first = perParagraph[i]?.[0];
    if (!first || first.start !== 0 || !ENTRY_AFTER.test(p.slice(first.end))) return;
    const day = DAY_VALUE.exec(first.value);
    if (!day) return;
    const md = `${day[2]}-${day[3]}`;
    if (WRITTEN_YEAR.test(first.text)) {
      last = { y: Number(day[1]), md };
      return;
    }
    if (last === null) return;
    const y: number = md < last.md ? last.y + 1 : last.y;
    first.value = `${y}-${md}${day[4]}`;
    first.tags = [...first.tags, 'refiner/chronology'];
    last = { y, md };
  });
}
