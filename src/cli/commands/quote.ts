import { findSpeaker, MAX_SUGGESTIONS, rankSpeakers } from '../../briefing/index/findSpeaker.js';
import type { Article, Quote, Speaker } from '../../briefing/types.js';
import type { CliCommand } from '../types.js';

/** A quote with the article it came from, as `quote --json` prints it. */
export interface SourcedQuote extends Quote {
  headline: string | null;
  agency: string | null;
  date: string | null;
}

/** The speaker's quotes with their source, newest first (undated last), page order within a day. */
export function quotesOf(speaker: Speaker, quotes: readonly Quote[], articles: readonly Article[]): SourcedQuote[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return quotes
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.speakerId === speaker.id)
    .sort((a, b) => {
      const da = byId.get(a.q.articleId)?.date ?? '';
      const db = byId.get(b.q.articleId)?.date ?? '';
      if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
      return (order.get(a.q.articleId) ?? 0) - (order.get(b.q.articleId) ?? 0) || a.i - b.i;
    })
    .map(({ q }) => {
      const a = byId.get(q.articleId);
      return { ...q, headline: a?.headline ?? null, agency: a?.agency ?? null, date: a?.date ?? null };
    });
}

/** One quote as text: the words in quote marks, then source agency, headline and date. */
function quoteLine(q: SourcedQuote): string {
  const source = [q.agency, q.headline ? `"${q.headline}"` : null, q.date].filter((x) => x !== null).join(', ');
  return `“${q.text}”${q.partial ? ' (partial)' : ''}\n    — ${source || q.articleId}`;
}

/**
 * `quote SPEAKER`: what a person (or body) said across the corpus, newest first, each with its
 * source agency, headline and date. The name may be any alias, in any case, with accents or a
 * typo/transliteration variant. `--json` prints `{speaker, quotes}`. An unknown name exits 1
 * with the closest known speakers on stderr.
 */
export const quote: CliCommand = {
  name: 'quote',
  usage: 'quote SPEAKER [--json]',
  summary: 'what a person said, newest first',
  minArgs: 1,
  async run(args, ctx) {
    const query = args.join(' ');
    const corpus = await ctx.loadCorpus();
    const found = findSpeaker(query, corpus.speakers, corpus.quotes);
    if (!found.ok) {
      const names = found.suggestions.map((s) => s.name);
      const known = rankSpeakers(corpus.speakers, corpus.quotes)
        .slice(0, MAX_SUGGESTIONS)
        .map((r) => r.speaker.name);
      ctx.err(
        `quote: no speaker called "${query}".` +
          (names.length > 0 ? ` Did you mean: ${names.join(', ')}?` : known.length > 0 ? ` Speakers with the most quotes: ${known.join(', ')}.` : ' The corpus has no attributed quotes.'),
      );
      return 1;
    }
    const speaker = found.speaker;
    const list = quotesOf(speaker, corpus.quotes, corpus.articles);
    if (ctx.flags.json) {
      ctx.out(JSON.stringify({ speaker, quotes: list }, null, 2));
      return 0;
    }
    ctx.out(`${speaker.name}${speaker.title ? ` (${speaker.title})` : ''} — ${list.length} quote${list.length === 1 ? '' : 's'}`);
    for (const q of list) ctx.out(`  ${quoteLine(q)}`);
    return 0;
  },
};
