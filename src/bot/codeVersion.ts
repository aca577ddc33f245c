import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders whose code shapes a reply: a change there must not serve replies cached by the old code. */
const REPLY_CODE_DIRS = ['../commands', './answers', '../briefing/format', '../briefing/summarise', '../briefing/index'];

/**
 * A short hash of the source of everything that formats replies (commands, answers, the
 * briefing formatters and summariser), so a deploy with new formatting does not serve replies
 * the old code cached in the persistent store. Missing folders are skipped.
 */
export function replyCodeVersion(): string {
  const h = createHash('sha1');
  for (const rel of REPLY_CODE_DIRS) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|js|mjs)$/.test(f)).sort();
    } catch {
      continue;
    }
    for (const f of files) h.update(f).update(readFileSync(join(dir, f)));
  }
  return h.digest('hex').slice(0, 10);
}
