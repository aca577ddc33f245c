import type { Article, TimelineEvent } from '../../briefing/types.js';
import type { Answer } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { LIMITS } from './discordLimits.js';
import { BRAND_COLOUR, chunkLines, formatDate, notice, pagesOf, sourcesFooter } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { resolveTopic } from './topics.js';
import { topicNotFound } from './brief.js';

/** Entries per page. */
const EVENTS_PER_PAGE = 10;
/** Longest event text shown. */
const MAX_EVENT_CHARS = 300;

/** ISO values sort as text except weeks; map `2007-W16` near its month for ordering (week × 7 days). */
function sortKey(date: string): string {
  const w = /^(\d{4})-W(\d{2})/.exec(date);
  if (!w) return date;
  const day = new Date(Date.UTC(Number(w[1]), 0, 1 + (Number(w[2]) - 1) * 7));
  return day.toISOString().slice(0, 10);
}

/**
 * `/timeline`: what happened when on a topic, oldest first: the timeline events of its articles
 * (merged across reports as `mergeEvents` does, from the index: `lookup.mergedEventsOf`), or, when the corpus has none, each article's
 * dateline and headline. Paged ten entries a page.
 */
export function timelineAnswer(index: CorpusIndex, topicQuery: string): Answer {
  const found = resolveTopic(index, topicQuery);
  if (!('topic' in found)) return topicNotFound(topicQuery, found.suggestions);
  const topic = found.topic;
  const articles = topic.articleIds.map((id) => index.articleById.get(id)).filter((a): a is Article => a !== undefined);
  let events: TimelineEvent[] = index.lookup.mergedEventsOf(topic.articleIds);
  if (events.length === 0) {
    events = articles.filter((a) => a.date && a.headline).map((a) => ({ articleId: a.id, date: a.date!, expression: 'dateline', text: a.headline! }));
  }
  if (events.length === 0) return notice('No timeline', `The articles on ${escapeText(topic.name)} have no dated events.`);
  // Sort keys worked out once per entry, not twice per comparison (the same stable order).
  const keyed = events.map((e) => ({ e, key: sortKey(e.date) }));
  keyed.sort((a, b) => a.key.localeCompare(b.key));
  events = keyed.map((k) => k.e);
  const lines = events.map((e) => {
    const n = 1 + (e.sources?.length ?? 0);
    return `**${escapeText(formatDate(e.date))}** — ${escapeText(e.text.length > MAX_EVENT_CHARS ? `${e.text.slice(0, MAX_EVENT_CHARS)}…` : e.text)}${n > 1 ? ` *(${n} reports)*` : ''}`;
  });
  // Title and footer are the same on every page: built once (a large topic has a hundred pages).
  const title = `Timeline: ${escapeText(topic.name)}`;
  const footer = sourcesFooter(articles, `${events.length} entr${events.length === 1 ? 'y' : 'ies'}`);
  return {
    pages: pagesOf(
      chunkLines(lines, LIMITS.embedDescription - 100, EVENTS_PER_PAGE).map((chunk) => ({
        title,
        description: chunk.join('\n'),
        color: BRAND_COLOUR,
        footer,
      })),
    ),
  };
}
