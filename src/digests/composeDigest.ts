import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { CorpusIndex } from '../bot/answers/corpusIndex.js';
import { fitEmbed, LIMITS, truncate } from '../bot/answers/discordLimits.js';
import { BRAND_COLOUR, NOTICE_COLOUR, formatDate, quoted, sourceLabel } from '../bot/answers/embedKit.js';
import { escapeText } from '../bot/answers/escapeText.js';
import { resolveTopic } from '../bot/answers/topics.js';
import type { AnswerPage } from '../bot/types.js';
import { mergeEvents } from '../briefing/analyse/dates/mergeEvents.js';
import { briefEmbed } from '../briefing/format/briefEmbed.js';
import { buildBrief } from '../briefing/summarise/index.js';
import type { Article, Quote } from '../briefing/types.js';
import { slotLabel } from './schedule.js';

/** Topic value that subscribes to everything new. */
export const ALL_TOPICS = 'all';
/** Notable quotes listed besides the brief's own (full / short). */
const QUOTES = { full: 3, short: 1 } as const;
/** Polls listed (full / short). */
const POLLS = { full: 3, short: 1 } as const;
/** Timeline entries listed, latest first (full / short). */
const EVENTS = { full: 6, short: 3 } as const;
/** Longest quote or event text shown in the extras, characters. */
const MAX_LINE_CHARS = 240;
/** A quote shorter than this says too little to be "notable" (characters). */
const MIN_NOTABLE_QUOTE_CHARS = 40;
/** Characters kept for the header and the extras; the brief gets the rest of Discord's 6,000 per message. */
const EXTRAS_BUDGET = 2200;
/** Characters of the header embed at most (title, slot line, counts, footer). */
const HEADER_BUDGET = 600;
/** Digest bodies remembered (a round of many subscriptions on few topics composes each once). */
const MEMO_ENTRIES = 64;

/** Digest bodies by corpus version, topic, length and cursor: pass one map to share work across a round. */
export type DigestMemo = Map<string, APIEmbed[]>;

export interface DigestInput {
  index: CorpusIndex;
  /** Topic slug or {@link ALL_TOPICS}. */
  topic: string;
  topicName: string;
  length: 'short' | 'full';
  /** Articles first seen after this (ms epoch) are new; null = first digest: everything counts. */
  since: number | null;
  /** First-seen time of an article (ms epoch). */
  firstSeen(articleId: string): number | undefined;
  slot: Date;
  timezone: string;
  /** The slot came due while the bot was down. */
  late: boolean;
  subscriptionId: string;
}

export interface Digest {
  page: AnswerPage;
  /** New articles the digest covers (0 = the "nothing new" line). */
  articleCount: number;
}

