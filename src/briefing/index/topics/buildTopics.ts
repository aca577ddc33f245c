import type { Article } from '../../types.js';
import { articlePhrases } from './keyPhrases.js';
import { synonymMap } from './phraseLexicon.js';
import { searchArticles } from './searchArticles.js';
import type { TopicOverrides } from './topicOverrides.js';
import type { Topic } from './types.js';

/** Weight of a headline mention against a lead mention. */
const HEADLINE_WEIGHT = 3;
/** A phrase in at least this many articles is a topic candidate. */
const MIN_TOPIC_ARTICLES = 2;
/** Besides, each article's best this-many phrases are candidates (so a one-article story has a topic). */
const TOP_PHRASES_PER_ARTICLE = 3;
/** A shorter phrase folds into a longer one containing it when the longer covers this share of its mentions (`cbos` → `cbos agency`). */
const ABSORB_INTO_LONGER = 0.8;
/** A longer phrase folds into a multi-word phrase it contains when it has at most this share of its mentions and no article of its own (`us missile shield` → `missile shield`). */
const ABSORB_INTO_SHORTER = 0.5;
/** Multi-word phrases are more specific: their weight is multiplied by this per extra word. */
const MULTIWORD_BONUS = 1.5;
/** Most topics kept (largest first). */
export const MAX_TOPICS = 500;

/** Slug of a phrase: lower-case letters and digits joined by hyphens; accents dropped. */
export function slugify(phrase: string): string {
  return phrase
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

interface PhraseStats {
  key: string;
  words: number;
  /** Per article: 3 × headline mentions + lead mentions. */
  weights: Map<string, number>;
  mentions: number;
  surfaces: Map<string, number>;
}

/** A display name: the most used written form; an all-lower-case one gets a capital first letter. */
function displayName(stats: PhraseStats): string {
  // Prefer forms that fold to the key itself (not a near-synonym's form).
  const own = [...stats.surfaces].filter(([s]) => s.toLowerCase().replace(/\./g, '') === stats.key);
  const pool = own.length > 0 ? own : [];
  if (pool.length === 0) return stats.key.charAt(0).toUpperCase() + stats.key.slice(1);
  // Lower-case body forms win over Title Case headline forms of the same words at equal counts.
  pool.sort((a, b) => b[1] - a[1] || countUpper(a[0]) - countUpper(b[0]));
  const best = pool[0]![0];
  return best === best.toLowerCase() ? best.charAt(0).toUpperCase() + best.slice(1) : best;
}
const countUpper = (s: string): number => (s.match(/\p{Lu}/gu) ?? []).length;

/**
 * Topics from the corpus itself. Method: noun-phrase key phrases of each article's headline and
 * lead (wink-nlp POS chunks, see keyPhrases.ts), folded for spelling (wink normal form: defence →
 * defense), number (lemma) and near-synonyms (phraseLexicon.ts: missile defense → missile shield),
 * weighted TF-IDF style (headline ×3, smoothed idf, multi-word bonus). A phrase is a topic when
 * it occurs in at least two articles or is among an article's three best; sub-phrases fold into
 * the phrases that contain them (see the ABSORB_* constants) and stay as aliases.
 * `overrides` (the parsed `data/topics.json`) renames, adds, hides topics and adds synonyms.
 * Result: largest first (article count, then salience), at most {@link MAX_TOPICS}.
 * An empty corpus gives no topics.
 */
export function buildTopics(corpus: { articles: readonly Article[] }, overrides?: TopicOverrides): Topic[] {
  const articles = corpus.articles;
  const extra = (overrides?.synonyms ?? []).map((g) => g.map((p) => p.toLowerCase().trim()));
  const canonical = synonymMap(extra);
  const stats = new Map<string, PhraseStats>();
  const perArticle = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const phrases = articlePhrases(a, canonical);
    const mine = new Map<string, number>();
    for (const pc of phrases.values()) {
      const w = HEADLINE_WEIGHT * pc.headline + pc.lead;
      mine.set(pc.key, w);
      let s = stats.get(pc.key);
      if (!s) {
        s = { key: pc.key, words: pc.key.split(' ').length, weights: new Map(), mentions: 0, surfaces: new Map() };
        stats.set(pc.key, s);
      }
      s.weights.set(a.id, (s.weights.get(a.id) ?? 0) + w);
      s.mentions += pc.headline + pc.lead;
      for (const [surf, n] of pc.surfaces) s.surfaces.set(surf, (s.surfaces.get(surf) ?? 0) + n);
    }
    perArticle.set(a.id, mine);
  }
  const n = articles.length;
  const idf = (s: PhraseStats): number => Math.log((1 + n) / (1 + s.weights.size)) + 1;
  const specificity = (s: PhraseStats): number => idf(s) * MULTIWORD_BONUS ** (s.words - 1);

  // Candidates: in enough articles, or among an article's best phrases.
  const candidates = new Set<string>();
  for (const s of stats.values()) if (s.weights.size >= Math.min(MIN_TOPIC_ARTICLES, n)) candidates.add(s.key);
  for (const mine of perArticle.values()) {
    const ranked = [...mine].sort((x, y) => y[1] * specificity(stats.get(y[0])!) - x[1] * specificity(stats.get(x[0])!) || x[0].localeCompare(y[0]));
    for (const [k] of ranked.slice(0, TOP_PHRASES_PER_ARTICLE)) candidates.add(k);
  }

  // Fold sub-phrases: parent[k] = the phrase k is an alias of.
  const parent = new Map<string, string>();
  const subPhrases = (key: string): string[] => {
    const ws = key.split(' ');
    const out: string[] = [];
    for (let len = ws.length - 1; len >= 1; len--)
      for (let i = 0; i + len <= ws.length; i++) {
        const sub = ws.slice(i, i + len).join(' ');
        out.push(canonical.get(sub) ?? sub);
      }
    return out;
  };
  const byLengthDesc = [...candidates].sort((a, b) => stats.get(b)!.words - stats.get(a)!.words || a.localeCompare(b));
  for (const q of byLengthDesc) {
    const sq = stats.get(q)!;
    for (const p of subPhrases(q)) {
      if (p === q || !candidates.has(p) || parent.has(p)) continue;
      const sp = stats.get(p)!;
      if (sq.mentions >= ABSORB_INTO_LONGER * sp.mentions) parent.set(p, q);
    }
  }
  for (const q of byLengthDesc) {
    if (parent.has(q)) continue;
    const sq = stats.get(q)!;
    for (const p of subPhrases(q)) {
      if (p === q || !candidates.has(p) || parent.has(p)) continue;
      const sp = stats.get(p)!;
      const inside = [...sq.weights.keys()].every((id) => sp.weights.has(id));
      if (sp.words >= 2 && inside && sq.mentions <= ABSORB_INTO_SHORTER * sp.mentions) {
        parent.set(q, p);
        break;
      }
    }
  }
  const root = (k: string): string => {
    let r = k;
    for (let guard = 0; parent.has(r) && guard < 10; guard++) r = parent.get(r)!;
    return r;
  };

  const groups = new Map<string, string[]>();
  for (const k of candidates) {
    const r = root(k);
    groups.set(r, [...(groups.get(r) ?? []), k]);
  }
  const dateOf = new Map(articles.map((a) => [a.id, a.date ?? '']));
  const reverseSynonyms = new Map<string, string[]>();
  for (const [variant, canon] of canonical) if (variant !== canon) reverseSynonyms.set(canon, [...(reverseSynonyms.get(canon) ?? []), variant]);

  let topics: Topic[] = [];
  for (const [rootKey, members] of groups) {
    const s = stats.get(rootKey)!;
    const weight = new Map<string, number>();
    let score = 0;
    for (const m of members) {
      const sm = stats.get(m)!;
      for (const [id, w] of sm.weights) {
        weight.set(id, (weight.get(id) ?? 0) + w);
        score += w * specificity(sm);
      }
    }
    const articleIds = [...weight.keys()].sort((x, y) => weight.get(y)! - weight.get(x)! || (dateOf.get(y) ?? '').localeCompare(dateOf.get(x) ?? ''));
    const aliases = [...new Set([...members.filter((m) => m !== rootKey), ...(reverseSynonyms.get(rootKey) ?? [])])].sort();
    const slug = slugify(rootKey);
    if (slug === '') continue;
    topics.push({ slug, name: displayName(s), aliases, articleIds, score, origin: 'corpus' });
  }

  if (overrides) topics = applyOverrides(topics, overrides, articles);
  return sortTopics(topics).slice(0, MAX_TOPICS);
}

