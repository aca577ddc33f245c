/**
 * `npm start` as a real process against the emulator, for the faults that must end it: a token
 * Discord refuses at login, and gateway close codes Discord never lets a session recover from
 * (4004 authentication failed — e.g. the token was reset while the bot ran —, 4014 disallowed
 * intents). Each exits non-zero with a sentence saying what to do; with LOG_LEVEL=trace, no byte
 * of output holds the token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordEmulator } from '../../src/dev/discord-emulator/index.js';
import { ROOT, runToEnd, TSX } from '../hardening/processes.js';
import { TEST_TOKEN } from './harness.js';

/** A token shaped like a real one that the emulator does not accept. */
const WRONG_TOKEN = 'MTExMTExMTExMTExMTExMTEx.Wrong0.not-the-emulator-token-abcdef0123456789';
const CORPUS = join(ROOT, 'data');

let emu: DiscordEmulator | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function env(token: string, api: string): Record<string, string> {
  const stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-fatal-'));
  const cwd = mkdtempSync(join(tmpdir(), 'newsbrief-cwd-'));
  dirs.push(stateDir, cwd);
  return { DISCORD_TOKEN: token, DISCORD_API_URL: api, STATE_DIR: stateDir, CORPUS_DIR: CORPUS, LOG_LEVEL: 'trace', HOME: cwd };
}

/** Runs `npm start` (tsx src/bot/main.ts) from an empty folder; `whenReady` runs once it logged "bot ready". */
async function startAndRun(e: Record<string, string>, whenReady?: () => void) {
  const cwd = e['HOME']!;
  if (!whenReady) return runToEnd(TSX, [join(ROOT, 'src/bot/main.ts')], { env: e, cwd, timeoutMs: 60_000 });
  const watching = emu!.waitFor((r) => r.kind === 'gateway' && r.direction === 'out' && r.t === 'GUILD_CREATE', 60_000, 'bot connected');
  const run = runToEnd(TSX, [join(ROOT, 'src/bot/main.ts')], { env: e, cwd, timeoutMs: 60_000 });
  await watching;
  // Give the process the moment between GUILD_CREATE and its "bot ready" line.
  await new Promise((r) => setTimeout(r, 500));
  whenReady();
  return run;
}

describe('npm start ends with a clear message on faults it cannot recover from', () => {
  it('GIVEN a token Discord refuses at login, at LOG_LEVEL=trace THEN it exits 1 saying where to get a fresh token, and the token appears nowhere in the output', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    const r = await startAndRun(env(WRONG_TOKEN, emu.apiUrl));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Discord refused the token \(DISCORD_TOKEN\).*Reset Token/);
    expect(r.stdout.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(`${r.stdout}${r.stderr}`).not.toContain(WRONG_TOKEN);
    // Not even a fragment long enough to be useful: the token's secret part.
    expect(`${r.stdout}${r.stderr}`).not.toContain(WRONG_TOKEN.split('.')[2]!);
  }, 90_000);

  it('GIVEN a running bot whose gateway Discord closes with 4004 (token reset) THEN it exits 1 saying the token is no longer valid and how to get one, token never in the output', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    const r = await startAndRun(env(TEST_TOKEN, emu.apiUrl), () => emu!.dropGateway({ code: 4004 }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/authentication failed \(4004\).*DISCORD_TOKEN.*Reset Token/);
    expect(r.stdout).toMatch(/"msg":"stopped"/);
    expect(`${r.stdout}${r.stderr}`).not.toContain(TEST_TOKEN);
  }, 90_000);

  it('GIVEN a running bot whose gateway Discord closes with 4014 (disallowed intents) THEN it exits 1 naming the intents problem', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    const r = await startAndRun(env(TEST_TOKEN, emu.apiUrl), () => emu!.dropGateway({ code: 4014 }));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/disallowed intents \(4014\)/);
  }, 90_000);

  it('GIVEN a running bot whose gateway closes with 4000 THEN it does not exit: it resumes and answers', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    const e = env(TEST_TOKEN, emu.apiUrl);
    const child = runToEnd(TSX, [join(ROOT, 'src/bot/main.ts')], { env: e, cwd: e['HOME']!, timeoutMs: 60_000 });
    await emu.waitFor((r) => r.kind === 'gateway' && r.direction === 'out' && r.t === 'GUILD_CREATE', 60_000, 'bot connected');
    await new Promise((r) => setTimeout(r, 500));
    emu.dropGateway({ code: 4000 });
    await emu.waitFor((r) => r.kind === 'gateway' && r.direction === 'out' && r.t === 'RESUMED', 15_000, 'RESUMED');
    const o = await emu.command('topics', {}, { timeoutMs: 15_000 });
    expect((o.message?.embeds[0] as { title?: string }).title).toBe('Topics');
    // A fatal close then ends it (and ends the test process).
    emu.dropGateway({ code: 4004 });
    expect((await child).code).toBe(1);
  }, 90_000);
});
