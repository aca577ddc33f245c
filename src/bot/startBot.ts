import { Client, Events, GatewayIntentBits, RESTEvents, Routes, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import { DigestService } from '../digests/digestService.js';
import type { BotConfig } from '../config.js';
import type { Corpus } from '../briefing/index/buildCorpus.js';
import { buildIndex, type CorpusIndex } from './answers/corpusIndex.js';
import { prepareSpeakerFinder } from './answers/speakers.js';
import { warmTopics, type TopicWarmUp, type WarmReport } from './answers/warmTopics.js';
import { createStore } from './cacheStore.js';
import { replyCodeVersion } from './codeVersion.js';
import { pipelineVersion } from '../corpus/pipelineVersion.js';
import { OutboundLimiter, UserLimiter } from './limits.js';
import { loadCommands, type LoadedCommands } from './loadCommands.js';
import { createLogger, type Logger } from './logger.js';
import { NO_MENTIONS } from './payload.js';
import { renderPageFiles } from './pageFiles.js';
import { PageSessions } from './paging.js';
import { ReplyCache } from './replyCache.js';
import { createRouter, type Timing } from './router.js';
import { GuildLimiter } from './guildLimiter.js';
import { checkState } from './stateCheck.js';
import { openScaleOut } from '../scale/scaleOut.js';
import { shardOptions } from '../scale/shards.js';
import type { AnswerPage } from './types.js';

/** Namespace of reply-cache entries in the Keyv store. */
const CACHE_NAMESPACE = 'reply';
/** Namespace of digest subscriptions and delivery state in the same store. */
const DIGEST_NAMESPACE = 'digest';
/** How long after a new index its look-up tables are prepared, ms: after the commands that arrive with a corpus change, before most later ones. */
const IDLE_PREPARE_DELAY_MS = 250;
/**
 * After a corpus change, how long an index must stay the current one before its topics are
 * warmed, ms: a burst of file changes (a feed writing several files) warms only the last index.
 */
const WARM_DELAY_MS = 1_000;
/** The report of a warm-up that had nothing to do (WARM_TOPICS=0, or no index warmed yet). */
const NOTHING_WARMED: WarmReport = { topics: 0, fingerprinted: 0, ms: 0, cancelled: false };
/** Longest wait for the gateway READY at start, ms. */
const READY_TIMEOUT_MS = 30_000;

export interface BotOptions {
  config: BotConfig;
  corpus: Corpus;
  logger?: Logger;
  /** Command modules folder (default src/commands). */
  commandsDir?: string;
  /** Live sources for `/source`; without it the command says sources are off. */
  sources?: import('./types.js').SourceAdmin;
}

/** A running bot. */
export interface Bot {
  client: Client;
  log: Logger;
  commands: LoadedCommands;
  /** The current answer index (changes with `setCorpus`). */
  index(): CorpusIndex;
  /**
   * Replaces the corpus. Cached replies stay cached: each is keyed by what it read (see
   * src/bot/answers/scope.ts), so only those whose topic, speaker or articles changed (or, for
   * answers over the whole corpus, all of those) are built again.
   */
  setCorpus(corpus: Corpus): CorpusIndex;
  /**
   * Posts a page to a channel through the outbound limiter (nonce + enforce_nonce when given, so a
   * repeat is dropped by Discord). `onSending` runs in the limiter's turn just before the request
   * leaves (digests record the slot as `sending` there); if it throws, nothing is sent.
   */
  post(channelId: string, page: AnswerPage, options?: { nonce?: string; onSending?: () => Promise<void> }): Promise<{ id: string }>;
  cache: ReplyCache;
  /** Scheduled channel digests (src/digests). */
  digests: DigestService;
  timings: Timing[];
  /** Bot time of each autocomplete answer, ms (see Router.autocompleteTimings). */
  autocompleteTimings: number[];
  /**
   * The warm-up of the current index (src/bot/answers/warmTopics.ts: the briefs and first timeline
   * pages of the largest topics and of the others whose first asks cost most, worked out before anyone asks; WARM_TOPICS of them): resolves when it
   * is done, or cancelled by a newer index or `stop`. Started once the gateway is ready, and
   * {@link WARM_DELAY_MS} after each corpus change.
   */
  warmed(): Promise<WarmReport>;
  /** Stops paging timers, limiters, the gateway and the store. Safe to call twice. */
  stop(): Promise<void>;
}

/** Raised for a start-up problem that has a clear message for the operator. */
export class StartupError extends Error {}

/**
 * Starts the bot: checks and loads the command modules, builds the answer index, opens the
 * Keyv store, logs in (REST at `DISCORD_API_URL` when set) and resolves once the gateway is READY.
 * Same code path for `npm start`, the tests, the benchmark and the playground.
 */
export async function startBot(options: BotOptions): Promise<Bot> {
  const { config } = options;
  const log = options.logger ?? createLogger({ level: config.LOG_LEVEL, secret: config.DISCORD_TOKEN });
  const commands = await loadCommands(options.commandsDir);
  const state = await checkState(config); if (!state.ok) throw new StartupError(state.error); // before any store opens: a bad state file stops the start, never a silent empty store
  let index = buildIndex(options.corpus);
  /**
   * Prepares what the first look-ups of a new index would otherwise build while a user waits (see
   * prepareSpeakerFinder), shortly after a corpus change. Not at start: there it would run in the
   * middle of the first commands (a flood of autocompletes in the abuse e2e test saw a command
   * answered late), and the first look-up that needs it prepares it anyway.
   */
  let idleTimer: NodeJS.Timeout | undefined;
  const prepareSoon = (made: CorpusIndex): void => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (index === made) prepareSpeakerFinder(made);
    }, IDLE_PREPARE_DELAY_MS).unref();
  };
  log.info({ version: index.version, articles: index.corpus.articles.length, topics: index.topics.length, speakers: index.speakers.length, buildMs: Math.round(index.buildMs) }, 'corpus indexed');

  /** The warm-up of the current index: waiting for its delay (`timer`), then running (`run`). */
  interface Warm {
    timer: NodeJS.Timeout | undefined;
    run: TopicWarmUp | undefined;
    done: Promise<WarmReport>;
    settle: (r: WarmReport) => void;
  }
  let warm: Warm | undefined;
  const stopWarm = (): void => {
    if (!warm) return;
    clearTimeout(warm.timer);
    // A run under way settles with its own report (what it did before it stopped); one still waiting did nothing.
    if (warm.run) warm.run.cancel();
    else warm.settle({ topics: 0, fingerprinted: 0, ms: 0, cancelled: true });
    warm = undefined;
  };
  /** Warms the largest and the costliest topics of `made` after `delayMs`, cancelling the warm-up of an earlier index. */
  const warmSoon = (made: CorpusIndex, delayMs: number): void => {
    stopWarm();
    if (config.WARM_TOPICS === 0 || stopped) return;
    let settle: (r: WarmReport) => void = () => {};
    const done = new Promise<WarmReport>((resolve) => (settle = resolve));
    const w: Warm = { timer: undefined, run: undefined, done, settle };
    w.timer = setTimeout(() => {
      w.run = warmTopics(made, { topics: config.WARM_TOPICS, onError: (err, topic) => log.error({ err, topic: topic?.slug ?? null }, topic ? 'warming a topic failed' : 'choosing the topics to warm failed') });
      void w.run.done.then((r) => {
        if (!r.cancelled) log.info({ version: made.version, topics: r.topics, fingerprinted: r.fingerprinted, ms: Math.round(r.ms) }, 'topics warmed');
        settle(r);
      });
    }, delayMs);
    warm = w;
  };

  // Scale-out (KEYV_URL=redis://…): shards of this process, and what processes share in Redis.
  const shards = shardOptions(config);
  if (!shards.ok) throw new StartupError(shards.error);
  const scaled = await openScaleOut(config, log);
  if (!scaled.ok) throw new StartupError(scaled.error);
  const scale = scaled.scale;
  const store = createStore(config, CACHE_NAMESPACE);
  if (!store.ok) throw new StartupError(store.error);
  store.keyv.on('error', (err: unknown) => log.warn({ err }, 'cache store error'));
  const cache = new ReplyCache(store.keyv, config.CACHE_TTL_SECONDS * 1000);
  const users = new UserLimiter(config.USER_RATE_LIMIT, config.USER_RATE_WINDOW_SECONDS * 1000, scale?.users);
  const outbound = new OutboundLimiter(config.OUTBOUND_PER_SECOND, config.CHANNEL_POSTS_PER_5S);
  const pages = new PageSessions(config.PAGE_TIMEOUT_SECONDS * 1000);

  async function post(channelId: string, unrendered: AnswerPage, opts: { nonce?: string; onSending?: () => Promise<void> } = {}): Promise<{ id: string }> {
    const page = await renderPageFiles(unrendered, (err) => log.error({ err, channelId }, 'could not draw a chart; the post goes without it'));
    const body: RESTPostAPIChannelMessageJSONBody = {
      embeds: page.embeds,
      allowed_mentions: { parse: [] },
      ...(opts.nonce ? { nonce: opts.nonce, enforce_nonce: true } : {}),
      ...(page.files?.length ? { attachments: page.files.map((f, id) => ({ id, filename: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
    };
    const files = (page.files ?? []).map((f) => ({ name: f.name, data: Buffer.from(f.base64, 'base64'), contentType: f.contentType }));
    const res = (await outbound.schedule(channelId, async () => {
      await opts.onSending?.();
      return client.rest.post(Routes.channelMessages(channelId), { body, files });
    })) as { id: string };
    return { id: res.id };
  }

  // Subscriptions load before login, so /digest answers from the first interaction; jobs start once READY.
  const digestStore = createStore(config, DIGEST_NAMESPACE);
  if (!digestStore.ok) throw new StartupError(digestStore.error);
  digestStore.keyv.on('error', (err: unknown) => log.warn({ err }, 'digest store error'));
  let digests: DigestService;
  try {
    digests = await DigestService.open({
      keyv: digestStore.keyv,
      limits: { minIntervalSeconds: config.DIGEST_MIN_INTERVAL, maxPerGuild: config.DIGEST_MAX_PER_GUILD },
      index: () => index,
      post,
      log,
      ...(scale ? scale.digests : {}),
    });
  } catch (err) {
    await Promise.allSettled([users.stop(), outbound.stop(), cache.close(), digestStore.keyv.disconnect(), scale?.close()]);
    throw new StartupError(`cannot read digest subscriptions from ${digestStore.description}: ${(err as Error).message}`);
  }

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
    ...shards.options,
  });
  const router = createRouter({ commands, codeVersion: `${replyCodeVersion()}.${pipelineVersion()}`, index: () => index, cache, users, guilds: new GuildLimiter(config.GUILD_RATE_LIMIT, config.GUILD_RATE_WINDOW_SECONDS * 1000), pages, log, services: () => ({ digests, ...(options.sources ? { sources: options.sources } : {}) }) });
  client.on(Events.InteractionCreate, (i) => void router.handle(i));
  client.on(Events.Error, (err) => log.error({ err }, 'client error'));
  client.on(Events.ChannelDelete, (channel) => {
    void digests.pauseChannel(channel.id, 'The channel was deleted.').catch((err: unknown) => log.error({ err }, 'pausing digests of a deleted channel failed'));
  });
  client.on(Events.Warn, (msg) => log.warn(msg));
  client.on(Events.ShardDisconnect, (ev, shard) => log.warn({ shard, code: ev.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
  client.rest.on(RESTEvents.RateLimited, (info) => log.warn({ route: info.route, retryAfter: info.timeToReset, global: info.global }, 'Discord rate limit; waiting'));
  client.rest.on(RESTEvents.Debug, (message) => {
    // An unexpected 429 (a limit the client did not know in advance) is only reported as a debug text.
    if (message.includes('429')) log.warn({ detail: message.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 6) }, 'Discord rate limit; waiting');
    else log.trace({ detail: message }, 'rest');
  });

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    clearTimeout(idleTimer);
    stopWarm();
    pages.closeAll();
    digests.halt();
    await Promise.allSettled([users.stop(), outbound.stop()]);
    await digests.stop().catch((err: unknown) => log.warn({ err }, 'closing the digest store failed'));
    await scale?.close();
    await client.destroy();
    await cache.close().catch((err: unknown) => log.warn({ err }, 'closing the cache store failed'));
    log.info('stopped');
  };

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StartupError(`the gateway did not become ready within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    timer.unref();
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
  try {
    await client.login(config.DISCORD_TOKEN);
    await ready;
  } catch (err) {
    await stop();
    const e = err as Error & { code?: string };
    if (e.code === 'TokenInvalid' || /401|Unauthorized|Authentication failed/i.test(e.message)) {
      throw new StartupError('Discord refused the token (DISCORD_TOKEN). Copy a fresh one from https://discord.com/developers/applications → your app → Bot → Reset Token.');
    }
    throw err;
  }
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size, commands: [...commands.modules.keys()], store: store.description, shards: shards.description, ...(scale ? { shared: scale.description } : {}) }, 'bot ready');
  await digests.start();
  warmSoon(index, 0);

  return {
    client,
    log,
    commands,
    index: () => index,
    setCorpus(corpus) {
      index = buildIndex(corpus);
      prepareSoon(index);
      warmSoon(index, WARM_DELAY_MS);
      void digests.noteCorpus(index).catch((err: unknown) => log.warn({ err }, 'noting new articles for digests failed'));
      log.info({ version: index.version, articles: index.corpus.articles.length }, 'corpus replaced');
      return index;
    },
    post,
    cache,
    digests,
    timings: router.timings,
    autocompleteTimings: router.autocompleteTimings,
    warmed: () => warm?.done ?? Promise.resolve(NOTHING_WARMED),
    stop,
  };
}
