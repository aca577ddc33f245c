import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

let memo: string | undefined;

/** Relative and package imports of a module (`from './x.js'`, `import('./y.js')`, `from 'chrono-node'`). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The package a bare specifier names (`@keyv/sqlite/x` → `@keyv/sqlite`); null for node built-ins. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('node:')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * A short hash of the code that makes a file's analysis: `src/briefing/pipeline` and every module it
 * imports, followed import by import (so the summariser, the formatters or the bot can change
 * without a restart re-analysing the whole corpus), plus the version of every package that code
 * imports (chrono-node, wink-nlp and its model, the XML and HTML parsers…). Cached analyses made
 * by other code are dropped. Works on the TypeScript sources (tsx) and on the compiled JavaScript
 * (dist/), whichever sits beside this module. Computed once per process.
 */
export function pipelineVersion(): string {
  if (memo) return memo;
  const briefing = join(import.meta.dirname, '..', 'briefing');
  const ext = existsSync(join(briefing, 'pipeline.ts')) ? '.ts' : '.js';
  const entry = join(briefing, `pipeline${ext}`);
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, ext));
        if (existsSync(target)) visit(target);
      } else {
        const pkg = packageOf(spec);
        if (pkg) packages.add(pkg);
      }
    }
  };
  visit(entry);
  const h = createHash('sha256');
  for (const f of [...files].sort()) h.update(relative(briefing, f)).update('\0').update(readFileSync(f));
  for (const pkg of [...packages].sort()) {
    try {
      const meta = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string };
      h.update(`${pkg}@${meta.version}`);
    } catch {
      h.update(`${pkg}@?`);
    }
  }
  memo = h.digest('hex').slice(0, 16);
  return memo;
}

/** The modules {@link pipelineVersion} covers, relative to src/briefing (for tests and diagnostics). */
export function pipelineModules(): string[] {
  const briefing = join(import.meta.dirname, '..', 'briefing');
  const ext = existsSync(join(briefing, 'pipeline.ts')) ? '.ts' : '.js';
  const out = new Set<string>();
  const visit = (file: string): void => {
    if (out.has(file)) return;
    out.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!m[1]!.startsWith('.')) continue;
      const target = resolve(dirname(file), m[1]!.replace(/\.js$/, ext));
      if (existsSync(target)) visit(target);
    }
  };
  visit(join(briefing, `pipeline${ext}`));
  return [...out].map((f) => relative(briefing, f)).sort();
}
