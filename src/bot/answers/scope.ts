import { createHash, type Hash } from 'node:crypto';
import type { Topic } from '../../briefing/index/topics/index.js';
import type { Article } from '../../briefing/types.js';
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
 * Fingerprints are worked out when first asked for and kept: per index (a topic's or speaker's,
 * in WeakMaps keyed by the index's own objects, so they go with the index) and per analysis object
 * (an article's content, a poll's, an event's, a timex's: these objects are never changed after
 * analysis and the watcher keeps those of unchanged files, so an unchanged file is not hashed
 * again after a corpus change). Nothing is fingerprinted at start-up.
 */

/** Length of a fingerprint, hex characters of sha1 (80 bits: collisions are not a concern at these counts). */
const FINGERPRINT_HEX = 20;
/** Separates the parts hashed (never in JSON text or ids, which are JSON or plain strings without NUL). */
const SEP = '\u0000';

/** The scope of an answer that reads the whole corpus: its version. */
export function corpusScope(index: CorpusIndex): string {
  return `corpus:${index.version}`;
}

/** Each analysis item's JSON, once per object (items are never changed after analysis). */
const itemJson = new WeakMap<object, string>();
function jsonOf(x: object): string {
  let s = itemJson.get(x);
  if (s === undefined) itemJson.set(x, (s = JSON.stringify(x)));
  return s;
}

/**
 * sha1 (base64) of everything an answer may show of an article itself: id, file (which also fixes
 * the corpus order of its items against other files' items), headline, byline, place, agency,
 * date, teaser flag, paragraphs and url. Once per article object.
 */
const articleFingerprints = new WeakMap<Article, string>();
export function articleFingerprint(a: Article): string {
  let fp = articleFingerprints.get(a);
  if (fp === undefined) {
    const h = createHash('sha1');
    h.update(JSON.stringify([a.id, a.file, a.headline, a.byline, a.place, a.agency, a.date, a.teaser, a.url, a.paragraphs.length]));
    for (const p of a.paragraphs) h.update(SEP).update(p);
    articleFingerprints.set(a, (fp = h.digest('base64')));
  }
  return fp;
}

/** Adds an article (or a marker for an id the corpus does not hold) to a hash. */
function addArticle(h: Hash, index: CorpusIndex, id: string): void {
  const a = index.articleById.get(id);
  h.update(SEP).update(a ? articleFingerprint(a) : `missing:${id}`);
}

/**
 * What a topic's answers read: the topic's slug, name and origin, its article ids in order, each
 * article ({@link articleFingerprint}), and the quotes, polls, timeline events (in corpus order,
 * as the answers read them) and timexes of those articles, whole (a quote's speaker id and name
 * included: speakers are merged across the corpus, so a file elsewhere can rename one).
 * Not included, because no topic answer shows them (they only serve to find the topic): its
 * aliases and its score. A topic's membership and order come from the whole corpus
 * (`buildTopics`), so a file elsewhere that joins the topic, leaves it or reorders it changes this
 * fingerprint; one that does not touch the topic leaves it as it was.
 */
const topicFingerprints = new WeakMap<Topic, string>();
export function topicScope(index: CorpusIndex, topic: Topic): string {
  let fp = topicFingerprints.get(topic);
  if (fp === undefined) {
    const h = createHash('sha1');
    h.update(JSON.stringify([topic.slug, topic.name, topic.origin, topic.articleIds.length]));
    for (const id of topic.articleIds) h.update(SEP).update(id);
    for (const id of topic.articleIds) addArticle(h, index, id);
    const { lookup } = index;
    h.update(`${SEP}quotes`);
    for (const q of lookup.quotesOf(topic.articleIds)) h.update(SEP).update(jsonOf(q));
    h.update(`${SEP}polls`);
    for (const p of lookup.pollsOf(topic.articleIds)) h.update(SEP).update(jsonOf(p));
    h.update(`${SEP}events`);
    for (const e of lookup.eventsOf(topic.articleIds)) h.update(SEP).update(jsonOf(e));
    h.update(`${SEP}timexes`);
    for (const id of topic.articleIds) for (const t of lookup.timexesOf(id)) h.update(SEP).update(jsonOf(t));
    topicFingerprints.set(topic, (fp = `topic:${h.digest('hex').slice(0, FINGERPRINT_HEX)}`));
  }
  return fp;
}

/**
 * What a speaker's quotes read: the speaker's id, name and title (what the answer shows of them;
 * aliases only serve to find them), each of their quotes whole in corpus order, and each quoted
 * article ({@link articleFingerprint}: the answer sorts by date and names the sources). Quote
 * objects are made anew by every corpus build (speaker merging rewrites them), so they are
 * hashed again per index (the speaker's fingerprint is kept per index).
 */
const speakerFingerprints = new WeakMap<RankedSpeaker, string>();
export function speakerScope(index: CorpusIndex, ranked: RankedSpeaker): string {
  let fp = speakerFingerprints.get(ranked);
  if (fp === undefined) {
    const { speaker } = ranked;
    const h = createHash('sha1');
    h.update(JSON.stringify([speaker.id, speaker.name, speaker.title]));
    const seen = new Set<string>();
    for (const q of index.lookup.quotesBy(speaker.id)) {
      h.update(SEP).update(JSON.stringify(q));
      if (!seen.has(q.articleId)) {
        seen.add(q.articleId);
        addArticle(h, index, q.articleId);
      }
    }
    speakerFingerprints.set(ranked, (fp = `speaker:${h.digest('hex').slice(0, FINGERPRINT_HEX)}`));
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
