import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchReader } from '../../src/corpus/scratchReader.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-scratch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createScratchReader', () => {
  it('GIVEN files of any size read one after another (empty, small, larger than the buffer so far) THEN each read gives exactly that file\'s bytes', () => {
    const reader = createScratchReader();
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200_000 }), { minLength: 1, maxLength: 6 }), (contents) => {
        contents.forEach((c, i) => writeFileSync(join(dir, `f${i}`), c));
        contents.forEach((c, i) => expect(Buffer.compare(reader.read(join(dir, `f${i}`)), Buffer.from(c))).toBe(0));
      }),
      { numRuns: 40 },
    );
  });

  it('GIVEN two reads THEN the first view is the buffer the second overwrote (a caller copies what it keeps), and a copy keeps its bytes', () => {
    const reader = createScratchReader();
    writeFileSync(join(dir, 'a'), 'first file');
    writeFileSync(join(dir, 'b'), 'other file');
    const view = reader.read(join(dir, 'a'));
    const copy = Buffer.from(view);
    reader.read(join(dir, 'b'));
    expect(view.toString()).toBe('other file');
    expect(copy.toString()).toBe('first file');
  });

  it.runIf(process.platform === 'linux')('GIVEN a file whose size the system reports as 0 though it has content (/proc) THEN it is read to its end', () => {
    const reader = createScratchReader();
    const got = reader.read('/proc/self/cmdline');
    expect(got.length).toBeGreaterThan(0);
    expect(Buffer.compare(got, readFileSync('/proc/self/cmdline'))).toBe(0);
  });
});