/** Largest first: article count, then salience, then slug (a stable order). */
export function sortTopics(topics: readonly Topic[]): Topic[] {
  return [...topics].sort((a, b) => b.articleIds.length - a.articleIds.length || b.score - a.score || a.slug.localeCompare(b.slug));
}

/** Applies the admin file: rename and extend known topics, add new ones by search, hide some. */
function applyOverrides(topics: Topic[], overrides: TopicOverrides, articles: readonly Article[]): Topic[] {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const hidden = new Set<string>();
  for (const o of overrides.topics) {
    if (o.hidden) {
      hidden.add(o.slug);
      continue;
    }
    const phrases = [...(o.name ? [o.name] : []), ...o.aliases];
    const found = new Map<string, number>();
    for (const p of phrases) for (const h of searchArticles(articles, p)) found.set(h.articleId, (found.get(h.articleId) ?? 0) + h.weight);
    const known = bySlug.get(o.slug);
    if (known) {
      if (o.name) known.name = o.name;
      known.aliases = [...new Set([...known.aliases, ...o.aliases.map((a) => a.toLowerCase())])].sort();
      for (const id of found.keys()) if (!known.articleIds.includes(id)) known.articleIds.push(id);
    } else {
      const ids = [...found].sort((x, y) => y[1] - x[1]).map(([id]) => id);
      const t: Topic = { slug: o.slug, name: o.name ?? o.slug.replace(/-/g, ' '), aliases: o.aliases.map((a) => a.toLowerCase()), articleIds: ids, score: [...found.values()].reduce((a, b) => a + b, 0), origin: 'admin' };
      bySlug.set(o.slug, t);
    }
  }
  return [...bySlug.values()].filter((t) => !hidden.has(t.slug));
}
