import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HASH_SLICE_CHARS, hashOf } from '../../src/bot/answers/scope.js';

/** What hashOf stands for: the sha1 of every part joined whole by the separator (its first 20 hex characters). */
const joinedWhole = (lists: readonly (readonly string[])[]): string => createHash('sha1').update(lists.flat().join('\u0000')).digest('hex').slice(0, 20);

describe('hashOf', () => {
  it('GIVEN lists of parts, short or long enough to be hashed in several slices THEN the hash is that of all parts joined whole', () => {
    // Long parts are a short random string repeated (fast-check keeps generated strings short by default).
    const long = fc.tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }), fc.integer({ min: 1000, max: 40_000 })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)));
    const part = fc.oneof(fc.string({ maxLength: 40 }), long);
    fc.assert(
      fc.property(fc.array(fc.array(part, { maxLength: 12 }), { maxLength: 5 }), (lists) => {
        expect(hashOf(...lists)).toBe(joinedWhole(lists));
      }),
      { numRuns: 150 },
    );
  });

  it('GIVEN parts around the slice size (empty parts, a part ending a slice, one longer than a slice) THEN the hash is that of the whole join', () => {
    const cases: string[][][] = [
      [[]],
      [[''], ['']],
      [['a'.repeat(HASH_SLICE_CHARS - 1)], ['b', '', 'c']],
      [['a'.repeat(HASH_SLICE_CHARS)], [''], ['x']],
      [['é'.repeat(3 * HASH_SLICE_CHARS)], ['y'.repeat(HASH_SLICE_CHARS + 1), 'z']],
    ];
    for (const lists of cases) expect(hashOf(...lists)).toBe(joinedWhole(lists));
    // The separator stands between parts: moving it moves the hash.
    expect(hashOf(['ab', 'c'])).not.toBe(hashOf(['a', 'bc']));
  });
});
