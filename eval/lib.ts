/**
 * Shared parts of `npm run eval`: the annotated cases (the sample page, ../shared/devset and the
 * project's own pages under data/ with gold under eval/gold/), their analyses, and P/R/F1 helpers.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyseFile } from '../src/briefing/pipeline.js';
import type { FileAnalysis } from '../src/briefing/types.js';

/** Where the shared (read-only) material lives: ../shared beside the project, or SHARED_DIR. */
export const SHARED_DIR = resolve(process.env['SHARED_DIR'] ?? join(import.meta.dirname, '..', '..', 'shared'));
export const PROJECT_DIR = resolve(import.meta.dirname, '..');

/** One annotated page: its text and its gold annotation (format of ../shared/gold). */
export interface GoldCase {
  /** Short name for tables, e.g. `sample`, `dev/03_brexit…`, `own/upi-…`. */
  name: string;
  /** Which set: the sample, the shared devset, or the project's own pages. */
  set: 'sample' | 'devset' | 'own';
  textPath: string;
  // The gold format is documented in ../shared/gold/*.json ("about" fields); kept loose here.
  gold: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function casesIn(goldDir: string, textDirs: string[], set: GoldCase['set']): GoldCase[] {
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
      const file: string = gold.file ?? f.replace(/\.gold\.json$/, '.txt');
      const textPath = textDirs.map((d) => join(d, file)).find((p) => existsSync(p));
      if (!textPath) return [];
      const name = set === 'sample' ? 'sample' : `${set === 'devset' ? 'dev' : 'own'}/${basename(file).replace(/\.\w+$/, '').slice(0, 28)}`;
      return [{ name, set, textPath, gold }];
    });
}

/** Every annotated case: the sample, the ten devset pages and the project's own pages. */
export function loadGoldCases(): GoldCase[] {
  return [
    ...casesIn(join(SHARED_DIR, 'gold'), [join(PROJECT_DIR, 'data'), join(SHARED_DIR, 'corpus')], 'sample'),
    ...casesIn(join(SHARED_DIR, 'devset'), [join(SHARED_DIR, 'devset')], 'devset'),
    ...casesIn(join(PROJECT_DIR, 'eval', 'gold'), [join(PROJECT_DIR, 'data')], 'own'),
  ];
}

const cache = new Map<string, FileAnalysis>();
/** The pipeline's analysis of a case's page (memoised per run). */
export function analyseCase(c: GoldCase): FileAnalysis {
  let fa = cache.get(c.textPath);
  if (!fa) {
    fa = analyseFile({ name: basename(c.textPath), bytes: readFileSync(c.textPath) });
    cache.set(c.textPath, fa);
  }
  return fa;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const pct = (x: number): string => (x * 100).toFixed(1);

/** Prints a P/R/F1 table: one row per case, then a total row over the summed counts. */
export function printPrfTable(title: string, rows: readonly { name: string; counts: Counts }[]): Counts {
  const total = rows.reduce((acc, r) => addCounts(acc, r.counts), { tp: 0, fp: 0, fn: 0 });
  console.log(`\n## ${title}`);
  console.log(`${'file'.padEnd(34)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
  for (const r of [...rows, { name: 'TOTAL', counts: total }]) {
    const { p, r: rec, f1 } = prf(r.counts);
    console.log(`${r.name.padEnd(34)} ${String(r.counts.tp).padStart(4)} ${String(r.counts.fp).padStart(4)} ${String(r.counts.fn).padStart(4)} ${pct(p).padStart(6)} ${pct(rec).padStart(6)} ${pct(f1).padStart(6)}`);
  }
  return total;
}

/** Folds white space, quote marks and case, as the gold format's matching rule says. */
export function foldText(s: string): string {
  return s
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB"]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032']/g, "'")
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
