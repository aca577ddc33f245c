import { describe, expect, it } from 'vitest';
import { findSpeaker } from '../../../src/briefing/index/findSpeaker.js';
import type { Speaker } from '../../../src/briefing/types.js';

const speakers: Speaker[] = [
  { id: 'robert-m-gates', name: 'Robert M. Gates', aliases: ['Gates', 'the secretary'], title: null, kind: 'person' },
  { id: 'sergei-ivanov', name: 'Sergei Ivanov', aliases: ['Ivanov'], title: null, kind: 'person' },
];

describe('findSpeaker: names it does not know', () => {
  it('GIVEN a near miss beyond typo tolerance THEN not found, the closest speaker suggested', () => {
    const r = findSpeaker('Ivanova Petrova', speakers);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.suggestions.map((s) => s.id)).toEqual(['sergei-ivanov']);
  });
  it('GIVEN an unrelated name THEN not found and nothing close suggested', () => {
    const r = findSpeaker('Merkel', speakers);
    expect(r).toEqual({ ok: false, suggestions: [] });
  });
  it('GIVEN a description (`the secretary`) or an empty query THEN not a lookup key', () => {
    expect(findSpeaker('the secretary', speakers).ok).toBe(false);
    expect(findSpeaker('  ', speakers).ok).toBe(false);
  });
});
