import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled bot's entry as `npm run start:prod` names it. */
const PROD_ENTRY = 'dist/bot/main.js';

/**
 * The Node.js flags `npm run start:prod` starts the bot with (read from package.json, the one
 * place they are written), so that the bench measures the bot as it is deployed: its garbage
 * collector's settings change its memory at ready and its command latency.
 * `override` (the bench's `--node-flags "…"`, space-separated; an empty string for none) replaces
 * them, to compare settings on one machine.
 * Throws when the script is not `node [--flag …] dist/bot/main.js` (a bench that silently measured
 * another start than the deployed one would be wrong).
 */
export function productionNodeFlags(root: string, override?: string): string[] {
  if (override !== undefined) return override.split(/\s+/).filter((f) => f !== '');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const script = pkg.scripts?.['start:prod'] ?? '';
  const words = script.trim().split(/\s+/);
  const flags = words.slice(1, -1);
  if (words[0] !== 'node' || words.at(-1) !== PROD_ENTRY || flags.some((f) => !f.startsWith('--'))) {
    throw new Error(`package.json start:prod is not "node [--flag …] ${PROD_ENTRY}": ${JSON.stringify(script)}`);
  }
  return flags;
}
