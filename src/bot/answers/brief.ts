import type { APIEmbed } from 'discord.js';
import { briefEmbed } from '../../briefing/format/briefEmbed.js';
import type { Topic } from '../../briefing/index/topics/index.js';
import { buildBrief, type Brief } from '../../briefing/summarise/index.js';
import type { Answer } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { fitEmbed } from './discordLimits.js';
import { notice } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { resolveTopic } from './topics.js';
import { PreparedByTopic } from './preparedByTopic.js';

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
  const brief = prepared.get(found.topic)?.[length] ?? briefOf(index, found.topic, length);
  const embed = briefEmbed(brief) as APIEmbed;
  return { pages: [{ embeds: [fitEmbed(embed)] }] };
}

/** A topic's brief. With the index's per-article lookups it reads only its own articles' quotes, polls and timexes. */
function briefOf(index: CorpusIndex, topic: Topic, length: 'short' | 'full'): Brief {
  return buildBrief({ ...index.corpus, lookup: index.lookup }, topic, { length });
}

/** Briefs worked out ahead of any ask ({@link prepareBrief}). */
const prepared = new PreparedByTopic<Readonly<Record<'short' | 'full', Brief>>>();

/**
 * Works out a topic's full and short briefs ahead of any ask (src/bot/answers/warmTopics.ts), so
 * that `/brief` on it answers from them: the same brief, without the sentence scoring that costs a
 * large topic tens of milliseconds at its first ask. A brief is a pure function of what the topic's
 * scope fingerprint covers, and is read-only: briefs prepared on an earlier index serve a topic with
 * the same fingerprint (a corpus change that left it alone) without being worked out again. A
 * second call for the same topic does nothing.
 */
export function prepareBrief(index: CorpusIndex, topic: Topic): void {
  prepared.prepare(index, topic, () => ({ full: briefOf(index, topic, 'full'), short: briefOf(index, topic, 'short') }));
}
