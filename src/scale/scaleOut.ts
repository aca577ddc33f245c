import type { Logger } from '../bot/logger.js';
import type { SlotQueue } from '../digests/slotQueue.js';
import type { StoreOptions } from '../digests/subscriptionStore.js';
import { isRedisUrl, redactUrl } from './redisUrl.js';
import type { SharedUserLimit } from './sharedUserLimit.js';

/** Longest wait for Redis to answer at start, ms. */
const CONNECT_TIMEOUT_MS = 5_000;

export interface ScaleOutConfig {
  KEYV_URL?: string | undefined;
  REDIS_PREFIX: string;
  USER_RATE_LIMIT: number;
  USER_RATE_WINDOW_SECONDS: number;
  OUTBOUND_PER_SECOND: number;
  DIGEST_JOB_LOCK_SECONDS: number;
}

/** What several processes on one Redis share beyond the Keyv stores. */
export interface ScaleOut {
  /** `redis://host:port` (password hidden) and the key prefix, for the log. */
  description: string;
  /** Per-user command limit over all processes. */
  users: SharedUserLimit;
  /** Digest slots from the shared queue, and the subscription store opened for sharing. */
  digests: { queue: SlotQueue; storeOptions: StoreOptions };
  close(): Promise<void>;
}

export type ScaleOutResult = { ok: true; scale: ScaleOut | null } | { ok: false; error: string };

/**
 * With `KEYV_URL=redis://…`: checks Redis answers, then opens what the processes share there, every
 * key under `REDIS_PREFIX` — the per-user limiter (`<prefix>:users:*`), the subscription id set
 * (`<prefix>:digest:ids`) and the digest queue (`<prefix>:bull:digest-slots:*`); the Keyv stores
 * are `<prefix>:reply::*` and `<prefix>:digest::*` (cacheStore.ts). Any other KEYV_URL: null
 * (one process; croner and in-memory limits).
 */
export async function openScaleOut(config: ScaleOutConfig, log: Logger): Promise<ScaleOutResult> {
  const url = config.KEYV_URL;
  if (url === undefined || !isRedisUrl(url)) return { ok: true, scale: null };
  const prefix = config.REDIS_PREFIX;
  // Imported only here: ioredis, BullMQ and the Redis limiter are about 25 MB of resident memory
  // that a one-process bot (SQLite, no KEYV_URL to Redis) never uses.
  const [{ Redis }, { BullSlotQueue }, { redisIdIndex }, { sharedUserLimit }] = await Promise.all([
    import('ioredis'),
    import('./bullSlotQueue.js'),
    import('./redisIdIndex.js'),
    import('./sharedUserLimit.js'),
  ]);
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: CONNECT_TIMEOUT_MS });
  redis.on('error', (err) => log.debug({ err }, 'redis connection error'));
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    return { ok: false, error: `Redis at ${redactUrl(url)} (KEYV_URL) does not answer: ${(err as Error).message}. Start it, fix KEYV_URL, or unset KEYV_URL to run one process on SQLite.` };
  }
  const queue = new BullSlotQueue({ url, prefix: `${prefix}:bull`, perSecond: config.OUTBOUND_PER_SECOND, lockMs: config.DIGEST_JOB_LOCK_SECONDS * 1000, log });
  return {
    ok: true,
    scale: {
      description: `${redactUrl(url)} prefix ${prefix}`,
      users: sharedUserLimit(redis, { keyPrefix: `${prefix}:users`, limit: config.USER_RATE_LIMIT, windowMs: config.USER_RATE_WINDOW_SECONDS * 1000 }),
      digests: { queue, storeOptions: { shared: true, index: redisIdIndex(redis, `${prefix}:digest:ids`) } },
      async close() {
        await queue.close().catch(() => undefined);
        await redis.quit().catch(() => undefined);
      },
    },
  };
}
