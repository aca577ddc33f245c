import { z } from 'zod';

/** Default port of the playground page (http://127.0.0.1:3000/). */
export const DEFAULT_PLAYGROUND_PORT = 3000;
/** Highest TCP port. */
const MAX_PORT = 65_535;

const schema = z.object({
  /** Port of the playground page on 127.0.0.1; 0 picks a free one (printed on start). */
  PLAYGROUND_PORT: z.coerce.number({ error: 'must be a port number (0-65535)' }).int('must be a whole port number').min(0).max(MAX_PORT).default(DEFAULT_PLAYGROUND_PORT),
});

export type PlaygroundConfig = z.infer<typeof schema>;

/** Reads the playground's own setting from an environment-like record; empty counts as unset. */
export function parsePlaygroundConfig(env: Record<string, string | undefined>): { ok: true; config: PlaygroundConfig } | { ok: false; errors: string[] } {
  const value = env['PLAYGROUND_PORT'];
  const r = schema.safeParse(value === undefined || value === '' ? {} : { PLAYGROUND_PORT: value });
  return r.success ? { ok: true, config: r.data } : { ok: false, errors: r.error.issues.map((i) => `${i.path.join('.') || 'PLAYGROUND_PORT'}: ${i.message}`) };
}
