import { chronologicalKey } from '../../briefing/index/chronologicalKey.js';
import type { Topic } from '../../briefing/index/topics/index.js';
import { BoundedMemo } from '../../briefing/summarise/memo.js';
import type { Article, TimelineEvent } from '../../briefing/types.js';
import type { Answer, AnswerPage } from '../types.js';
import type { CorpusIndex } from './corpusIndex.js';
import { LIMITS, truncate } from './discordLimits.js';
import { BRAND_COLOUR, formatDate, notice, pageOfEmbed, sourcesFooter } from './embedKit.js';
import { escapeText } from './escapeText.js';
import { topicAnswerScope } from './scope.js';
import { PreparedByTopic } from './preparedByTopic.js';
import { resolveTopic } from './topics.js';
import { topicNotFound } from './brief.js';

/** Entries per page. */
const EVENTS_PER_PAGE = 10;
/** Longest event text shown. */
const MAX_EVENT_CHARS = 300;
/** Characters of a page's description kept free (as the answer always did). */
const DESCRIPTION_HEADROOM = 100;
/**
 * Longest line of an entry: {@link EVENTS_PER_PAGE} of them and the newlines between always fit
 * a page's description, so page n holds entries 10n … 10n+9 and can be built alone. Escaping can
 * double a text; a line over this has its text cut further.
 */
const LINE_MAX = Math.floor((LIMITS.embedDescription - DESCRIPTION_HEADROOM - (EVENTS_PER_PAGE - 1)) / EVENTS_PER_PAGE);
/**
 * How long after answering with a prepared first page its whole timeline is worked out, ms: after
 * the reply has left (sending it takes a few ms and several turns of the event loop), long before
 * anyone turns a page. Also the least time between two such builds (see {@link buildAfterReply}).
 */
export const PAGES_AFTER_REPLY_MS = 100;
/** Topics whose sorted timeline is kept for their later pages (pages of others are worked out again). */
const TIMELINES_KEPT = 32;

/** One entry's line: date, text (escaped, cut), and how many reports tell it. */
function entryLine(e: TimelineEvent): string {
  const n = 1 + (e.sources?.length ?? 0);
  const head = `**${escapeText(formatDate(e.date))}** — `;
  const tail = n > 1 ? ` *(${n} reports)*` : '';
  let text = e.text.length > MAX_EVENT_CHARS ? `${e.text.slice(0, MAX_EVENT_CHARS)}…` : e.text;
  let line = `${head}${escapeText(text)}${tail}`;
  // Cutting k characters of text shortens the escaped line by at least k: a few rounds at most.
  while (line.length > LINE_MAX && text.length > 1) {
    text = truncate(text, Math.max(1, text.length - (line.length - LINE_MAX)));
    line = `${head}${escapeText(text)}${tail}`;
  }
  return truncate(line, LINE_MAX);
}

/** A topic's timeline, sorted, with what every page shows. */
interface Timeline {
  events: TimelineEvent[];
  title: string;
  /** Sources, date range and entry count (each page adds `page n/total`). */
  footer: { text: string };
}

/**
 * Sorted timelines of recently asked topics, by topic object (each index has its own), for the
 * pages turned to later. An answer works its timeline out (and keeps it here) unless its topic's
 * first page was prepared ahead ({@link prepareTimeline}): the reply cache is the one cache of
 * answers, so an answer neither in it nor prepared costs what it costs.
 */
const timelines = new BoundedMemo<Topic, Timeline>(TIMELINES_KEPT);

/** Works out a topic's timeline: its merged events (or datelines), oldest first (`lookup.timelineOf`). */
function buildTimeline(index: CorpusIndex, topic: Topic): Timeline {
  const articles = topic.articleIds.map((id) => index.articleById.get(id)).filter((a): a is Article => a !== undefined);
  let events: TimelineEvent[] = index.lookup.timelineOf(topic.articleIds);
  if (events.length === 0) {
    // Sort keys worked out once per entry, not twice per comparison (a stable sort).
    const keyed = articles.filter((a) => a.date && a.headline).map((a) => ({ e: { articleId: a.id, date: a.date!, expression: 'dateline', text: a.headline! }, key: chronologicalKey(a.date!) }));
    keyed.sort((a, b) => a.key.localeCompare(b.key));
    events = keyed.map((k) => k.e);
  }
  return { events, title: `Timeline: ${escapeText(topic.name)}`, footer: sourcesFooter(articles, `${events.length} entr${events.length === 1 ? 'y' : 'ies'}`) };
}

/** Number of pages of a timeline. */
function pagesIn(t: Timeline): number {
  return Math.ceil(t.events.length / EVENTS_PER_PAGE);
}

/** Page `n` (0-based) of a timeline: its ten entries, the topic's sources and `page n+1/total` in the footer. */
function pageAt(t: Timeline, n: number): AnswerPage {
  const lines = t.events.slice(n * EVENTS_PER_PAGE, (n + 1) * EVENTS_PER_PAGE).map(entryLine);
  return pageOfEmbed({ title: t.title, description: lines.join('\n'), color: BRAND_COLOUR, footer: t.footer }, n, pagesIn(t));
}

