import type { Topic } from '../../briefing/index/topics/index.js';
import type { CorpusIndex } from './corpusIndex.js';
import { topicScope } from './scope.js';

/** Values kept by fingerprint at most, across indexes (several warm-ups' worth of 64 topics); once full the table starts over. */
const KEPT_BY_SCOPE = 1024;

/**
 * Answers worked out ahead of any ask (src/bot/answers/warmTopics.ts), kept two ways:
 * - by topic object, which is how an answer finds them: each index has its own topics, so they go
 *   with the index that made them (a corpus change makes new ones);
 * - by the topic's scope fingerprint (src/bot/answers/scope.ts: its articles, their analysis and
 *   its name), at most {@link KEPT_BY_SCOPE}: a value worked out on one index serves a later
 *   index's topic with the same fingerprint (a corpus change that left the topic alone), as the
 *   reply cache serves replies keyed by the same fingerprints.
 * Values must be pure functions of what the fingerprint covers, and are read-only.
 */
export class PreparedByTopic<V> {
  private readonly byTopic = new WeakMap<Topic, V>();
  private byScope = new Map<string, V>();

  /** The value prepared for this topic object, if any. */
  get(topic: Topic): V | undefined {
    return this.byTopic.get(topic);
  }

  /** Keeps `make()` for `topic`, or the value kept for its fingerprint; does nothing when the topic has one already. */
  prepare(index: CorpusIndex, topic: Topic, make: () => V): void {
    if (this.byTopic.has(topic)) return;
    const scope = topicScope(index, topic);
    let value = this.byScope.get(scope);
    if (value === undefined) {
      value = make();
      if (this.byScope.size >= KEPT_BY_SCOPE) this.byScope = new Map();
      this.byScope.set(scope, value);
    }
    this.byTopic.set(topic, value);
  }
}
