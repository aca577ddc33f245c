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
});
