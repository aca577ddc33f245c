import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPoller, type Poller } from '../../src/sources/createPoller.js';
import { createMemorySourceStore } from '../../src/sources/sourceStore.js';
import { digestOptions } from './digestHelpers.js';
import { startHarness, type Harness } from './harness.js';

/** A feed whose one item carries its full text (no page fetch needed). */
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>
<item><title>Port strike ends after pay deal</title><link>http://127.0.0.1/strike</link><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate>
<description><![CDATA[<p>ROTTERDAM (Reuters) - Dock workers ended a week-long strike on Tuesday after unions accepted a pay offer, the port authority said, reopening Europe's busiest container port to shipping.</p><p>"This deal is good for workers and for the port," union leader Anna Visser told reporters, adding that members had voted by a large majority to accept it.</p><p>Shipping lines said queues of vessels outside the port would take several days to clear, and some cargo had already been diverted to Antwerp and Hamburg during the stoppage.</p>]]></description></item>
</channel></rss>`;

describe('/source against the emulator, with a real poller and a local feed', () => {
  let server: Server;
  let feedUrl: string;
  let corpusDir: string;
  let poller: Poller;
  let h: Harness;

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(FEED);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    corpusDir = mkdtempSync(join(tmpdir(), 'nb-source-corpus-'));
    poller = createPoller({ sources: [], store: createMemorySourceStore(), corpusDir, options: { hostPerMinute: 600 } });
    h = await startHarness({}, { sources: poller });
  });

  afterAll(async () => {
    await h?.close();
    await poller?.stop();
    await new Promise<void>((r) => server.close(() => r()));
  });

  it('GIVEN a member without Manage Server THEN /source add is refused and nothing is added', async () => {
    const o = await h.emu.command('source', digestOptions('add', { url: feedUrl }), { permissions: '0' });
    expect(o.ephemeral).toBe(true);
    expect(JSON.stringify(o.message)).toContain('Not allowed');
    expect(await poller.list()).toEqual([]);
  });

  it('GIVEN an address that is not http(s) THEN it is refused before any fetch', async () => {
    const o = await h.emu.command('source', digestOptions('add', { url: 'file:///etc/passwd' }), {});
    expect(JSON.stringify(o.message)).toContain('Not a web address');
    expect(await poller.list()).toEqual([]);
  });

  it('GIVEN an admin adds a feed THEN it is polled into the corpus folder and /source list shows it, and remove stops it', async () => {
    const added = await h.emu.command('source', digestOptions('add', { url: feedUrl, topic: 'port strike' }), {});
    expect(JSON.stringify(added.message)).toContain('Source added');
    const outcome = await poller.pollOnce(feedUrl);
    expect(outcome.status).toBe('new');
    const hostDirs = readdirSync(join(corpusDir, 'sources'));
    expect(hostDirs).toHaveLength(1);
    expect(readdirSync(join(corpusDir, 'sources', hostDirs[0]!))).toHaveLength(1);

    const listed = await h.emu.command('source', digestOptions('list', {}), {});
    const text = JSON.stringify(listed.message);
    expect(listed.ephemeral).toBe(true);
    expect(text).toContain('items seen 1');
    expect(text).toContain('articles stored 1');

    const removed = await h.emu.command('source', digestOptions('remove', { source: feedUrl }), {});
    expect(JSON.stringify(removed.message)).toContain('Source removed');
    expect(await poller.list()).toEqual([]);
  });
});
