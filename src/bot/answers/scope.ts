import { createHash } from 'node:crypto';
import { articleOrigin, isBuiltCorpus } from '../../briefing/index/buildCorpus.js';
import type { Topic } from '../../briefing/index/topics/index.js';
import type { Article, Poll, Quote, TimelineEvent, Timex } from '../../briefing/types.js';
import type { CorpusIndex, RankedSpeaker } from './corpusIndex.js';
import { findSpeakerIn } from './speakers.js';
import { resolveTopic } from './topics.js';

/**
 * Scope fingerprints: what a cached reply depends on, so a corpus change invalidates only the
 * replies whose inputs changed (issue 9). A reply's cache key is its command, its options and the
 * fingerprint of exactly what its answer reads (see `CommandModule.scope` and the router):
 *
 * - a topic's answers (`/brief`, `/timeline`, `/polls topic`): {@link topicScope};
 * - a speaker's quotes (`/quote`): {@link speakerScope};
 * - anything that reads the whole corpus (`/topics`, `/polls` without a topic, "not found"
 *   answers whose suggestions come from every topic or speaker, `/help` which shows the corpus
 *   version): {@link corpusScope}, the corpus version, as before.
 *
 * Both are built from per-article digests ({@link articleDigests}): the article's text and its
 * analysis, hashed once per article object and reused by later indexes while that analysis is
 * unchanged (the watcher keeps the objects of unchanged files), plus who each of its quotes is
 * attributed to in this index (speaker merging runs over the whole corpus). A topic's or speaker's
 * fingerprint is then one short hash over its articles' digests, worked out when first asked for
 * and kept with the index's own topic or speaker object. Nothing is fingerprinted at start-up.
 */

/** Length of a scope fingerprint, hex characters of sha1 (80 bits: collisions are not a concern at these counts). */
const FINGERPRINT_HEX = 20;
/** Separates the parts hashed (not found in JSON text, ids or digests). */
const SEP = '\u0000';

/** The scope of an answer that reads the whole corpus: its version. */
export function corpusScope(index: CorpusIndex): string {
  return `corpus:${index.version}`;
}

/**
 * sha1 (base64) of an article whole (its JSON: id, file, which also fixes the corpus order of its
 * items against other files' items, headline, byline, dateline, paragraphs, url, and any field
 * added later), so anything an answer may show of it is covered. Once per article object
 * (articles are never changed after analysis).
 */
const articleFingerprints = new WeakMap<Article, string>();
export function articleFingerprint(a: Article): string {
  let fp = articleFingerprints.get(a);
  if (fp === undefined) articleFingerprints.set(a, (fp = createHash('sha1').update(JSON.stringify(a)).digest('base64')));
  return fp;
}

/** An article's analysis as one index holds it, and its digest (see {@link analysisDigest}). */
interface Analysed {
  quotes: readonly Quote[];
  polls: readonly Poll[];
  events: readonly TimelineEvent[];
  timexes: readonly Timex[];
  digest: string;
}
const analysed = new WeakMap<Article, Analysed>();

