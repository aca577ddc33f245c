import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';


describe('cli quote: unknown speakers', () => {
  it('GIVEN a near-miss name THEN exit 1, nothing on stdout, suggestions on stderr', async () => {
    const r = await cli(['quote', 'Serdyuk', '--corpus', 'data']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/no speaker called "Serdyuk"\. Did you mean: .*Serdy?ukov/);
  });
  it('GIVEN no name THEN a usage error', async () => {
    const r = await cli(['quote', '--corpus', 'data']);
    expect(r.code).toBe(2);
  });
});
