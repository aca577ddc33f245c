/**
 * `npm run backup` as a process: a consistent copy of the state while another process is in the
 * middle of a write, that the bot's own store reads back, plus sources-state.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/bot/cacheStore.js';
import { checkState } from '../../src/bot/stateCheck.js';
import { ROOT, runToEnd, startUntil, TSX } from './processes.js';
import { useTempDirs } from './tempDirs.js';

const BACKUP = join(ROOT, 'scripts/backup.ts');
const tmp = useTempDirs('nb-backup-');

/** Subscription-like entries written through the bot's own store. */
const SUBS = { 'sub:a': { channelId: '1', topic: 'missile-shield' }, 'sub:b': { channelId: '2', topic: 'all' } };

async function stateWithSubscriptions(dir: string): Promise<void> {
  const store = createStore({ STATE_DIR: dir }, 'digest');
  if (!store.ok) throw new Error(store.error);
  for (const [k, v] of Object.entries(SUBS)) await store.keyv.set(k, v);
  await store.keyv.disconnect();
}

describe('npm run backup', () => {
  it('GIVEN state with subscriptions, sources-state.json, and another process in the middle of an uncommitted write THEN the copy holds exactly the committed state and passes the start check', async () => {
    const state = tmp();
    const dest = join(tmp(), 'copy');
    await stateWithSubscriptions(state);
    writeFileSync(join(state, 'sources-state.json'), JSON.stringify({ sources: [{ url: 'https://example.org/feed' }] }));
    const file = join(state, 'cache.sqlite');
    // A writer holding a RESERVED lock with a row not yet committed (as the bot is mid-transaction).
    const writer = await startUntil('node', ['-e', `const s=require('sqlite3');const d=new s.Database(${JSON.stringify(file)});d.exec("BEGIN IMMEDIATE; INSERT INTO keyv(key,value) VALUES('digest:sub:uncommitted','{}')",(e)=>{console.log(e?'failed '+e.message:'writing');setInterval(()=>{},1000)})`], /writing|failed/);
    let r;
    try {
      r = await runToEnd(TSX, [BACKUP, dest], { env: { STATE_DIR: state } });
    } finally {
      writer.kill('SIGKILL');
    }
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/done in .*copy/);
    expect(r.stdout).toMatch(/2 entries, integrity ok/);
    expect(readFileSync(join(dest, 'sources-state.json'), 'utf8')).toContain('https://example.org/feed');
    expect(await checkState({ STATE_DIR: dest })).toMatchObject({ ok: true, fresh: false });
    const copy = createStore({ STATE_DIR: dest }, 'digest');
    if (!copy.ok) throw new Error(copy.error);
    for (const [k, v] of Object.entries(SUBS)) expect(await copy.keyv.get(k)).toEqual(v);
    expect(await copy.keyv.get('sub:uncommitted')).toBeUndefined();
    await copy.keyv.disconnect();
  });

  it('GIVEN no destination THEN the copy goes under STATE_DIR/backups/<timestamp>/', async () => {
    const state = tmp();
    await stateWithSubscriptions(state);
    const r = await runToEnd(TSX, [BACKUP], { env: { STATE_DIR: state } });
    expect(r.code).toBe(0);
    const where = /done in (\S+)/.exec(r.stdout)?.[1];
    expect(where).toMatch(new RegExp(`^${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/backups/\\d{4}-\\d\\d-\\d\\dT`));
    expect(existsSync(join(where!, 'cache.sqlite'))).toBe(true);
  });
});
