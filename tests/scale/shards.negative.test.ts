import { describe, expect, it } from 'vitest';
import { shardOptions } from '../../src/scale/shards.js';

describe('shard settings refused', () => {
  it('GIVEN SHARD_IDS without SHARD_COUNT THEN the error says SHARD_COUNT is needed', () => {
    const r = shardOptions({ SHARD_IDS: '0' });
    expect(!r.ok && r.error).toMatch(/needs SHARD_COUNT/);
  });

  it('GIVEN an id out of range, negative, fractional or empty THEN the error names it and the range', () => {
    for (const ids of ['2', '-1', '0.5', '0,,1', 'a']) {
      const r = shardOptions({ SHARD_IDS: ids, SHARD_COUNT: 2 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/from 0 to 1/);
    }
  });
});
