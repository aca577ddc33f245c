import { performance } from 'node:perf_hooks';
import type { Corpus } from '../../briefing/index/buildCorpus.js';
import { buildTopics, slugsOf, sortTopics, type Topic } from '../../briefing/index/topics/index.js';
import type { Article, Speaker } from '../../briefing/types.js';
import { foldName } from '../../briefing/analyse/speakers/nameKey.js';
import { rankSpeakers } from '../../briefing/index/findSpeaker.js';
import { dateRangeOf } from './embedKit.js';
import { buildQueryIndex, type QueryIndex } from '../../briefing/index/queryIndex.js';

/** A speaker with how many quotes the corpus attributes to them. */
export interface RankedSpeaker {
  speaker: Speaker;
  quoteCount: number;
  /** Name and aliases, folded (case, accents) for autocomplete; descriptions (`the secretary`) left out. */
  folded: string[];
}

/**
 * Everything commands answer from, built once per corpus version so autocomplete and cached
 * commands never touch the analysis again.
 */
export interface CorpusIndex {
  /** The corpus version: part of every cache key. */
  version: string;
  corpus: Corpus;
  /** Topics, largest first. */
  topics: Topic[];
  /** Topics as autocomplete lists them (`sortTopics` order: most articles first) with every slug each answers to (`slugsOf`). */
  topicsBySize: readonly { topic: Topic; slugs: readonly string[] }[];
  /** Each topic's date range as `/topics` shows it (`19 – 24 Apr 2007`; null when no article has a date). */
  topicDates: ReadonlyMap<Topic, string | null>;
  articleById: ReadonlyMap<string, Article>;
  /** Speakers with at least one quote, most quoted first (then by name). */
  speakers: RankedSpeaker[];
  /** The same speakers by id. */
  speakerById: ReadonlyMap<string, RankedSpeaker>;
  /** The same speakers' `Speaker` records, in the same order (what `findSpeaker` searches). */
  speakerList: readonly Speaker[];
  /** Folded name or alias → the first (most quoted) of these speakers answering to it exactly. */
  speakerByForm: ReadonlyMap<string, RankedSpeaker>;
  /** Quotes, polls, events and timexes by article, quotes by speaker (src/briefing/index/queryIndex.ts): commands never scan the whole corpus. */
  lookup: QueryIndex;
  /** Milliseconds spent building the index. */
  buildMs: number;
}

/** Each folded form → the first speaker (in the list's order: most quoted first) answering to it. */
function formsIndex(speakers: readonly RankedSpeaker[]): Map<string, RankedSpeaker> {
  const m = new Map<string, RankedSpeaker>();
  for (const s of speakers) for (const f of s.folded) if (f !== '' && !m.has(f)) m.set(f, s);
  return m;
}

/**
 * Builds the answer index of a corpus once per version: topics (src/briefing/index/topics
 * `buildTopics`), speakers with quotes ranked by quote count (`rankSpeakers`) with their folded
 * names, each topic's date range, articles by id, and the per-article / per-speaker lookups (`buildQueryIndex`). Autocomplete and lookups then never rescan the corpus.
 */
export function buildIndex(corpus: Corpus): CorpusIndex {
  const t0 = performance.now();
  const topics = buildTopics(corpus);
  const articleById = new Map(corpus.articles.map((a) => [a.id, a]));
  const speakers = rankSpeakers(corpus.speakers, corpus.quotes)
    .filter((s) => s.quotes > 0)
    .map((s) => ({ speaker: s.speaker, quoteCount: s.quotes, folded: [s.speaker.name, ...s.speaker.aliases].filter((a) => !/^the\s/i.test(a)).map(foldName) }));
  return {
    version: corpus.version,
    corpus,
    topics,
    topicsBySize: sortTopics(topics).map((topic) => ({ topic, slugs: slugsOf(topic) })),
    topicDates: new Map(topics.map((t) => [t, dateRangeOf(t.articleIds.map((id) => articleById.get(id)).filter((a): a is Article => a !== undefined))])),
    articleById,
    speakers,
    speakerById: new Map(speakers.map((s) => [s.speaker.id, s])),
    speakerList: speakers.map((s) => s.speaker),
    speakerByForm: formsIndex(speakers),
    lookup: buildQueryIndex(corpus),
    buildMs: performance.now() - t0,
  };
}
