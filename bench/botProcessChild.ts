/**
 * The bot's own process at start, for the ingest bench (bench/ingest.ts runs this in a child of its
 * own): starts the local Discord emulator (src/dev/discord-emulator), then the compiled bot
 * (`src/bot/main.js`, as `npm run start:prod`) on the corpus folder with a state folder whose
 * `analysis` is the warm analysis cache, waits for its "bot ready" log line (logged in, corpus
 * loaded, answer index built), and reads the bot's resident memory from /proc: `VmRSS` then and
 * `VmHWM`, its peak. Unlike the watch child, this counts everything the bot process holds:
 * discord.js and its gateway, the reply cache's SQLite, the digest service, the command modules.
 * Then it waits for the bot's "topics warmed" line (the warm-up of its largest topics, WARM_TOPICS,
 * which starts once ready) and reads both again: what the bot holds as it then runs.
 * With `--idle-ms N`, it then leaves the bot idle (no command) for N ms and reads VmRSS once a
 * second: what the bot holds as it sits between commands, once V8's memory reducer has given back
 * the heap it grew for loading and the warm-up (it starts some seconds after allocation slows down:
 * 20–45 s after the warm-up here with V8's defaults, about 50 s with the bot's flags). It waits the
 * whole N ms: a small early fall followed by a still spell is not the reducer's work (with the
 * bot's flags RSS fell 10 MB, held for 40 s, then fell 70 MB), so an early stop read too high.
 * Linux only (/proc). Prints one JSON line; the bot is stopped with SIGTERM.
 *
 * `--dir D --state S --entry BOT_JS [--idle-ms N] [--node-flags JSON]`: `--node-flags` is a JSON
 * array of the Node.js flags the bot is started with (bench/nodeFlags.ts: those of `npm run
 * start:prod` unless the bench is told otherwise).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DiscordEmulator } from '../src/dev/discord-emulator/index.js';

/** The token the emulator is started with and the bot logs in with (the emulator checks only that they match). */
const TOKEN = 'bench-emulator-token';
/** Longest wait for the bot to be ready (a cold cache at 50k articles is minutes). */
const READY_TIMEOUT_MS = 600_000;
/** Longest wait for its warm-up after ready. */
const WARMED_TIMEOUT_MS = 300_000;

/** How often the idle bot's RSS is read. */
const IDLE_POLL_MS = 1000;
/** RSS within this band (MB) counts as unchanged while idle… */
const SETTLED_BAND_MB = 2;
/** …and unchanged this long (after it fell) as settled. */
const SETTLED_FOR_MS = 10_000;

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v === undefined) throw new Error(`missing --${name}`);
  return v;
}

/** A line of /proc/PID/status in MB (`VmRSS`, `VmHWM`). */
function statusMb(pid: number, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Math.round(Number(m[1]) / 1024);
}

/**
 * Reads the idle bot's RSS every {@link IDLE_POLL_MS} for `maxMs`: the last RSS read, when it got
 * there (`ms`: idle time at its last move of more than {@link SETTLED_BAND_MB}), the highest read
 * while idle, and whether it had settled (below `fromMb`, and still for the last {@link SETTLED_FOR_MS}).
 */
async function idleRss(pid: number, maxMs: number, fromMb: number): Promise<{ ms: number; rssMb: number; maxRssMb: number; settled: boolean }> {
  const t = performance.now();
  let last = statusMb(pid, 'VmRSS');
  let max = last;
  let movedAt = 0;
  while (performance.now() - t < maxMs) {
    await new Promise((r) => setTimeout(r, IDLE_POLL_MS));
    const now = statusMb(pid, 'VmRSS');
    max = Math.max(max, now);
    if (Math.abs(now - last) > SETTLED_BAND_MB) {
      last = now;
      movedAt = performance.now() - t;
    }
  }
  const rssMb = statusMb(pid, 'VmRSS');
  return { ms: Math.round(movedAt), rssMb, maxRssMb: max, settled: rssMb < fromMb && performance.now() - t - movedAt >= SETTLED_FOR_MS };
}

const emu = await DiscordEmulator.start({ token: TOKEN });
const t0 = performance.now();
const nodeFlags = process.argv.includes('--node-flags') ? (JSON.parse(arg('node-flags')) as string[]) : [];
const bot = spawn(process.execPath, [...nodeFlags, arg('entry')], {
  env: { PATH: process.env['PATH'] ?? '', DISCORD_TOKEN: TOKEN, DISCORD_API_URL: emu.apiUrl, CORPUS_DIR: arg('dir'), STATE_DIR: arg('state'), LOG_LEVEL: 'info' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));
try {
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bot was not ready within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
    bot.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('"msg":"bot ready"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => reject(new Error(`the bot exited with code ${code} before it was ready: ${out.slice(-2000)}`)));
  });
  const readyMs = performance.now() - t0;
  const pid = bot.pid!;
  const rssMb = statusMb(pid, 'VmRSS');
  const peakRssMb = statusMb(pid, 'VmHWM');
  // The bot's own count of files it analysed at start (not from the cache): 0 when warm.
  const analysed = Number(/"analysed":(\d+)[^\n]*"msg":"corpus loaded"/.exec(out)?.[1] ?? NaN);
  // The analysis worker threads it had (ANALYSIS_WORKERS, 1 by default).
  const workers = Number(/"analysisWorkers":(\d+)[^\n]*"msg":"corpus loaded"/.exec(out)?.[1] ?? NaN);
  // The warm-up of its largest topics, after ready.
  const warmedLine = /\{[^\n]*"msg":"topics warmed"[^\n]*\}/;
  const deadline = performance.now() + WARMED_TIMEOUT_MS;
  while (!warmedLine.test(out) && performance.now() < deadline && bot.exitCode === null) await new Promise((r) => setTimeout(r, 20));
  const line = warmedLine.exec(out)?.[0];
  const warmed = line === undefined ? null : (JSON.parse(line) as { topics: number; ms: number });
  const warmUp = warmed === null ? null : { topics: warmed.topics, ms: warmed.ms, rssMb: statusMb(pid, 'VmRSS'), peakRssMb: statusMb(pid, 'VmHWM') };
  const idleMs = process.argv.includes('--idle-ms') ? Number(arg('idle-ms')) : 0;
  const idle = idleMs > 0 ? await idleRss(pid, idleMs, warmUp?.rssMb ?? statusMb(pid, 'VmRSS')) : null;
  process.stdout.write(`${JSON.stringify({ readyMs, rssMb, peakRssMb, analysed, workers, warmUp, idle })}\n`);
} finally {
  bot.kill('SIGTERM');
  await exited;
  await emu.stop();
}
