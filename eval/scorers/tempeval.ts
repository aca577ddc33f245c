/**
 * TempEval-3 (SemEval-2013 Task 1, Task A) time-expression benchmark on the platinum test set,
 * read from `SHARED_DIR/tempeval3/platinum/*.tml` (never copied into the project). Each document's
 * TEXT is stripped of its tags to plain text, keeping the gold TIMEX3 offsets; its DCT is the
 * reference date. Scored as the task defines: strict (identical span) and relaxed (overlapping
 * span) extent P/R/F1 with one-to-one matching, and value F1 = relaxed F1 × the share of relaxed
 * matches whose value is equal. The project's tagger and chrono-node alone (`chrono.parse(text,
 * dct)` with a naive value mapping) side by side, with the task paper's anchors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { tagTimexes } from '../../src/briefing/analyse/dates/tagTimexes.js';
import { printPrfTable, prf, SHARED_DIR, type Counts, type GoldCase } from '../lib.js';

export const title = 'TempEval-3 platinum: time expressions (extent and value)';

interface Span {
  start: number;
  end: number;
  value: string;
  text: string;
}

interface TmlDoc {
  name: string;
  dct: string;
  text: string;
  gold: Span[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Plain text of a TimeML document's TEXT element with its TIMEX3 spans. A small walker rather than
 * an XML parser: the scorer needs character offsets in the tag-free text, which parsers do not give.
 */
export function readTml(name: string, xml: string): TmlDoc {
  const dct = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Span[] = [];
  let open: { start: number; value: string } | null = null;
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+|#\d+);|([^<&]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[5] !== undefined) text += m[5];
    else if (m[4] !== undefined) text += m[4].startsWith('#') ? String.fromCharCode(Number(m[4].slice(1))) : (ENTITIES[m[4]] ?? `&${m[4]};`);
    else if (m[2] === 'TIMEX3') {
      if (m[1] === '') open = { start: text.length, value: /value="([^"]*)"/.exec(m[3] ?? '')?.[1] ?? '' };
      else if (open) {
        gold.push({ start: open.start, end: text.length, value: open.value, text: text.slice(open.start, text.length) });
        open = null;
      }
    }
  }
  return { name, dct, text, gold };
}

/** chrono-node alone, with a naive mapping of its components to a TIMEX3 value. */
function chronoAlone(text: string, dct: string): Span[] {
  const [y, mo, d] = dct.split('-').map(Number);
  return chrono.parse(text, new Date(Date.UTC(y!, mo! - 1, d!, 12)), {}).map((r) => {
    const s = r.start;
    const p2 = (n: number | null): string => String(n ?? 0).padStart(2, '0');
    let value = `${s.get('year')}`;
    if (s.isCertain('day') || s.isCertain('weekday')) value = `${s.get('year')}-${p2(s.get('month'))}-${p2(s.get('day'))}`;
    else if (s.isCertain('month')) value = `${s.get('year')}-${p2(s.get('month'))}`;
    if (s.isCertain('hour')) value = `${s.get('year')}-${p2(s.get('month'))}-${p2(s.get('day'))}T${p2(s.get('hour'))}:${p2(s.get('minute'))}`;
    return { start: r.index, end: r.index + r.text.length, value, text: r.text };
  });
}

interface Score {
  strict: Counts;
  relaxed: Counts;
  valueRight: number;
}

/** One-to-one matching, first by identical span, then by overlap. */
function score(gold: Span[], pred: Span[]): Score {
  const strictTp = gold.filter((g) => pred.some((p) => p.start === g.start && p.end === g.end)).length;
  const used = new Set<number>();
  let relaxedTp = 0;
  let valueRight = 0;
  for (const g of gold) {
    let best = pred.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
    if (best < 0) best = pred.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (best < 0) continue;
    used.add(best);
    relaxedTp++;
    if (pred[best]!.value === g.value) valueRight++;
  }
  return {
    strict: { tp: strictTp, fp: pred.length - strictTp, fn: gold.length - strictTp },
    relaxed: { tp: relaxedTp, fp: pred.length - relaxedTp, fn: gold.length - relaxedTp },
    valueRight,
  };
}

