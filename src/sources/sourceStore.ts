import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './writeFileAtomic.js';

/** Most item URLs (and content keys) remembered per source: far more than any feed's window, so an item is never taken twice while it is in its feed. */
export const MAX_SEEN_PER_SOURCE = 5000;

const errorSchema = z.object({ at: z.number(), message: z.string(), code: z.string() });

/** What is kept about one source between runs. Times are epoch milliseconds. */
export const sourceStateSchema = z.object({
  id: z.string(),
  url: z.string(),
  topic: z.string().nullable(),
  /** The source's own interval (s); null uses SOURCE_POLL_SECONDS. */
  intervalSeconds: z.number().nullable(),
  /** `file`: listed in the sources file; `admin`: added with `/source add`. */
  origin: z.enum(['file', 'admin']),
  addedAt: z.number(),
  /** What the URL turned out to be at the last successful fetch. */
  kind: z.enum(['feed', 'page']).nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** sha256 of the last body read: the same bytes again are not parsed again. */
  bodyHash: z.string().nullable(),
  lastSuccess: z.number().nullable(),
  lastError: errorSchema.nullable(),
  /** The last item (linked page) that could not be fetched; the source itself may be fine. */
  lastItemError: errorSchema.nullable(),
  consecutiveFailures: z.number().int(),
  /** When the next fetch is due; null = as soon as possible. */
  nextTry: z.number().nullable(),
  /** Normalised item URLs already taken (stored, duplicate, or given up), newest last. */
  seenUrls: z.array(z.string()),
  /** Content keys of the articles this source contributed, newest last. */
  seenHashes: z.array(z.string()),
  /** Failed page fetches per item URL, for items not yet taken. */
  pending: z.record(z.string(), z.number().int()),
  /** Articles written into the corpus from this source. */
  stored: z.number().int(),
  /** Items recognised as already in the corpus (same URL or content from another source). */
  duplicates: z.number().int(),
  /** For a page source: the corpus file of the page's current version. */
  currentFile: z.string().nullable(),
});

export type SourceState = z.infer<typeof sourceStateSchema>;

/** Current layout version of the state file. */
const STATE_VERSION = 1;

export const storeDataSchema = z.object({
  version: z.literal(STATE_VERSION),
  sources: z.record(z.string(), sourceStateSchema),
  /** URLs of sources from the sources file that an admin removed: not polled again until added again. */
  removed: z.array(z.string()),
  /** Every article written: content key → its corpus file (relative to the corpus folder) and URL. */
  articles: z.record(z.string(), z.object({ file: z.string(), url: z.string().nullable(), sourceId: z.string(), at: z.number() })),
});

export type StoreData = z.infer<typeof storeDataSchema>;

export function emptyStoreData(): StoreData {
  return { version: STATE_VERSION, sources: {}, removed: [], articles: {} };
}

/** Where the poller keeps its state. */
export interface SourceStore {
  /** The saved state, or an empty one (with a warning when a file existed but was unreadable). */
  load(): Promise<{ data: StoreData; warning: string | null }>;
  save(data: StoreData): Promise<void>;
}

/**
 * A JSON file (e.g. `<STATE_DIR>/sources-state.json`). Saves are atomic (temporary file + rename)
 * and serialised, so concurrent polls never interleave writes and a crash leaves the previous
 * state. A corrupt or invalid file is moved aside to `<path>.corrupt-<time>` and the poller starts
 * fresh (sources from the sources file come back; items are recognised again by content key only
 * if their corpus files are still there — see the poller).
 */
export function createFileSourceStore(path: string): SourceStore {
  let chain: Promise<void> = Promise.resolve();
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { data: emptyStoreData(), warning: null };
        return { data: emptyStoreData(), warning: `${path}: could not be read (${(e as Error).message}); starting with no source state.` };
      }
      let parsed: z.ZodSafeParseResult<StoreData>;
      try {
        parsed = storeDataSchema.safeParse(JSON.parse(text));
      } catch {
        parsed = storeDataSchema.safeParse(undefined);
      }
      if (parsed.success) return { data: parsed.data, warning: null };
      const aside = `${path}.corrupt-${Date.now()}`;
      await rename(path, aside).catch(() => undefined);
      return { data: emptyStoreData(), warning: `${path}: not a valid source state file; moved to ${aside}, starting fresh.` };
    },
    save(data) {
      const text = JSON.stringify(data);
      chain = chain.then(() => writeFileAtomic(path, text));
      return chain;
    },
  };
}

/** A store in memory, for tests and one-off runs. */
export function createMemorySourceStore(initial?: StoreData): SourceStore & { saved: number } {
  let snapshot = initial ? JSON.stringify(initial) : null;
  const store = {
    saved: 0,
    async load() {
      return { data: snapshot ? (JSON.parse(snapshot) as StoreData) : emptyStoreData(), warning: null };
    },
    async save(data: StoreData) {
      snapshot = JSON.stringify(data);
      store.saved++;
    },
  };
  return store;
}

/** Appends to a bounded "newest last" list, dropping the oldest past `max`. */
export function remember(list: string[], value: string, max = MAX_SEEN_PER_SOURCE): void {
  list.push(value);
  if (list.length > max) list.splice(0, list.length - max);
}
