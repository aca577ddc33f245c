import type { Article } from '../../types.js';
import { isTitleCase, rawPhrases, unpackPhrases } from './keyPhrases.js';

/*
 * In a module of its own, not in keyPhrases.ts: the pipeline imports keyPhrases.ts (topic phrases
 * are found at analysis time), so any change there changes pipelineVersion and re-analyses every
 * cached file; counting phrases is index-time work.
 */

/** What {@link articlePhraseCounts} gives: parallel arrays, one entry a phrase. */
export interface PhraseCounts {
  /** Folded keys (as `PhraseCount.key`), in the order `articlePhrases` (keyPhrases.ts) lists them. */
  keys: string[];
  /** Mentions in the headline, per key. */
  headline: number[];
  /** Mentions in the lead, per key. */
  lead: number[];
}

/**
 * `articlePhrases` (keyPhrases.ts) without the surface forms: the same keys in the same order (the lead's in
 * order of first mention, then the headline's own), with the same counts, as three arrays instead of
 * a record and a Map per phrase. buildTopics reads every article's phrases through this and asks
 * `articlePhrases` (keyPhrases.ts) again only for the few articles whose written forms it shows.
 */
export function articlePhraseCounts(article: Pick<Article, 'headline' | 'paragraphs' | 'keyPhrases'>, canonical: ReadonlyMap<string, string>): PhraseCounts {
  const raw = (article.keyPhrases !== undefined ? unpackPhrases(article.keyPhrases) : null) ?? rawPhrases(article);
  const at = new Map<string, number>();
  const out: PhraseCounts = { keys: [], headline: [], lead: [] };
  for (const { key } of raw.lead) {
    const k = canonical.get(key) ?? key;
    let j = at.get(k);
    if (j === undefined) {
      j = out.keys.length;
      at.set(k, j);
      out.keys.push(k);
      out.headline.push(0);
      out.lead.push(0);
    }
    out.lead[j]!++;
  }
  if (article.headline) {
    // As articlePhrases: a Title Case headline's phrases count only when the lead has them.
    const confirmOnly = isTitleCase(article.headline);
    for (const { key } of raw.headline) {
      const k = canonical.get(key) ?? key;
      const j = at.get(k);
      if (j !== undefined) out.headline[j]!++;
      else if (!confirmOnly) {
        at.set(k, out.keys.length);
        out.keys.push(k);
        out.headline.push(1);
        out.lead.push(0);
      }
    }
  }
  return out;
}
