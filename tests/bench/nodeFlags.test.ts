import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { productionNodeFlags } from '../../bench/nodeFlags.js';

const ROOT = process.cwd();

/** A project folder holding only a package.json with these scripts. */
function projectWith(scripts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-flags-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts }));
  return dir;
}

describe('productionNodeFlags', () => {
  it('GIVEN the project THEN it reads the flags of npm run start:prod, and npm start and npm run bench:commands start node with the same ones', async () => {
    const flags = productionNodeFlags(ROOT);
    expect(flags.length).toBeGreaterThan(0);
    const { default: pkg } = (await import('../../package.json', { with: { type: 'json' } })) as { default: { scripts: Record<string, string> } };
    for (const name of ['start', 'bench:commands']) {
      const words = pkg.scripts[name]!.split('&&').at(-1)!.trim().split(/\s+/);
      expect(words[0], name).toBe('node');
      for (const f of flags) expect(words, name).toContain(f);
    }
  });

  it('GIVEN the flags of npm run start:prod THEN this Node.js accepts them (a misspelt V8 flag stops node)', () => {
    const out = execFileSync(process.execPath, [...productionNodeFlags(ROOT), '-e', 'process.stdout.write(JSON.stringify(process.execArgv))'], { encoding: 'utf8' });
    expect((JSON.parse(out) as string[]).slice(0, -2)).toEqual(productionNodeFlags(ROOT));
    expect(() => execFileSync(process.execPath, ['--heap-growing-percentage=20', '-e', '0'], { stdio: 'pipe' })).toThrow();
  });

  it('GIVEN a start:prod that is not "node [flags] dist/bot/main.js" THEN it throws instead of measuring another start', () => {
    for (const script of ['tsx src/bot/main.ts', 'node dist/cli.js', 'node -r x dist/bot/main.js', '']) {
      const dir = projectWith({ 'start:prod': script });
      try {
        expect(() => productionNodeFlags(dir), script).toThrow(/start:prod/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('GIVEN an override THEN it gives those flags, and none for an empty one', () => {
    expect(productionNodeFlags(ROOT, ' --max-semi-space-size=8  --optimize-for-size ')).toEqual(['--max-semi-space-size=8', '--optimize-for-size']);
    expect(productionNodeFlags(ROOT, '')).toEqual([]);
  });
});
