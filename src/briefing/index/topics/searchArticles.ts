import type { Article } from '../../types.js';

/** Weight of a mention in the headline against one in the body. */
const HEADLINE_HIT_WEIGHT = 3;

/** Lower case, accents removed, so `Kaczyński` matches `kaczynski`. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Spelling and number variants of one query word: plural/singular and British/American endings. */
export function wordVariants(word: string): string[] {
  const w = foldForSearch(word);
  const out = new Set([w]);
  const stem = w.replace(/(?:es|s)$/, '');
  if (stem.length >= 3) out.add(stem);
  for (const base of [...out]) {
    out.add(`${base}s`);
    out.add(`${base}es`);
  }
  // British ↔ American spelling: defence/defense, organise/organize, colour/color, centre/center.
  const swaps: [RegExp, string][] = [
    [/ence(s?)$/, 'ense$1'], [/ense(s?)$/, 'ence$1'],
    [/is(e|ed|es|ing|ation)$/, 'iz$1'], [/iz(e|ed|es|ing|ation)$/, 'is$1'],
    [/our(s?)$/, 'or$1'], [/([^aeiou])or(s?)$/, '$1our$2'],
    [/([^aeiou])re(s?)$/, '$1er$2'],
  ];
  for (const base of [...out]) for (const [re, to] of swaps) if (re.test(base)) out.add(base.replace(re, to));
  return [...out];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Words of a free query: letters and digits, at least two characters, common function words dropped. */
export function queryWords(query: string): string[] {
  const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'and', 'or', 'to', 'for', 'with', 'at', 'by', 'about']);
  return foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !FUNCTION_WORDS.has(w));
}

export interface SearchHit {
  articleId: string;
  /** Headline mentions × 3 + body mentions, over all query words. */
  weight: number;
}

/**
 * Free-phrase search over articles: an article matches when EVERY word of the query (any of its
 * spelling or plural variants, as a whole word, case- and accent-insensitive) occurs in its
 * headline or body. A cheap regex scan, no index. Hits come heaviest first, then newest.
 * An empty query matches nothing.
 */
export function searchArticles(articles: readonly Article[], query: string): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordVariants(w).map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu'));
  const hits: (SearchHit & { date: string })[] = [];
  for (const a of articles) {
    const head = foldForSearch(a.headline ?? '');
    const body = foldForSearch(a.paragraphs.join('\n'));
    let weight = 0;
    let all = true;
    for (const re of patterns) {
      const n = (head.match(re)?.length ?? 0) * HEADLINE_HIT_WEIGHT + (body.match(re)?.length ?? 0);
      if (n === 0) {
        all = false;
        break;
      }
      weight += n;
    }
    if (all) hits.push({ articleId: a.id, weight, date: a.date ?? '' });
  }
  hits.sort((x, y) => y.weight - x.weight || y.date.localeCompare(x.date));
  return hits.map(({ articleId, weight }) => ({ articleId, weight }));
}
