import { valueStart } from '../../briefing/analyse/dates/calendar.js';
import { mergeEvents } from '../../briefing/analyse/dates/mergeEvents.js';
import type { Article, TimelineEvent } from '../../briefing/types.js';
import { buildTopics, findTopic } from '../../briefing/index/topics/index.js';
import type { CliCommand } from '../types.js';

/** Spelling and near-synonym folds for topic matching: `defence`/`defense`, `shield`/`defense`. */
const WORD_FOLDS: Record<string, string> = { defence: 'defense', shield: 'defense', shields: 'defense', defences: 'defense', defenses: 'defense' };

const fold = (w: string): string => WORD_FOLDS[w] ?? w.replace(/(?<=\w{3})s$/, '');

/** The folded words of a topic: `missile-shield` → `missile`, `defense`. */
export function topicWords(topic: string): string[] {
  return (topic.toLowerCase().match(/\p{L}[\p{L}\p{N}]*|\p{N}+/gu) ?? []).map(fold);
}

/**
 * True when the article's headline and paragraphs contain every word of the topic after folding
 * (hyphens as spaces, case, plural `s`, `defence`/`defense`, `shield`/`defense`). A small stand-in
 * until the topics module answers which articles a topic covers.
 */
export function articleMatchesTopic(article: Pick<Article, 'headline' | 'paragraphs'>, topic: string): boolean {
  const wanted = topicWords(topic);
  if (wanted.length === 0) return false;
  const have = new Set(topicWords(`${article.headline ?? ''} ${article.paragraphs.join(' ')}`));
  return wanted.every((w) => have.has(w));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Coarser entries first on the same start day: year, month, week, weekend, day. */
function granularityRank(value: string): number {
  if (/^\d{4}$/.test(value)) return 0;
  if (/^\d{4}-\d{2}$/.test(value)) return 1;
  if (/-W\d{2}$/.test(value)) return 2;
  if (/-WE$/.test(value)) return 3;
  return 4;
}

/** A date value as a heading showing its granularity: `Apr 2007`, `week of 16 Apr 2007`, `Mon 23 Apr 2007`. */
export function dateLabel(value: string): string {
  const s = valueStart(value);
  if (!s) return value;
  const dm = `${s.day} ${MONTHS[s.month - 1]} ${s.year}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{4}-\d{2}$/.test(value)) return `${MONTHS[s.month - 1]} ${s.year}`;
  if (/-WE$/.test(value)) return `weekend of ${dm}`;
  if (/-W\d{2}$/.test(value)) return `week of ${dm}`;
  const wd = WEEKDAYS[new Date(Date.UTC(s.year, s.month - 1, s.day)).getUTCDay()];
  return `${wd} ${dm}`;
}

/** Events oldest first (by the period's first day, coarser first on a tie), stable otherwise. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const key = (e: TimelineEvent): number => {
    const s = valueStart(e.date);
    return s ? Date.UTC(s.year, s.month - 1, s.day) : Number.MAX_SAFE_INTEGER;
  };
  return [...events].sort((a, b) => key(a) - key(b) || granularityRank(a.date) - granularityRank(b.date));
}

/**
 * `timeline TOPIC`: what happened when in the articles on a topic, oldest first, one heading per date
 * showing its granularity, each entry with who and its source articles; the same event from several
 * reports is one entry. `--json` prints the events (the analyze contract's `events`).
 */
export const timeline: CliCommand = {
  name: 'timeline',
  usage: 'timeline TOPIC [--json]',
  summary: 'what happened when, oldest first',
  minArgs: 1,
  async run(args, ctx) {
    const topic = args.join(' ');
    const corpus = await ctx.loadCorpus();
    // The topics module answers which articles a topic covers (slug, alias or a free phrase searched).
    const match = findTopic(buildTopics(corpus), topic, corpus.articles);
    const ids = new Set('topic' in match ? match.topic.articleIds : []);
    const events = sortEvents(mergeEvents(corpus.events.filter((e) => ids.has(e.articleId) || (e.sources ?? []).some((s) => ids.has(s)))));
    if (ctx.flags.json) {
      ctx.out(JSON.stringify(events, null, 2));
      return events.length > 0 ? 0 : 1;
    }
    if (events.length === 0) {
      ctx.err(`timeline: no dated events found for "${topic}" (${ids.size} matching articles).`);
      return 1;
    }
    const lines: string[] = [`Timeline: ${topic} (${events.length} events from ${ids.size} articles)`];
    let heading = '';
    for (const e of events) {
      const label = dateLabel(e.date);
      if (label !== heading) {
        lines.push('', label);
        heading = label;
      }
      const sources = [e.articleId, ...(e.sources ?? [])].join(', ');
      lines.push(`  - ${e.who ? `${e.who}: ` : ''}${e.text} [${sources}]`);
    }
    ctx.out(lines.join('\n'));
    return 0;
  },
};
