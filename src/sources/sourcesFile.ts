import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { MIN_POLL_SECONDS } from './sourceOptions.js';
import { normaliseUrl } from './normaliseUrl.js';

/** Longest topic hint kept (Discord option values are at most 100 characters). */
const MAX_TOPIC_CHARS = 100;

/** One configured source: a feed (RSS 2.0 / Atom) or a single page. */
export const sourceEntrySchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://example.com/rss.xml' }),
  /** A topic hint stored with every article from this source. */
  topic: z.string().trim().min(1).max(MAX_TOPIC_CHARS).optional(),
  /** This source's own poll interval (seconds); default SOURCE_POLL_SECONDS. */
  intervalSeconds: z.number().min(MIN_POLL_SECONDS).optional(),
});

/** `data/sources.json`: `{ "sources": [ … ] }` (a bare list of entries is accepted too and read as this). */
export const sourcesFileSchema = z.object({ sources: z.array(sourceEntrySchema) });

/** A source entry after validation, with its URL in canonical form. */
export interface SourceEntry {
  url: string;
  topic?: string;
  intervalSeconds?: number;
}

export type SourcesFileResult = { ok: true; sources: SourceEntry[] } | { ok: false; errors: string[] };

/**
 * Validates the text of a sources file. Errors name the file and the entry
 * (`data/sources.json: sources.2.url: must be an http(s) URL …`); the same URL listed twice is
 * kept once (the first entry wins).
 */
export function parseSourcesFile(text: string, name = 'sources.json'): SourcesFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${name}: is not valid JSON (${(e as Error).message}).`] };
  }
  const r = sourcesFileSchema.safeParse(Array.isArray(json) ? { sources: json } : json);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => `${name}: ${i.path.join('.') || 'file'}: ${i.message}`) };
  const seen = new Set<string>();
  const sources: SourceEntry[] = [];
  for (const s of r.data.sources) {
    const url = normaliseUrl(s.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    sources.push({ url, ...(s.topic !== undefined ? { topic: s.topic } : {}), ...(s.intervalSeconds !== undefined ? { intervalSeconds: s.intervalSeconds } : {}) });
  }
  return { ok: true, sources };
}

/** Reads and validates a sources file; a missing file is an empty list (sources are optional). */
export async function readSourcesFile(path: string): Promise<SourcesFileResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, sources: [] };
    return { ok: false, errors: [`${path}: could not be read (${(e as Error).message}).`] };
  }
  return parseSourcesFile(text, path);
}