/** The same objects in the same order. */
function sameItems(a: readonly object[], b: readonly object[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The same quotes but for their attribution (speaker merging makes new quote objects at every build). */
function sameQuoteTexts(a: readonly Quote[], b: readonly Quote[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && (x.articleId !== y.articleId || x.text !== y.text || x.partial !== y.partial || x.paragraph !== y.paragraph || x.cue !== y.cue)) return false;
  }
  return true;
}

/**
 * sha1 (base64) of an article ({@link articleFingerprint}) and of its analysis in this index: its
 * polls, timeline events and timexes whole, and its quotes without their attribution (see
 * {@link articleDigests}). Kept per article object and reused by a later index when that index
 * holds the same poll, event and timex objects and quotes with the same words (checked each time:
 * cheap reference and field comparisons), so an unchanged file is not hashed again. Used for a
 * corpus edited by hand; a built one names its articles instead (see {@link articleDigests}).
 */
function analysisDigest(index: CorpusIndex, a: Article, items: ArticleItems): string {
  const { quotes, polls, events } = items;
  const timexes = index.lookup.timexesOf(a.id);
  const known = analysed.get(a);
  if (known && sameItems(known.polls, polls) && sameItems(known.events, events) && sameItems(known.timexes, timexes) && sameQuoteTexts(known.quotes, quotes)) return known.digest;
  const h = createHash('sha1');
  h.update(articleFingerprint(a));
  for (const q of quotes) {
    const { speakerId: _id, speaker: _name, ...words } = q;
    h.update(`${SEP}q`).update(JSON.stringify(words));
  }
  for (const p of polls) h.update(`${SEP}p`).update(JSON.stringify(p));
  for (const e of events) h.update(`${SEP}e`).update(JSON.stringify(e));
  for (const t of timexes) h.update(`${SEP}t`).update(JSON.stringify(t));
  const digest = h.digest('base64');
  analysed.set(a, { quotes, polls, events, timexes, digest });
  return digest;
}

/** One article's quotes, polls and events, in corpus order. */
interface ArticleItems {
  quotes: readonly Quote[];
  polls: readonly Poll[];
  events: readonly TimelineEvent[];
}
const NO_ITEMS: ArticleItems = { quotes: [], polls: [], events: [] };

/** The corpus's items of these articles, in corpus order, and the same grouped by article. */
interface Gathered {
  quotes: readonly Quote[];
  polls: readonly Poll[];
  events: readonly TimelineEvent[];
  byArticle: ReadonlyMap<string, ArticleItems>;
}

/**
 * One lookup per kind for all these articles (a lookup per article costs more than the hashing).
 * With `quotesOnly`, polls and events are left out (a built corpus needs only who is quoted).
 */
function gatherItems(index: CorpusIndex, ids: readonly string[], quotesOnly = false): Gathered {
  const { lookup } = index;
  const quotes = lookup.quotesOf(ids);
  const polls = quotesOnly ? [] : lookup.pollsOf(ids);
  const events = quotesOnly ? [] : lookup.eventsOf(ids);
  const byArticle = new Map<string, { quotes: Quote[]; polls: Poll[]; events: TimelineEvent[] }>();
  const of = (id: string): { quotes: Quote[]; polls: Poll[]; events: TimelineEvent[] } => {
    let g = byArticle.get(id);
    if (!g) byArticle.set(id, (g = { quotes: [], polls: [], events: [] }));
    return g;
  };
  for (const q of quotes) of(q.articleId).quotes.push(q);
  for (const p of polls) of(p.articleId).polls.push(p);
  for (const e of events) of(e.articleId).events.push(e);
  return { quotes, polls, events, byArticle };
}

/** Each index's article digests, by article id. */
const digests = new WeakMap<CorpusIndex, Map<string, string>>();

/** True when the index's corpus is one buildCorpus returned (see `isBuiltCorpus`), worked out once per index. */
const builtIndexes = new WeakMap<CorpusIndex, boolean>();
function isBuilt(index: CorpusIndex): boolean {
  let b = builtIndexes.get(index);
  if (b === undefined) builtIndexes.set(index, (b = isBuiltCorpus(index.corpus)));
  return b;
}

/**
 * Everything an answer may read of each of these articles in this index and, in clear, who each
 * of its quotes is attributed to here (speaker id and name: speakers are merged across the whole
 * corpus, so a file elsewhere can rename one). An id the index does not hold gives a marker. Kept
 * per index and article.
 *
 * In a corpus that buildCorpus returned (`isBuiltCorpus`: every deployment's), an article and its
 * quotes, polls, events and timexes are named by the file, content hash and id of the analysis it
 * came from (`articleOrigin`), which fix them within one pipeline version as they fix the analysis
 * cache's key (a reply's key holds that version). Otherwise (a corpus edited by hand, as tests
 * do) they are hashed ({@link analysisDigest}). Hashing whole articles was most of a large
 * topic's first answer: about 170 of 200 ms for a topic of 3,172 articles at 10k generated ones.
 */
export function articleDigests(index: CorpusIndex, ids: readonly string[], gathered: Gathered = gatherItems(index, ids, isBuilt(index))): string[] {
  let memo = digests.get(index);
  if (!memo) digests.set(index, (memo = new Map()));
  const built = isBuilt(index);
  const out: string[] = [];
  for (const id of ids) {
    let d = memo.get(id);
    if (d === undefined) {
      const a = index.articleById.get(id);
      const origin = a && built ? articleOrigin(a) : undefined;
      if (!a) d = `missing:${id}`;
      else {
        const items = gathered.byArticle.get(id) ?? NO_ITEMS;
        // (Every article of a built corpus has an origin; were one missing, its items are gathered whole.)
        const own = origin ? `${origin.file}${SEP}${origin.hash}${SEP}${id}` : analysisDigest(index, a, built ? (gatherItems(index, [id]).byArticle.get(id) ?? NO_ITEMS) : items);
        d = `${own}${items.quotes.map((q) => `${SEP}${q.speakerId ?? ''}${SEP}${q.speaker ?? ''}`).join('')}`;
      }
      memo.set(id, d);
    }
    out.push(d);
  }
  return out;
}

/**
 * Characters gathered before they go to the hash: the parts of a large topic's fingerprint are
 * hashed a slice at a time instead of joined whole first (a topic of 10,000 articles at 50k
 * generated ones joined about 2 MB of text, and fingerprinting every topic in the warm-up grew the
 * bot's heap for such strings).
 */
export const HASH_SLICE_CHARS = 64 * 1024;

/** sha1 (hex, {@link FINGERPRINT_HEX} characters) of the parts of these lists, in order, joined by {@link SEP}. */
export function hashOf(...lists: readonly (readonly string[])[]): string {
  const h = createHash('sha1');
  let pending = '';
  let first = true;
  for (const list of lists)
    for (const part of list) {
      pending = first ? part : `${pending}${SEP}${part}`;
      first = false;
      if (pending.length >= HASH_SLICE_CHARS) {
        h.update(pending);
        pending = '';
      }
    }
  return h.update(pending).digest('hex').slice(0, FINGERPRINT_HEX);
}

/**
 * What a topic's answers read: the topic's slug, name and origin, its article ids in order, each
 * article's digest ({@link articleDigests}), and the order in which the corpus holds their quotes, polls and
 * events (the answers read them in corpus order; in a built corpus, their articles' corpus order,
 * which fixes it). Not included, because no topic answer shows
 * them (they only serve to find the topic): its aliases and its score. A topic's membership and
 * order come from the whole corpus (`buildTopics`), so a file elsewhere that joins the topic,
 * leaves it or reorders it changes this fingerprint; one that does not touch the topic leaves it
 * as it was. Kept per topic object (each index has its own).
 */
const topicFingerprints = new WeakMap<Topic, string>();
export function topicScope(index: CorpusIndex, topic: Topic): string {
  let fp = topicFingerprints.get(topic);
  if (fp === undefined) {
    const ids = topic.articleIds;
    const built = isBuilt(index);
    const gathered = gatherItems(index, ids, built);
    // Items follow their articles' corpus order in a built corpus (see articleDigests): that order
    // stands for theirs. Otherwise the order of the items themselves is hashed.
    const order = built
      ? [ids.map((id) => index.lookup.articleNumber(id) ?? -1).map((n, i) => ({ n, i })).sort((a, b) => a.n - b.n).map((x) => ids[x.i]!).join('\n')]
      : [gathered.quotes.map((q) => q.articleId).join('\n'), gathered.polls.map((p) => p.articleId).join('\n'), gathered.events.map((e) => e.articleId).join('\n')];
    fp = `topic:${hashOf([JSON.stringify([topic.slug, topic.name, topic.origin, ids.length, built])], ids, articleDigests(index, ids, gathered), order)}`;
    topicFingerprints.set(topic, fp);
  }
  return fp;
}

/**
 * What a speaker's quotes read: the speaker's id, name and title (what the answer shows of them;
 * aliases only serve to find them), which articles their quotes are in, in corpus order, and each
 * of those articles' digests ({@link articleDigests}) (the quotes' words and attribution, and what the answer
 * shows of the article: its date for the order, its source line). Kept per speaker object (each
 * index has its own).
 */
const speakerFingerprints = new WeakMap<RankedSpeaker, string>();
export function speakerScope(index: CorpusIndex, ranked: RankedSpeaker): string {
  let fp = speakerFingerprints.get(ranked);
  if (fp === undefined) {
    const { speaker } = ranked;
    const quotes = index.lookup.quotesBy(speaker.id);
    const articleIds = [...new Set(quotes.map((q) => q.articleId))];
    fp = `speaker:${hashOf([JSON.stringify([speaker.id, speaker.name, speaker.title, quotes.length]), quotes.map((q) => q.articleId).join('\n')], articleDigests(index, articleIds))}`;
    speakerFingerprints.set(ranked, fp);
  }
  return fp;
}

/**
 * What `/quote speaker topic` reads of the topic: only which articles are in it (the quotes are
 * filtered by it) and its name (in the title). Kept per topic object.
 */
const membershipFingerprints = new WeakMap<Topic, string>();
export function topicMembershipScope(topic: Topic): string {
  let fp = membershipFingerprints.get(topic);
  if (fp === undefined) {
    const h = createHash('sha1');
    h.update(JSON.stringify([topic.slug, topic.name]));
    for (const id of [...topic.articleIds].sort()) h.update(SEP).update(id);
    membershipFingerprints.set(topic, (fp = `members:${h.digest('hex').slice(0, FINGERPRINT_HEX)}`));
  }
  return fp;
}

/** True when a topic option was given (a blank one means "no topic", as the answers read it). */
function given(topicQuery: string | undefined): topicQuery is string {
  return topicQuery !== undefined && topicQuery.trim() !== '';
}

/**
 * Scope of `/brief`, `/timeline` and `/polls` on a topic: the topic the query resolves to in this
 * index ({@link topicScope}); a query that finds no topic answers with suggestions drawn from every
 * topic, so its scope is the corpus's.
 */
export function topicAnswerScope(index: CorpusIndex, topicQuery: string): string {
  const r = resolveTopic(index, topicQuery);
  return 'topic' in r ? topicScope(index, r.topic) : corpusScope(index);
}

/** Scope of `/polls [topic]`: the topic's ({@link topicAnswerScope}), or the corpus's without one. */
export function pollsScope(index: CorpusIndex, topicQuery: string | undefined): string {
  return given(topicQuery) ? topicAnswerScope(index, topicQuery) : corpusScope(index);
}

/**
 * Scope of `/quote speaker [topic]`: the speaker the query resolves to ({@link speakerScope}) and,
 * with a topic, which articles it holds ({@link topicMembershipScope}). An unknown speaker or topic
 * answers with suggestions from the whole corpus: the corpus's scope.
 */
export function quoteScope(index: CorpusIndex, speakerQuery: string, topicQuery: string | undefined): string {
  const s = findSpeakerIn(index, speakerQuery);
  if (!('speaker' in s)) return corpusScope(index);
  if (!given(topicQuery)) return speakerScope(index, s.speaker);
  const t = resolveTopic(index, topicQuery);
  return 'topic' in t ? `${speakerScope(index, s.speaker)}+${topicMembershipScope(t.topic)}` : corpusScope(index);
}
