import { performance } from 'node:perf_hooks';
import type { Corpus } from '../../briefing/index/buildCorpus.js';
import { buildTopics, type Topic } from '../../briefing/index/topics/index.js';
import type { Article, Speaker } from '../../briefing/types.js';
import { fallbackPolls } from './fallbackPolls.js';
import { fallbackQuotes } from './fallbackQuotes.js';

/** A speaker with how many quotes the corpus attributes to them. */
export interface RankedSpeaker {
  speaker: Speaker;
  quoteCount: number;
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
  articleById: ReadonlyMap<string, Article>;
  /** Speakers with at least one quote, most quoted first (then by name). */
  speakers: RankedSpeaker[];
  /** Milliseconds spent building the index. */
  buildMs: number;
}

/**
 * Builds the answer index of a corpus: topics (src/briefing/index/topics), speakers ranked by
 * quote count. Where the pipeline stages still give nothing (quotes, polls), the stop-gap
 * extractors of this folder fill in, so every command answers on the bundled corpus.
 */
export function buildIndex(input: Corpus): CorpusIndex {
  const t0 = performance.now();
  let corpus = input;
  // TODO(lead): switch to the pipeline's quotes/speakers and polls; drop these fallbacks when they land.
  if (corpus.quotes.length === 0 && corpus.articles.length > 0) corpus = { ...corpus, ...fallbackQuotes(corpus.articles) };
  if (corpus.polls.length === 0 && corpus.articles.length > 0) corpus = { ...corpus, polls: fallbackPolls(corpus.articles) };
  const topics = buildTopics(corpus);
  const counts = new Map<string, number>();
  for (const q of corpus.quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const speakers = corpus.speakers
    .map((speaker) => ({ speaker, quoteCount: counts.get(speaker.id) ?? 0 }))
    .filter((s) => s.quoteCount > 0)
    .sort((a, b) => b.quoteCount - a.quoteCount || a.speaker.name.localeCompare(b.speaker.name));
  return {
    version: corpus.version,
    corpus,
    topics,
    articleById: new Map(corpus.articles.map((a) => [a.id, a])),
    speakers,
    buildMs: performance.now() - t0,
  };
}
