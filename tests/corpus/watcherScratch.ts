import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * Scratch space for watcher tests: `folder()` makes a temporary folder and `keep(x)` hands back
 * what it is given (a watcher, an analyser); after each test everything kept is closed, the last
 * kept first (a watcher before the analyser it uses), and the folders are removed.
 */
export function watcherScratch(prefix: string): { folder(): string; keep<T extends { close(): Promise<void> }>(x: T): T } {
  let folders: string[] = [];
  let kept: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const x of kept.reverse()) await x.close();
    for (const f of folders) rmSync(f, { recursive: true, force: true });
    kept = [];
    folders = [];
  });
  return {
    folder() {
      const f = mkdtempSync(join(tmpdir(), prefix));
      folders.push(f);
      return f;
    },
    keep(x) {
      kept.push(x);
      return x;
    },
  };
}
