import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/bot/cacheStore.js';
import { ReplyCache, replyKey } from '../../src/bot/replyCache.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('reply cache', () => {
  it('GIVEN no KEYV_URL THEN replies persist in STATE_DIR/cache.sqlite across cache instances', async () => {
    dir = mkdtempSync(join(tmpdir(), 'nb-cache-'));
    const a = createStore({ STATE_DIR: dir }, 'reply');
    if (!a.ok) throw new Error(a.error);
    const cache = new ReplyCache(a.keyv, 60_000);
    const key = replyKey('brief', { topic: 'missile-shield' }, 'v1');
    await cache.set(key, { pages: [{ embeds: [{ title: 'T' }] }] });
    await cache.close();
    expect(existsSync(join(dir, 'cache.sqlite'))).toBe(true);
    const b = createStore({ STATE_DIR: dir }, 'reply');
    if (!b.ok) throw new Error(b.error);
    const again = new ReplyCache(b.keyv, 60_000);
    expect((await again.get(key)).answer?.pages[0]?.embeds[0]?.title).toBe('T');
    expect(again.stats.hits).toBe(1);
    await again.close();
  });

  it('GIVEN option order, spacing or case differ THEN the key is the same; a new corpus version or other options THEN it differs', () => {
    const k = replyKey('brief', { topic: 'Missile-Shield ', length: 'full' }, 'v1');
    expect(replyKey('brief', { length: 'full', topic: 'missile-shield' }, 'v1')).toBe(k);
    expect(replyKey('brief', { length: 'full', topic: 'missile-shield' }, 'v2')).not.toBe(k);
    expect(replyKey('brief', { length: 'short', topic: 'missile-shield' }, 'v1')).not.toBe(k);
    expect(replyKey('timeline', { length: 'full', topic: 'missile-shield' }, 'v1')).not.toBe(k);
  });
});
