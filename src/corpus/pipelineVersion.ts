import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

let memo: string | undefined;

/** Relative and package imports of a module (`from './x.js'`, `import('./y.js')`, `from 'chrono-node'`, `require('wink-eng-lite-web-model')`). */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The package a bare specifier names (`@keyv/sqlite/x` → `@keyv/sqlite`); null for node built-ins. */
function packageOf(spec: string): string | null {
  if (spec.startsWith('node:')) return null;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The pipeline's modules and packages: `src/briefing/pipeline` and every module it imports,
 * followed import by import, and the packages that code imports. TypeScript sources (tsx) or the
 * compiled JavaScript (dist/), whichever sits beside this module.
 */
function pipelineCode(): { briefing: string; files: string[]; packages: string[] } {
  const briefing = join(import.meta.dirname, '..', 'briefing');
  const ext = existsSync(join(briefing, 'pipeline.ts')) ? '.ts' : '.js';
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
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
  visit(join(briefing, `pipeline${ext}`));
  return { briefing, files: [...files].sort(), packages: [...packages].sort() };
}

/**
 * A short hash of the code that makes a file's analysis ({@link pipelineCode}: the pipeline's own
 * modules, so the summariser, the formatters or the bot can change without a restart re-analysing
 * the whole corpus) and of the version of every package that code imports (chrono-node, wink-nlp
 * and its model, the XML and HTML parsers…). Cached analyses made by other code are dropped.
 * Computed once per process.
 */
export function pipelineVersion(): string {
  if (memo) return memo;
  const { briefing, files, packages } = pipelineCode();
  const h = createHash('sha256');
  for (const f of files) h.update(relative(briefing, f)).update('\0').update(readFileSync(f));
  for (const pkg of packages) {
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
  const { briefing, files } = pipelineCode();
  return files.map((f) => relative(briefing, f)).sort();
}
