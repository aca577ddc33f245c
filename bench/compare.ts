/**
 * Side-by-side comparisons with the usual alternatives, in the same run, on the same input:
 *
 * - dates: chrono-node alone (`chrono.parse`, English casual, on each whole paragraph with the
 *   dateline as reference) vs the project's tagger (`tagTimexes`: chrono-node on candidate windows
 *   plus the project's rules and refiners) — time, expressions found, and how many chrono-node
 *   expressions the tagger also covers;
 * - quotes: a naive baseline — one regular expression, a quote in curly or straight double marks
 *   followed by `said`/`says`/`told` and one to three capitalised words (`"…," said John Smith`),
 *   or preceded by `X said:` — vs the pipeline's `analyseQuotes`; time on the generated corpus,
 *   and precision/recall on the annotated pages by the eval's quote rule;
 * - summaries: a lead baseline — the first sentences of the topic's first article, as many as the
 *   brief has points — vs `buildBrief`; time per topic, and gold nuggets covered on the annotated pages.
 * Ratios are project time / baseline time (above 1: the project is slower by that factor).
 */
import * as chrono from 'chrono-node';
import { basename } from 'node:path';
import { analyseQuotes } from '../src/briefing/analyse/quotes/index.js';
import { splitSentences } from '../src/briefing/analyse/sentences.js';
import { tagTimexes } from '../src/briefing/analyse/dates/index.js';
import { buildCorpus, type Corpus } from '../src/briefing/index/buildCorpus.js';
import { buildTopics, mainTopicOf } from '../src/briefing/index/topics/index.js';
import { buildBrief } from '../src/briefing/summarise/index.js';
import type { Article } from '../src/briefing/types.js';
import { loadCorpus } from '../src/corpus/loadCorpus.js';
import { analyseCase, foldText, loadGoldCases, prf, type Counts } from '../eval/lib.js';
import { scoreCase as scoreQuotes } from '../eval/scorers/quotes.js';
import { briefBody } from '../eval/scorers/nuggets.js';

/** Topics briefed in the timing comparison (the largest ones). */
const TOPICS_TIMED = 30;
const round = (x: number, d = 2): number => Math.round(x * 10 ** d) / 10 ** d;

/** The naive quote baseline: `"…," said Name` / `"…," Name said` / `Name said: "…"`. */
const NAIVE_QUOTE = /[“"]([^”"]{8,600})[,.!?]?[”"]\s*,?\s*(?:(?:said|says|told \w+)\s+((?:[A-Z][\w.'’-]*\s*){1,3})|((?:[A-Z][\w.'’-]*\s*){1,3})\s+(?:said|says))|((?:[A-Z][\w.'’-]*\s+){1,3})(?:said|says)[,:]\s*[“"]([^”"]{8,600})[”"]/g;

export function naiveQuotes(articles: readonly Article[]): { speaker: string; text: string }[] {
  const out: { speaker: string; text: string }[] = [];
  for (const a of articles) {
    for (const p of a.paragraphs) {
      for (const m of p.matchAll(NAIVE_QUOTE)) {
        const text = m[1] ?? m[5] ?? '';
        const speaker = (m[2] ?? m[3] ?? m[4] ?? '').trim();
        if (speaker) out.push({ speaker, text });
      }
    }
  }
  return out;
}

/** The lead baseline: the first `n` sentences of the first article. */
export function leadSummary(first: Article | undefined, n: number): string {
  if (!first) return '';
  return first.paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text)).slice(0, n).join('\n');
}

function timed<T>(f: () => T): { ms: number; value: T } {
  const t = performance.now();
  const value = f();
  return { ms: performance.now() - t, value };
}

