import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';

const SAMPLE = 'data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';


describe('cli analyze', () => {
  it('GIVEN the sample page THEN prints the analyze contract with the five articles', async () => {
    const r = await cli(['analyze', SAMPLE, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown[]>;
    for (const key of ['articles', 'speakers', 'quotes', 'polls', 'events', 'timexes']) expect(Array.isArray(json[key])).toBe(true);
    expect(json['articles']).toHaveLength(5);
    expect(Object.keys(json['articles']![0] as object)).toEqual(expect.arrayContaining(['id', 'headline', 'byline', 'place', 'agency', 'date', 'teaser', 'paragraphs']));
  });

  it('GIVEN good and bad files together THEN warns about each bad one on stderr and keeps the good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-cli-'));
    copyFileSync(SAMPLE, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x53, 0x63, 0x68, 0xf6, 0x6e]));
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(3000));
    const r = await cli(['analyze', ...['good', 'empty', 'binary', 'latin1', 'huge'].map((n) => join(dir, `${n}.txt`))], { MAX_FILE_BYTES: '2000' });
    expect(r.err).toMatch(/\[empty\].*empty\.txt/);
    expect(r.err).toMatch(/\[binary\].*binary\.txt/);
    expect(r.err).toMatch(/\[not-utf8\].*latin1\.txt/);
    expect(r.err).toMatch(/\[too-large\].*huge\.txt/);
    const json = JSON.parse(r.out) as { articles: unknown[]; warnings: { code: string }[] };
    expect(json.articles).toHaveLength(0); // good.txt is itself over the 2000-byte limit here
    expect(json.warnings.map((w) => w.code).sort()).toEqual(['binary', 'empty', 'not-utf8', 'too-large', 'too-large']);
    const r2 = await cli(['analyze', join(dir, 'good.txt'), join(dir, 'binary.txt')]);
    expect((JSON.parse(r2.out) as { articles: unknown[] }).articles).toHaveLength(5);
  });

  it('GIVEN a file that does not exist THEN names it in a warning and exits 1', async () => {
    const r = await cli(['analyze', 'no/such/file.txt']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\[unreadable\].*no\/such\/file\.txt/);
  });
});

describe('cli usage errors', () => {
  it('GIVEN an unknown command THEN prints usage on stderr and exits 2', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command: frobnicate/);
    expect(r.err).toMatch(/usage: npm run --silent cli --/);
    expect(r.out).toBe('');
  });

  it('GIVEN a command without its argument THEN prints its usage on stderr and exits 2', async () => {
    for (const args of [['analyze'], ['quote'], ['brief'], ['timeline']]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/missing argument/);
    }
  });

  it('GIVEN no command or an unknown option THEN exits 2 with usage', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['analyze', SAMPLE, '--bogus'])).err).toMatch(/unknown option: --bogus/);
  });

  it('GIVEN a bad MAX_FILE_BYTES THEN the configuration error names the variable', async () => {
    const r = await cli(['analyze', SAMPLE], { MAX_FILE_BYTES: 'lots' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/MAX_FILE_BYTES/);
  });
});

describe('the npm script interface', () => {
  it('GIVEN `npm run --silent cli -- analyze FILE --json` THEN stdout is only the JSON', () => {
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'analyze', SAMPLE, '--json'], { encoding: 'utf8' });
    expect((JSON.parse(out) as { articles: unknown[] }).articles).toHaveLength(5);
  });

  it('GIVEN an unknown command through npm THEN the exit code is 2', () => {
    const r = spawnSync('npm', ['run', '--silent', 'cli', '--', 'nope'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
  });
});
