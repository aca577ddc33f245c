import type { APIEmbedField } from 'discord.js';
import type { Article, Poll } from '../../briefing/types.js';
import type { Answer, AnswerPage } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { fitEmbed } from './discordLimits.js';
import { BRAND_COLOUR, formatDate, notice, sourcesFooterOf } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { resolveTopic } from './topics.js';
import { topicNotFound } from './brief.js';
import { pollsScope } from './scope.js';

/** Width of the text bar in the embed, in block characters (for clients that hide images). */
const TEXT_BAR_WIDTH = 20;
/** Discord's limit on an attachment description (alt text). */
const ALT_TEXT_MAX = 1024;

function textBar(percent: number): string {
  const n = Math.max(0, Math.min(TEXT_BAR_WIDTH, Math.round((percent / 100) * TEXT_BAR_WIDTH)));
  return `${'█'.repeat(n)}${'░'.repeat(TEXT_BAR_WIDTH - n)}`;
}

function pollPage(poll: Poll, footerOf: (extra?: string) => { text: string }, article: Article | undefined, n: number, of: number): AnswerPage {
  const title = poll.subject ?? article?.headline ?? 'Poll';
  const fields: APIEmbedField[] = [];
  if (poll.pollster) fields.push({ name: 'Pollster', value: escapeText(poll.pollster), inline: true });
  if (poll.sampleSize) fields.push({ name: 'Sample', value: `${poll.sampleSize}${poll.population ? ` ${escapeText(poll.population)}` : ''}`, inline: true });
  if (poll.fieldwork) fields.push({ name: 'Fieldwork', value: escapeText(formatDate(poll.fieldwork)), inline: true });
  if (poll.published) fields.push({ name: 'Published', value: escapeText(formatDate(poll.published)), inline: true });
  if (poll.margin) fields.push({ name: 'Margin of error', value: `±${poll.margin} points`, inline: true });
  for (const w of poll.warnings ?? []) fields.push({ name: 'Note', value: escapeText(w) });
  const name = `poll-${n}.png`;
  const firstQuestion = poll.results.filter((r) => (r.question ?? 0) === (poll.results[0]?.question ?? 0));
  const footer = footerOf(of > 1 ? `page ${n}/${of}` : undefined);
  return {
    embeds: [
      fitEmbed({
        title: escapeText(title),
        // (Each further question the report gives, PollResult.question, after a blank line.)
        description: poll.results.map((r, i) => `${i > 0 && r.question !== poll.results[i - 1]!.question ? '\n' : ''}\`${textBar(r.percent)}\` **${r.percent}%** ${escapeText(r.answer)}`).join('\n'),
        color: BRAND_COLOUR,
        fields,
        image: { url: `attachment://${name}` },
        footer,
      }),
    ],
    // The chart shows the first question only: bars of different questions side by side would read as one.
    charts: [{ name, title, bars: firstQuestion.map((r) => ({ label: r.answer, percent: r.percent })), description: `Bar chart: ${firstQuestion.map((r) => `${r.answer} ${r.percent}%`).join(', ')}`.slice(0, ALT_TEXT_MAX) }],
  };
}

/** The polls an answer shows (the corpus's or a topic's, those with results), or the notice to answer instead. */
function selectPolls(index: CorpusIndex, topicQuery: string | undefined): { polls: Poll[] } | { notice: Answer } {
  let polls: readonly Poll[] = index.corpus.polls;
  let scope = 'the corpus';
  if (topicQuery !== undefined && topicQuery.trim() !== '') {
    const t = resolveTopic(index, topicQuery);
    if (!('topic' in t)) return { notice: topicNotFound(topicQuery, t.suggestions) };
    polls = index.lookup.pollsOf(t.topic.articleIds);
    scope = escapeText(t.topic.name);
  }
  const shown = polls.filter((p) => p.results.length > 0);
  if (shown.length === 0) return { notice: notice('No polls', `No opinion polls found in ${scope}.`) };
  return { polls: shown };
}

/** Page `n` (0-based) of the polls answer: one poll, its footer saying `page n+1/total`. */
function pageAt(index: CorpusIndex, polls: readonly Poll[], n: number): AnswerPage {
  const poll = polls[n]!;
  const article = index.articleById.get(poll.articleId);
  return pollPage(poll, sourcesFooterOf(article ? [article] : []), article, n + 1, polls.length);
}

/**
 * `/polls`: the corpus's opinion polls (or a topic's), one per page, each with its shares as text
 * bars and a bar chart (rendered to a PNG attachment when its page is shown). Only the first page
 * is built here; the others (thousands over a large corpus) are built by {@link pollsPage} when
 * the user turns to them (`more` of the answer).
 */
export function pollsAnswer(index: CorpusIndex, topicQuery?: string): Answer {
  const found = selectPolls(index, topicQuery);
  if ('notice' in found) return found.notice;
  const { polls } = found;
  const first = pageAt(index, polls, 0);
  if (polls.length === 1) return { pages: [first] };
  // Later pages are built while what this answer read is unchanged (its scope, as the router works it out).
  return { pages: [first], more: { total: polls.length, options: topicQuery === undefined ? {} : { topic: topicQuery }, version: pollsScope(index, topicQuery) } };
}

/** Page `n` (0-based) of {@link pollsAnswer} for the same topic; null when there is no such page. */
export function pollsPage(index: CorpusIndex, topicQuery: string | undefined, n: number): AnswerPage | null {
  const found = selectPolls(index, topicQuery);
  if ('notice' in found || !Number.isInteger(n) || n < 0 || n >= found.polls.length) return null;
  return pageAt(index, found.polls, n);
}
