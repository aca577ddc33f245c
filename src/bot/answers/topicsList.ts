import type { Answer } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { LIMITS } from './discordLimits.js';
import { BRAND_COLOUR, chunkLines, dateRangeOf, notice, pagesOf } from './embedKit.js';
import { escapeText } from './escapeText.js';
import type { Article } from '../../briefing/types.js';

/** Topics per page. */
const TOPICS_PER_PAGE = 15;

/**
 * The date range of a whole corpus, by its articles array (one per index): worked out once, not at
 * every `/topics` (a pass over every article's dateline: 3 ms at 10k articles when the datelines
 * are strings the pipeline just built rather than read back from the cache).
 */
const corpusRanges = new WeakMap<readonly Article[], string | null>();
function corpusRange(articles: readonly Article[]): string | null {
  let range = corpusRanges.get(articles);
  if (range === undefined) corpusRanges.set(articles, (range = dateRangeOf(articles)));
  return range;
}

/** `/topics`: every topic, largest first, with its article count, slug and date range; paged. */
export function topicsAnswer(index: CorpusIndex): Answer {
  if (index.topics.length === 0) return notice('No topics', 'The corpus has no articles yet.');
  const lines = index.topics.map((t, i) => {
    const range = index.topicDates.has(t) ? index.topicDates.get(t)! : dateRangeOf(t.articleIds.map((id) => index.articleById.get(id)).filter((a): a is Article => a !== undefined));
    return `${i + 1}. **${escapeText(t.name)}** \`${t.slug}\` — ${t.articleIds.length} article${t.articleIds.length === 1 ? '' : 's'}${range ? `, ${range}` : ''}`;
  });
  const range = corpusRange(index.corpus.articles);
  return {
    pages: pagesOf(
      chunkLines(lines, LIMITS.embedDescription - 100, TOPICS_PER_PAGE).map((chunk) => ({
        title: 'Topics',
        description: chunk.join('\n'),
        color: BRAND_COLOUR,
        footer: { text: `${index.topics.length} topics in ${index.corpus.articles.length} articles${range ? ` | ${range}` : ''}` },
      })),
    ),
  };
}
