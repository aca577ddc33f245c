import { describe, expect, it } from 'vitest';
import { contentKey, isSummaryOnly } from '../../src/sources/articleRecord.js';
import { STORIES } from './fixtures.js';

const story = STORIES[0]!;

describe('contentKey', () => {
  it('GIVEN a wire story reprinted with other case, punctuation and a copyright trailer THEN the key is the same', () => {
    const reprint = [...story.paragraphs.map((p) => p.toUpperCase().replace(/,/g, ' ,  ')), 'Copyright AFP 2024. All rights reserved.'];
    // The trailer falls beyond the opening that makes the key only if the body is long enough; pad the story like a real one.
    const long = [...story.paragraphs, ...story.paragraphs];
    const longReprint = [...reprint.slice(0, -1), ...story.paragraphs, 'Copyright AFP 2024.'];
    expect(contentKey({ paragraphs: longReprint })).toBe(contentKey({ paragraphs: long }));
  });

  it('GIVEN two different stories THEN the keys differ', () => {
    expect(contentKey({ paragraphs: STORIES[0]!.paragraphs })).not.toBe(contentKey({ paragraphs: STORIES[1]!.paragraphs }));
  });
});

describe('isSummaryOnly', () => {
  it('GIVEN a one-sentence teaser THEN it is a summary', () => {
    expect(isSummaryOnly([story.paragraphs[0]!])).toBe(true);
  });
  it('GIVEN a long text cut off with an ellipsis or Read more THEN it is a summary', () => {
    const long = story.paragraphs.join(' ') + ' ' + story.paragraphs.join(' ');
    expect(isSummaryOnly([long + ' […]'])).toBe(true);
    expect(isSummaryOnly([long, 'Read more »'])).toBe(true);
  });
  it('GIVEN a whole article THEN it is not a summary', () => {
    expect(isSummaryOnly([...story.paragraphs, ...STORIES[1]!.paragraphs])).toBe(false);
  });
});
