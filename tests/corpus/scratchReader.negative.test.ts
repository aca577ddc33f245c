import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchReader } from '../../src/corpus/scratchReader.js';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-scratch-neg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('createScratchReader (bad paths)', () => {
  it('GIVEN a missing file THEN it throws ENOENT, as readFileSync does', () => {
    expect(() => createScratchReader().read(join(dir, 'nope'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('GIVEN a folder THEN it throws EISDIR, as readFileSync does, and the reader still reads files after', () => {
    const reader = createScratchReader();
    mkdirSync(join(dir, 'folder'));
    expect(() => reader.read(join(dir, 'folder'))).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    writeFileSync(join(dir, 'page.txt'), 'a page');
    expect(reader.read(join(dir, 'page.txt')).toString()).toBe('a page');
  });
});
