/**
 * Relative dates resolved against the dateline (gold `relative_dates`). A gold entry is found when
 * an article of the analysis whose `date` is the entry's `reference` has a paragraph holding its
 * `context` (white space and case folded), and the tagger's timex overlapping the entry's `text`
 * inside that context has value `resolves_to` (tp). A timex there with another value is a wrong
 * resolution (fp and fn); none at all is a miss (fn). Cases without `relative_dates` are skipped.
 * Also checks that the gold `events` dates appear among the analysis's events.
 */
import { readFileSync } from 'node:fs';
import { tagTimexes } from '../../src/briefing/analyse/dates/tagTimexes.js';
import { analyseCase, printPrfTable, type Counts, type GoldCase } from '../lib.js';

export const title = 'relative dates resolved against the dateline';

interface GoldRelativeDate {
  text: string;
  context: string;
  reference: string;
  resolves_to: string;
}

/** Lower-cases, folds white space and drops quote marks (as lib's foldText), keeping a map back to the original offsets. */
function foldWithMap(s: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let ch = s[i]!;
    if (/\s/.test(ch)) {
      if (folded.endsWith(' ')) continue;
      ch = ' ';
    }
    if (/["'\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(ch)) continue; // quote marks folded away, as foldText does
    ch = ch.toLowerCase();
    folded += ch;
    map.push(i);
  }
  return { folded, map };
}

export function scoreCase(c: GoldCase): { counts: Counts; notes: string[] } {
  const fa = analyseCase(c);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const notes: string[] = [];
  for (const g of (c.gold.relative_dates ?? []) as GoldRelativeDate[]) {
    const ctx = foldWithMap(g.context).folded.trim();
    let verdict: string | null = null;
    search: for (const a of fa.articles.filter((x) => x.date === g.reference)) {
      for (const p of [a.headline ?? '', ...a.paragraphs]) {
        const { folded, map } = foldWithMap(p);
        const at = folded.indexOf(ctx);
        if (at < 0) continue;
        const inCtx = foldWithMap(g.context).folded.trim().indexOf(foldWithMap(g.text).folded);
        const s = map[at + Math.max(0, inCtx)]!;
        const e = s + g.text.length;
        const hit = tagTimexes(p, a.date).find((t) => t.start < e && s < t.end);
        if (!hit) verdict = `missed "${g.text}" in "${g.context}"`;
        else if (hit.value === g.resolves_to) verdict = 'ok';
        else verdict = `"${hit.text}" → ${hit.value}, gold ${g.resolves_to} ("${g.context}")`;
        break search;
      }
    }
    if (verdict === 'ok') counts.tp++;
    else if (verdict === null) {
      counts.fn++;
      notes.push(`no article dated ${g.reference} holds "${g.context}"`);
    } else {
      counts.fn++;
      if (!verdict.startsWith('missed')) counts.fp++;
      notes.push(verdict);
    }
  }
  return { counts, notes };
}

/**
 * The tagger alone: the whole page text tagged with each entry's `reference`, so a segmentation
 * miss (no article with that date) does not hide how well the dates module resolves.
 */
export function scoreTaggerAlone(c: GoldCase): { counts: Counts; notes: string[] } {
  const page = readFileSync(c.textPath, 'utf8');
  const { folded, map } = foldWithMap(page);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const notes: string[] = [];
  const byRef = new Map<string, ReturnType<typeof tagTimexes>>();
  for (const g of (c.gold.relative_dates ?? []) as GoldRelativeDate[]) {
    const ctx = foldWithMap(g.context).folded.trim();
    const at = folded.indexOf(ctx);
    if (at < 0) {
      counts.fn++;
      notes.push(`context not in page: "${g.context}"`);
      continue;
    }
    const inCtx = Math.max(0, ctx.indexOf(foldWithMap(g.text).folded));
    const s = map[at + inCtx]!;
    const e = s + g.text.length;
    if (!byRef.has(g.reference)) byRef.set(g.reference, tagTimexes(page, g.reference));
    const hit = byRef.get(g.reference)!.find((t) => t.start < e && s < t.end);
    if (hit && hit.value === g.resolves_to) counts.tp++;
    else {
      counts.fn++;
      if (hit) counts.fp++;
      notes.push(hit ? `"${hit.text}" → ${hit.value}, gold ${g.resolves_to} ("${g.context}")` : `missed "${g.text}" in "${g.context}"`);
    }
  }
  return { counts, notes };
}

export function run(cases: GoldCase[]): void {
  const scored = cases.filter((c) => Array.isArray(c.gold.relative_dates) && c.gold.relative_dates.length > 0);
  const rows = scored.map((c) => ({ name: c.name, ...scoreCase(c) }));
  printPrfTable(title, rows.map((r) => ({ name: r.name, counts: r.counts })));
  const alone = scored.map((c) => ({ name: c.name, ...scoreTaggerAlone(c) }));
  printPrfTable('relative dates, tagger alone (whole page text, gold reference date)', alone.map((r) => ({ name: r.name, counts: r.counts })));
  let present = 0;
  let total = 0;
  const missing: string[] = [];
  for (const c of cases) {
    const dates = new Set(analyseCase(c).events.map((e) => e.date));
    for (const e of (c.gold.events ?? []) as { date: string; about: string }[]) {
      total++;
      if (dates.has(e.date)) present++;
      else missing.push(`${c.name}: ${e.date} (${e.about})`);
    }
  }
  console.log(`gold event dates present among events: ${present}/${total} (${total ? ((100 * present) / total).toFixed(1) : '-'}%)`);
  if (process.env['EVAL_VERBOSE']) {
    for (const r of rows) for (const n of r.notes) console.log(`  ${r.name}: ${n}`);
    for (const r of alone) for (const n of r.notes) console.log(`  tagger alone ${r.name}: ${n}`);
    for (const m of missing) console.log(`  event missing ${m}`);
  }
}
