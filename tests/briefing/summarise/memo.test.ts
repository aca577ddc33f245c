import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../../src/briefing/summarise/memo.js';

describe('BoundedMemo', () => {
  it('GIVEN a key asked twice THEN the value is made once and the same value is returned', () => {
    const memo = new BoundedMemo<object, number[]>(10);
    let made = 0;
    const key = {};
    const first = memo.get(key, () => [made++]);
    expect(memo.get(key, () => [made++])).toBe(first);
    expect(made).toBe(1);
  });

  it('GIVEN more keys than its limit THEN it starts over: earlier keys are made again, with the same answer', () => {
    const memo = new BoundedMemo<{ n: number }, number>(3);
    const keys = [0, 1, 2, 3].map((n) => ({ n }));
    let made = 0;
    const make = (k: { n: number }): number => {
      made++;
      return k.n * 10;
    };
    for (const k of keys) memo.get(k, make);
    expect(made).toBe(4);
    // The fourth key started a new table: the first is no longer kept, the fourth is.
    expect(memo.get(keys[3]!, make)).toBe(30);
    expect(made).toBe(4);
    expect(memo.get(keys[0]!, make)).toBe(0);
    expect(made).toBe(5);
  });

  it('GIVEN a freshness check that rejects the kept value THEN it is made again and replaces it', () => {
    const memo = new BoundedMemo<object, { generation: number }>(10);
    const key = {};
    let generation = 0;
    const first = memo.get(key, () => ({ generation }));
    generation = 1;
    const fresh = (v: { generation: number }): boolean => v.generation === generation;
    const second = memo.get(key, () => ({ generation }), fresh);
    expect(second).not.toBe(first);
    expect(second.generation).toBe(1);
    expect(memo.get(key, () => ({ generation: 99 }), fresh)).toBe(second);
  });
});
