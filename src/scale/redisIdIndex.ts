import type { Redis } from 'ioredis';
import type { IdIndex } from '../digests/subscriptionStore.js';

/** Subscription ids as a Redis set at `key`: SADD/SREM are atomic, so processes adding at once keep every id. */
export function redisIdIndex(redis: Redis, key: string): IdIndex {
  return {
    all: () => redis.smembers(key),
    add: async (id) => void (await redis.sadd(key, id)),
    remove: async (id) => void (await redis.srem(key, id)),
  };
}
