/**
 * `npm run backup [DEST]`: a consistent copy of the bot's state, safe while the bot runs.
 *
 * - `STATE_DIR/cache.sqlite` (or `KEYV_URL=sqlite://PATH`): the reply cache, digest subscriptions
 *   and their delivery state, copied with SQLite's `VACUUM INTO` — one read transaction, so the copy
 *   is the database as of one commit even while the bot writes (a plain file copy taken mid-write
 *   can be torn). The copy is checked (`PRAGMA integrity_check`) before the script says it is done.
 * - `STATE_DIR/sources-state.json` (live sources), copied as is: the poller saves it atomically
 *   (temporary file + rename), so any moment's file is whole.
 *
 * DEST defaults to `STATE_DIR/backups/<UTC timestamp>/`; it must not hold a previous backup.
 * Restore: stop the bot, copy the two files back into STATE_DIR, start it.
 * A Redis store (`KEYV_URL=redis://…`) is not a file: back it up with Redis's own persistence
 * (RDB snapshot `BGSAVE`, or AOF); the script says so and exits 1.
 *
 * Exit codes: 0 done, 1 the backup failed (message on stderr), 2 configuration error.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sqlite3 from 'sqlite3';
import { loadDotEnv, parseConfig, processEnv } from '../src/config.js';
import { isRedisUrl, redactUrl } from '../src/scale/redisUrl.js';
import { SOURCES_STATE_FILE } from '../src/sources/openSources.js';

/** Wait this long (ms) for the bot's write lock to clear before the copy gives up. */
const BUSY_TIMEOUT_MS = 10_000;
/** The Keyv table in the SQLite store (cacheStore.ts). */
const KEYV_TABLE = 'keyv';

function fail(message: string, code = 1): never {
  process.stderr.write(`newsbrief backup: ${message}\n`);
  process.exit(code);
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((ok, no) => {
    const db = new sqlite3.Database(file, mode, (err) => (err ? no(err) : ok(db)));
  });
}
const run = (db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<void> => new Promise((ok, no) => db.run(sql, params, (err) => (err ? no(err) : ok())));
const all = (db: sqlite3.Database, sql: string): Promise<Record<string, unknown>[]> => new Promise((ok, no) => db.all(sql, (err, rows) => (err ? no(err) : ok(rows as Record<string, unknown>[]))));
const close = (db: sqlite3.Database): Promise<void> => new Promise((ok) => db.close(() => ok()));

loadDotEnv();
const parsed = parseConfig(processEnv());
if (!parsed.ok) fail(`configuration error:\n  ${parsed.errors.join('\n  ')}`, 2);
const config = parsed.config;
const url = config.KEYV_URL;
if (url !== undefined && isRedisUrl(url)) {
  fail(`KEYV_URL=${redactUrl(url)} keeps the state in Redis, not in a file: back it up with Redis's own persistence (BGSAVE for an RDB snapshot, or AOF).`);
}
const source = url?.startsWith('sqlite://') ? url.slice('sqlite://'.length) : join(config.STATE_DIR, 'cache.sqlite');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const dest = resolve(process.argv[2] ?? join(config.STATE_DIR, 'backups', stamp));
const target = join(dest, 'cache.sqlite');
if (existsSync(target)) fail(`${target} already exists; give another folder (npm run backup -- DEST).`);
try {
  mkdirSync(dest, { recursive: true });
} catch (err) {
  fail(`cannot create ${dest}: ${(err as Error).message}`);
}

const copied: string[] = [];
if (existsSync(source)) {
  let db: sqlite3.Database;
  try {
    db = await open(source, sqlite3.OPEN_READONLY);
  } catch (err) {
    fail(`cannot open ${source}: ${(err as Error).message}`);
  }
  db.configure('busyTimeout', BUSY_TIMEOUT_MS);
  try {
    await run(db, 'VACUUM INTO ?', [target]);
  } catch (err) {
    await close(db);
    fail(`copying ${source} failed: ${(err as Error).message}`);
  }
  await close(db);
  const copy = await open(target, sqlite3.OPEN_READONLY);
  const check = (await all(copy, 'PRAGMA integrity_check')).map((r) => String(Object.values(r)[0])).join('; ');
  const tables = (await all(copy, "SELECT name FROM sqlite_master WHERE type = 'table'")).map((r) => String(r['name']));
  const entries = tables.includes(KEYV_TABLE) ? Number((await all(copy, `SELECT COUNT(*) AS n FROM ${KEYV_TABLE}`))[0]?.['n'] ?? 0) : 0;
  await close(copy);
  if (check !== 'ok') fail(`the copy ${target} does not pass SQLite's integrity check (${check}); the original may be damaged. Keep the previous backup.`);
  copied.push(`${source} → ${target} (${entries} entries, integrity ok)`);
} else {
  process.stderr.write(`newsbrief backup: no ${source} yet (nothing stored so far); skipped.\n`);
}

const sources = join(config.STATE_DIR, SOURCES_STATE_FILE);
if (existsSync(sources)) {
  try {
    copyFileSync(sources, join(dest, SOURCES_STATE_FILE));
    copied.push(`${sources} → ${join(dest, SOURCES_STATE_FILE)}`);
  } catch (err) {
    fail(`copying ${sources} failed: ${(err as Error).message}`);
  }
}
if (copied.length === 0) fail(`nothing to back up in ${config.STATE_DIR} (STATE_DIR).`);
process.stdout.write(`newsbrief backup: done in ${dest}\n  ${copied.join('\n  ')}\nRestore: stop the bot, copy these files back into STATE_DIR, start it.\n`);
