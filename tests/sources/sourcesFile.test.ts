import { describe, expect, it } from 'vitest';
import { parseSourcesFile } from '../../src/sources/sourcesFile.js';
import { parseSourceOptions } from '../../src/sources/sourceOptions.js';

describe('parseSourcesFile', () => {
  it('GIVEN an object with sources THEN each entry is read, URLs in canonical form, repeats kept once', () => {
    const r = parseSourcesFile(
      JSON.stringify({
        sources: [
          { url: 'https://News.Example.com/rss.xml?utm_source=x#top', topic: 'missile shield', intervalSeconds: 600 },
          { url: 'https://news.example.com/rss.xml' },
          { url: 'https://other.example.org/story.html' },
        ],
      }),
    );
    expect(r).toEqual({
      ok: true,
      sources: [{ url: 'https://news.example.com/rss.xml', topic: 'missile shield', intervalSeconds: 600 }, { url: 'https://other.example.org/story.html' }],
    });
  });

  it('GIVEN a bare list THEN it is read like the object form', () => {
    const r = parseSourcesFile('[{"url":"http://a.example/feed"}]');
    expect(r).toEqual({ ok: true, sources: [{ url: 'http://a.example/feed' }] });
  });
});

describe('parseSourceOptions', () => {
  it('GIVEN values as strings THEN they become milliseconds, bytes and counts', () => {
    const r = parseSourceOptions({ SOURCE_POLL_SECONDS: '300', SOURCE_MAX_BYTES: '1000', SOURCE_TIMEOUT_SECONDS: '2.5', SOURCE_MAX_REDIRECTS: '0' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.options).toMatchObject({ pollMs: 300_000, maxBytes: 1000, timeoutMs: 2500, maxRedirects: 0, sourcesFile: 'data/sources.json' });
  });
});
