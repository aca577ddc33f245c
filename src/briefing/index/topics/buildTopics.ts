import type { Article } from '../../types.js';
import { compareDates } from '../compareDates.js';
import { IntList } from '../intList.js';
import { articlePhraseCounts, eachSurface, mentionsAtMost } from './articlePhraseCounts.js';
import type { ChunkKeys } from './phraseGrams.js';
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
/** Fewest articles in which a name's last word must stand only beside the whole name to fold into it (`gates` into `robert gates`): in one article every phrase is beside every other. */
const MIN_ARTICLES_TO_FOLD_NAME = 2;
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

/** A display name: the most used written form; an all-lower-case one gets a capital first letter. */
function displayName(key: string, surfaces: ReadonlyMap<string, number>): string {
  // Prefer forms that fold to the key itself (not a near-synonym's form). The key is in American
  // spelling (wink's normal form), so `Labour` is the party's own form of `labor`.
  const folded = spellingFold(key);
  const own = [...surfaces].filter(([s]) => spellingFold(s.toLowerCase().replace(/\./g, '')) === folded);
  const pool = own.length > 0 ? own : [];
  if (pool.length === 0) return key.charAt(0).toUpperCase() + key.slice(1);
  // Lower-case body forms win over Title Case headline forms of the same words at equal counts.
  pool.sort((a, b) => b[1] - a[1] || countUpper(a[0]) - countUpper(b[0]));
  const best = pool[0]![0];
  return best === best.toLowerCase() ? best.charAt(0).toUpperCase() + best.slice(1) : best;
}
/**
 * British and American spellings folded to one skeleton, to match a written form to its key
 * (`labour` ~ `labor`, `defence` ~ `defense`, `centre` ~ `center`, `organisation` ~ `organization`).
 */
function spellingFold(s: string): string {
  return s.replace(/our\b/g, 'or').replace(/(?<=[a-z])re\b/g, 'er').replace(/(?<=[a-z])ce\b/g, 'se').replace(/is(?=e\b|es\b|ed\b|ing\b|ation)/g, 'iz').replace(/ll(?=ed\b|ing\b|er\b)/g, 'l').replace(/ogue\b/g, 'og');
}
const countUpper = (s: string): number => (s.match(/\p{Lu}/gu) ?? []).length;

/** Words in a phrase key (as `key.split(' ').length`, without the array). */
function wordCount(key: string): number {
  let words = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) words++;
  return words;
}

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
 *
 * Memory: phrases are numbered, and each article's (phrase, weight) pairs, each phrase's article
 * count and mentions, and the article lists of the candidate phrases are kept in typed arrays (at
 * 30k articles a per-article Map and a per-phrase Map of article weights held about 1.5M Map
 * entries). Without overrides only the {@link MAX_TOPICS} largest topics are built in full (their
 * size and score are summed first); written forms are counted only for those topics' phrases.
 * Sums run in the same order as over the Maps (articles in corpus order, phrases as each article
 * lists them), so scores are the same to the bit. Articles sharing an id count as one, as by id.
 */
