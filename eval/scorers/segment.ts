/**
 * Segmentation: each gold article must be found (matched by headline, folded) with the right
 * byline, place, agency and date; no gold boilerplate string may appear inside any article.
 */
import { analyseCase, foldText, printPrfTable, type Counts, type GoldCase } from '../lib.js';

export const title = 'Segmentation (articles and their fields)';

const FIELDS = ['byline', 'place', 'agency', 'date'] as const;

export function run(cases: GoldCase[]): void {
  const rows: { name: string; counts: Counts }[] = [];
  let fieldsRight = 0;
  let fieldsAll = 0;
  const problems: string[] = [];
  for (const c of cases) {
    if (!Array.isArray(c.gold.articles)) continue;
    const fa = analyseCase(c);
    const predicted = fa.articles.map((a) => ({ a, key: foldText(a.headline ?? '') }));
    const used = new Set<number>();
    let tp = 0;
    for (const g of c.gold.articles as Record<string, unknown>[]) {
      const key = foldText(String(g['headline'] ?? ''));
      const i = predicted.findIndex((p, j) => !used.has(j) && p.key === key);
      if (i < 0) {
        problems.push(`${c.name}: article not found: ${String(g['headline'])}`);
        continue;
      }
      used.add(i);
      tp++;
      const a = predicted[i]!.a;
      for (const f of FIELDS) {
        fieldsAll++;
        const want = g[f] ?? null;
        const got = a[f] ?? null;
        if (typeof want === 'string' && typeof got === 'string' ? foldText(want) === foldText(got) : want === got) fieldsRight++;
        else problems.push(`${c.name}: ${f} of "${String(g['headline']).slice(0, 40)}": want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
      }
      if (typeof g['teaser'] === 'boolean' || a.teaser) {
        fieldsAll++;
        if ((g['teaser'] ?? false) === a.teaser) fieldsRight++;
        else problems.push(`${c.name}: teaser of "${String(g['headline']).slice(0, 40)}" wrong`);
      }
    }
    const bodies = fa.articles.map((a) => [a.headline ?? '', ...a.paragraphs].join('\n'));
    for (const b of (c.gold.boilerplate_must_not_appear_in_any_article ?? []) as string[]) {
      if (bodies.some((t) => t.includes(b))) problems.push(`${c.name}: boilerplate inside an article: ${b}`);
    }
    rows.push({ name: c.name, counts: { tp, fp: fa.articles.length - tp, fn: c.gold.articles.length - tp } });
  }
  printPrfTable(title, rows);
  console.log(`fields right (byline, place, agency, date, teaser): ${fieldsRight}/${fieldsAll}`);
  for (const p of problems) console.log(`  - ${p}`);
}
