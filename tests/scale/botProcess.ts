import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { processEnv } from '../../src/config.js';

const ROOT = process.cwd();
/** Node with tsx as a loader (not the `tsx` launcher, whose grandchild a SIGKILL would miss). */
const NODE_ARGS = ['--import', import.meta.resolve('tsx')];
/** The Redis the scale-out tests use (the machine's, and the one `.ci/run` starts). */
export const REDIS_URL = 'redis://127.0.0.1:6379';
/** Longest wait for Redis to answer the probe, ms. */
const PROBE_TIMEOUT_MS = 1000;

export interface BotProcess {
  child: ChildProcess;
  output: string[];
  /** Resolves when the output matches. */
  waitFor(re: RegExp, timeoutMs: number): Promise<void>;
  /** Log lines (JSON) with this `msg`. */
  lines(msg: string): Record<string, unknown>[];
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm start` (src/bot/main.ts) as a child process with this environment (working folder `cwd`, so no .env is read). */
export function startBotProcess(env: Record<string, string>, cwd: string): BotProcess {
  const child = spawn(process.execPath, [...NODE_ARGS, join(ROOT, 'src/bot/main.ts')], { env: { PATH: processEnv()['PATH'] ?? '', CORPUS_DIR: join(ROOT, 'data'), LOG_LEVEL: 'debug', ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  return {
    child,
    output,
    exited,
    waitFor: (re, timeoutMs) =>
      new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`no output matching ${re} within ${timeoutMs} ms:\n${output.join('').slice(-3000)}`)), timeoutMs);
        const check = (): void => {
          if (re.test(output.join(''))) {
            clearTimeout(t);
            resolve();
          }
        };
        child.stdout!.on('data', check);
        check();
      }),
    lines: (msg) =>
      output
        .join('')
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => {
          try {
            return JSON.parse(l) as Record<string, unknown>;
          } catch {
            return {};
          }
        })
        .filter((o) => o['msg'] === msg),
    async kill(signal = 'SIGKILL') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Whether a Redis answers at {@link REDIS_URL} (one PING, no retries). */
export async function redisAnswers(): Promise<boolean> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: PROBE_TIMEOUT_MS, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** Deletes every key starting with `prefix` (a test run's own keys), with SCAN so Redis is never blocked. */
export async function deleteKeys(prefix: string): Promise<number> {
  const r = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  let n = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await r.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) n += await r.del(...keys);
    } while (cursor !== '0');
  } finally {
    r.disconnect();
  }
  return n;
}

/** The most events in any window of `ms` (sliding, from each event). */
export function maxInWindow(times: number[], ms: number): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  let j = 0;
  for (let i = 0; i < t.length; i++) {
    while (t[i]! - t[j]! >= ms) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}
