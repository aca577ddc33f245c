import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runToEnd, TSX } from './processes.js';
import { useTempDirs } from './tempDirs.js';

const BACKUP = join(ROOT, 'scripts/backup.ts');
const tmp = useTempDirs('nb-backup-');

describe('npm run backup refuses what it cannot copy', () => {
  it('GIVEN a Redis store THEN it exits 1 and points at Redis persistence, password hidden', async () => {
    const r = await runToEnd(TSX, [BACKUP, join(tmp(), 'x')], { env: { KEYV_URL: 'redis://user:secret@127.0.0.1:6379' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/BGSAVE/);
    expect(r.stderr).not.toContain('secret');
  });

  it('GIVEN an empty state folder THEN it exits 1 saying there is nothing to back up', async () => {
    const r = await runToEnd(TSX, [BACKUP, join(tmp(), 'x')], { env: { STATE_DIR: tmp() } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing to back up/);
  });

  it('GIVEN a state file that is not a database THEN it exits 1 and writes no copy that looks good', async () => {
    const state = tmp();
    writeFileSync(join(state, 'cache.sqlite'), 'not a database '.repeat(300));
    const dest = join(tmp(), 'x');
    const r = await runToEnd(TSX, [BACKUP, dest], { env: { STATE_DIR: state } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cache\.sqlite/);
    expect(r.stdout).not.toMatch(/done/);
  });

  it('GIVEN a destination that already holds a backup THEN it exits 1 and overwrites nothing', async () => {
    const dest = tmp();
    mkdirSync(dest, { recursive: true });
    writeFileSync(join(dest, 'cache.sqlite'), 'previous');
    const r = await runToEnd(TSX, [BACKUP, dest], { env: { STATE_DIR: tmp() } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already exists/);
  });
});
