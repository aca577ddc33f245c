import { z } from 'zod';

/** Default poll interval of a source without its own (15 minutes: a courteous feed-reader rate). */
const DEFAULT_POLL_SECONDS = 15 * 60;
/** Shortest interval a source may ask for (1 minute): anything faster is impolite to publishers. */
export const MIN_POLL_SECONDS = 60;
/** Default whole-request timeout (connect + headers + body), seconds. */
const DEFAULT_TIMEOUT_SECONDS = 20;
/** Default largest response body read, bytes (5 MiB, the corpus file limit). */
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Default most redirects followed per request (browsers allow 20; feeds rarely need more than 2). */
const DEFAULT_MAX_REDIRECTS = 5;
/** Default requests per host per minute (politeness). */
const DEFAULT_HOST_PER_MINUTE = 10;
/** Default first retry delay after a failure, seconds. */
const DEFAULT_BACKOFF_BASE_SECONDS = 60;
/** Default longest delay between retries of a failing source, seconds (6 hours: never disabled, only slowed). */
const DEFAULT_BACKOFF_MAX_SECONDS = 6 * 3600;
/** Default most feed items handled per poll (the rest wait for the next poll). */
const DEFAULT_MAX_ITEMS_PER_POLL = 50;
/** User-Agent sent with every request, so publishers can tell who polls them. */
const DEFAULT_USER_AGENT = 'newsbrief/0.1 (news briefing bot; feed reader)';

const seconds = (def: number) => z.coerce.number().positive().default(def);
const count = (def: number) => z.coerce.number().int().positive().default(def);

/**
 * Settings of the source poller, named as the environment variables the lead adds to the
 * configuration (`SOURCES_FILE`, `SOURCE_POLL_SECONDS`, …). Values arrive as strings or numbers;
 * empty strings count as unset.
 */
export const sourceOptionsSchema = z.object({
  /** The admin's list of sources (JSON); a missing file means no configured sources. */
  SOURCES_FILE: z.string().min(1).default('data/sources.json'),
  SOURCE_POLL_SECONDS: z.coerce.number().min(MIN_POLL_SECONDS).default(DEFAULT_POLL_SECONDS),
  SOURCE_TIMEOUT_SECONDS: seconds(DEFAULT_TIMEOUT_SECONDS),
  SOURCE_MAX_BYTES: count(DEFAULT_MAX_BYTES),
  SOURCE_MAX_REDIRECTS: z.coerce.number().int().min(0).default(DEFAULT_MAX_REDIRECTS),
  SOURCE_HOST_PER_MINUTE: count(DEFAULT_HOST_PER_MINUTE),
  SOURCE_BACKOFF_BASE_SECONDS: seconds(DEFAULT_BACKOFF_BASE_SECONDS),
  SOURCE_BACKOFF_MAX_SECONDS: seconds(DEFAULT_BACKOFF_MAX_SECONDS),
  SOURCE_MAX_ITEMS_PER_POLL: count(DEFAULT_MAX_ITEMS_PER_POLL),
  SOURCE_USER_AGENT: z.string().min(1).default(DEFAULT_USER_AGENT),
});

/** The poller's settings in the units it uses (milliseconds, bytes, counts). */
export interface SourceOptions {
  sourcesFile: string;
  pollMs: number;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  hostPerMinute: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  maxItemsPerPoll: number;
  userAgent: string;
}

export type SourceOptionsResult = { ok: true; options: SourceOptions } | { ok: false; errors: string[] };

/**
 * Validates source settings given as values (e.g. picked from the parsed configuration or the
 * environment by the caller; this module never reads `process.env`). Unknown keys are ignored.
 * Errors name the variable: `SOURCE_POLL_SECONDS: Too small: expected number to be >=60`.
 */
export function parseSourceOptions(values: Record<string, string | number | undefined> = {}): SourceOptionsResult {
  const clean = Object.fromEntries(Object.entries(values).filter((e) => e[1] !== undefined && e[1] !== ''));
  const r = sourceOptionsSchema.safeParse(clean);
  if (!r.success) return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const v = r.data;
  return {
    ok: true,
    options: {
      sourcesFile: v.SOURCES_FILE,
      pollMs: v.SOURCE_POLL_SECONDS * 1000,
      timeoutMs: v.SOURCE_TIMEOUT_SECONDS * 1000,
      maxBytes: v.SOURCE_MAX_BYTES,
      maxRedirects: v.SOURCE_MAX_REDIRECTS,
      hostPerMinute: v.SOURCE_HOST_PER_MINUTE,
      backoffBaseMs: v.SOURCE_BACKOFF_BASE_SECONDS * 1000,
      backoffMaxMs: v.SOURCE_BACKOFF_MAX_SECONDS * 1000,
      maxItemsPerPoll: v.SOURCE_MAX_ITEMS_PER_POLL,
      userAgent: v.SOURCE_USER_AGENT,
    },
  };
}

/** The defaults, for tests and callers that configure nothing. */
export function defaultSourceOptions(): SourceOptions {
  const r = parseSourceOptions({});
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.options;
}
