import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { processEnv } from '../../src/config.js';
import { DiscordEmulator } from '../../src/dev/discord-emulator/index.js';
import { TEST_TOKEN } from './harness.js';

/** The `tsx` binary of the project, as npm scripts run it. */
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');

interface Run {
  code: Promise<number | null>;
  stdout: string[];
  stderr: string[];
  kill(signal: NodeJS.Signals): void;
  waitForOutput(re: RegExp, timeoutMs: number): Promise<void>;
}

const ROOT = process.cwd();
const CORPUS = join(ROOT, 'data');

/**
 * Runs a script of the project with tsx (as `npm start` / `npm run deploy-commands` do), or a
 * compiled one with node (`npm run start:prod`), with only
 * the given environment, from an empty folder (so a developer's own .env cannot change the outcome).
 */
function run(script: string, env: Record<string, string>, runner: string = TSX): Run {
  const cwd = mkdtempSync(join(tmpdir(), 'newsbrief-cwd-'));
  const child = spawn(runner, [join(ROOT, script)], { env: { PATH: processEnv()['PATH'] ?? '', ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.on('exit', () => rmSync(cwd, { recursive: true, force: true }));
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout.on('data', (d: Buffer) => stdout.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return {
    code,
    stdout,
    stderr,
    kill: (s) => child.kill(s),
    waitForOutput: (re, timeoutMs) =>
      new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no output matching ${re} within ${timeoutMs} ms; got: ${stdout.join('')} ${stderr.join('')}`)), timeoutMs);
        const check = (): void => {
          if (re.test(stdout.join('')) || re.test(stderr.join(''))) {
            clearTimeout(t);
            resolve();
          }
        };
        child.stdout.on('data', check);
        child.stderr.on('data', check);
        check();
      }),
  };
}

let emu: DiscordEmulator | undefined;
let stateDir: string | undefined;
afterEach(async () => {
  await emu?.stop();
  emu = undefined;
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
});

/** A page on a subject the bundled corpus does not have (a lighthouse keepers' strike). */
const NEW_PAGE = join(ROOT, 'tests', 'fixtures', 'pages', 'reuters-2019-05-02-lighthouse-keepers-strike.txt');

/**
 * Writes a new page into a running bot's corpus folder and checks that it was analysed (in the
 * bot's analysis worker, which must start under tsx and compiled alike) and answered from.
 */
async function newPageAnswered(r: Run, corpusDir: string): Promise<void> {
  writeFileSync(join(corpusDir, 'zz-reuters-2019-05-02-lighthouse.txt'), readFileSync(NEW_PAGE));
  await r.waitForOutput(/"msg":"corpus changed"/, 30_000);
  const o = await emu!.command('brief', { topic: 'lighthouse keeper' });
  expect((o.message?.embeds[0] as { title?: string }).title).toMatch(/lighthouse/i);
  expect(r.stdout.join('')).not.toMatch(/analysis worker failed/);
}

describe('npm start and npm run deploy-commands as processes', () => {
  it('GIVEN no DISCORD_TOKEN THEN npm start exits 2 naming the variable and the developer portal', async () => {
    const r = run('src/bot/main.ts', { CORPUS_DIR: CORPUS });
    expect(await r.code).toBe(2);
    const err = r.stderr.join('');
    expect(err).toMatch(/DISCORD_TOKEN/);
    expect(err).toMatch(/discord\.com\/developers\/applications/);
  });

  it('GIVEN the emulator and a corpus with reprints THEN npm start logs what it loaded (reprints counted in one line), logs in, answers a command, answers from a page written while it runs (analysed in its worker), and on SIGTERM stops cleanly with exit code 0', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-proc-'));
    const corpusDir = join(stateDir, 'corpus');
    cpSync(CORPUS, corpusDir, { recursive: true });
    // Two reprints of a bundled page: counted in one log line at start, not one warning each.
    const page = readFileSync(join(CORPUS, 'reuters-2009-05-14-poland-euro-poll.txt'));
    writeFileSync(join(corpusDir, 'zz-reprint-1.txt'), page);
    writeFileSync(join(corpusDir, 'zz-reprint-2.txt'), page);
    const r = run('src/bot/main.ts', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, CORPUS_DIR: corpusDir, LOG_LEVEL: 'info' });
    await r.waitForOutput(/"msg":"bot ready"/, 20_000);
    const started = r.stdout.join('');
    expect(started).toMatch(/"fromCache":0,"analysed":\d+,"analysisWorkers":\d+,"msg":"corpus loaded"/); // a new state folder: nothing cached yet
    const repeated = started.split('\n').filter((l) => l.includes('"code":"duplicate"') || l.includes('repeated copies'));
    expect(repeated).toHaveLength(1);
    expect(JSON.parse(repeated[0]!)).toMatchObject({ level: 30, duplicates: expect.any(Number) as number });
    expect((JSON.parse(repeated[0]!) as { duplicates: number }).duplicates).toBeGreaterThanOrEqual(2);
    const o = await emu.command('topics');
    expect((o.message?.embeds[0] as { title?: string }).title).toBe('Topics');
    await newPageAnswered(r, corpusDir);
    r.kill('SIGTERM');
    expect(await r.code).toBe(0);
    const out = r.stdout.join('');
    expect(out).toMatch(/"msg":"stopped"/);
    expect(out).not.toContain(TEST_TOKEN);
  });

  it('GIVEN an analysis cache folder that cannot be made (STATE_DIR/analysis is a file) THEN npm start serves every article and warns once that the analyses could not be stored', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-proc-'));
    writeFileSync(join(stateDir, 'analysis'), 'not a folder');
    const r = run('src/bot/main.ts', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, CORPUS_DIR: CORPUS, LOG_LEVEL: 'info' });
    await r.waitForOutput(/"msg":"bot ready"/, 20_000);
    const lines = r.stdout.join('').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { level: number; msg: string; articles?: number; failures?: number; analysed?: number });
    const loaded = lines.find((l) => l.msg === 'corpus loaded')!;
    expect(loaded.articles).toBeGreaterThan(20);
    const warned = lines.filter((l) => l.msg.startsWith('analyses could not be stored'));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ level: 40, failures: loaded.analysed });
    const o = await emu.command('brief', { topic: 'missile-shield' });
    expect((o.message?.embeds[0] as { title?: string }).title).toMatch(/missile/i);
    r.kill('SIGTERM');
    expect(await r.code).toBe(0);
  });

  it('GIVEN the emulator and DEV_GUILD_ID THEN deploy-commands registers the eight commands in that server', async () => {
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    const r = run('scripts/deploy-commands.ts', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, DEV_GUILD_ID: emu.guild.id });
    expect(await r.code).toBe(0);
    const saved = emu.commands.get(emu.guild.id) as { name: string }[];
    expect(saved.map((c) => c.name).sort()).toEqual(['brief', 'digest', 'help', 'polls', 'quote', 'source', 'timeline', 'topics']);
    expect(r.stdout.join('')).toMatch(/registered 8 commands/);
  });

  it('GIVEN npm run build THEN the compiled bot (npm run start:prod) logs in, loads its commands from dist, answers one, and answers from a page written while it runs', async () => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
    emu = await DiscordEmulator.start({ token: TEST_TOKEN });
    stateDir = mkdtempSync(join(tmpdir(), 'newsbrief-proc-'));
    const corpusDir = join(stateDir, 'corpus');
    cpSync(CORPUS, corpusDir, { recursive: true });
    const r = run('dist/bot/main.js', { DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: emu.apiUrl, STATE_DIR: stateDir, CORPUS_DIR: corpusDir, LOG_LEVEL: 'info' }, process.execPath);
    await r.waitForOutput(/"msg":"bot ready"/, 20_000);
    const o = await emu.command('brief', { topic: 'missile-shield' });
    expect((o.message?.embeds[0] as { title?: string }).title).toMatch(/missile/i);
    await newPageAnswered(r, corpusDir);
    r.kill('SIGTERM');
    expect(await r.code).toBe(0);
  }, 90_000);
});
