import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPoller, type NewArticlesEvent, type PollerDeps } from '../../src/sources/createPoller.js';
import { createFileSourceStore } from '../../src/sources/sourceStore.js';
import type { SourceEntry } from '../../src/sources/sourcesFile.js';

/** Test clock start: 2024-05-14 12:00 UTC. */
export const T0 = Date.parse('2024-05-14T12:00:00Z');

/** A poller over temporary corpus and state folders, with a hand-moved clock and recorded events. */
export function harness(sources: SourceEntry[], extra: Partial<PollerDeps> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'nb-sources-'));
  const corpusDir = join(root, 'corpus');
  const statePath = join(root, 'state', 'sources-state.json');
  const clock = { t: T0 };
  const events: NewArticlesEvent[] = [];
  const make = (more: Partial<PollerDeps> = {}) =>
    createPoller({
      sources,
      store: createFileSourceStore(statePath),
      corpusDir,
      now: () => clock.t,
      random: () => 0.5,
      options: { hostPerMinute: 1000, timeoutMs: 3000, maxBytes: 2_000_000 },
      onNewArticles: (e) => {
        events.push(e);
      },
      ...extra,
      ...more,
    });
  return { root, corpusDir, statePath, clock, events, poller: make(), make };
}

/** The JSON records written under `<corpusDir>/sources`, by file name. */
export function records(corpusDir: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  const base = join(corpusDir, 'sources');
  let hosts: string[] = [];
  try {
    hosts = readdirSync(base);
  } catch {
    return out;
  }
  for (const h of hosts) for (const f of readdirSync(join(base, h))) out.set(`${h}/${f}`, JSON.parse(readFileSync(join(base, h, f), 'utf8')) as Record<string, unknown>);
  return out;
}
