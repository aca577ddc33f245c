import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

/** Runs `npm run playground`'s entry with `env`; resolves with stdout once `until` matches (or at exit). */
function start(env: Record<string, string>, until: RegExp): Promise<{ out: string; err: string; code: number | null }> {
  return new Promise((resolve) => {
    let out = '';
    let err = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/dev/playground/main.ts'], { env: { ...process.env, LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (until.test(out)) resolve({ out, err, code: null });
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => resolve({ out, err, code }));
  });
}

describe('npm run playground as a process', () => {
  it('GIVEN no Discord token THEN it starts, prints its loopback address and says it is not for production, serves the page, and stops on SIGTERM', async () => {
    const r = await start({ PLAYGROUND_PORT: '0', DISCORD_TOKEN: '' }, /NOT for production/);
    const url = /newsbrief playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(r.out)?.[1];
    expect(url).toBeDefined();
    expect(r.out).toMatch(/NOT for production/);
    expect((await fetch(url!)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);

  it('GIVEN PLAYGROUND_PORT that is not a port THEN it exits 2 naming the setting', async () => {
    const r = await start({ PLAYGROUND_PORT: 'abc' }, /$^/);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/PLAYGROUND_PORT/);
  }, 60_000);
});