const add = (a: Score, b: Score): Score => ({
  strict: { tp: a.strict.tp + b.strict.tp, fp: a.strict.fp + b.strict.fp, fn: a.strict.fn + b.strict.fn },
  relaxed: { tp: a.relaxed.tp + b.relaxed.tp, fp: a.relaxed.fp + b.relaxed.fp, fn: a.relaxed.fn + b.relaxed.fn },
  valueRight: a.valueRight + b.valueRight,
});
const zero = (): Score => ({ strict: { tp: 0, fp: 0, fn: 0 }, relaxed: { tp: 0, fp: 0, fn: 0 }, valueRight: 0 });

export function summary(s: Score): { strictF1: number; relaxedP: number; relaxedR: number; relaxedF1: number; valueAcc: number; valueF1: number } {
  const strict = prf(s.strict);
  const relaxed = prf(s.relaxed);
  const valueAcc = s.relaxed.tp === 0 ? 0 : s.valueRight / s.relaxed.tp;
  return { strictF1: strict.f1, relaxedP: relaxed.p, relaxedR: relaxed.r, relaxedF1: relaxed.f1, valueAcc, valueF1: relaxed.f1 * valueAcc };
}

export function loadPlatinum(): TmlDoc[] {
  const dir = join(SHARED_DIR, 'tempeval3', 'platinum');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => readTml(f.replace(/\.tml$/, ''), readFileSync(join(dir, f), 'utf8')));
}

export function run(_cases: GoldCase[]): void {
  const docs = loadPlatinum();
  if (docs.length === 0) {
    console.log(`\n## ${title}\n(no platinum documents under ${join(SHARED_DIR, 'tempeval3', 'platinum')}; skipped)`);
    return;
  }
  let ours = zero();
  let base = zero();
  const rows: { name: string; counts: Counts }[] = [];
  const verbose = Boolean(process.env['EVAL_VERBOSE']);
  for (const doc of docs) {
    const pred = tagTimexes(doc.text, doc.dct).map((t) => ({ start: t.start, end: t.end, value: t.value, text: t.text }));
    const s = score(doc.gold, pred);
    ours = add(ours, s);
    base = add(base, score(doc.gold, chronoAlone(doc.text, doc.dct)));
    rows.push({ name: doc.name.slice(0, 34), counts: s.relaxed });
    if (verbose) {
      for (const g of doc.gold) {
        const p = pred.find((x) => x.start < g.end && g.start < x.end);
        if (!p) console.log(`  ${doc.name} missed: "${g.text}" ${g.value}`);
        else if (p.value !== g.value || p.start !== g.start || p.end !== g.end) console.log(`  ${doc.name} "${p.text}" ${p.value} vs gold "${g.text}" ${g.value}`);
      }
      for (const p of pred) if (!doc.gold.some((g) => p.start < g.end && g.start < p.end)) console.log(`  ${doc.name} extra: "${p.text}" ${p.value}`);
    }
  }
  printPrfTable(`${title}: project, relaxed extent per document`, rows);
  const pct = (x: number): string => (x * 100).toFixed(2).padStart(7);
  console.log(`\n${'system'.padEnd(26)} ${'strictF1'.padStart(8)} ${'relaxP'.padStart(7)} ${'relaxR'.padStart(7)} ${'relaxF1'.padStart(7)} ${'valAcc'.padStart(7)} ${'valueF1'.padStart(7)}`);
  for (const [name, s] of [['newsbrief (project)', ours], ['chrono-node alone', base]] as const) {
    const x = summary(s);
    console.log(`${name.padEnd(26)} ${pct(x.strictF1).padStart(8)} ${pct(x.relaxedP)} ${pct(x.relaxedR)} ${pct(x.relaxedF1)} ${pct(x.valueAcc)} ${pct(x.valueF1)}`);
  }
  console.log(`${'HeidelTime-t (paper)'.padEnd(26)} ${'81.34'.padStart(8)} ${'93.08'.padStart(7)} ${'87.68'.padStart(7)} ${'90.30'.padStart(7)} ${''.padStart(7)} ${'77.61'.padStart(7)}`);
  console.log(`${'SUTime (paper)'.padEnd(26)} ${'79.57'.padStart(8)} ${'89.36'.padStart(7)} ${'91.30'.padStart(7)} ${'90.32'.padStart(7)} ${''.padStart(7)} ${'67.38'.padStart(7)}`);
  const x = summary(ours);
  console.log(`goal: value F1 > 80 with relaxed F1 >= 88: ${x.valueF1 > 0.8 && x.relaxedF1 >= 0.88 ? 'met' : 'not met'} (${docs.length} documents, ${ours.relaxed.tp + ours.relaxed.fn} gold expressions)`);
}
