import { lstatSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import { isRedisUrl } from '../scale/redisUrl.js';

/** Name of the probe file written (and removed) in the state folder to prove it takes writes. */
export const WRITE_PROBE = '.newsbrief-write-probe';
/** Bytes written by the probe: a few pages, so a disk with no room left fails it. */
const PROBE_BYTES = 64 * 1024;
/** How long the check waits for another process's lock on the database before calling it locked, ms. */
const LOCK_WAIT_MS = 1000;

/** What to do, appended to every state error. */
const RESTORE_HINT = 'Subscriptions and delivery state live in this file; the bot does not start on an empty store in its place. Restore the latest copy made by `npm run backup`, or, to start with no subscriptions on purpose, move the file away.';

export type StateCheck = { ok: true; file: string | null; fresh: boolean } | { ok: false; error: string };

/**
 * Checks, before the bot opens its stores, that the SQLite state file (`STATE_DIR/cache.sqlite`, or
 * `KEYV_URL=sqlite://PATH`) can be read and written, so a bad state file stops the start with a
 * sentence naming the file and what to do, instead of the store failing later (lost
 * subscriptions, writes that silently do not stick) or being replaced by an empty one:
 *
 * - the folder cannot be created or written (read-only file system or permissions: EROFS, EACCES)
 *   or has no room (ENOSPC): a probe file of {@link PROBE_BYTES} is written there and removed;
 * - the path is a folder or not a regular file;
 * - the file is empty (0 bytes: truncated; SQLite would silently treat it as a new database);
 * - SQLite cannot read it (not a database, damaged: `PRAGMA quick_check` is not `ok`);
 * - another process holds a lock on it (`BEGIN IMMEDIATE` stays busy for {@link LOCK_WAIT_MS});
 * - a write transaction fails (read-only file, full disk): `PRAGMA user_version` is written back
 *   unchanged inside the transaction, so the check changes nothing.
 *
 * A missing file is a fresh start (`fresh: true`). Redis stores (`KEYV_URL=redis://…`) are not
 * files: `file: null`, nothing to check here. Expected failures are values, never throws.
 */
export async function checkState(options: { STATE_DIR: string; KEYV_URL?: string | undefined }): Promise<StateCheck> {
  const url = options.KEYV_URL;
  if (url !== undefined && isRedisUrl(url)) return { ok: true, file: null, fresh: false };
  const file = url?.startsWith('sqlite://') ? url.slice('sqlite://'.length) : join(options.STATE_DIR, 'cache.sqlite');
  if (file === '') return { ok: true, file: null, fresh: false }; // createStore names this error
  const dir = dirname(resolve(file));

  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    return { ok: false, error: `cannot create the state folder ${dir} (STATE_DIR): ${describeFsError(err)}. Point STATE_DIR at a writable folder.` };
  }
  const probe = join(dir, WRITE_PROBE);
  try {
    writeFileSync(probe, Buffer.alloc(PROBE_BYTES));
  } catch (err) {
    return { ok: false, error: `the state folder ${dir} does not take writes: ${describeFsError(err)}. Free space or fix the folder's permissions (or point STATE_DIR elsewhere); ${file} must stay writable.` };
  } finally {
    try {
      unlinkSync(probe);
    } catch {
      // Nothing was created, or it is already gone.
    }
  }

  let size: number;
  try {
    const st = lstatSync(file);
    if (st.isDirectory()) return { ok: false, error: `${file} is a folder, not the SQLite state file. Remove or rename that folder (or set KEYV_URL=sqlite://PATH to a file).` };
    if (!st.isFile()) return { ok: false, error: `${file} is not a regular file (a link, device or socket), so it cannot be the SQLite state file. Replace it with the file itself.` };
    size = st.size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, file, fresh: true };
    return { ok: false, error: `cannot read ${file}: ${describeFsError(err)}.` };
  }
  if (size === 0) return { ok: false, error: `${file} is empty (0 bytes): it was truncated, and SQLite would take it for a new, empty database. ${RESTORE_HINT}` };

  const problem = await probeDatabase(file);
  return problem === null ? { ok: true, file, fresh: false } : { ok: false, error: `${file}: ${problem}` };
}

/** Opens the database read-write and checks it reads, is not locked, and takes a write; null when all is well. */
async function probeDatabase(file: string): Promise<string | null> {
  let db: sqlite3.Database;
  try {
    db = await new Promise<sqlite3.Database>((ok, fail) => {
      const d = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => (err ? fail(err) : ok(d)));
    });
  } catch (err) {
    return explain(err);
  }
  db.configure('busyTimeout', LOCK_WAIT_MS);
  const all = (sql: string): Promise<Record<string, unknown>[]> => new Promise((ok, fail) => db.all(sql, (err, rows) => (err ? fail(err) : ok(rows as Record<string, unknown>[]))));
  const exec = (sql: string): Promise<void> => new Promise((ok, fail) => db.exec(sql, (err) => (err ? fail(err) : ok())));
  try {
    const check = await all('PRAGMA quick_check');
    const verdict = check.map((r) => String(Object.values(r)[0])).join('; ');
    if (verdict !== 'ok') return `SQLite finds it damaged (${verdict.slice(0, 200)}). ${RESTORE_HINT}`;
    const [row] = await all('PRAGMA user_version');
    const version = Number(row ? Object.values(row)[0] : 0) || 0;
    await exec('BEGIN IMMEDIATE');
    try {
      await exec(`PRAGMA user_version = ${version}`);
      await exec('COMMIT');
    } catch (err) {
      await exec('ROLLBACK').catch(() => undefined);
      throw err;
    }
    return null;
  } catch (err) {
    return explain(err);
  } finally {
    await new Promise<void>((ok) => db.close(() => ok()));
  }
}

/** A sentence for a SQLite error, by its code. */
function explain(err: unknown): string {
  const e = err as Error & { code?: string };
  switch (e.code) {
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return `another process holds a lock on it (another newsbrief on the same STATE_DIR, or a sqlite3 shell or backup holding it open). Stop that process, or give this bot its own STATE_DIR.`;
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return `is not a readable SQLite database (${e.message}). ${RESTORE_HINT}`;
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return `cannot be opened for writing (${e.message}): the file or its folder is read-only. Make both writable by the bot's user.`;
    case 'SQLITE_FULL':
    case 'SQLITE_IOERR':
      return `a write failed (${e.message}): the disk is full or failing. Free space, then start again.`;
    default:
      return `SQLite cannot use it (${e.message}). ${RESTORE_HINT}`;
  }
}

/** A file-system error as a short phrase with its code. */
function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const what: Record<string, string> = { ENOSPC: 'no space left on the disk', EROFS: 'read-only file system', EACCES: 'permission denied', EPERM: 'operation not permitted', ENOTDIR: 'a part of the path is a file, not a folder', EEXIST: 'a file is in the way' };
  return `${(e.code && what[e.code]) ?? e.message}${e.code ? ` (${e.code})` : ''}`;
}
