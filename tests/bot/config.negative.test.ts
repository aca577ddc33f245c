import { describe, expect, it } from 'vitest';
import { parseBotConfig } from '../../src/config.js';

describe('bot configuration errors', () => {
  it('GIVEN no DISCORD_TOKEN (or an empty one) THEN the error names the variable and the developer portal', () => {
    for (const env of [{}, { DISCORD_TOKEN: '' }]) {
      const r = parseBotConfig(env);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.join('\n')).toMatch(/^DISCORD_TOKEN: .*discord\.com\/developers\/applications/m);
    }
  });

  it('GIVEN a bad API URL, a bad server id and a zero limit THEN each is named with what is expected', () => {
    const r = parseBotConfig({ DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x', DEV_GUILD_ID: 'my-server', USER_RATE_LIMIT: '0' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    expect(text).toMatch(/DISCORD_API_URL: must be an http\(s\) URL/);
    expect(text).toMatch(/DEV_GUILD_ID: must be a Discord server id/);
    expect(text).toMatch(/USER_RATE_LIMIT/);
  });

  it('GIVEN no analysis worker, a fraction of one or too many THEN ANALYSIS_WORKERS is refused by name', () => {
    for (const bad of ['0', '1.5', '33', 'many']) {
      const r = parseBotConfig({ DISCORD_TOKEN: 't', ANALYSIS_WORKERS: bad });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(/^ANALYSIS_WORKERS: /m);
    }
  });

  it('GIVEN a negative, fractional, huge or worded count THEN WARM_TOPICS is refused by name', () => {
    for (const bad of ['-1', '2.5', '1001', 'all']) {
      const r = parseBotConfig({ DISCORD_TOKEN: 't', WARM_TOPICS: bad });
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors.join('\n')).toMatch(/^WARM_TOPICS: /m);
    }
  });

  it('GIVEN paging longer than interaction tokens live THEN it is refused', () => {
    expect(parseBotConfig({ DISCORD_TOKEN: 't', PAGE_TIMEOUT_SECONDS: '900' }).ok).toBe(false);
  });
});
