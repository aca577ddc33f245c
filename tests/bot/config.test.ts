import { describe, expect, it } from 'vitest';
import { parseBotConfig, parseConfig } from '../../src/config.js';

describe('bot configuration', () => {
  it('GIVEN only a token THEN the defaults apply (SQLite under var, 5 commands per 10 s, 120 s paging)', () => {
    const r = parseBotConfig({ DISCORD_TOKEN: 'abc.def.ghi' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.STATE_DIR).toBe('var');
    expect(r.config.KEYV_URL).toBeUndefined();
    expect(r.config.USER_RATE_LIMIT).toBe(5);
    expect(r.config.USER_RATE_WINDOW_SECONDS).toBe(10);
    expect(r.config.PAGE_TIMEOUT_SECONDS).toBe(120);
    expect(r.config.CORPUS_DIR).toBe('data');
    // One analysis worker unless more are asked for (each holds its own language model).
    expect(r.config.ANALYSIS_WORKERS).toBe(1);
    const six = parseBotConfig({ DISCORD_TOKEN: 't', ANALYSIS_WORKERS: '6' });
    expect(six.ok && six.config.ANALYSIS_WORKERS).toBe(6);
    // 64 topics are warmed unless told otherwise; 0 turns the warm-up off.
    expect(r.config.WARM_TOPICS).toBe(64);
    const off = parseBotConfig({ DISCORD_TOKEN: 't', WARM_TOPICS: '0' });
    expect(off.ok && off.config.WARM_TOPICS).toBe(0);
  });

  it('GIVEN numbers as strings and an emulator URL THEN they are parsed', () => {
    const r = parseBotConfig({ DISCORD_TOKEN: 't', USER_RATE_LIMIT: '2', USER_RATE_WINDOW_SECONDS: '0.5', DISCORD_API_URL: 'http://127.0.0.1:4000/api', DEV_GUILD_ID: '123456789012345678' });
    expect(r.ok && r.config.USER_RATE_LIMIT).toBe(2);
    expect(r.ok && r.config.USER_RATE_WINDOW_SECONDS).toBe(0.5);
    expect(r.ok && r.config.DISCORD_API_URL).toBe('http://127.0.0.1:4000/api');
  });

  it('GIVEN the CLI configuration THEN no token is needed', () => {
    expect(parseConfig({}).ok).toBe(true);
  });
});
