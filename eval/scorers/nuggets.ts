/**
 * Brief nuggets: for every annotated page with `brief_nuggets`, build a corpus of that page, brief
 * its main topic (the topic of the page's first article with the most articles) and count the
 * nuggets (regular expressions, case-insensitive) found in the brief's text: headline, points,
 * quote and poll (the source list is left out: headlines there would cover nuggets for free).
 * Also reports the largest word-overlap share between two points (bar: ≤ 0.5), and briefs
 * `missile-shield` over the whole bundled data/ corpus against the sample's nuggets (bar: ≥ 10 of 12).
 */
import { basename } from 'node:path';
import { buildCorpus, type Corpus } from '../../src/briefing/index/buildCorpus.js';
import { buildTopics, findTopic, mainTopicOf } from '../../src/briefing/index/topics/index.js';
import { buildBrief, maxPairwiseOverlap, type Brief } from '../../src/briefing/summarise/index.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { analyseCase, PROJECT_DIR, printPrfTable, type GoldCase } from '../lib.js';

export const title = 'Brief nuggets (covered / missed) and redundancy';

/** The words of a brief a reader sees, without the source list. */
export function briefBody(b: Brief): string {
  return [b.headline, ...b.points.map((p) => p.text), b.quote ? `${b.quote.text} — ${b.quote.speaker}` : '', b.poll?.text ?? ''].join('\n');
}

interface Row {
  name: string;
  topic: string;
  covered: number;
  total: number;
  overlap: number;
  missed: string[];
}

function score(name: string, corpus: Corpus, topicQuery: string | null, nuggets: string[]): Row {
  const topics = buildTopics(corpus);
  let topic = null;
  if (topicQuery) {
    const m = findTopic(topics, topicQuery, corpus.articles);
    topic = 'topic' in m ? m.topic : null;
  } else if (corpus.articles[0]) topic = mainTopicOf(topics, corpus.articles[0].id);
  if (!topic) return { name, topic: '(none)', covered: 0, total: nuggets.length, overlap: 0, missed: nuggets };
  const b = buildBrief(corpus, topic, { length: 'full' });
  const text = briefBody(b);
  const missed = nuggets.filter((n) => !new RegExp(n, 'iu').test(text));
  return { name, topic: topic.slug, covered: nuggets.length - missed.length, total: nuggets.length, overlap: maxPairwiseOverlap(b.points.map((p) => p.text)), missed };
}

export async function run(cases: GoldCase[]): Promise<void> {
  const rows: Row[] = [];
  for (const c of cases) {
    const nuggets: string[] | undefined = c.gold?.brief_nuggets?.nuggets;
    if (!nuggets || nuggets.length === 0) continue;
    rows.push(score(c.name, buildCorpus([analyseCase(c)]), null, nuggets));
  }
  const sample = cases.find((c) => c.set === 'sample');
  if (sample) {
    const corpus = await loadCorpus(`${PROJECT_DIR}/data`, { maxFileBytes: 5 * 1024 * 1024 });
    rows.push(score(`data/ (${basename(PROJECT_DIR)}) missile-shield`, corpus, 'missile-shield', sample.gold.brief_nuggets.nuggets));
  }
  console.log(`\n## ${title}`);
  console.log(`${'file'.padEnd(40)} ${'topic'.padEnd(22)} ${'nuggets'.padStart(7)} ${'overlap'.padStart(7)}  missed`);
  for (const r of rows) {
    console.log(`${r.name.slice(0, 40).padEnd(40)} ${r.topic.slice(0, 22).padEnd(22)} ${`${r.covered}/${r.total}`.padStart(7)} ${r.overlap.toFixed(2).padStart(7)}${r.overlap > 0.5 ? '!' : ' '} ${r.missed.join(' | ')}`);
  }
  printPrfTable('Brief nuggets as recall (tp = covered, fn = missed)', rows.map((r) => ({ name: r.name.slice(0, 34), counts: { tp: r.covered, fp: 0, fn: r.total - r.covered } })));
}
