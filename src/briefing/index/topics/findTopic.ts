import type { Article } from '../../types.js';
import { slugify, sortTopics } from './buildTopics.js';
import { searchArticles, wordVariants } from './searchArticles.js';
import type { Topic, TopicMatch } from './types.js';

/** How many nearest topics an unknown query answers with. */
export const MAX_SUGGESTIONS = 5;
/** A suggestion must be at least this similar to the query (0..1); below, it is noise. */
const MIN_SUGGESTION_SIMILARITY = 0.3;

/** Levenshtein distance (two-row dynamic programming). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** Similarity of two slugs (0..1): the better of normalised edit similarity and shared-word share. */
function similarity(a: string, b: string): number {
  const edit = 1 - editDistance(a, b) / Math.max(a.length, b.length, 1);
  const wa = new Set(a.split('-').flatMap(wordVariants));
  const wb = b.split('-');
  const shared = wb.filter((w) => wa.has(w)).length;
  const words = shared / Math.max(a.split('-').length, wb.length, 1);
  return Math.max(edit, words);
}

/** Every slug a topic answers to: its slug, its name and its aliases as slugs. */
export function slugsOf(t: Topic): string[] {
  return [t.slug, slugify(t.name), ...t.aliases.map(slugify)];
}

/** One spelling of a word: American endings (defence → defense, organise → organize, colour → color), singular (policies → policy, defenses → defense). */
export function foldWord(w: string): string {
  return w
    .replace(/ence(s?)$/, 'ense$1')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/our(s?)$/, 'or$1')
    .replace(/([^aeiou])tre(s?)$/, '$1ter$2')
    .replace(/ies$/, 'y')
    .replace(/([^s])s$/, '$1');
}

/** Folds spelling variants of each word of a slug to one form, so `missile-defences` finds `missile defense`. */
function foldSlug(slug: string): string {
  return slug.split('-').map(foldWord).join('-');
}

/**
 * Finds a topic by slug, name or alias (case-, accent-, spelling- and plural-insensitive:
 * `Missile Defence`, `missile-shield`, `missile defenses`). Failing that, and when `articles` are
 * given, the query is a free-phrase search (`russia radar`): every article mentioning all its words
 * makes an ad hoc topic (`origin: 'search'`). Failing both, answers with up to
 * {@link MAX_SUGGESTIONS} nearest topics by slug similarity (edit distance or shared words),
 * possibly none.
 */
export function findTopic(topics: readonly Topic[], query: string, articles?: readonly Article[]): TopicMatch {
  const q = slugify(query);
  if (q !== '') {
    const exact = topics.find((t) => t.slug === q);
    if (exact) return { topic: exact, via: 'slug' };
    const fq = foldSlug(q);
    const alias = sortTopics(topics).find((t) => slugsOf(t).some((s) => s === q || foldSlug(s) === fq));
    if (alias) return { topic: alias, via: 'alias' };
    if (articles) {
      const hits = searchArticles(articles, query);
      if (hits.length > 0) {
        const topic: Topic = {
          slug: q,
          name: query.trim(),
          aliases: [],
          articleIds: hits.map((h) => h.articleId),
          score: hits.reduce((s, h) => s + h.weight, 0),
          origin: 'search',
        };
        return { topic, via: 'search' };
      }
    }
  }
  const scored = topics
    .map((t) => ({ t, s: q === '' ? 0 : Math.max(...slugsOf(t).map((s) => similarity(q, s))) }))
    .filter((x) => x.s >= MIN_SUGGESTION_SIMILARITY)
    .sort((a, b) => b.s - a.s || b.t.articleIds.length - a.t.articleIds.length || a.t.slug.localeCompare(b.t.slug));
  return { suggestions: scored.slice(0, MAX_SUGGESTIONS).map((x) => x.t) };
}

/** Topics for a list or autocomplete: largest first, at most `limit`; with `prefix`, only those whose slug or name starts with it. */
export function listTopics(topics: readonly Topic[], options: { limit?: number; prefix?: string } = {}): Topic[] {
  const p = options.prefix ? slugify(options.prefix) : '';
  const kept = p === '' ? topics : topics.filter((t) => slugsOf(t).some((s) => s.startsWith(p)));
  return sortTopics(kept).slice(0, options.limit ?? kept.length);
}

/**
 * The main topic of an article: of the topics containing it, the one with most articles,
 * then the highest salience. Null when no topic contains it.
 */
export function mainTopicOf(topics: readonly Topic[], articleId: string): Topic | null {
  return sortTopics(topics.filter((t) => t.articleIds.includes(articleId)))[0] ?? null;
}
