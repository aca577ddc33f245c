import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntList } from '../../../src/briefing/index/intList.js';

describe('IntList', () => {
  it('GIVEN any integers pushed past its capacity THEN it holds them in order, and toArray is exactly them', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 300 }), fc.integer({ min: 1, max: 8 }), (xs, capacity) => {
        const list = new IntList(capacity);
        for (const x of xs) list.push(x);
        expect(list.length).toBe(xs.length);
        expect([...list.data.subarray(0, list.length)]).toEqual(xs);
        const copy = list.toArray();
        expect([...copy]).toEqual(xs);
        expect(copy.buffer).not.toBe(list.data.buffer);
      }),
    );
  });

  it('GIVEN a freed list THEN it is empty and takes new entries', () => {
    const list = new IntList(2);
    [1, 2, 3].forEach((x) => list.push(x));
    list.free();
    expect(list.length).toBe(0);
    expect(list.data.length).toBe(0);
    list.push(7);
    expect([...list.toArray()]).toEqual([7]);
  });

  it('GIVEN any list THEN finish gives exactly its entries, in its own buffer only when at most a quarter of it is unused', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 200 }), fc.integer({ min: 1, max: 300 }), (xs, capacity) => {
        const list = new IntList(capacity);
        for (const x of xs) list.push(x);
        const own = list.data;
        const out = list.finish();
        expect([...out]).toEqual(xs);
        expect(out.buffer === own.buffer).toBe(own.length - xs.length <= own.length * 0.25);
      }),
    );
  });
});
