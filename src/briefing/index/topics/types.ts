/** A subject the corpus talks about, found from its key phrases (or added by an admin, or made by a search). */
export interface Topic {
  /** Stable id from the canonical phrase: `missile-shield`. */
  slug: string;
  /** Display name, e.g. `Missile shield`. */
  name: string;
  /** Other phrases (folded form) that name it: spelling variants, near-synonyms, sub-phrases. */
  aliases: string[];
  /** Articles about it, most relevant first. */
  articleIds: string[];
  /** Salience: how strongly the corpus is about it (sum over its articles of the phrase weight). */
  score: number;
  /** Where it came from. */
  origin: 'corpus' | 'admin' | 'search';
}

/** The answer of `findTopic`: a topic, or the nearest known topics when nothing matched. */
export type TopicMatch =
  | { topic: Topic; via: 'slug' | 'alias' | 'search' }
  | { suggestions: Topic[] };
