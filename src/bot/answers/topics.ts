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

/** Queries whose resolution is kept per index; past this many the memo starts again (bounds memory under arbitrary queries). */
const RESOLVED_PER_INDEX = 1024;
const resolved = new WeakMap<CorpusIndex, Map<string, { topic: Topic } | { suggestions: Topic[] }>>();

/**
 * A topic by slug, alias or free search (src/briefing/index/topics `findTopic`), or the nearest
 * suggestions. Kept per index and query (the same index gives the same answer): a cached reply's
 * key needs the topic (see scope.ts) before the answer is built, and the answer then finds it
 * again for free; a free search (which reads every article) runs once per index and query. A
 * search topic is the same object each time, so its fingerprint is kept with it.
 */
export function resolveTopic(index: CorpusIndex, query: string): { topic: Topic } | { suggestions: Topic[] } {
  let memo = resolved.get(index);
  if (!memo) resolved.set(index, (memo = new Map()));
  let r = memo.get(query);
  if (!r) {
    const m = findTopic(index.topics, query, index.corpus.articles);
    r = 'topic' in m ? { topic: m.topic } : { suggestions: m.suggestions };
    if (memo.size >= RESOLVED_PER_INDEX) memo.clear();
    memo.set(query, r);
  }
  return r;
}
