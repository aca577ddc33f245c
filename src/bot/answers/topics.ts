import { findTopic, slugify, type Topic } from '../../briefing/index/topics/index.js';
import type { Choice } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { LIMITS, truncate } from './discordLimits.js';

/**
 * Autocomplete choices for a topic option: largest topics first, narrowed by the typed prefix, then
 * by substring. The prefix match is `listTopics` (src/briefing/index/topics) read from the index's
 * topics already in that order with their slugs, stopping at the 25th match: no sort and no
 * slug folding per keystroke.
 */
export function topicChoices(index: CorpusIndex, typed: string): Choice[] {
  const prefix = typed ? slugify(typed) : '';
  let list: Topic[] = [];
  for (const { topic, slugs } of index.topicsBySize) {
    if (prefix !== '' && !slugs.some((s) => s.startsWith(prefix))) continue;
    list.push(topic);
    if (list.length === LIMITS.autocompleteChoices) break;
  }
  if (list.length === 0 && typed.trim() !== '') {
    const q = typed.trim().toLowerCase();
    list = index.topics.filter((t) => t.name.toLowerCase().includes(q) || t.slug.includes(q)).slice(0, LIMITS.autocompleteChoices);
  }
  return list.map((t) => ({
    name: truncate(`${t.name} (${t.articleIds.length} article${t.articleIds.length === 1 ? '' : 's'})`, LIMITS.choiceName),
    value: truncate(t.slug, LIMITS.choiceValue),
  }));
}

/** A topic by slug, alias or free search (src/briefing/index/topics `findTopic`), or the nearest suggestions. */
export function resolveTopic(index: CorpusIndex, query: string): { topic: Topic } | { suggestions: Topic[] } {
  const m = findTopic(index.topics, query, index.corpus.articles);
  return 'topic' in m ? { topic: m.topic } : { suggestions: m.suggestions };
}
