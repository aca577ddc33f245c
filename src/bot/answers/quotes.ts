import type { Article, Quote } from '../../briefing/types.js';
import type { Answer } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { LIMITS } from './discordLimits.js';
import { BRAND_COLOUR, chunkLines, notice, pagesOf, quoted, sourceLabel, sourcesFooter } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { findSpeakerIn } from './speakers.js';
import { resolveTopic } from './topics.js';
import { topicNotFound } from './brief.js';

/** Quotes per page. */
const QUOTES_PER_PAGE = 5;
/** Longest quote shown, in characters. */
const MAX_QUOTE_CHARS = 700;

/** Newest article first (dateline), then article and paragraph order. */
function newestFirst(index: CorpusIndex): (a: Quote, b: Quote) => number {
  const date = (q: Quote): string => index.articleById.get(q.articleId)?.date ?? '';
  return (a, b) => date(b).localeCompare(date(a)) || a.articleId.localeCompare(b.articleId) || (a.paragraph ?? 0) - (b.paragraph ?? 0);
}

/**
 * `/quote`: what a speaker said, newest first, optionally only in a topic's articles; paged five
 * quotes a page. Unknown speakers or topics answer ephemerally with suggestions.
 */
export function quoteAnswer(index: CorpusIndex, speakerQuery: string, topicQuery?: string): Answer {
  const found = findSpeakerIn(index, speakerQuery);
  if (!('speaker' in found)) {
    const tail = found.suggestions.length > 0 ? `Did you mean ${found.suggestions.map((s) => `**${escapeText(s.speaker.name)}**`).join(', ')}?` : 'Nobody is quoted in the corpus yet.';
    return notice('Speaker not found', `No quoted speaker matches “${escapeText(speakerQuery)}”. ${tail}`);
  }
  const speaker = found.speaker.speaker;
  let quotes = [...index.lookup.quotesBy(speaker.id)];
  let topicName: string | null = null;
  if (topicQuery !== undefined && topicQuery.trim() !== '') {
    const t = resolveTopic(index, topicQuery);
    if (!('topic' in t)) return topicNotFound(topicQuery, t.suggestions);
    const ids = new Set(t.topic.articleIds);
    quotes = quotes.filter((q) => ids.has(q.articleId));
    topicName = t.topic.name;
    if (quotes.length === 0) return notice('No quotes', `${escapeText(speaker.name)} is not quoted on ${escapeText(topicName)}.`);
  }
  quotes.sort(newestFirst(index));
  const articles = [...new Set(quotes.map((q) => q.articleId))].map((id) => index.articleById.get(id)).filter((a): a is Article => a !== undefined);
  const lines = quotes.map((q) => {
    const a = index.articleById.get(q.articleId);
    return `${quoted(q.text, MAX_QUOTE_CHARS)}${q.partial ? ' *(partial)*' : ''}\n— *${a ? escapeText(sourceLabel(a)) : escapeText(q.articleId)}*`;
  });
  const title = `${speaker.name}${speaker.title ? `, ${speaker.title}` : ''}${topicName ? ` on ${topicName}` : ''}`;
  const footer = sourcesFooter(articles, `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`);
  return {
    pages: pagesOf(
      chunkLines(lines, LIMITS.embedDescription - 100, QUOTES_PER_PAGE).map((chunk) => ({
        title: escapeText(title),
        description: chunk.join('\n\n'),
        color: BRAND_COLOUR,
        footer,
      })),
    ),
  };
}
