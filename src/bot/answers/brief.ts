import type { APIEmbedField } from 'discord.js';
import { splitSentences } from '../../briefing/analyse/sentences.js';
import type { Topic } from '../../briefing/index/topics/index.js';
import type { Article } from '../../briefing/types.js';
import type { Answer } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { BRAND_COLOUR, notice, pagesOf, quoted, sourceLabel, sourcesFooter } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { resolveTopic } from './topics.js';

// TODO(lead): switch to src/briefing/summarise buildBrief(corpus, topic, {length}) and
// src/briefing/format/briefEmbed.ts once they are committed; this stop-gap takes lead sentences.

/** Key points in a short and a full brief. */
const POINTS = { short: 3, full: 8 } as const;
/** Two points sharing more than this share of their words are one fact told twice. */
const MAX_OVERLAP = 0.5;
/** Shortest point, in words. */
const MIN_POINT_WORDS = 6;

function words(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{3,}/gu) ?? []));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** Lead sentences of the topic's articles, round-robin by article (most relevant first), skipping repeats. */
function keyPoints(articles: readonly Article[], want: number): { text: string; article: Article }[] {
  const perArticle = articles.map((a) => a.paragraphs.slice(0, 3).flatMap((p) => splitSentences(p).map((s) => s.text)).filter((s) => s.split(/\s+/).length >= MIN_POINT_WORDS));
  const out: { text: string; article: Article; w: Set<string> }[] = [];
  for (let round = 0; out.length < want && perArticle.some((s) => s.length > round); round++) {
    perArticle.forEach((sentences, i) => {
      const text = sentences[round];
      if (text === undefined || out.length >= want) return;
      const w = words(text);
      if (out.some((o) => overlap(o.w, w) > MAX_OVERLAP)) return;
      out.push({ text, article: articles[i]!, w });
    });
  }
  return out;
}

/** "No such topic" with the nearest topics as suggestions. */
export function topicNotFound(query: string, suggestions: readonly Topic[]): Answer {
  const tail = suggestions.length > 0 ? `Did you mean ${suggestions.map((t) => `**${escapeText(t.name)}** (\`${t.slug}\`)`).join(', ')}?` : 'Use `/topics` to see the topics there are.';
  return notice('Topic not found', `No topic matches “${escapeText(query)}”. ${tail}`);
}

/**
 * `/brief`: a multi-source brief of a topic: key points with their source, the most quoted
 * speaker's quote, the topic's poll, and a footer with the sources and date range.
 * An unknown topic answers (ephemerally) with suggestions.
 */
export function briefAnswer(index: CorpusIndex, topicQuery: string, length: 'short' | 'full'): Answer {
  const found = resolveTopic(index, topicQuery);
  if (!('topic' in found)) return topicNotFound(topicQuery, found.suggestions);
  const topic = found.topic;
  const articles = topic.articleIds.map((id) => index.articleById.get(id)).filter((a): a is Article => a !== undefined);
  const ids = new Set(topic.articleIds);
  const points = keyPoints(articles, POINTS[length]);
  const fields: APIEmbedField[] = [];
  const quote = index.corpus.quotes.find((q) => ids.has(q.articleId) && q.speaker && !q.partial);
  if (quote) fields.push({ name: `Quote: ${escapeText(quote.speaker!)}`, value: quoted(quote.text, 400) });
  const poll = index.corpus.polls.find((p) => ids.has(p.articleId));
  if (poll) fields.push({ name: `Poll${poll.pollster ? `: ${escapeText(poll.pollster)}` : ''}`, value: escapeText(poll.results.map((r) => `${r.percent}% ${r.answer}`).join(', ')) });
  fields.push({ name: 'Articles', value: String(articles.length), inline: true });
  const description = points.length > 0 ? points.map((p) => `• ${escapeText(p.text)} *(${escapeText(sourceLabel(p.article))})*`).join('\n') : 'The articles of this topic have no sentence to summarise.';
  return {
    pages: pagesOf([
      {
        title: `${topic.name}: ${length === 'short' ? 'short brief' : 'brief'}`,
        description,
        color: BRAND_COLOUR,
        fields,
        footer: sourcesFooter(articles),
      },
    ]),
  };
}
