import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/bot/cacheStore.js';
import { checkState } from '../../src/bot/stateCheck.js';
import { useTempDirs } from './tempDirs.js';

const stateDir = useTempDirs('nb-state-');

describe('checkState on good state', () => {
  it('GIVEN no state file yet THEN a fresh start', async () => {
    const dir = stateDir();
    expect(await checkState({ STATE_DIR: join(dir, 'new') })).toEqual({ ok: true, file: join(dir, 'new', 'cache.sqlite'), fresh: true });
  });

  it('GIVEN the bot\'s own state file THEN it passes and its content is unchanged', async () => {
    const dir = stateDir();
    const store = createStore({ STATE_DIR: dir }, 'digest');
    if (!store.ok) throw new Error(store.error);
    await store.keyv.set('sub:abc', { topic: 'missile-shield' });
    await store.keyv.disconnect();
    const r = await checkState({ STATE_DIR: dir });
    expect(r).toEqual({ ok: true, file: join(dir, 'cache.sqlite'), fresh: false });
    const again = createStore({ STATE_DIR: dir }, 'digest');
    if (!again.ok) throw new Error(again.error);
    expect(await again.keyv.get('sub:abc')).toEqual({ topic: 'missile-shield' });
    await again.keyv.disconnect();
    expect(readFileSync(join(dir, 'cache.sqlite')).subarray(0, 16).toString()).toBe('SQLite format 3\0');
  });

  it('GIVEN a Redis store THEN there is no file to check', async () => {
    expect(await checkState({ STATE_DIR: 'var', KEYV_URL: 'redis://127.0.0.1:6379' })).toEqual({ ok: true, file: null, fresh: false });
  });
});