/** `<t:SECONDS:f>`: Discord shows it in each reader's own time zone. */
function discordTime(ms: number, style: 'f' | 'F' | 'R' = 'f'): string {
  return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** The articles of the topic (all articles for {@link ALL_TOPICS}); null when the topic is not in the corpus any more. */
function topicArticles(input: DigestInput): Article[] | null {
  const { index } = input;
  if (input.topic === ALL_TOPICS) return index.corpus.articles;
  const found = resolveTopic(index, input.topic);
  if (!('topic' in found)) return null;
  return found.topic.articleIds.map((id) => index.articleById.get(id)).filter((a): a is Article => a !== undefined);
}

/** Notable quotes: whole quotes with a known speaker first, the more often quoted speakers first, then longer ones. */
function notableQuotes(index: CorpusIndex, quotes: readonly Quote[], exclude: string | null, n: number): Quote[] {
  const rank = new Map(index.speakers.map((s) => [s.speaker.id, s.quoteCount]));
  return quotes
    .filter((q) => q.speaker !== null && q.text.length >= MIN_NOTABLE_QUOTE_CHARS && q.text !== exclude)
    .sort((a, b) => Number(a.partial) - Number(b.partial) || (rank.get(b.speakerId ?? '') ?? 0) - (rank.get(a.speakerId ?? '') ?? 0) || b.text.length - a.text.length)
    .filter((q, i, all) => all.findIndex((o) => o.speakerId === q.speakerId) === i)
    .slice(0, n);
}

/**
 * A digest message: what is new on the topic since the channel's last digest. Embeds:
 * 1. a header naming the topic and the slot (in the subscription's zone, and as a Discord
 *    timestamp each reader sees in their own), how many reports are new, and, for a slot that came
 *    due while the bot was down, that it is posted late;
 * 2. the brief of the new articles (`buildBrief` + `briefEmbed`, exactly as `/brief` formats it);
 * 3. what the brief leaves out: more notable quotes, the polls, and timeline entries (latest first).
 * With nothing new, only the header, saying so in one line. The message stays within Discord's
 * 6,000 characters (the brief gets what the header and extras leave).
 */
export function composeDigest(input: DigestInput, memo?: DigestMemo): Digest {
  const { index, length } = input;
  const articles = topicArticles(input);
  const fresh = (articles ?? []).filter((a) => input.since === null || (input.firstSeen(a.id) ?? 0) > input.since);
  // Newest first by first-seen time, so a brief that reads at most 20 reads the latest; a stable
  // sort keeps the topic's relevance order among articles seen together (a first digest = /brief).
  fresh.sort((a, b) => (input.firstSeen(b.id) ?? 0) - (input.firstSeen(a.id) ?? 0));

  const lines: string[] = [`**Slot:** ${escapeText(slotLabel(input.slot, input.timezone))} · ${discordTime(input.slot.getTime())}`];
  if (input.late) lines.push(`*This digest came due while the bot was offline and is posted late, once.*`);
  const footer = { text: `Digest ${input.subscriptionId} · /digest list to see subscriptions` };
  const title = truncate(`Digest: ${input.topicName}`, LIMITS.embedTitle);

  if (fresh.length === 0) {
    const why =
      articles === null
        ? `The topic **${escapeText(input.topicName)}** is not in the corpus at the moment; nothing to report.`
        : input.since === null
          ? `Nothing on **${escapeText(input.topicName)}** yet.`
          : `Nothing new on **${escapeText(input.topicName)}** since the last digest (${discordTime(input.since)}).`;
    return { page: { embeds: [fitEmbed({ title, description: [...lines, why].join('\n'), color: NOTICE_COLOUR, footer })] }, articleCount: 0 };
  }

  lines.push(input.since === null ? `First digest: ${fresh.length} report${fresh.length === 1 ? '' : 's'} on the topic as it stands.` : `${fresh.length} new report${fresh.length === 1 ? '' : 's'} since the last digest (${discordTime(input.since)}).`);
  const header: APIEmbed = fitEmbed({ title, description: lines.join('\n'), color: BRAND_COLOUR, footer }, HEADER_BUDGET);
  // Many subscriptions due together share a topic and a cursor: their body is built once.
  const key = `${input.index.version}|${input.topic}|${length}|${input.since ?? 'first'}`;
  let body = memo?.get(key);
  if (!body) {
    body = digestBody(input, fresh);
    memo?.set(key, body);
    if (memo && memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value!);
  }
  return { page: { embeds: [header, ...body] }, articleCount: fresh.length };
}

/** The brief embed and the extras embed of the new articles (the part shared by subscriptions of one topic and cursor). */
function digestBody(input: DigestInput, fresh: readonly Article[]): APIEmbed[] {
  const { index, length } = input;
  const ids = new Set(fresh.map((a) => a.id));
  const brief = buildBrief(index.corpus, { slug: input.topic, name: input.topicName, aliases: [], articleIds: fresh.map((a) => a.id) }, { length });

  const fields: APIEmbedField[] = [];
  const quotes = notableQuotes(index, index.corpus.quotes.filter((q) => ids.has(q.articleId)), brief.quote?.text ?? null, QUOTES[length]);
  if (quotes.length > 0) {
    fields.push({
      name: 'Notable quotes',
      value: quotes.map((q) => `${quoted(q.text, MAX_LINE_CHARS)} — ${escapeText(q.speaker ?? 'unknown')}`).join('\n'),
    });
  }
  const polls = index.corpus.polls.filter((p) => ids.has(p.articleId) && p.results.length > 0).slice(0, POLLS[length]);
  if (polls.length > 0) {
    fields.push({
      name: 'Polls',
      value: polls
        .map((p) => {
          const a = index.articleById.get(p.articleId);
          const shares = p.results.map((r) => `${escapeText(r.answer)} ${r.percent}%`).join(' · ');
          return `**${escapeText(truncate(p.subject ?? a?.headline ?? 'Poll', 120))}**: ${shares}${p.pollster ? ` (${escapeText(p.pollster)})` : ''}`;
        })
        .join('\n'),
    });
  }
  const events = mergeEvents(index.corpus.events.filter((e) => ids.has(e.articleId)))
    .sort((a, b) => b.date.localeCompare(a.date))
    .slice(0, EVENTS[length]);
  if (events.length > 0) {
    fields.push({
      name: 'Timeline',
      value: events.map((e) => `**${escapeText(formatDate(e.date))}** — ${escapeText(truncate(e.text, MAX_LINE_CHARS))}`).join('\n'),
    });
  }
  let extras: APIEmbed | null = null;
  if (fields.length > 0) {
    const sources = [...new Set(fresh.slice(0, 4).map(sourceLabel))].join(' · ');
    extras = fitEmbed({ title: 'Also new', color: BRAND_COLOUR, fields, footer: { text: `From ${sources}${fresh.length > 4 ? ` and ${fresh.length - 4} more` : ''}` } }, EXTRAS_BUDGET - HEADER_BUDGET);
  }
  const briefPart = fitEmbed(briefEmbed(brief) as APIEmbed, LIMITS.embedTotal - EXTRAS_BUDGET);
  return extras ? [briefPart, extras] : [briefPart];
}
