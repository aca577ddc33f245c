import { z } from 'zod';

/**
 * Configuration, parsed once from the environment with zod. This module is the only reader of
 * `process.env`; everything else receives the parsed values.
 */
const schema = z.object({
  /** Folder of corpus files (pages, JSON records, feeds). */
  CORPUS_DIR: z.string().min(1).default('data'),
  /** Largest corpus file read, in bytes; larger ones are skipped with a warning. */
  MAX_FILE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** Folder for state: cache database, analysis cache, subscriptions. */
  STATE_DIR: z.string().min(1).default('var'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof schema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Parses a configuration from an environment-like record (defaults to `process.env`). */
export function parseConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = schema.safeParse(cleaned);
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`) };
}
