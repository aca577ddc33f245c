/**
 * `npm run eval`: scores the pipeline against the gold annotations and benchmarks. Every module in
 * eval/scorers/ exports `title` and `run(cases)`; they run in file-name order. `npm run eval -- NAME`
 * runs only the scorers whose file name contains NAME.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGoldCases, SHARED_DIR, type GoldCase } from './lib.js';

interface Scorer {
  title: string;
  run(cases: GoldCase[]): Promise<void> | void;
}

const filter = process.argv[2];
const dir = join(import.meta.dirname, 'scorers');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && (!filter || f.includes(filter))).sort();
const cases = loadGoldCases();
console.log(`newsbrief eval: ${cases.length} annotated pages (shared material from ${SHARED_DIR})`);
for (const f of files) {
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as Scorer;
  await mod.run(cases);
}
