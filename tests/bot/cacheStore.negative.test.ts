import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/bot/cacheStore.js';

describe('cache store selection errors', () => {
  it('GIVEN KEYV_URL=redis://user:password@… THEN a Redis store is chosen and its description hides the password', async () => {
    const r = createStore({ KEYV_URL: 'redis://user:secret@127.0.0.1:6379', STATE_DIR: 'var', REDIS_PREFIX: 'p' }, 'reply');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.description).toMatch(/^redis:/);
    expect(r.description).toContain('p:reply');
    expect(r.description).not.toContain('secret');
  });

  it('GIVEN an unknown KEYV_URL scheme or an empty sqlite path THEN the error lists what is supported', () => {
    const a = createStore({ KEYV_URL: 'mongodb://x', STATE_DIR: 'var' }, 'reply');
    expect(!a.ok && a.error).toMatch(/sqlite:\/\/PATH/);
    const b = createStore({ KEYV_URL: 'sqlite://', STATE_DIR: 'var' }, 'reply');
    expect(!b.ok && b.error).toMatch(/needs a file path/);
  });
});
