import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Static imports and re-exports of a module (`import x from`, `export … from`, side-effect `import '…'`); type-only ones and dynamic `import()` left out. */
const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm;

/** What a process loads at start from `entry` (a .ts file under src): the project files and the packages reached by static imports. */
function staticGraph(entry: string): { files: Set<string>; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>(); // package → first importer
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (m[2] !== undefined) continue; // `import type`
      const spec = m[3]!;
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
        if (existsSync(target)) visit(target);
      } else if (!spec.startsWith('node:')) {
        const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!packages.has(pkg)) packages.set(pkg, relative('.', file));
      }
    }
  };
  visit(resolve(entry));
  return { files, packages };
}

/**
 * Packages the bot loads only when it needs them (each is 10–25 MB of resident memory): the
 * analysis pipeline's parsers (a warm start analyses nothing on the bot's thread), Redis clients
 * (only with KEYV_URL=redis://…), the chart renderer (at the first chart), the live-source readers
 * (at the first body a source sends).
 */
const LAZY = ['chrono-node', 'htmlparser2', 'fast-xml-parser', 'linkedom', '@mozilla/readability', '@napi-rs/canvas', 'bullmq', 'ioredis', '@keyv/redis'];

describe('what the bot loads at start', () => {
  it('GIVEN the bot entry THEN its static imports reach none of the packages it loads on demand, nor the analysis pipeline', () => {
    const { files, packages } = staticGraph('src/bot/main.ts');
    expect(files.size).toBeGreaterThan(50); // the walk follows the project's imports
    expect(packages.has('discord.js')).toBe(true);
    const eager = LAZY.filter((p) => packages.has(p)).map((p) => `${p} (imported by ${packages.get(p)})`);
    expect(eager).toEqual([]);
    expect(files.has(resolve('src/briefing/pipeline.ts'))).toBe(false);
  });

  it('GIVEN the pipeline entry THEN the same walk finds the parsers it needs (the walk sees imports)', () => {
    const { packages } = staticGraph('src/briefing/pipeline.ts');
    expect(packages.has('chrono-node')).toBe(true);
    expect(packages.has('htmlparser2')).toBe(true);
  });
});
