import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { ReplyCache } from '../../src/bot/replyCache.js';
import type { Answer } from '../../src/bot/types.js';

/** A Keyv store whose writes land only after `delayMs` (a slow disk or a remote store). */
function slowStore(delayMs: number): Map<string, unknown> {
  const m = new Map<string, unknown>();
  const set = m.set.bind(m);
  return Object.assign(m, {
    set(key: string, value: unknown) {
      setTimeout(() => set(key, value), delayMs);
      return new Promise((resolve) => setTimeout(resolve, delayMs + 1));
    },
  }) as Map<string, unknown>;
}

const answer: Answer = { pages: [{ embeds: [{ title: 'A brief' }] }] };

describe('ReplyCache.settled', () => {
  it('GIVEN a reply whose store write is still in flight WHEN settled() is awaited before clear() THEN the entry does not come back', async () => {
    const cache = new ReplyCache(new Keyv({ store: slowStore(30) }), 60_000);
    const write = cache.set('k', answer);
    await cache.settled();
    await cache.clear();
    expect(await write).toBeNull();
    await new Promise((r) => setTimeout(r, 60)); // past the store's delay: a write still in flight would have landed by now
    expect((await cache.get('k')).answer).toBeUndefined();
  });

  it('GIVEN no write in flight THEN settled() resolves at once', async () => {
    const cache = new ReplyCache(new Keyv(), 60_000);
    await cache.settled();
    await cache.set('k', answer);
    await cache.settled();
    expect((await cache.get('k')).answer).toEqual(answer);
  });
});
