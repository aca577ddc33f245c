import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/sources/fetchResource.js';
import { startServer, withEtag, type LocalServer } from './localServer.js';

const S = { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 3, userAgent: 'newsbrief-test' };
let srv: LocalServer;

beforeAll(async () => {
  srv = await startServer();
  srv.routes.set('/feed', withEtag(() => '<rss version="2.0"><channel><title>t</title></channel></rss>', 'application/rss+xml'));
  srv.routes.set('/moved', (_q, r) => r.writeHead(301, { location: '/hop' }).end());
  srv.routes.set('/hop', (_q, r) => r.writeHead(302, { location: `${srv.base}/feed` }).end());
  srv.routes.set('/lm', (req, res) => {
    const lm = 'Tue, 14 May 2024 08:00:00 GMT';
    if (req.headers['if-modified-since'] === lm) res.writeHead(304).end();
    else res.writeHead(200, { 'last-modified': lm, 'content-type': 'text/html' }).end('<p>x</p>');
  });
});
afterAll(() => srv.close());

describe('fetchResource', () => {
  it('GIVEN a first request THEN the body, final URL and ETag come back; GIVEN that ETag THEN the answer is not-modified', async () => {
    const first = await fetchResource(fetch, `${srv.base}/feed`, S);
    expect(first.kind).toBe('ok');
    if (first.kind !== 'ok') return;
    expect(new TextDecoder().decode(first.bytes)).toContain('<rss');
    expect(first.etag).toBeTruthy();
    const second = await fetchResource(fetch, `${srv.base}/feed`, S, { etag: first.etag });
    expect(second.kind).toBe('not-modified');
    expect(srv.requests.at(-1)!.headers['if-none-match']).toBe(first.etag);
    expect(srv.requests.at(-1)!.headers['user-agent']).toBe('newsbrief-test');
  });

  it('GIVEN a Last-Modified answer THEN If-Modified-Since gets a 304', async () => {
    const first = await fetchResource(fetch, `${srv.base}/lm`, S);
    expect(first.kind === 'ok' && first.lastModified).toBe('Tue, 14 May 2024 08:00:00 GMT');
    const second = await fetchResource(fetch, `${srv.base}/lm`, S, { lastModified: first.kind === 'ok' ? first.lastModified : null });
    expect(second.kind).toBe('not-modified');
  });

  it('GIVEN two redirects (relative and absolute) within the limit THEN they are followed to the final URL', async () => {
    const r = await fetchResource(fetch, `${srv.base}/moved`, S);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.url).toBe(`${srv.base}/feed`);
  });
});
