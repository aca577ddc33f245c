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

  it('GIVEN more keys than its limit THEN the most recent half of the limit is kept and the oldest are made again, with the same answer', () => {
    const memo = new BoundedMemo<{ n: number }, number>(4);
    const keys = [0, 1, 2, 3, 4, 5].map((n) => ({ n }));
    let made = 0;
    const make = (k: { n: number }): number => {
      made++;
      return k.n * 10;
    };
    for (const k of keys) memo.get(k, make);
    expect(made).toBe(6);
    // The two latest keys are kept whatever came before them.
    expect(memo.get(keys[5]!, make)).toBe(50);
    expect(memo.get(keys[4]!, make)).toBe(40);
    expect(made).toBe(6);
    // The oldest were forgotten: made again, the same value.
    expect(memo.get(keys[0]!, make)).toBe(0);
    expect(made).toBe(7);
  });

  it('GIVEN a limit and many keys THEN no more than about the limit are kept at once', () => {
    const memo = new BoundedMemo<{ n: number }, number>(4);
    const keys = Array.from({ length: 40 }, (_, n) => ({ n }));
    let made = 0;
    for (const k of keys) memo.get(k, (x) => (made++, x.n));
    made = 0;
    for (const k of keys) memo.get(k, (x) => (made++, x.n));
    // Asking all 40 again in order finds none still kept (each ask pushes older ones out).
    expect(made).toBe(40);
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
