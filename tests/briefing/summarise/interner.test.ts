import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interner } from '../../../src/briefing/summarise/interner.js';

describe('Interner', () => {
  it('GIVEN strings THEN each gets one id, numbered in order of first use, and names it back', () => {
    const i = new Interner();
    expect(['shield', 'missile', 'shield', 'poland'].map((s) => i.id(s))).toEqual([0, 1, 0, 2]);
    expect(i.size).toBe(3);
    expect(i.name(1)).toBe('missile');
    expect(i.find('poland')).toBe(2);
    expect(i.find('russia')).toBeUndefined();
    expect(i.size).toBe(3); // find never gives an id
  });

  it('GIVEN a full table THEN the next new string starts a new generation with ids from 0, and old strings are no longer known', () => {
    const i = new Interner(2);
    i.id('a');
    i.id('b');
    expect(i.generation).toBe(0);
    expect(i.id('a')).toBe(0); // known strings never start over
    expect(i.id('c')).toBe(0);
    expect(i.generation).toBe(1);
    expect(i.size).toBe(1);
    expect(i.find('a')).toBeUndefined();
    expect(i.name(0)).toBe('c');
  });

  it('GIVEN a list whose strings make the table start over part-way THEN all its ids are of the new generation and name its strings', () => {
    const i = new Interner(4);
    i.id('a');
    i.id('b');
    i.id('c');
    const got = i.idsOf(['d', 'e', 'f']);
    expect(got.generation).toBe(i.generation);
    expect(i.generation).toBe(1);
    expect([...got.ids].map((id) => i.name(id))).toEqual(['d', 'e', 'f']);
  });

  it('GIVEN a batch read across a start-over THEN what was read before it is read again, and all of it is current', () => {
    // Room for the batch (six strings), but not for it and what the table held before.
    const i = new Interner(8);
    for (const s of ['p0', 'p1', 'p2', 'p3', 'p4']) i.id(s);
    const kept = new Map<string, { generation: number; ids: Int32Array }>();
    // A memo as the summariser keeps: a kept value of an older generation is made again.
    const read = (w: string) => {
      const k = kept.get(w);
      if (k && i.isCurrent(k)) return k;
      const made = i.idsOf([w, `${w}2`]);
      kept.set(w, made);
      return made;
    };
    const got = i.readAll(['x', 'y', 'z'], read);
    expect(i.generation).toBe(1);
    expect(got.every(i.isCurrent)).toBe(true);
    expect(got.map((g) => [...g.ids].map((id) => i.name(id)))).toEqual([
      ['x', 'x2'],
      ['y', 'y2'],
      ['z', 'z2'],
    ]);
  });

  it('GIVEN more distinct strings than the table holds THEN idsOf throws instead of starting over forever', () => {
    expect(() => new Interner(2).idsOf(['a', 'b', 'c'])).toThrow(/more distinct strings/);
  });

  it('GIVEN random lists and sets of strings THEN idsOf gives, in their order, the ids that id gives one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('shield', 'missile', 'poland', 'radar', 'talks', 'gates', 'putin', ''), { maxLength: 12 }), fc.boolean(), (words, asSet) => {
        const a = new Interner();
        const b = new Interner();
        const input = asSet ? new Set(words) : words;
        const got = a.idsOf(input);
        expect(got.ids).toBeInstanceOf(Int32Array);
        expect([...got.ids]).toEqual([...input].map((w) => b.id(w)));
        expect(got.generation).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

