import { describe, expect, it } from 'vitest';
import { shardOptions } from '../../src/scale/shards.js';

describe('shard ids per process', () => {
  it('GIVEN SHARD_IDS=1 of SHARD_COUNT=2 THEN discord.js is asked for shard 1 of 2 only', () => {
    const r = shardOptions({ SHARD_IDS: '1', SHARD_COUNT: 2 });
    expect(r).toEqual({ ok: true, options: { shards: [1], shardCount: 2 }, description: 'shards 1 of 2' });
  });

  it('GIVEN SHARD_IDS with spaces and a repeat THEN each id once, in the given order', () => {
    const r = shardOptions({ SHARD_IDS: ' 2, 0,2', SHARD_COUNT: 3 });
    expect(r.ok && r.options.shards).toEqual([2, 0]);
  });

  it('GIVEN only SHARD_COUNT THEN this process runs every shard; GIVEN neither THEN discord.js decides', () => {
    const all = shardOptions({ SHARD_COUNT: 3 });
    expect(all.ok && all.options).toEqual({ shards: [0, 1, 2], shardCount: 3 });
    const none = shardOptions({});
    expect(none.ok && none.options).toEqual({});
  });
});
