import type { APIEmbed } from 'discord.js';
import { briefEmbed } from '../../briefing/format/briefEmbed.js';
import type { Topic } from '../../briefing/index/topics/index.js';
import { buildBrief } from '../../briefing/summarise/index.js';
import type { Answer } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { fitEmbed } from './discordLimits.js';
import { notice } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { resolveTopic } from './topics.js';

/** "No such topic" with the nearest topics as suggestions (ephemeral). */
export function topicNotFound(query: string, suggestions: readonly Topic[]): Answer {
  const tail = suggestions.length > 0 ? `Did you mean ${suggestions.map((t) => `**${escapeText(t.name)}** (\`${t.slug}\`)`).join(', ')}?` : 'Use `/topics` to see the topics there are.';
  return notice('Topic not found', `No topic matches “${escapeText(query)}”. ${tail}`);
}

/**
 * `/brief`: a multi-source brief of a topic (src/briefing/summarise `buildBrief`: key points with
 * their sources, the most notable quote, the poll) as an embed (src/briefing/format `briefEmbed`:
 * numbered sources, footer with agencies, the topic's date range and article count).
 * An unknown topic answers ephemerally with suggestions.
 */
export function briefAnswer(index: CorpusIndex, topicQuery: string, length: 'short' | 'full'): Answer {
  const found = resolveTopic(index, topicQuery);
  if (!('topic' in found)) return topicNotFound(topicQuery, found.suggestions);
  // With the index's per-article lookups the brief reads only its own articles' quotes, polls and timexes.
  const brief = buildBrief({ ...index.corpus, lookup: index.lookup }, found.topic, { length });
  const embed = briefEmbed(brief) as APIEmbed;
  return { pages: [{ embeds: [fitEmbed(embed)] }] };
}
