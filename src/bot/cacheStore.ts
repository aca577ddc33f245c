import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { isRedisUrl, redactUrl } from '../scale/redisUrl.js';

/** Table of the SQLite store. */
const SQLITE_TABLE = 'keyv';
/** Wait this long (ms) for a lock held by another process before SQLite gives up. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;
/** Key prefix in Redis when none is configured (`REDIS_PREFIX`). */
const DEFAULT_REDIS_PREFIX = 'newsbrief';

/**
 * @keyv/redis, loaded when a Redis store is first made: it brings node-redis (about 25 MB of
 * resident memory) that a bot on SQLite never uses. Loaded with `require` (the package ships a
 * CommonJS build) because choosing a store is synchronous.
 */
function keyvRedis(): typeof import('@keyv/redis').default {
  return (createRequire(import.meta.url)('@keyv/redis') as typeof import('@keyv/redis')).default;
}

export type StoreResult = { ok: true; keyv: Keyv; description: string } | { ok: false; error: string };

/**
 * The one place a Keyv store is chosen, from `KEYV_URL`:
 * - unset: SQLite at `STATE_DIR/cache.sqlite` (@keyv/sqlite);
 * - `sqlite://PATH`: SQLite at PATH;
 * - `redis://…` / `rediss://…`: Redis (@keyv/redis), keys `<REDIS_PREFIX>:<namespace>::<key>`,
 *   shared by every process given the same URL and prefix;
 * - anything else: a clear error naming the supported forms.
 * `namespace` separates users of one store (reply cache, digests). The Redis connection is made
 * on first use; a Redis that does not answer shows as store errors (the Keyv `error` event).
 */
export function createStore(options: { KEYV_URL?: string | undefined; STATE_DIR: string; REDIS_PREFIX?: string | undefined }, namespace: string): StoreResult {
  const url = options.KEYV_URL;
  let file: string;
  if (url === undefined) file = join(options.STATE_DIR, 'cache.sqlite');
  else if (url.startsWith('sqlite://')) file = url.slice('sqlite://'.length);
  else if (isRedisUrl(url)) {
    const ns = `${options.REDIS_PREFIX ?? DEFAULT_REDIS_PREFIX}:${namespace}`;
    // The adapter prefixes keys with its namespace; Keyv's own prefix is off so keys are not prefixed twice.
    const KeyvRedis = keyvRedis();
    const store = new KeyvRedis(url, { namespace: ns });
    return { ok: true, keyv: new Keyv({ store, namespace: ns, useKeyPrefix: false }), description: `redis:${redactUrl(url)} (${ns})` };
  } else {
    return { ok: false, error: `KEYV_URL "${url.split(':')[0]}:…" is not supported. Use sqlite://PATH or redis://HOST:PORT, or leave KEYV_URL unset for SQLite at STATE_DIR/cache.sqlite.` };
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
