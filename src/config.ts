import { existsSync } from 'node:fs';
import { z } from 'zod';
import { sourceOptionsSchema } from './sources/sourceOptions.js';

/**
 * Analysis worker threads by default. One: each holds ~100–250 MB while it works, and the cores a
 * process sees (a container's host's) say nothing of the memory it may use; more workers are asked for.
 */
const DEFAULT_ANALYSIS_WORKERS = 1;
/** Analysis worker threads accepted at most. */
const MAX_ANALYSIS_WORKERS = 32;
/**
 * Largest topics whose `/brief` and first `/timeline` page the bot works out after each index
 * build, before anyone asks (src/bot/answers/warmTopics.ts). 64 covers every topic whose first ask
 * took over 20 ms at 10k generated articles on the bench machine; each costs a few kilobytes.
 */
const DEFAULT_WARM_TOPICS = 64;
/** Warmed topics accepted at most (the index keeps at most 500 corpus topics). */
const MAX_WARM_TOPICS = 1000;

/** Discord snowflake ids are 17–20 decimal digits. */
const SNOWFLAKE = /^\d{17,20}$/;
/** Interaction tokens live 15 minutes; paging buttons must stop before that (Discord "Responding to an Interaction"). */
const MAX_PAGE_TIMEOUT_SECONDS = 14 * 60;

/** Where to get a bot token, for the error message. */
const TOKEN_HELP =
  'DISCORD_TOKEN is not set. Create an application at https://discord.com/developers/applications, open "Bot", press "Reset Token", and put the token in the environment or in .env (see .env.example).';

/**
 * Configuration keys every entry point understands (CLI and bot). Documented one by one in
 * `.env.example`.
 */