export function buildTopics(corpus: { articles: readonly Article[] }, overrides?: TopicOverrides): Topic[] {
  const articles = corpus.articles;
  const n = articles.length;
  const extra = (overrides?.synonyms ?? []).map((g) => g.map((p) => p.toLowerCase().trim()));
  const canonical = synonymMap(extra);

  // Articles by id: slotOf[i] = the first article with article i's id (i itself unless repeated),
  // lastOf[slot] = the last one (its phrases rank, its date sorts, as a Map by id kept them).
  const slotOf = new Int32Array(n);
  const lastOf = new Int32Array(n);
  const sameId = new Map<number, number[]>();
  {
    const firstById = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const id = articles[i]!.id;
      const s = firstById.get(id);
      if (s === undefined) {
        firstById.set(id, i);
        slotOf[i] = i;
        lastOf[i] = i;
      } else {
        slotOf[i] = s;
        lastOf[s] = i;
        const list = sameId.get(s);
        if (list) list.push(i);
        else sameId.set(s, [s, i]);
      }
    }
  }

  // Pass 1: number the phrases (in order of first mention); each article's pairs are
  // pairPhrase/pairWeight[pairStart[i] .. pairStart[i + 1]), as the article lists its phrases.
  const phraseIds = new Map<string, number>();
  const keys: string[] = [];
  const docFreq = new IntList(); // articles (distinct ids) per phrase
  const mentionList = new IntList(); // headline + lead mentions per phrase
  const properList = new IntList(); // of those, mentions written as a name (see phraseGrams.ts)
  const pairStart = new Int32Array(n + 1);
  // Sized from the mentions (an upper bound of an article's pairs), so neither list grows: grown
  // by doubling they left 31 MB of garbage at 50k articles, most of the start's memory peak.
  let mentionBound = 0;
  for (const a of articles) mentionBound += mentionsAtMost(a);
  const pairPhrase = new IntList(mentionBound);
  const pairWeight = new IntList(mentionBound); // 3 × headline mentions + lead mentions
  /** True when an earlier article with article i's id has phrase p (only for repeated ids). */
  const seenUnderId = (p: number, i: number): boolean => {
    for (const j of sameId.get(slotOf[i]!)!) {
      if (j >= i) return false;
      for (let k = pairStart[j]!; k < pairStart[j + 1]!; k++) if (pairPhrase.data[k] === p) return true;
    }
    return false;
  };
  // The keys of each distinct chunk, read once for this build (see eachPackedKey).
  const chunkKeys: ChunkKeys = new Map();
  for (let i = 0; i < n; i++) {
    pairStart[i] = pairPhrase.length;
    const counts = articlePhraseCounts(articles[i]!, canonical, chunkKeys);
    for (let j = 0; j < counts.keys.length; j++) {
      const key = counts.keys[j]!;
      let p = phraseIds.get(key);
      if (p === undefined) {
        p = keys.length;
        phraseIds.set(key, p);
        keys.push(key);
        docFreq.push(0);
        mentionList.push(0);
        properList.push(0);
      }
      const headline = counts.headline[j]!;
      const lead = counts.lead[j]!;
      pairPhrase.push(p);
      pairWeight.push(HEADLINE_WEIGHT * headline + lead);
      mentionList.data[p]! += headline + lead;
      properList.data[p]! += counts.proper[j]!;
      if (slotOf[i] === i || !seenUnderId(p, i)) docFreq.data[p]!++;
    }
  }
  pairStart[n] = pairPhrase.length;
  const phraseCount = keys.length;
  const df = docFreq.data;
  const mentions = mentionList.data;
  const words = new Int32Array(phraseCount);
  const specificity = new Float64Array(phraseCount);
  for (let p = 0; p < phraseCount; p++) {
    words[p] = wordCount(keys[p]!);
    const idf = Math.log((1 + n) / (1 + df[p]!)) + 1;
    specificity[p] = idf * MULTIWORD_BONUS ** (words[p]! - 1);
  }

  // Candidates: in enough articles, or among an article's best phrases.
  const isCandidate = new Uint8Array(phraseCount);
  const candidates: number[] = [];
  const addCandidate = (p: number): void => {
    if (isCandidate[p]) return;
    isCandidate[p] = 1;
    candidates.push(p);
  };
  for (let p = 0; p < phraseCount; p++) if (df[p]! >= Math.min(MIN_TOPIC_ARTICLES, n)) addCandidate(p);
  for (let s = 0; s < n; s++) {
    if (slotOf[s] !== s) continue;
    const a = lastOf[s]!;
    const ranked: number[] = [];
    for (let k = pairStart[a]!; k < pairStart[a + 1]!; k++) ranked.push(k);
    const score = (k: number): number => pairWeight.data[k]! * specificity[pairPhrase.data[k]!]!;
    ranked.sort((x, y) => score(y) - score(x) || keys[pairPhrase.data[x]!]!.localeCompare(keys[pairPhrase.data[y]!]!));
    for (const k of ranked.slice(0, TOP_PHRASES_PER_ARTICLE)) addCandidate(pairPhrase.data[k]!);
  }

  // Each candidate's articles (distinct ids, in order of first mention) and weights:
  // listSlot/listWeight[listStart[c] .. listStart[c] + listLength[c]) for candidate number c.
  const candidateNo = new Int32Array(phraseCount).fill(-1);
  candidates.forEach((p, c) => (candidateNo[p] = c));
  const listStart = new Int32Array(candidates.length + 1);
  for (let c = 0; c < candidates.length; c++) listStart[c + 1] = listStart[c]! + df[candidates[c]!]!;
  const listSlot = new Int32Array(listStart[candidates.length]!);
  const listWeight = new Int32Array(listStart[candidates.length]!);
  const listLength = new Int32Array(candidates.length);
  for (let i = 0; i < n; i++) {
    const s = slotOf[i]!;
    for (let k = pairStart[i]!; k < pairStart[i + 1]!; k++) {
      const c = candidateNo[pairPhrase.data[k]!]!;
      if (c < 0) continue;
      const from = listStart[c]!;
      let at = from + listLength[c]!;
      if (s !== i) for (let e = from; e < from + listLength[c]!; e++) if (listSlot[e] === s) at = e;
      if (at === from + listLength[c]!) {
        listSlot[at] = s;
        listWeight[at] = 0;
        listLength[c]!++;
      }
      listWeight[at]! += pairWeight.data[k]!;
    }
  }
  // What pass 1 kept per article is no longer needed; free it before the topics are built.
  pairPhrase.free();
  pairWeight.free();

  /** Scratch per article slot: `mark[s] === stamp` when slot s was seen in the current step. */
  const mark = new Int32Array(n);
  let stamp = 0;
  /** True when every article of candidate q is an article of candidate p. */
  const inside = (q: number, p: number): boolean => {
    const cq = candidateNo[q]!;
    const cp = candidateNo[p]!;
    if (listLength[cq]! > listLength[cp]!) return false;
    stamp++;
    for (let e = listStart[cp]!; e < listStart[cp]! + listLength[cp]!; e++) mark[listSlot[e]!] = stamp;
    for (let e = listStart[cq]!; e < listStart[cq]! + listLength[cq]!; e++) if (mark[listSlot[e]!] !== stamp) return false;
    return true;
  };

  // Fold sub-phrases: parent[k] = the phrase k is an alias of (-1: none).
  const parent = new Int32Array(phraseCount).fill(-1);
  const subPhrases = (key: string): number[] => {
    const ws = key.split(' ');
    const out: number[] = [];
    for (let len = ws.length - 1; len >= 1; len--)
      for (let i = 0; i + len <= ws.length; i++) {
        const sub = ws.slice(i, i + len).join(' ');
        const p = phraseIds.get(canonical.get(sub) ?? sub);
        // Only candidates can fold; a phrase no article has is none.
        if (p !== undefined && isCandidate[p]) out.push(p);
      }
    return out;
  };
  const byLengthDesc = [...candidates].sort((a, b) => words[b]! - words[a]! || keys[a]!.localeCompare(keys[b]!));
  for (const q of byLengthDesc) {
    for (const p of subPhrases(keys[q]!)) {
      if (p === q || parent[p]! >= 0) continue;
      if (mentions[q]! >= ABSORB_INTO_LONGER * mentions[p]!) parent[p] = q;
    }
  }
  // A name's last word found, in two articles or more, only in articles that also name the whole
  // two-word name is the same person or body, not a topic of its own: `gates` beside `robert
  // gates` (news names a person in full first), `obama` beside `barack obama`. It is an alias.
  // Both must mostly be written as names: the word standing alone (`Gates said`), the pair as a
  // name (`Barack Obama`). `fire` beside `Cal Fire` (mostly common, or the end of another name,
  // `Cedar Ridge Fire`) and `gazprom` beside `giant gazprom` (`gas giant Gazprom`) stay topics.
  for (const q of byLengthDesc) {
    if (words[q] !== 2) continue;
    const longer = keys[q]!;
    for (const p of subPhrases(longer)) {
      if (p === q || parent[p]! >= 0 || words[p] !== 1 || !longer.endsWith(` ${keys[p]!}`)) continue;
      const names = properList.data[q]! * 2 > mentions[q]! && properList.data[p]! * 2 > mentions[p]!;
      if (names && listLength[candidateNo[p]!]! >= MIN_ARTICLES_TO_FOLD_NAME && inside(p, q)) parent[p] = q;
    }
  }
  for (const q of byLengthDesc) {
    if (parent[q]! >= 0) continue;
    for (const p of subPhrases(keys[q]!)) {
      if (p === q || parent[p]! >= 0) continue;
      if (words[p]! >= 2 && mentions[q]! <= ABSORB_INTO_SHORTER * mentions[p]! && inside(q, p)) {
        parent[q] = p;
        break;
      }
    }
  }
  const root = (k: number): number => {
    let r = k;
    for (let guard = 0; parent[r]! >= 0 && guard < 10; guard++) r = parent[r]!;
    return r;
  };

  const groups = new Map<number, number[]>();
  for (const k of candidates) {
    const r = root(k);
    const members = groups.get(r);
    if (members) members.push(k);
    else groups.set(r, [k]);
  }
  const reverseSynonyms = new Map<string, string[]>();
  for (const [variant, canon] of canonical) if (variant !== canon) reverseSynonyms.set(canon, [...(reverseSynonyms.get(canon) ?? []), variant]);

  // Each group's size (distinct articles) and score, summed as the full topic would sum them.
  interface Group {
    root: number;
    members: number[];
    slug: string;
    size: number;
    score: number;
  }
  const summaries: Group[] = [];
  for (const [r, members] of groups) {
    const slug = slugify(keys[r]!);
    if (slug === '') continue;
    stamp++;
    let size = 0;
    let score = 0;
    for (const m of members) {
      const c = candidateNo[m]!;
      for (let e = listStart[c]!; e < listStart[c]! + listLength[c]!; e++) {
        if (mark[listSlot[e]!] !== stamp) {
          mark[listSlot[e]!] = stamp;
          size++;
        }
        score += listWeight[e]! * specificity[m]!;
      }
    }
    summaries.push({ root: r, members, slug, size, score });
  }
  // Without overrides, only the topics that will be kept are built (sortTopics' order, stable).
  const built = overrides ? summaries : [...summaries].sort((a, b) => b.size - a.size || b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, MAX_TOPICS);

  // Written forms of the built topics' phrases, counted over the articles that have them, in corpus order.
  const surfaces = new Map<number, Map<string, number>>(built.map((g) => [g.root, new Map()]));
  {
    stamp++;
    for (const g of built) {
      const c = candidateNo[g.root]!;
      for (let e = listStart[c]!; e < listStart[c]! + listLength[c]!; e++) mark[listSlot[e]!] = stamp;
    }
    // Only the built topics' phrases: their written forms are all that is made.
    const byKey = new Map(built.map((g) => [keys[g.root]!, surfaces.get(g.root)!]));
    // The last words of those phrases and of their variants (`canonical`), read first to skip the rest.
    const lastWord = (key: string): string => key.slice(key.lastIndexOf(' ') + 1);
    const heads = new Set([...byKey.keys()].map(lastWord));
    for (const [variant, canon] of canonical) if (byKey.has(canon)) heads.add(lastWord(variant));
    const isBuiltPhrase = { accepts: (key: string): boolean => byKey.has(key), heads, memo: new Map<string, readonly string[]>() };
    for (let i = 0; i < n; i++) {
      if (mark[slotOf[i]!] !== stamp) continue;
      eachSurface(
        articles[i]!,
        canonical,
        (key, surf) => {
          const own = byKey.get(key)!;
          own.set(surf, (own.get(surf) ?? 0) + 1);
        },
        isBuiltPhrase,
      );
    }
  }

  // Article slots ranked by dateline date (equal dates, equal ranks), so ordering a topic's
  // articles compares numbers: the largest topics hold thousands of articles each.
  const dateRank = new Int32Array(n);
  {
    const slotDate = Array.from({ length: n }, (_, s) => articles[lastOf[s]!]!.date ?? '');
    const dates = [...new Set(slotDate)].sort(compareDates);
    const rankOf = new Map<string, number>();
    dates.forEach((d, r) => rankOf.set(d, r > 0 && compareDates(dates[r - 1]!, d) === 0 ? rankOf.get(dates[r - 1]!)! : r));
    for (let s = 0; s < n; s++) dateRank[s] = rankOf.get(slotDate[s]!)!;
  }
  const weight = new Float64Array(n);
  let topics: Topic[] = built.map((g) => {
    stamp++;
    const order: number[] = [];
    for (const m of g.members) {
      const c = candidateNo[m]!;
      for (let e = listStart[c]!; e < listStart[c]! + listLength[c]!; e++) {
        const s = listSlot[e]!;
        if (mark[s] !== stamp) {
          mark[s] = stamp;
          weight[s] = listWeight[e]!;
          order.push(s);
        } else weight[s]! += listWeight[e]!;
      }
    }
    const articleIds = order.sort((x, y) => weight[y]! - weight[x]! || dateRank[y]! - dateRank[x]!).map((s) => articles[s]!.id);
    const rootKey = keys[g.root]!;
    const aliases = [...new Set([...g.members.filter((m) => m !== g.root).map((m) => keys[m]!), ...(reverseSynonyms.get(rootKey) ?? [])])].sort();
    return { slug: g.slug, name: displayName(rootKey, surfaces.get(g.root)!), aliases, articleIds, score: g.score, origin: 'corpus' };
  });

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
