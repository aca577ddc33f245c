/**
 * Poll scorer. Per case whose gold has `polls`: each gold poll is matched to at most one predicted
 * poll (same article file; the pair sharing the most share percentages wins, a pollster match breaks
 * ties and is required when the gold poll gives no shares). Shares are then matched one-to-one
 * inside matched polls: a predicted share is right when its percent equals a gold share's and its
 * answer overlaps the gold answer after folding (one contains the other, or they share a content
 * word). Gold `other_questions` and `subgroups` shares count as gold shares. Shares of unmatched
 * polls are false positives / negatives. Prints share P/R/F1 per file, then poll-level and field
 * accuracy lines.
 */
import type { Poll, PollResult } from '../../src/briefing/types.js';
import { analyseCase, foldText, printPrfTable, prf, type Counts, type GoldCase } from '../lib.js';

export const title = 'polls';

interface GoldShare {
  answer: string;
  percent: number;
}

interface GoldPoll {
  pollster: string | null;
  sampleSize: number | null;
  population?: string | null;
  published?: string | null;
  fieldwork?: string | null;
  margin?: number | null;
  shares: GoldShare[];
}

/** Words too common to show two answers agree. */
const STOP = new Set(
  'the a an of to in on for and or would will be was were is are they said say says vote voted voters percent poll survey not no do did that it its their with by as at from than who'.split(' '),
);

const fold = (s: string): string => foldText(s).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const contentWords = (s: string): string[] => fold(s).split(' ').filter((w) => w.length > 2 && !STOP.has(w));

/** Whether a predicted answer names the gold answer (see module comment). */
export function answersOverlap(predicted: string, gold: string): boolean {
  const p = fold(predicted);
  const g = fold(gold);
  if (p === '' || g === '') return false;
  if (p.includes(g) || g.includes(p)) return true;
  const gw = new Set(contentWords(gold));
  return contentWords(predicted).some((w) => gw.has(w));
}

const foldName = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
function samePollster(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = foldName(a);
  const y = foldName(b);
  return x !== '' && y !== '' && (` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function goldPolls(gold: any): GoldPoll[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (gold.polls as any[]).map((p) => {
    const shares: GoldShare[] = [...(p.results ?? [])];
    for (const q of p.other_questions ?? []) shares.push(...(q.results ?? []));
    for (const g of p.subgroups ?? []) shares.push(...(g.results ?? []));
    return { pollster: p.pollster ?? null, sampleSize: p.sampleSize ?? null, population: p.population, published: p.published, fieldwork: p.fieldwork, margin: p.margin, shares };
  });
}

/** One-to-one share matching; returns the number of matched pairs. */
function matchShares(pred: readonly PollResult[], gold: readonly GoldShare[]): number {
  const used = new Set<number>();
  let tp = 0;
  for (const r of pred) {
    const j = gold.findIndex((g, k) => !used.has(k) && g.percent === r.percent && answersOverlap(r.answer, g.answer));
    if (j >= 0) {
      used.add(j);
      tp++;
    }
  }
  return tp;
}

function percentOverlap(pred: Poll, gold: GoldPoll): number {
  const left = gold.shares.map((s) => s.percent);
  let n = 0;
  for (const r of pred.results) {
    const j = left.indexOf(r.percent);
    if (j >= 0) {
      left.splice(j, 1);
      n++;
    }
  }
  return n;
}

interface FieldTally {
  right: number;
  total: number;
}
const tally = (): FieldTally => ({ right: 0, total: 0 });
const pct = (t: FieldTally): string => (t.total === 0 ? '  n/a' : `${((100 * t.right) / t.total).toFixed(1)}% (${t.right}/${t.total})`);

export function run(cases: GoldCase[]): void {
  const rows: { name: string; counts: Counts }[] = [];
  const pollCounts: Counts = { tp: 0, fp: 0, fn: 0 };
  const fields: Record<'pollster' | 'sampleSize' | 'population' | 'published' | 'fieldwork' | 'margin', FieldTally> = {
    pollster: tally(),
    sampleSize: tally(),
    population: tally(),
    published: tally(),
    fieldwork: tally(),
    margin: tally(),
  };
  for (const c of cases) {
    if (!Array.isArray(c.gold?.polls)) continue;
    const gold = goldPolls(c.gold);
    const pred = analyseCase(c).polls;
    // Greedy matching by (shared percentages, pollster agreement), best pairs first.
    const pairs: { g: number; p: number; score: number }[] = [];
    gold.forEach((g, gi) =>
      pred.forEach((p, pi) => {
        const overlap = percentOverlap(p, g);
        const sameName = samePollster(p.pollster, g.pollster);
        if (g.shares.length > 0 ? overlap > 0 : sameName) pairs.push({ g: gi, p: pi, score: overlap * 2 + (sameName ? 1 : 0) });
      }),
    );
    pairs.sort((a, b) => b.score - a.score);
    const gUsed = new Map<number, number>();
    const pUsed = new Set<number>();
    for (const pr of pairs) {
      if (gUsed.has(pr.g) || pUsed.has(pr.p)) continue;
      gUsed.set(pr.g, pr.p);
      pUsed.add(pr.p);
    }
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    gold.forEach((g, gi) => {
      const pi = gUsed.get(gi);
      const p = pi === undefined ? undefined : pred[pi];
      if (!p) {
        counts.fn += g.shares.length;
        pollCounts.fn++;
        return;
      }
      pollCounts.tp++;
      const tp = matchShares(p.results, g.shares);
      counts.tp += tp;
      counts.fp += p.results.length - tp;
      counts.fn += g.shares.length - tp;
      if (g.pollster) {
        fields.pollster.total++;
        if (samePollster(p.pollster, g.pollster)) fields.pollster.right++;
      }
      if (g.sampleSize) {
        fields.sampleSize.total++;
        if (p.sampleSize === g.sampleSize) fields.sampleSize.right++;
      }
      if (g.population) {
        fields.population.total++;
        if (p.population && answersOverlap(p.population, g.population)) fields.population.right++;
      }
      for (const f of ['published', 'fieldwork'] as const) {
        if (!g[f]) continue;
        fields[f].total++;
        if (p[f] === g[f]) fields[f].right++;
      }
      if (g.margin) {
        fields.margin.total++;
        if (p.margin === g.margin) fields.margin.right++;
      }
    });
    pred.forEach((p, pi) => {
      if (pUsed.has(pi)) return;
      counts.fp += p.results.length;
      pollCounts.fp++;
    });
    rows.push({ name: c.name, counts });
  }
  printPrfTable('Poll shares (percent + answer, inside matched polls)', rows);
  const polls = prf(pollCounts);
  console.log(
    `polls found: ${pollCounts.tp}/${pollCounts.tp + pollCounts.fn} gold (R ${(polls.r * 100).toFixed(1)}%), ` +
      `${pollCounts.fp} predicted polls unmatched (P ${(polls.p * 100).toFixed(1)}%)`,
  );
  console.log(
    `fields of matched polls: pollster ${pct(fields.pollster)}, sample size ${pct(fields.sampleSize)}, population ${pct(fields.population)}, ` +
      `published ${pct(fields.published)}, fieldwork ${pct(fields.fieldwork)}, margin ${pct(fields.margin)}`,
  );
}