function dates(articles: readonly Article[]): Record<string, number> {
  const paras = articles.flatMap((a) => a.paragraphs.map((p) => ({ p, ref: a.date })));
  const mb = paras.reduce((n, x) => n + Buffer.byteLength(x.p), 0) / 1e6;
  const instant = (ref: string | null): Date => (ref ? new Date(`${ref}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12)));
  // Warm both once on a slice (JIT), then time the whole.
  for (const x of paras.slice(0, 50)) {
    chrono.parse(x.p, { instant: instant(x.ref), timezone: 0 });
    tagTimexes(x.p, x.ref);
  }
  const c = timed(() => paras.map((x) => chrono.parse(x.p, { instant: instant(x.ref), timezone: 0 })));
  const t = timed(() => paras.map((x) => tagTimexes(x.p, x.ref)));
  let chronoFound = 0;
  let covered = 0;
  c.value.forEach((rs, i) => {
    const spans = t.value[i]!;
    for (const r of rs) {
      chronoFound++;
      if (spans.some((s) => s.start < r.index + r.text.length && r.index < s.end)) covered++;
    }
  });
  const taggerFound = t.value.reduce((n, s) => n + s.length, 0);
  return { mb: round(mb), chronoMs: round(c.ms, 0), taggerMs: round(t.ms, 0), chronoMbPerS: round(mb / (c.ms / 1000)), taggerMbPerS: round(mb / (t.ms / 1000)), ratio: round(t.ms / c.ms), chronoFound, taggerFound, chronoCoveredByTagger: round(covered / Math.max(1, chronoFound)) };
}

function naiveQuoteCounts(): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of loadGoldCases()) {
    if (!Array.isArray(c.gold.quotes)) continue;
    const found = naiveQuotes(analyseCase(c).articles);
    const gold: { match: string; exact?: boolean; speaker: string; also?: string[]; optional?: boolean }[] = c.gold.quotes;
    const textOk = (t: string, g: (typeof gold)[number]): boolean => (g.exact ? foldText(t) === foldText(g.match) : foldText(t).includes(foldText(g.match)));
    const speakerOk = (s: string, g: (typeof gold)[number]): boolean => [g.speaker, ...(g.also ?? [])].some((re) => new RegExp(re, 'i').test(s));
    for (const g of gold) {
      if (found.some((q) => textOk(q.text, g) && speakerOk(q.speaker, g))) counts.tp++;
      else if (!g.optional) counts.fn++;
    }
    for (const q of found) if (!gold.some((g) => textOk(q.text, g) && speakerOk(q.speaker, g))) counts.fp++;
  }
  return counts;
}

function quotes(articles: readonly Article[]): Record<string, unknown> {
  naiveQuotes(articles.slice(0, 50));
  analyseQuotes(articles.slice(0, 50));
  const n = timed(() => naiveQuotes(articles));
  const p = timed(() => analyseQuotes(articles));
  let project: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const c of loadGoldCases()) {
    if (!Array.isArray(c.gold.quotes)) continue;
    const s = scoreQuotes(c).counts;
    project = { tp: project.tp + s.tp, fp: project.fp + s.fp, fn: project.fn + s.fn };
  }
  const naive = naiveQuoteCounts();
  const f = (c: Counts): Record<string, number> => {
    const x = prf(c);
    return { ...c, p: round(x.p), r: round(x.r), f1: round(x.f1) };
  };
  return { naiveMs: round(n.ms, 0), projectMs: round(p.ms, 0), ratio: round(p.ms / n.ms), naiveFound: n.value.length, projectFound: p.value.quotes.filter((q) => q.speakerId).length, goldNaive: f(naive), goldProject: f(project) };
}

function nuggetCoverage(text: string, nuggets: readonly string[]): number {
  return nuggets.filter((x) => new RegExp(x, 'iu').test(text)).length;
}

function summaries(corpus: Corpus): Record<string, unknown> {
  const topics = buildTopics(corpus).slice(0, TOPICS_TIMED);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  let briefMs = 0;
  let leadMs = 0;
  for (const topic of topics) {
    const b = timed(() => buildBrief(corpus, topic, { length: 'full' }));
    briefMs += b.ms;
    leadMs += timed(() => leadSummary(byId.get(topic.articleIds[0] ?? ''), b.value.points.length)).ms;
  }
  // Gold nuggets: the eval's brief of each annotated page's main topic vs the lead of its first article.
  let total = 0;
  let briefCovered = 0;
  let leadCovered = 0;
  for (const c of loadGoldCases()) {
    const nuggets: string[] | undefined = c.gold?.brief_nuggets?.nuggets;
    if (!nuggets || nuggets.length === 0) continue;
    const pc = buildCorpus([analyseCase(c)]);
    const first = pc.articles[0];
    const topic = first ? mainTopicOf(buildTopics(pc), first.id) : null;
    if (!topic) continue;
    const b = buildBrief(pc, topic, { length: 'full' });
    const lead = leadSummary(pc.articles.find((a) => a.id === topic.articleIds[0]), b.points.length);
    total += nuggets.length;
    briefCovered += nuggetCoverage(briefBody(b), nuggets);
    leadCovered += nuggetCoverage(lead, nuggets);
  }
  return { topics: topics.length, briefMsPerTopic: round(briefMs / Math.max(1, topics.length)), leadMsPerTopic: round(leadMs / Math.max(1, topics.length), 3), ratio: round(briefMs / Math.max(1e-6, leadMs)), nuggets: total, briefCovered, leadCovered };
}

/** Runs the three comparisons on the corpus in `dir` (and the annotated pages for accuracy). */
export async function runComparisons(dir: string): Promise<Record<string, unknown>> {
  const corpus = await loadCorpus(dir, { maxFileBytes: 50 * 1024 * 1024 });
  return { corpus: basename(dir), articles: corpus.articles.length, dates: dates(corpus.articles), quotes: quotes(corpus.articles), summaries: summaries(corpus) };
}
