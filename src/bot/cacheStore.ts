import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';

/** Table of the SQLite store. */
const SQLITE_TABLE = 'keyv';
/** Wait this long (ms) for a lock held by another process before SQLite gives up. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export type StoreResult = { ok: true; keyv: Keyv; description: string } | { ok: false; error: string };

/**
 * The one place a Keyv store is chosen, from `KEYV_URL`:
 * - unset: SQLite at `STATE_DIR/cache.sqlite` (@keyv/sqlite);
 * - `sqlite://PATH`: SQLite at PATH;
 * - `redis://…` / `rediss://…`: needs @keyv/redis, not installed yet (a clear error, not a fallback);
 * - anything else: a clear error naming the supported forms.
 * `namespace` separates users of one store (cache, later subscriptions).
 */
export function createStore(options: { KEYV_URL?: string | undefined; STATE_DIR: string }, namespace: string): StoreResult {
  const url = options.KEYV_URL;
  let file: string;
  if (url === undefined) file = join(options.STATE_DIR, 'cache.sqlite');
  else if (url.startsWith('sqlite://')) file = url.slice('sqlite://'.length);
  else if (/^rediss?:\/\//.test(url)) {
    return { ok: false, error: `KEYV_URL=${url.replace(/\/\/[^@/]*@/, '//***@')} selects Redis, but the @keyv/redis package is not installed. Install it (npm install @keyv/redis) or unset KEYV_URL to use SQLite under STATE_DIR.` };
  } else {
    return { ok: false, error: `KEYV_URL "${url.split(':')[0]}:…" is not supported. Use sqlite://PATH, or leave KEYV_URL unset for SQLite at STATE_DIR/cache.sqlite (redis://… once @keyv/redis is installed).` };
  }
  if (file === '') return { ok: false, error: 'KEYV_URL=sqlite:// needs a file path, e.g. sqlite://var/cache.sqlite' };
  try {
    mkdirSync(dirname(resolve(file)), { recursive: true });
  } catch (err) {
    return { ok: false, error: `cannot create the folder for ${file}: ${(err as Error).message}` };
  }
  const store = new KeyvSqlite({ uri: `sqlite://${file}`, table: SQLITE_TABLE, busyTimeout: SQLITE_BUSY_TIMEOUT_MS });
  return { ok: true, keyv: new Keyv({ store, namespace }), description: `sqlite:${file}` };
}
