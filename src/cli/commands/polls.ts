import type { Article, Poll } from '../../briefing/types.js';
import type { CliCommand } from '../types.js';

/** Width of a 100% bar, in block characters. */
const BAR_WIDTH = 30;
/** Widest answer label before it is cut with `…`. */
const MAX_LABEL = 40;
const FULL = '█';
/** Eighths of a block for the bar's last cell, so 57% and 58% differ visibly. */
const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** Topic words folded for matching: lowercase letters/digits, a plural `s` dropped (`polls` → `poll`). */
function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*|\p{N}+/gu) ?? []).map((w) => w.replace(/(?<=\p{L}{3})s$/u, ''));
}

/**
 * True when every word of the topic occurs in the article's headline or paragraphs (case folded,
 * hyphens as spaces, plural `s` dropped), or the topic is blank. A small stand-in until the topics
 * module says which articles a topic covers.
 */
export function articleMatchesPollTopic(article: Pick<Article, 'headline' | 'paragraphs'>, topic: string): boolean {
  const wanted = words(topic);
  if (wanted.length === 0) return true;
  const have = new Set(words(`${article.headline ?? ''} ${article.paragraphs.join(' ')}`));
  return wanted.every((w) => have.has(w));
}

/** A text bar for a share: `█` blocks, 1/8 steps, BAR_WIDTH blocks for 100%. */
export function textBar(percent: number): string {
  const eighths = Math.round((Math.max(0, Math.min(100, percent)) / 100) * BAR_WIDTH * 8);
  return FULL.repeat(Math.floor(eighths / 8)) + (PARTIAL[eighths % 8] ?? '');
}

function label(answer: string): string {
  const a = answer === '' ? '(no answer)' : answer;
  return a.length > MAX_LABEL ? `${a.slice(0, MAX_LABEL - 1)}…` : a;
}

/** One poll as a small text table: a heading line, facts, and a bar per share. */
export function formatPoll(poll: Poll, article: Pick<Article, 'headline' | 'agency' | 'date'> | undefined): string {
  const lines: string[] = [];
  lines.push(`${poll.pollster ?? 'Unnamed pollster'}${poll.subject ? ` — ${poll.subject}` : ''}`);
  const facts: string[] = [];
  if (poll.sampleSize !== null) facts.push(`sample ${poll.sampleSize.toLocaleString('en-US')}${poll.population ? ` ${poll.population}` : ''}`);
  else if (poll.population) facts.push(`population ${poll.population}`);
  if (poll.margin !== null && poll.margin !== undefined) facts.push(`margin ±${poll.margin} pts`);
  if (poll.fieldwork) facts.push(`fieldwork ${poll.fieldwork}`);
  if (poll.published) facts.push(`published ${poll.published}`);
  if (facts.length > 0) lines.push(`  ${facts.join(' · ')}`);
  const width = Math.max(...poll.results.map((r) => label(r.answer).length), 6);
  poll.results.forEach((r, i) => {
    // (A blank line before each further question the report gives: see PollResult.question.)
    if (i > 0 && r.question !== poll.results[i - 1]!.question) lines.push('');
    const pct = `${Number.isInteger(r.percent) ? r.percent : r.percent.toFixed(1)}%`;
    lines.push(`  ${label(r.answer).padEnd(width)} ${pct.padStart(6)} ${textBar(r.percent)}`);
  });
  for (const w of poll.warnings ?? []) lines.push(`  ! ${w}`);
  const source = article ? [article.headline ?? '(no headline)', [article.agency, article.date].filter(Boolean).join(', ')].filter((s) => s !== '').join(' — ') : poll.articleId;
  lines.push(`  source: ${source}`);
  return lines.join('\n');
}

/**
 * `polls [TOPIC]`: every opinion poll in the corpus (or in the articles on TOPIC), each as a small
 * table with a text bar per share, its pollster, sample, dates, subject and source article.
 * `--json` prints the polls (the analyze contract's `polls`). Exit 1 when no poll is found.
 */
export const polls: CliCommand = {
  name: 'polls',
  usage: 'polls [TOPIC] [--json]',
  summary: 'opinion polls, with text bars',
  minArgs: 0,
  async run(args, ctx) {
    const topic = args.join(' ');
    const corpus = await ctx.loadCorpus();
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const found = corpus.polls.filter((p) => {
      const a = byId.get(p.articleId);
      return a !== undefined && articleMatchesPollTopic(a, topic);
    });
    if (ctx.flags.json) {
      ctx.out(JSON.stringify(found, null, 2));
      return found.length > 0 ? 0 : 1;
    }
    if (found.length === 0) {
      ctx.err(topic ? `No polls found on "${topic}".` : 'No polls found in the corpus.');
      return 1;
    }
    ctx.out(found.map((p) => formatPoll(p, byId.get(p.articleId))).join('\n\n'));
    return 0;
  },
};
