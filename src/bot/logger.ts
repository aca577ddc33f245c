import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** What replaces a secret in a log line. */
export const REDACTED = '[redacted]';

/** Object paths pino redacts wherever they appear in a log call (tokens, auth headers, config). */
const REDACT_PATHS = [
  'token',
  '*.token',
  'DISCORD_TOKEN',
  '*.DISCORD_TOKEN',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers.Authorization',
  '*.headers.Authorization',
];

function scrub(value: unknown, secret: string, depth = 0): unknown {
  if (typeof value === 'string') return value.includes(secret) ? value.split(secret).join(REDACTED) : value;
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  // Errors keep message and stack in non-enumerable fields: serialise first (pino's err serializer).
  if (value instanceof Error) return scrub(pino.stdSerializers.err(value), secret, depth + 1);
  if (Array.isArray(value)) return value.map((v) => scrub(v, secret, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, secret, depth + 1);
  return out;
}

export interface LoggerOptions {
  level: string;
  /** The bot token: removed from every message and string field, wherever it appears. */
  secret?: string;
  /** Where lines go (default stdout); tests pass a stream to read them. */
  destination?: DestinationStream;
}

/**
 * The structured logger (pino, JSON lines). The token never reaches a line: known secret fields
 * are redacted by path (pino `redact`), and the token's literal value is replaced in the message
 * and in every string field (errors included), in case it travels inside a URL or an error text.
 */
export function createLogger(options: LoggerOptions): Logger {
  const secret = options.secret && options.secret.length >= 8 ? options.secret : undefined;
  return pino(
    {
      level: options.level,
      base: { app: 'newsbrief' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { err: pino.stdSerializers.err },
      formatters: secret ? { log: (obj) => scrub(obj, secret) as Record<string, unknown> } : {},
      hooks: secret
        ? {
            logMethod(args, method) {
              method.apply(this, args.map((a) => (typeof a === 'string' ? (scrub(a, secret) as string) : a)) as Parameters<typeof method>);
            },
          }
        : {},
    },
    options.destination,
  );
}
