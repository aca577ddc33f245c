import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';

function textFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nb-timex-'));
  const p = join(dir, 'story.txt');
  writeFileSync(p, text);
  return p;
}

describe('cli timex', () => {
  it('GIVEN a text file and --ref THEN prints spans whose offsets slice the file text (UTF-16)', async () => {
    const text = 'Zürich — “Gates will visit Warsaw on Tuesday,” officials said Monday; talks began last week.';
    const r = await cli(['timex', '--ref', '2007-04-23', textFile(text)]);
    expect(r.code).toBe(0);
    const spans = JSON.parse(r.out) as { start: number; end: number; text: string; value: string; type: string }[];
    expect(spans.map((s) => [s.text, s.value, s.type])).toEqual([
      ['Tuesday', '2007-04-24', 'DATE'],
      ['Monday', '2007-04-23', 'DATE'],
      ['last week', '2007-W16', 'DATE'],
    ]);
    for (const s of spans) {
      expect(Object.keys(s)).toEqual(['start', 'end', 'text', 'value', 'type']);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it('GIVEN no --ref THEN exits 2 with the usage on stderr', async () => {
    const r = await cli(['timex', textFile('Monday')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: .*timex --ref YYYY-MM-DD FILE/);
  });

  it('GIVEN an impossible --ref date THEN exits 2', async () => {
    const r = await cli(['timex', '--ref', '2007-02-30', textFile('Monday')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad --ref/);
  });
});
