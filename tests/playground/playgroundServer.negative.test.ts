import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Playground } from '../../src/dev/playground/startPlayground.js';
import { postJson, startTestPlayground } from './playgroundHarness.js';

let pg: Playground;

/** A raw request (the path and Host header sent exactly as given). */
function raw(path: string, host: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: pg.server.port, path, method, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  pg = await startTestPlayground();
});
afterAll(async () => {
  await pg?.stop();
});

describe('requests the playground refuses', () => {
  it('GIVEN a Host other than its loopback address (DNS rebinding) THEN 403', async () => {
    expect((await raw('/api/state', 'evil.example:80')).status).toBe(403);
    expect((await raw('/api/state', `127.0.0.1:${pg.server.port}`)).status).toBe(200);
  });

  it('GIVEN a path outside the page folder THEN 404, nothing read', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/commandLine.d.ts', '/attachments/123/x.png']) {
      expect((await raw(path, `127.0.0.1:${pg.server.port}`)).status).toBe(404);
    }
  });

  it('GIVEN a post that is not JSON (e.g. a cross-site form) THEN 415 and no interaction', async () => {
    const before = pg.emu.rest().length;
    const res = await fetch(new URL('/api/command', pg.url), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'text=/help' });
    expect(res.status).toBe(415);
    expect(pg.emu.records.filter((r) => r.kind === 'gateway' && r.t === 'INTERACTION_CREATE')).toHaveLength(0);
    expect(pg.emu.rest().length).toBe(before);
  });

  it('GIVEN an unknown command or a missing option THEN 400 with a sentence, and nothing is sent to the bot', async () => {
    const unknown = await postJson(pg.url, '/api/command', { text: '/nosuch' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/not a command/);
    const missing = await postJson(pg.url, '/api/command', { text: '/brief length:short' });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatch(/needs topic/);
    expect(pg.emu.records.filter((r) => r.kind === 'gateway' && r.t === 'INTERACTION_CREATE')).toHaveLength(0);
  });

  it('GIVEN a button that is not on the message, or no such message THEN refused', async () => {
    const msg = (await postJson(pg.url, '/api/button', { messageId: '1', customId: 'pg:x:1' }));
    expect(msg.status).toBe(404);
    const post = await pg.bot.post(pg.emu.channel.id, { embeds: [{ title: 'plain' }] });
    const none = await postJson(pg.url, '/api/button', { messageId: post.id, customId: 'pg:x:1' });
    expect(none.status).toBe(400);
  });

  it('GIVEN malformed JSON THEN 400', async () => {
    const res = await fetch(new URL('/api/command', pg.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":' });
    expect(res.status).toBe(400);
  });
});