const base = z.object({
  /** Folder of corpus files (pages, JSON records, feeds). */
  CORPUS_DIR: z.string().min(1).default('data'),
  /** Largest corpus file read, in bytes; larger ones are skipped with a warning. */
  MAX_FILE_BYTES: z.coerce.number().int().positive().default(5 * 1024 * 1024),
  /** Folder for state: cache database, analysis cache, subscriptions. */
  STATE_DIR: z.string().min(1).default('var'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Bot: worker threads that analyse corpus files needing analysis (a cold start, new files), each
   * holding its own language model (~100 MB, up to ~250 MB at its peak) until 30 s without work.
   * More than one shortens a cold start where cores and memory are to spare (keep one core for the
   * bot's own thread, which parses, stores and merges what they send). The CLI analyses on this many
   * workers too when it is above 1 (src/cli/loadCliCorpus.ts); with 1 it analyses on its own thread.
   */
  ANALYSIS_WORKERS: z.coerce.number().int().min(1).max(MAX_ANALYSIS_WORKERS).default(DEFAULT_ANALYSIS_WORKERS),

  /** Bot token (optional here: the CLI does not need it; {@link parseBotConfig} requires it). */
  DISCORD_TOKEN: z.string().min(1).optional(),
  /** Application id; when unset it is asked from Discord (`GET /applications/@me`). */
  DISCORD_CLIENT_ID: z.string().regex(SNOWFLAKE, 'must be a Discord id (17-20 digits): the "Application ID" on the developer portal').optional(),
  /** A test server: `npm run deploy-commands` registers there (instant) instead of globally. */
  DEV_GUILD_ID: z.string().regex(SNOWFLAKE, 'must be a Discord server id (17-20 digits; right-click the server → Copy Server ID)').optional(),
  /** Another Discord API base for the REST client, e.g. the local emulator `http://127.0.0.1:PORT/api`. */
  DISCORD_API_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:3001/api' }).optional(),
  /** Store of cache, subscriptions and delivery state: unset = SQLite at STATE_DIR/cache.sqlite; `sqlite://path`; `redis://…` shares it between processes (README "Scaling"). */
  KEYV_URL: z.string().min(1).optional(),
  /** How long a cached reply is kept (seconds). Replies are also keyed by corpus version. */
  CACHE_TTL_SECONDS: z.coerce.number().positive().default(24 * 3600),
  /** Per-user command limit: this many commands … */
  USER_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  /** … per this many seconds. */
  USER_RATE_WINDOW_SECONDS: z.coerce.number().positive().default(10),
  /** Per-server command limit (all members of one server together): this many commands … */
  GUILD_RATE_LIMIT: z.coerce.number().int().positive().default(60),
  /** … per this many seconds. */
  GUILD_RATE_WINDOW_SECONDS: z.coerce.number().positive().default(10),
  /** Bot-wide outbound channel posts per second (Discord's global limit is 50 requests/s). */
  OUTBOUND_PER_SECOND: z.coerce.number().int().positive().default(40),
  /** Channel posts per 5 seconds per channel (Discord allows about 5). */
  CHANNEL_POSTS_PER_5S: z.coerce.number().int().positive().default(5),
  /** Paging buttons stop answering after this many seconds. */
  PAGE_TIMEOUT_SECONDS: z.coerce.number().positive().max(MAX_PAGE_TIMEOUT_SECONDS).default(120),
  /**
   * How many topics have their `/brief` and first `/timeline` page worked out after each index
   * build, before anyone asks (0 = none). Of the topics of 100 articles or more, three quarters of
   * the count go to the largest and the rest to the others whose first ask costs most by what their
   * answers read (src/bot/answers/warmTopics.ts). Their first ask then answers in about a
   * millisecond instead of tens. Runs in small steps between commands.
   */
  WARM_TOPICS: z.coerce.number().int().min(0).max(MAX_WARM_TOPICS).default(DEFAULT_WARM_TOPICS),
  /** Digests: the shortest time between two slots of one subscription, seconds (tests set it low). */
  DIGEST_MIN_INTERVAL: z.coerce.number().int().positive().default(3600),
  /** Digests: most subscriptions one server may have. */
  DIGEST_MAX_PER_GUILD: z.coerce.number().int().positive().default(25),
  /** Scale-out (KEYV_URL=redis://…): every Redis key of this bot starts with this (several bots or test runs can share one Redis). */
  REDIS_PREFIX: z.string().regex(/^[\w.-]+$/, 'letters, digits, _ . - only (it starts every Redis key)').default('newsbrief'),
  /** Gateway shards this process connects, e.g. `0` or `0,1` (needs SHARD_COUNT); unset: all. */
  SHARD_IDS: z.string().min(1).optional(),
  /** Total gateway shards over all processes. */
  SHARD_COUNT: z.coerce.number().int().positive().optional(),
  /** Scale-out: a digest slot whose process died is taken over by another after about this long (its queue lock), seconds. */
  DIGEST_JOB_LOCK_SECONDS: z.coerce.number().positive().default(30),
  // Live sources: SOURCES_FILE, SOURCE_POLL_SECONDS, SOURCE_TIMEOUT_SECONDS, SOURCE_MAX_BYTES, … (src/sources/sourceOptions.ts).
}).extend(sourceOptionsSchema.shape);

const botSchema = base.extend({
  DISCORD_TOKEN: z.string({ error: TOKEN_HELP }).min(1, TOKEN_HELP),
});

export type Config = z.infer<typeof base>;
/** Configuration of the bot: the token is present. */
export type BotConfig = z.infer<typeof botSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };
export type BotConfigResult = { ok: true; config: BotConfig } | { ok: false; errors: string[] };

function clean(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`);
}

/** Parses a configuration from an environment-like record (defaults to `process.env`). Empty values count as unset. */
export function parseConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const r = base.safeParse(clean(env));
  return r.success ? { ok: true, config: r.data } : { ok: false, errors: issues(r.error) };
}

/**
 * Parses the bot's configuration: as {@link parseConfig}, and `DISCORD_TOKEN` is required (its
 * error names the variable and where to get a token).
 */
export function parseBotConfig(env: Record<string, string | undefined> = process.env): BotConfigResult {
  const r = botSchema.safeParse(clean(env));
  return r.success ? { ok: true, config: r.data } : { ok: false, errors: issues(r.error) };
}

/**
 * Loads `path` (default `.env`) into `process.env` with Node's own `process.loadEnvFile` (Node ≥ 20.12),
 * when the file exists. Variables already set in the environment win. Returns whether a file was read.
 */
export function loadDotEnv(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  const load = (process as { loadEnvFile?: (p: string) => void }).loadEnvFile;
  if (typeof load !== 'function') return false;
  const before = { ...process.env };
  load(path);
  for (const [k, v] of Object.entries(before)) process.env[k] = v;
  return true;
}

/** The process environment (this module is the only reader of `process.env`). */
export function processEnv(): Record<string, string | undefined> {
  return process.env;
}
