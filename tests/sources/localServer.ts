import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A test HTTP server on 127.0.0.1 (random port, no internet): routes by path, counts requests, records headers. */
export interface LocalServer {
  base: string;
  routes: Map<string, Handler>;
  /** Requests per path (query ignored). */
  hits: Map<string, number>;
  /** Request headers of every request, in order. */
  requests: { path: string; headers: IncomingMessage['headers'] }[];
  count(path: string): number;
  close(): Promise<void>;
}

export async function startServer(): Promise<LocalServer> {
  const routes = new Map<string, Handler>();
  const hits = new Map<string, number>();
  const requests: LocalServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push({ path, headers: req.headers });
    const h = routes.get(path);
    if (!h) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    h(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    hits,
    requests,
    count: (p) => hits.get(p) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Serves fixed text with an ETag, answering 304 to a matching If-None-Match. */
export function withEtag(body: () => string, contentType: string): Handler {
  return (req, res) => {
    const text = body();
    const etag = `"${Buffer.from(text).length.toString(16)}-${simpleHash(text)}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { 'content-type': contentType, etag }).end(text);
  };
}

/** Serves fixed text without validators (every request gets the full body). */
export function plain(body: () => string, contentType: string): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': contentType }).end(body());
  };
}

function simpleHash(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(16);
}
