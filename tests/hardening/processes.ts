import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { processEnv } from '../../src/config.js';

/** The project's root (tests run from it) and its `tsx`, as npm scripts run it. */
export const ROOT = process.cwd();
export const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
/** The unprivileged user a root test run drops to for permission cases (`nobody`). */
export const NOBODY = 65534;

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end with only the given environment (plus PATH), collecting its output. */
export function runToEnd(cmd: string, args: string[], options: { env?: Record<string, string>; cwd?: string; uid?: number; gid?: number; timeoutMs?: number } = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      env: { PATH: processEnv()['PATH'] ?? '', ...options.env },
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} did not finish within ${options.timeoutMs ?? 30_000} ms; output: ${stdout} ${stderr}`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts a long-running child and resolves once its stdout matches `ready`. */
export function startUntil(cmd: string, args: string[], ready: RegExp, options: { env?: Record<string, string>; timeoutMs?: number } = {}): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { PATH: processEnv()['PATH'] ?? '', ...options.env }, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${ready} within ${options.timeoutMs ?? 15_000} ms: ${out}`));
    }, options.timeoutMs ?? 15_000);
    const check = (d: Buffer): void => {
      out += d.toString();
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('error', reject);
  });
}
