import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let memo: string | undefined;

/**
 * A short hash over the pipeline's source (every file under src/briefing) and the versions of the
 * analysis libraries, so cached analyses are dropped whenever the code that made them changes.
 * Computed once per process (a few dozen small files).
 */
export function pipelineVersion(): string {
  if (memo) return memo;
  const h = createHash('sha256');
  const root = join(import.meta.dirname, '..', 'briefing');
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js|json)$/.test(e.name)) h.update(e.name).update(readFileSync(p));
    }
  };
  walk(root);
  for (const lib of ['chrono-node', 'wink-nlp', 'wink-eng-lite-web-model']) {
    try {
      const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', lib, 'package.json'), 'utf8')) as { version: string };
      h.update(`${lib}@${pkg.version}`);
    } catch {
      h.update(`${lib}@?`);
    }
  }
  memo = h.digest('hex').slice(0, 16);
  return memo;
}
