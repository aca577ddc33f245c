import { join } from 'node:path';
import { createPoller, type Poller, type PollerDeps } from './createPoller.js';
import type { SourceOptions } from './sourceOptions.js';
import { readSourcesFile } from './sourcesFile.js';
import { createFileSourceStore } from './sourceStore.js';

/** Name of the poller's state file under STATE_DIR. */
export const SOURCES_STATE_FILE = 'sources-state.json';

export interface OpenSourcesOptions extends Omit<PollerDeps, 'sources' | 'store' | 'options'> {
  /** Validated options (`parseSourceOptions`); `sourcesFile` is read here. */
  options: SourceOptions;
  /** STATE_DIR: the state goes to `<stateDir>/sources-state.json`. */
  stateDir: string;
}

/**
 * Reads the sources file and builds the poller with its state file under `stateDir` — the one call
 * the bot needs before `poller.start()`. An invalid sources file is returned as errors naming the
 * entry (a missing file is no sources); nothing is fetched until `start()` or `pollOnce()`.
 */
export async function openSources(o: OpenSourcesOptions): Promise<{ ok: true; poller: Poller; count: number } | { ok: false; errors: string[] }> {
  const file = await readSourcesFile(o.options.sourcesFile);
  if (!file.ok) return file;
  const { stateDir, ...deps } = o;
  const poller = createPoller({ ...deps, sources: file.sources, store: createFileSourceStore(join(stateDir, SOURCES_STATE_FILE)) });
  return { ok: true, poller, count: file.sources.length };
}
