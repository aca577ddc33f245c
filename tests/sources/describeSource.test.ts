import { describe, expect, it } from 'vitest';
import { describeSource } from '../../src/sources/describeSource.js';
import type { SourceStatus } from '../../src/sources/createPoller.js';

const base: SourceStatus = {
  id: 'abc123',
  url: 'https://news.example/rss.xml',
  topic: 'missile shield',
  origin: 'admin',
  kind: 'feed',
  intervalSeconds: 900,
  lastSuccess: '2024-05-14T12:00:00.000Z',
  lastError: null,
  lastItemError: null,
  consecutiveFailures: 0,
  nextTry: '2024-05-14T12:15:00.000Z',
  itemsSeen: 12,
  articlesStored: 10,
  duplicates: 2,
};

describe('describeSource', () => {
  it('GIVEN a healthy source THEN the field shows its counts, last success and next try as Discord timestamps', () => {
    const f = describeSource(base);
    expect(f.name).toBe('abc123 · <https://news.example/rss.xml>');
    expect(f.value).toContain('items seen 12 · articles stored 10 · duplicates 2');
    expect(f.value).toContain(`last success: <t:${Date.parse(base.lastSuccess!) / 1000}:R>`);
    expect(f.value).toContain(`next try: <t:${Date.parse(base.nextTry!) / 1000}:R>`);
    expect(f.value).not.toContain('failing');
  });

  it('GIVEN a failing source with a hostile, long error text THEN it says failing with the count, escaped and within the field limit', () => {
    const f = describeSource({ ...base, consecutiveFailures: 3, lastError: { at: '2024-05-14T12:05:00.000Z', message: `@everyone **HTTP 500** ${'x'.repeat(5000)}` } });
    expect(f.value).toContain('failing (3×)');
    expect(f.value).not.toContain('@everyone');
    expect(f.value).toContain('\\*\\*HTTP 500\\*\\*');
    expect(f.value.length).toBeLessThanOrEqual(1024);
  });
});
