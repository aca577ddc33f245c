import { describe, expect, it } from 'vitest';
import { pageAddress } from '../../../src/briefing/ingest/pageAddress.js';

describe('pageAddress: the address a saved page names at its top', () => {
  it('GIVEN `URL: …`, `Source: <…>` or a bare address as a first line THEN that address', () => {
    expect(pageAddress('URL: https://example.com/2020/10/16/eu-talks/\n\nBRUSSELS: EU chief …')).toBe('https://example.com/2020/10/16/eu-talks/');
    expect(pageAddress('\n\nSource: <https://example.com/a>\nHeadline')).toBe('https://example.com/a');
    expect(pageAddress('https://example.com/b\nHeadline\n')).toBe('https://example.com/b');
  });
  it('GIVEN an address only further down the page, or inside a sentence THEN null', () => {
    expect(pageAddress('Headline\n\nA lead paragraph.\n\nAnother.\n\nhttps://example.com/c')).toBeNull();
    expect(pageAddress('Read it at https://example.com/d today.\n')).toBeNull();
  });
});
