/**
 * Bad state files stop the start with a sentence naming the file and what to do, and are left as
 * they were (never replaced by an empty store). Each case says which real condition it simulates.
 */
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkState, WRITE_PROBE } from '../../src/bot/stateCheck.js';
import { createStore } from '../../src/bot/cacheStore.js';
import { StartupError } from '../../src/bot/startBot.js';
import { startHarness } from '../e2e/harness.js';
import { NOBODY, ROOT, runToEnd, startUntil, TSX } from './processes.js';

const dirs: string[] = [];
function stateDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nb-state-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // already gone
    }
    rmSync(d, { recursive: true, force: true });
  }
});

/** A real state file: the bot's own store with one subscription-like entry in it. */
async function realStateFile(dir: string): Promise<string> {
  const store = createStore({ STATE_DIR: dir }, 'digest');
  if (!store.ok) throw new Error(store.error);
  await store.keyv.set('sub:abc', { guildId: '1', channelId: '2', topic: 'missile-shield' });
  await store.keyv.disconnect();
  return join(dir, 'cache.sqlite');
}

const isRoot = process.getuid?.() === 0;

/** checkState as a user without root's bypass of file permissions: in a child as `nobody` when the tests run as root. */
async function checkAsUnprivileged(dir: string): Promise<{ ok: boolean; error?: string }> {
  if (!isRoot) return checkState({ STATE_DIR: dir });
  const r = await runToEnd(TSX, [join(ROOT, 'tests/hardening/fixtures/runStateCheck.ts'), dir], { uid: NOBODY, env: { HOME: '/tmp' } });
  if (r.code !== 0) throw new Error(`runStateCheck failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { ok: boolean; error?: string };
}

describe('state checked at start', () => {
  it('GIVEN the state path is a folder (a volume mounted at the file path, a deploy mistake) THEN an error names it and says to remove or rename it', async () => {
    const dir = stateDir();
    mkdirSync(join(dir, 'cache.sqlite'));
    const r = await checkState({ STATE_DIR: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(join(dir, 'cache.sqlite'));
      expect(r.error).toMatch(/is a folder.*Remove or rename/);
    }
  });

  it('GIVEN a 0-byte state file (truncated) THEN an error, not a silent empty database', async () => {
    const dir = stateDir();
    writeFileSync(join(dir, 'cache.sqlite'), '');
    const r = await checkState({ STATE_DIR: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/cache\.sqlite is empty.*npm run backup/s);
  });

  it('GIVEN a file that is not a database (overwritten with other bytes) THEN an error naming it with the way back, and the file untouched', async () => {
    const dir = stateDir();
    const file = join(dir, 'cache.sqlite');
    writeFileSync(file, 'this is not a database\n'.repeat(500));
    const before = readFileSync(file);
    const r = await checkState({ STATE_DIR: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(file);
      expect(r.error).toMatch(/not a readable SQLite database.*npm run backup/s);
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('GIVEN a real state file with its pages damaged (a crash or disk fault) THEN an error, and the file untouched', async () => {
    const dir = stateDir();
    const file = await realStateFile(dir);
    const bytes = readFileSync(file);
    // Keep the 100-byte header, overwrite the rest of the first page and the pages after it.
    bytes.fill(0xa5, 100);
    writeFileSync(file, bytes);
    const r = await checkState({ STATE_DIR: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/damaged|not a readable SQLite database/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('GIVEN another process holding a lock on the state file (a second bot, a sqlite3 shell) THEN an error saying so', async () => {
    const dir = stateDir();
    const file = await realStateFile(dir);
    const holder = await startUntil('node', ['-e', `const s=require('sqlite3');const d=new s.Database(${JSON.stringify(file)});d.exec('BEGIN EXCLUSIVE',(e)=>{console.log(e?'failed '+e.message:'locked');setInterval(()=>{},1000)})`], /locked|failed/);
    try {
      const r = await checkState({ STATE_DIR: dir });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toContain(file);
        expect(r.error).toMatch(/another process holds a lock/);
      }
    } finally {
      holder.kill('SIGKILL');
    }
    // Once the other process is gone, the same file passes.
    await new Promise((r) => holder.once('exit', r));
    expect((await checkState({ STATE_DIR: dir })).ok).toBe(true);
  });

  it('GIVEN a read-only state folder and file (permissions; as root, checked as an unprivileged user) THEN an error saying the folder does not take writes', async () => {
    const dir = stateDir();
    await realStateFile(dir);
    chmodSync(join(dir, 'cache.sqlite'), 0o444);
    chmodSync(dir, 0o555);
    const r = await checkAsUnprivileged(dir);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/does not take writes.*permission denied \(EACCES\)/);
    expect(r.error).toContain(dir);
  });

  it('GIVEN a writable folder but a read-only state file (owned by another user) THEN an error saying it cannot be written', async () => {
    const dir = stateDir();
    const file = await realStateFile(dir);
    chmodSync(file, 0o444);
    if (isRoot) chownSync(dir, NOBODY, NOBODY);
    const r = await checkAsUnprivileged(dir);
    expect(r.ok).toBe(false);
    expect(r.error).toContain(file);
    expect(r.error).toMatch(/read-only|cannot be opened for writing/);
  });

  it('GIVEN a full disk (writes in the state folder answer ENOSPC: the probe file is a link to /dev/full, which the kernel answers exactly so) THEN an error saying there is no space', async () => {
    const dir = stateDir();
    await realStateFile(dir);
    symlinkSync('/dev/full', join(dir, WRITE_PROBE));
    const r = await checkState({ STATE_DIR: dir });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/no space left on the disk \(ENOSPC\)/);
  });

  it('GIVEN a damaged state file THEN startBot refuses to start with a StartupError naming it, and the file is not replaced', async () => {
    const dir = stateDir();
    const file = join(dir, 'cache.sqlite');
    writeFileSync(file, 'garbage'.repeat(1000));
    const before = readFileSync(file);
    const failed = await startHarness({ STATE_DIR: dir }).then(
      async (h) => {
        await h.close();
        return null;
      },
      (err: unknown) => err,
    );
    expect(failed).toBeInstanceOf(StartupError);
    expect((failed as Error).message).toContain(file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
