import type { Brief } from '../summarise/types.js';
import { dateRangeText, sourceLine } from './briefEmbed.js';

/**
 * A brief as plain text for the CLI: headline, date range and article count, numbered key points
 * with their source numbers, the quote with its speaker, the poll, and the numbered sources.
 * A brief with no points says so.
 */
export function briefText(brief: Brief): string {
  const all = brief.sources;
  const ref = (ids: readonly string[]): string => ids.map((id) => `[${all.findIndex((s) => s.articleId === id) + 1}]`).join('');
  const lines: string[] = [
    `${brief.topic.name}: ${brief.headline}`,
    `${dateRangeText(brief.dateRange)} · ${brief.articleCount} article${brief.articleCount === 1 ? '' : 's'}`,
    '',
  ];
  if (brief.points.length === 0) lines.push('No key points: the topic has no readable sentences.');
  brief.points.forEach((p, i) => lines.push(`${String(i + 1).padStart(2)}. ${p.text} ${ref(p.sources.map((s) => s.articleId))}`));
  if (brief.quote) lines.push('', `Quote: “${brief.quote.text}” — ${brief.quote.speaker} ${ref([brief.quote.source.articleId])}`);
  if (brief.poll) lines.push('', `Poll: ${brief.poll.text} ${ref([brief.poll.source.articleId])}`);
  if (all.length > 0) lines.push('', 'Sources:', ...all.map((s, i) => `  [${i + 1}] ${sourceLine(s)}`));
  return lines.join('\n');
}
