import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env: {} });
  return { code, out, err };
}

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