/**
 * `/timeline`: what happened when on a topic, oldest first: the timeline events of its articles
 * (merged across reports as `mergeEvents` does, in date order, from the index: `lookup.timelineOf`), or, when
 * the corpus has none, each article's dateline and headline. Paged ten entries a page; only the
 * first page is built when asked (a large topic has hundreds), the others when the user turns to
 * them ({@link timelinePage}, `more` of the answer). A topic whose first page was prepared ahead
 * ({@link prepareTimeline}) answers with a copy of it.
 */
export function timelineAnswer(index: CorpusIndex, topicQuery: string): Answer {
  const found = resolveTopic(index, topicQuery);
  if (!('topic' in found)) return topicNotFound(topicQuery, found.suggestions);
  const topic = found.topic;
  const ready = prepared.get(topic);
  const { first, total } = ready ? { first: structuredClone(ready.first), total: ready.total } : firstPageOf(timelines.set(topic, buildTimeline(index, topic)));
  if (first === null) return notice('No timeline', `The articles on ${escapeText(topic.name)} have no dated events.`);
  if (total === 1) return { pages: [first] };
  // A prepared topic kept only its first page: its whole timeline is worked out shortly after this
  // reply has gone (not on its path), so that a page turn finds it ready as after an answer worked out here.
  if (ready) buildAfterReply(index, topic);
  // Later pages are built while what this answer read is unchanged (its scope, as the router works it out).
  return { pages: [first], more: { total, options: { topic: topicQuery }, version: topicAnswerScope(index, topicQuery) } };
}

/** Whole timelines waiting to be worked out after their prepared first page was sent, oldest first ({@link buildAfterReply}). */
const afterReply: { index: CorpusIndex; topic: Topic }[] = [];
let afterReplyTimer: NodeJS.Timeout | undefined;

/**
 * Works out a topic's whole timeline (into {@link timelines}) after its prepared first page was
 * sent, off the reply's path. One at a time: each {@link PAGES_AFTER_REPLY_MS} after the later of
 * its reply and the end of the build before it. With a timer each, the timers of replies sent in
 * quick succession came due together and Node ran their builds back to back in one turn of the
 * event loop: 34 warmed timelines asked one after another at 10k articles held it for 850 ms, and
 * a command that came in then waited up to 340 ms (bench first asks). Now one build (about 40 ms
 * for the largest topic at 10k) at most stands between two turns. A topic already waiting is not
 * queued again; at most {@link TIMELINES_KEPT} wait (the oldest goes: its timeline would have
 * been pushed out of the memo). A build that throws is dropped: a page turn works the timeline
 * out again, on the command's path, where the error is reported.
 */
function buildAfterReply(index: CorpusIndex, topic: Topic): void {
  if (afterReply.some((w) => w.topic === topic)) return;
  afterReply.push({ index, topic });
  if (afterReply.length > TIMELINES_KEPT) afterReply.shift();
  armAfterReply();
}

/** How many whole timelines wait to be worked out after their replies ({@link buildAfterReply}); 0 when none is waiting or under way. */
export function afterReplyPending(): number {
  return afterReply.length;
}

function armAfterReply(): void {
  if (afterReplyTimer !== undefined || afterReply.length === 0) return;
  afterReplyTimer = setTimeout(() => {
    afterReplyTimer = undefined;
    const next = afterReply.shift();
    try {
      if (next) timelines.get(next.topic, (t) => buildTimeline(next.index, t));
    } catch {
      // Dropped (see buildAfterReply): worked out again, and reported, at a page turn.
    }
    armAfterReply();
  }, PAGES_AFTER_REPLY_MS);
  afterReplyTimer.unref();
}

/** A timeline's first page (null when it has no entries) and its number of pages. */
interface FirstPage {
  first: AnswerPage | null;
  total: number;
}

function firstPageOf(t: Timeline): FirstPage {
  return { first: t.events.length === 0 ? null : pageAt(t, 0), total: pagesIn(t) };
}

/**
 * First pages of timelines worked out ahead of any ask ({@link prepareTimeline}). Only the first
 * page is kept: a large topic's whole timeline is about a megabyte, and later pages are asked for
 * far less often (they are worked out, and kept in {@link timelines}, when a user turns to them).
 */
const prepared = new PreparedByTopic<Readonly<FirstPage>>();

/**
 * Works out a topic's timeline ahead of any ask (src/bot/answers/warmTopics.ts) and keeps its
 * first page, so that `/timeline` on it answers from it: the same answer, without the event merge
 * that costs a large topic tens of milliseconds at its first ask. The page is a pure function of
 * what the topic's scope fingerprint covers: one prepared on an earlier index serves a topic with
 * the same fingerprint (a corpus change that left it alone). A second call does nothing.
 */
export function prepareTimeline(index: CorpusIndex, topic: Topic): void {
  prepared.prepare(index, topic, () => firstPageOf(buildTimeline(index, topic)));
}

/** Page `n` (0-based) of {@link timelineAnswer} for the same topic; null when there is no such page. */
export function timelinePage(index: CorpusIndex, topicQuery: string, n: number): AnswerPage | null {
  const found = resolveTopic(index, topicQuery);
  if (!('topic' in found)) return null;
  const t = timelines.get(found.topic, (topic) => buildTimeline(index, topic));
  return Number.isInteger(n) && n >= 0 && n < pagesIn(t) ? pageAt(t, n) : null;
}
