import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSources, SOURCES_STATE_FILE } from '../../src/sources/openSources.js';
import { defaultSourceOptions } from '../../src/sources/sourceOptions.js';
import { rss, STORIES } from './fixtures.js';
import { plain, startServer, type LocalServer } from './localServer.js';

let srv: LocalServer;
beforeAll(async () => {
  srv = await startServer();
  srv.routes.set('/feed.xml', plain(() => rss('Wire', [{ story: STORIES[0]!, link: '/news/a', full: true }]), 'application/rss+xml'));
});
afterAll(() => srv.close());

describe('openSources', () => {
  it('GIVEN a sources file and a state folder THEN the poller lists the file sources and keeps its state under the state folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nb-open-'));
    const sourcesFile = join(root, 'sources.json');
    writeFileSync(sourcesFile, JSON.stringify({ sources: [{ url: `${srv.base}/feed.xml`, topic: 'ports' }] }));
    const r = await openSources({ options: { ...defaultSourceOptions(), sourcesFile }, stateDir: join(root, 'var'), corpusDir: join(root, 'data') });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((await r.poller.list()).map((s) => [s.url, s.topic])).toEqual([[`${srv.base}/feed.xml`, 'ports']]);
    expect(await r.poller.pollDue()).toMatchObject([{ status: 'new', newArticles: 1 }]);
    await r.poller.stop();
    expect(existsSync(join(root, 'var', SOURCES_STATE_FILE))).toBe(true);
  });

  it('GIVEN an invalid sources file THEN the errors name the file and entry and no poller is made', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nb-open-'));
    const sourcesFile = join(root, 'sources.json');
    writeFileSync(sourcesFile, JSON.stringify({ sources: [{ url: 'not a url' }] }));
    const r = await openSources({ options: { ...defaultSourceOptions(), sourcesFile }, stateDir: root, corpusDir: root });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toContain('sources.0.url');
  });
});
