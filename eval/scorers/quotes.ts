/**
 * Quotes by speaker, scored per the gold `about` rule. A gold quote is found (tp) when some
 * output quote's text contains its `match` after {@link foldText} (equals it, with `exact`) and
 * the output speaker's canonical name or an alias matches the gold `speaker` regular expression
 * (or one in `also`), case-insensitive; otherwise it is missed (fn). `optional` gold quotes are
 * never missed, but output matching them is right. An output quote with a speaker is a false
 * positive (fp) when it matches no gold quote with a right speaker, or equals a `not_quotes`
 * entry. Output quotes with `speaker: null` are not claims about anyone and are not counted
 * (the issue allows keeping unattributed quote-mark text that way). Cases whose gold has no
 * `quotes` list are skipped.
 */
import type { Quote, Speaker } from '../../src/briefing/types.js';
import { analyseCase, foldText, printPrfTable, type Counts, type GoldCase } from '../lib.js';

export const title = 'quotes by speaker (quote found with the right speaker)';

interface GoldQuote {
  match: string;
  exact?: boolean;
  speaker: string;
  also?: string[];
  optional?: boolean;
}

function textMatches(pred: string, g: GoldQuote): boolean {
  const p = foldText(pred);
  const m = foldText(g.match);
  return g.exact ? p === m : p.includes(m);
}

function speakerMatches(q: Quote, speakers: ReadonlyMap<string, Speaker>, g: GoldQuote): boolean {
  const s = q.speakerId ? speakers.get(q.speakerId) : undefined;
  const names = s ? [s.name, ...s.aliases] : q.speaker ? [q.speaker] : [];
  return [g.speaker, ...(g.also ?? [])].some((re) => names.some((n) => new RegExp(re, 'i').test(n)));
}

/** Counts for one case; `misses`/`wrong` list what went wrong (printed with EVAL_VERBOSE=1). */
export function scoreCase(c: GoldCase): { counts: Counts; misses: string[]; wrong: string[] } {
  const fa = analyseCase(c);
  const speakers = new Map(fa.speakers.map((s) => [s.id, s]));
  const gold: GoldQuote[] = c.gold.quotes;
  const notQuotes: string[] = c.gold.not_quotes ?? [];
  const attributed = fa.quotes.filter((q) => q.speakerId !== null);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const g of gold) {
    if (attributed.some((q) => textMatches(q.text, g) && speakerMatches(q, speakers, g))) counts.tp++;
    else if (!g.optional) {
      counts.fn++;
      const near = fa.quotes.find((q) => textMatches(q.text, g));
      misses.push(`${g.match} [gold ${g.speaker}; got ${near ? (near.speaker ?? 'null') : 'no quote'}]`);
    }
  }
  for (const q of attributed) {
    const notQuote = notQuotes.some((n) => foldText(n) === foldText(q.text));
    const right = gold.some((g) => textMatches(q.text, g) && speakerMatches(q, speakers, g));
    if (notQuote || !right) {
      counts.fp++;
      wrong.push(`${q.speaker}: ${q.text.slice(0, 90)}`);
    }
  }
  return { counts, misses, wrong };
}

export function run(cases: GoldCase[]): void {
  const rows: { name: string; counts: Counts }[] = [];
  const verbose = process.env['EVAL_VERBOSE'] === '1';
  for (const c of cases) {
    if (!Array.isArray(c.gold.quotes)) continue;
    const { counts, misses, wrong } = scoreCase(c);
    rows.push({ name: c.name, counts });
    if (verbose) {
      for (const m of misses) console.log(`  ${c.name} MISS ${m}`);
      for (const w of wrong) console.log(`  ${c.name} FP   ${w}`);
    }
  }
  for (const set of ['sample', 'devset', 'own'] as const) {
    const names = new Set(cases.filter((c) => c.set === set).map((c) => c.name));
    const r = rows.filter((x) => names.has(x.name));
    if (r.length > 0) printPrfTable(`${title} — ${set}`, r);
  }
}
