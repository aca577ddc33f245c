import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchResource } from '../../src/sources/fetchResource.js';
import { startServer, type LocalServer } from './localServer.js';

const S = { timeoutMs: 5000, maxBytes: 1_000_000, maxRedirects: 3, userAgent: 'newsbrief-test' };
/** The oversized body of the size-limit test: 20 MB, streamed in 64 KiB chunks. */
const BIG_BYTES = 20 * 1024 * 1024;
const CHUNK = 64 * 1024;
let srv: LocalServer;
/** Bytes the big-body handler managed to hand to the socket before the client went away. */
let bigSent = 0;
let bigClosed: Promise<void> = Promise.resolve();

beforeAll(async () => {
  srv = await startServer();
  srv.routes.set('/loop-a', (_q, r) => r.writeHead(302, { location: '/loop-b' }).end());
  srv.routes.set('/loop-b', (_q, r) => r.writeHead(302, { location: '/loop-a' }).end());
  for (let i = 0; i < 10; i++) srv.routes.set(`/chain${i}`, (_q, r) => r.writeHead(301, { location: `/chain${i + 1}` }).end());
  srv.routes.set('/nowhere', (_q, r) => r.writeHead(302).end());
  srv.routes.set('/ftp', (_q, r) => r.writeHead(302, { location: 'ftp://example.invalid/x' }).end());
  srv.routes.set('/big', (_q, res) => {
    bigSent = 0;
    bigClosed = new Promise((resolve) => res.on('close', () => resolve()));
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(CHUNK, 'a');
    const pump = (): void => {
      while (bigSent < BIG_BYTES && !res.destroyed) {
        bigSent += CHUNK;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  });
  srv.routes.set('/big-declared', (_q, res) => {
    res.writeHead(200, { 'content-length': String(BIG_BYTES), 'content-type': 'text/html' });
    res.write('x'); // never finished: the client must refuse on the header alone
  });
  srv.routes.set('/slow', (_q, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>'); // headers arrive, the body never completes
  });
  srv.routes.set('/busy', (_q, r) => r.writeHead(429, { 'retry-after': '120' }).end('slow down'));
  srv.routes.set('/unavailable', (_q, r) => r.writeHead(503, { 'retry-after': 'Tue, 14 May 2024 12:10:00 GMT' }).end());
  srv.routes.set('/broken', (_q, r) => r.writeHead(500).end('oops'));
});
afterAll(() => srv.close());

describe('fetchResource failures are values', () => {
  it('GIVEN a redirect loop THEN it is reported as a loop, naming the URL', async () => {
    const r = await fetchResource(fetch, `${srv.base}/loop-a`, S);
    expect(r).toMatchObject({ kind: 'error', code: 'redirect-loop' });
    if (r.kind === 'error') expect(r.message).toContain('/loop-a');
  });

  it('GIVEN more redirects than allowed THEN it stops at the limit', async () => {
    const before = srv.count('/chain4');
    const r = await fetchResource(fetch, `${srv.base}/chain0`, S);
    expect(r).toMatchObject({ kind: 'error', code: 'too-many-redirects' });
    expect(srv.count('/chain4')).toBe(before); // chain0..chain3 asked, never chain4
  });

  it('GIVEN a redirect without Location or to another scheme THEN it is a bad redirect', async () => {
    expect(await fetchResource(fetch, `${srv.base}/nowhere`, S)).toMatchObject({ kind: 'error', code: 'bad-redirect' });
    expect(await fetchResource(fetch, `${srv.base}/ftp`, S)).toMatchObject({ kind: 'error', code: 'bad-redirect' });
  });

  it('GIVEN a 20 MB streamed body THEN the transfer is cut off just past the limit', async () => {
    const r = await fetchResource(fetch, `${srv.base}/big`, S);
    expect(r).toMatchObject({ kind: 'error', code: 'too-large' });
    await bigClosed;
    // The server could only push what the socket buffers took before the client hung up: far below 20 MB.
    expect(bigSent).toBeLessThan(BIG_BYTES / 2);
  });

  it('GIVEN a Content-Length over the limit THEN it is refused without reading the body', async () => {
    expect(await fetchResource(fetch, `${srv.base}/big-declared`, S)).toMatchObject({ kind: 'error', code: 'too-large' });
  });

  it('GIVEN a response that never completes THEN it times out', async () => {
    const r = await fetchResource(fetch, `${srv.base}/slow`, { ...S, timeoutMs: 300 });
    expect(r).toMatchObject({ kind: 'error', code: 'timeout' });
  });

  it('GIVEN 429 with Retry-After seconds or 503 with an HTTP-date THEN the wait comes back', async () => {
    expect(await fetchResource(fetch, `${srv.base}/busy`, S)).toMatchObject({ kind: 'error', code: 'rate-limited', status: 429, retryAfterMs: 120_000 });
    const r = await fetchResource(fetch, `${srv.base}/unavailable`, S, {}, { nowMs: Date.parse('2024-05-14T12:00:00Z') });
    expect(r).toMatchObject({ kind: 'error', code: 'rate-limited', status: 503, retryAfterMs: 600_000 });
  });

  it('GIVEN a 500 or a 404 THEN it is an HTTP error with the status', async () => {
    expect(await fetchResource(fetch, `${srv.base}/broken`, S)).toMatchObject({ kind: 'error', code: 'http', status: 500 });
    expect(await fetchResource(fetch, `${srv.base}/missing`, S)).toMatchObject({ kind: 'error', code: 'http', status: 404 });
  });

  it('GIVEN nothing listening THEN it is a network error', async () => {
    const r = await fetchResource(fetch, 'http://127.0.0.1:1/feed', S);
    expect(r).toMatchObject({ kind: 'error', code: 'network' });
  });
});
