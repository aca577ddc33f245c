import { describe, expect, it } from 'vitest';
import { parseSourcesFile } from '../../src/sources/sourcesFile.js';
import { parseSourceOptions } from '../../src/sources/sourceOptions.js';

describe('parseSourcesFile on bad files', () => {
  it('GIVEN invalid JSON THEN the error names the file', () => {
    const r = parseSourcesFile('{ sources: ', 'data/sources.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatch(/^data\/sources\.json: is not valid JSON/);
  });

  it('GIVEN a non-http URL, a too-short interval and a missing url THEN each error names its entry', () => {
    const r = parseSourcesFile(JSON.stringify({ sources: [{ url: 'ftp://x.example/feed' }, { url: 'https://ok.example/', intervalSeconds: 5 }, { topic: 'x' }] }), 's.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.startsWith('s.json: sources.0.url: must be an http(s) URL'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('s.json: sources.1.intervalSeconds'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('s.json: sources.2.url'))).toBe(true);
  });
});

describe('parseSourceOptions on bad values', () => {
  it('GIVEN a poll interval under a minute or a non-number THEN the error names the variable', () => {
    const r = parseSourceOptions({ SOURCE_POLL_SECONDS: '10', SOURCE_MAX_BYTES: 'lots' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.startsWith('SOURCE_POLL_SECONDS:'))).toBe(true);
    expect(r.errors.some((e) => e.startsWith('SOURCE_MAX_BYTES:'))).toBe(true);
  });
});
