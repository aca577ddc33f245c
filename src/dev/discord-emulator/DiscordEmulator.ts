import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, WebSocket } from 'ws';
import { parseBody } from './multipart.js';
import { snowflake } from './snowflake.js';
import type {
  EmulatedAttachment,
  EmulatedChannel,
  EmulatedGuild,
  EmulatedMessage,
  EmulatedUser,
  EmulatorRecord,
  GatewayRecord,
  InteractionOption,
  InteractionOutcome,
  MessageChange,
  RecordedFile,
  RestRecord,
} from './types.js';

/** Discord's default heartbeat interval (ms) in HELLO. */
const DEFAULT_HEARTBEAT_INTERVAL_MS = 41_250;
/** Interaction tokens are valid for 15 minutes (Discord: "Interactions" → "Responding"). */
const INTERACTION_TOKEN_TTL_MS = 15 * 60 * 1000;
/** Gateway close codes after which Discord starts no RESUME of the session: invalid seq, session timed out. */
const SESSION_ENDING_CLOSE_CODES = new Set([4007, 4009]);
/** Dispatches kept per session for replay on RESUME. */
const RESUME_BUFFER = 1000;
/** How long `enforce_nonce` remembers a nonce (Discord documents "a few minutes"). */
const NONCE_MEMORY_MS = 5 * 60 * 1000;
/** Message flags (Discord API "Message Flags"). */
const FLAG_EPHEMERAL = 1 << 6;
const FLAG_LOADING = 1 << 7;
/** Default wait for an answer in the test helpers. */
const DEFAULT_ANSWER_TIMEOUT_MS = 5000;
/** All permissions a guild owner has, as Discord serialises permission bitfields (string). */
const ALL_PERMISSIONS = ((1n << 50n) - 1n).toString();
/** View Channel | Send Messages | Embed Links | Attach Files | Read Message History. */
const BOT_PERMISSIONS = ((1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 15n) | (1n << 16n)).toString();
/** Discord's JSON error codes used here ("JSON Error Codes"). */
const ERR = {
  unknownChannel: 10003,
  unknownMessage: 10008,
  unknownInteraction: 10062,
  invalidWebhookToken: 50027,
  alreadyAcknowledged: 40060,
  invalidFormBody: 50035,
  missingPermissions: 50013,
} as const;

/** Interaction types (API "Interaction Type"). */
const IT = { command: 2, component: 3, autocomplete: 4 } as const;
/** Application command option types (API "Application Command Option Type"). */
const OPT = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

export interface EmulatorOptions {
  /** Bot token the emulator accepts on IDENTIFY and bot routes. Default `emulator-token`. */
  token?: string;
  /** HELLO heartbeat interval, ms. */
  heartbeatIntervalMs?: number;
  /** Port to listen on (127.0.0.1 only). Default 0: a free port. */
  port?: number;
  /** How long interaction tokens stay valid, ms (Discord: 15 minutes); tests of expired tokens set it low. */
  interactionTokenTtlMs?: number;
  /**
   * Discord's deadline for the first response to an interaction (3 s): a callback later than this
   * answers 404 Unknown interaction (10062), as Discord does. Unset: not enforced (tests under
   * load stay deterministic); deadline tests set it.
   */
  interactionDeadlineMs?: number;
}

/** A fault to answer instead of the real route, matched by method and path. */
export interface FaultSpec {
  /** `rate-limit` answers 429 with Retry-After; `server-error` answers `status` (500 by default); `delay` waits then answers normally (emitting `held` with the request when it arrives). */
  kind: 'rate-limit' | 'server-error' | 'delay';
  method?: string;
  /** Matched against the path after `/api/vN`, e.g. `/interactions/`. */
  path?: RegExp;
  /** 429 only: seconds to wait, as Discord sends it (fractions allowed). Default 0.2. */
  retryAfter?: number;
  /** 429 only: a global rate limit. */
  global?: boolean;
  /** server-error only: 500, 502, 503 … */
  status?: number;
  /** delay only: ms before the request is handled. */
  delayMs?: number;
  /** How many requests the fault answers; default 1. */
  times?: number;
}

interface Fault extends FaultSpec {
  remaining: number;
}

interface Session {
  id: string;
  seq: number;
  shard: [number, number];
  sent: { s: number; payload: string }[];
  socket: WebSocket | null;
}

interface InteractionState {
  id: string;
  token: string;
  type: number;
  channelId: string;
  guildId: string;
  user: EmulatedUser;
  createdAt: number;
  sentAt: number;
  acknowledged: boolean;
  callbackType: number | null;
  /** The message a component interaction came from. */
  sourceMessageId: string | null;
  originalMessageId: string | null;
  followUps: string[];
  done: boolean;
  resolve: ((o: InteractionOutcome) => void) | null;
}

interface Conn {
  n: number;
  socket: WebSocket;
  session: Session | null;
}

type RouteHandler = (req: RouteRequest) => Promise<RouteAnswer> | RouteAnswer;
interface RouteRequest {
  method: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  authorized: boolean;
}
interface RouteAnswer {
  status: number;
  json?: unknown;
}

/** Options of a simulated user, as `command()`, `autocomplete()` and `clickButton()` take them. */
export interface ActAs {
  /** Which user acts (default: `alice`). */
  user?: EmulatedUser;
  channelId?: string;
  /** Member permission bitfield (decimal string); default all permissions. */
  permissions?: string;
  /** Answer timeout, ms. */
  timeoutMs?: number;
}

/**
 * A small local Discord: REST API v10 and gateway v10 (JSON, no compression) on 127.0.0.1, enough
 * for discord.js 14 to log in, receive interactions, and answer them. It keeps everything it
 * receives in {@link DiscordEmulator.records} for assertions, can inject 429/5xx/delays, and can
 * drop the gateway connection. See README.md in this folder.
 */
export class DiscordEmulator extends EventEmitter {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly botUser: EmulatedUser;
  readonly guild: EmulatedGuild;
  /** Every guild: {@link guild} first, then those added with {@link addGuild} (for sharding tests). */
  readonly guilds: EmulatedGuild[] = [];
  /** The guild's text channel interactions come from by default. */
  readonly channel: EmulatedChannel;
  /** Two ordinary members, for "who may press this button" cases. */
  readonly users: { alice: EmulatedUser; bob: EmulatedUser };
  /** Everything received and sent, in order. */
  readonly records: EmulatorRecord[] = [];
  readonly messages = new Map<string, EmulatedMessage>();
  /** Attachment bytes by attachment id (served at `/attachments/:id/:filename`). */
  readonly attachmentData = new Map<string, RecordedFile>();
  /** Registered application commands: `global` and per guild id. */
  readonly commands = new Map<string, unknown[]>();
  /** Gateway counters. */
  readonly gateway = { connections: 0, identifies: 0, resumes: 0 };

  #server: Server;
  #wss: WebSocketServer;
  #port = 0;
  #heartbeatMs: number;
  #tokenTtlMs: number;
  #deadlineMs: number;
  /** Channels where the bot may not post (answers 403 Missing Permissions). */
  #denied = new Set<string>();
  #seq = 0;
  #sessions = new Map<string, Session>();
  #conns = new Set<Conn>();
  #interactions = new Map<string, InteractionState>();
  #faults: Fault[] = [];
  #nonces = new Map<string, { messageId: string; at: number }>();
  /** Outcomes completed by the request being handled, delivered once it is recorded and answered. */
  #completed: (() => void)[] = [];
  #routes: { method: string; pattern: RegExp; keys: string[]; template: string; handler: RouteHandler }[] = [];

  private constructor(options: EmulatorOptions) {
    super();
    this.token = options.token ?? 'emulator-token';
    this.#heartbeatMs = options.heartbeatIntervalMs ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
    this.#tokenTtlMs = options.interactionTokenTtlMs ?? INTERACTION_TOKEN_TTL_MS;
    this.#deadlineMs = options.interactionDeadlineMs ?? Infinity;
    const user = (username: string, bot = false): EmulatedUser => ({ id: snowflake(), username, global_name: username, discriminator: '0', avatar: null, ...(bot ? { bot: true } : {}) });
    this.botUser = { ...user('newsbrief', true), id: this.applicationId };
    this.users = { alice: user('alice'), bob: user('bob') };
    const guildId = snowflake();
    this.channel = { id: snowflake(), type: 0, name: 'general', guild_id: guildId, position: 0, permission_overwrites: [], topic: null, nsfw: false, parent_id: null, rate_limit_per_user: 0, last_message_id: null };
    this.guild = { id: guildId, name: 'Emulated Guild', owner_id: this.users.alice.id, channels: [this.channel] };
    this.guilds.push(this.guild);
    this.#server = createServer((req, res) => void this.#onHttp(req, res));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (!(req.url ?? '').startsWith('/gateway')) {
        socket.destroy();
        return;
      }
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onGatewayConnection(ws));
    });
    this.#defineRoutes();
  }

  /** Starts an emulator on 127.0.0.1 (a random free port unless `port` is given). */
  static async start(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
    const emu = new DiscordEmulator(options);
    await new Promise<void>((resolve, reject) => {
      emu.#server.once('error', reject);
      emu.#server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
    emu.#port = (emu.#server.address() as AddressInfo).port;
    return emu;
  }

  /** `http://127.0.0.1:PORT` */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.#port}`;
  }
  /** The value for discord.js `rest.api` / `DISCORD_API_URL`. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}/gateway`;
  }

  /** Closes every connection and the server. */
  async stop(): Promise<void> {
    for (const c of this.#conns) c.socket.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- assertions helpers

  /**
   * Forgets what was recorded: records, messages, attachment bytes and answered interactions
   * (sessions, registered commands and pending faults stay). Long runs (benchmarks, the
   * playground) call it so memory does not grow with every reply.
   */
  forget(): void {
    this.records.length = 0;
    this.messages.clear();
    this.attachmentData.clear();
    for (const [id, st] of this.#interactions) if (st.done) this.#interactions.delete(id);
  }

  /** REST records, optionally only those whose route template matches. */
  rest(route?: string | RegExp): RestRecord[] {
    const all = this.records.filter((r): r is RestRecord => r.kind === 'rest');
    if (route === undefined) return all;
    return all.filter((r) => (typeof route === 'string' ? r.route === route : route.test(`${r.method} ${r.path}`)));
  }

  /** Messages posted in a channel, oldest first (not deleted ones). */
  channelMessages(channelId: string = this.channel.id): EmulatedMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && !m.deleted && (m.flags & FLAG_EPHEMERAL) === 0);
  }

  /**
   * Channel messages and ephemeral replies of a channel, oldest first, deleted ones left out: what
   * the user who ran the commands sees (the playground's view; {@link channelMessages} is what
   * everyone sees).
   */
  visibleMessages(channelId: string = this.channel.id): EmulatedMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId && !m.deleted);
  }

  /** Resolves when `predicate` holds for a new or existing record; rejects after `timeoutMs`. */
  waitFor(predicate: (r: EmulatorRecord) => boolean, timeoutMs = DEFAULT_ANSWER_TIMEOUT_MS, what = 'record'): Promise<EmulatorRecord> {
    const found = this.records.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const onRecord = (r: EmulatorRecord): void => {
        if (!predicate(r)) return;
        clearTimeout(timer);
        this.off('record', onRecord);
        resolve(r);
      };
      const timer = setTimeout(() => {
        this.off('record', onRecord);
        reject(new Error(`emulator: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      this.on('record', onRecord);
    });
  }

  /** Resolves once a bot session is READY (identified) and connected. */
  async waitForReady(timeoutMs = DEFAULT_ANSWER_TIMEOUT_MS): Promise<void> {
    if ([...this.#conns].some((c) => c.session)) return;
    await this.waitFor((r) => r.kind === 'gateway' && r.direction === 'out' && (r.t === 'READY' || r.t === 'RESUMED'), timeoutMs, 'READY');
  }

  /** Adds a fault that answers the next matching request(s) instead of the real route. */
  injectFault(spec: FaultSpec): void {
    this.#faults.push({ ...spec, remaining: spec.times ?? 1 });
  }

  /**
   * Drops every gateway connection, keeping sessions so the client can RESUME.
   * `code` closes with that close code (4000 "unknown error" by default, which discord.js resumes);
   * `terminate: true` cuts the TCP connection with no close frame (as a network failure would).
   * 4007 (invalid seq) and 4009 (session timed out) also end the sessions, as on Discord: a RESUME
   * then gets INVALID_SESSION and the client must IDENTIFY again.
   */
  dropGateway(options: { code?: number; terminate?: boolean } = {}): void {
    for (const c of this.#conns) {
      if (!options.terminate && SESSION_ENDING_CLOSE_CODES.has(options.code ?? 4000) && c.session) {
        this.#sessions.delete(c.session.id);
        c.session = null;
      }
      if (options.terminate) c.socket.terminate();
      else c.socket.close(options.code ?? 4000, 'emulator: dropped');
    }
  }

  /**
   * Sends INVALID_SESSION (op 9) on every gateway connection, as Discord does when a session cannot
   * go on. `resumable: false` (default) also forgets the sessions, so the client must IDENTIFY
   * again (a later RESUME gets op 9 too); `true` keeps them, so it may RESUME.
   */
  invalidateSessions(options: { resumable?: boolean } = {}): void {
    const resumable = options.resumable ?? false;
    for (const c of this.#conns) {
      if (!resumable && c.session) {
        this.#sessions.delete(c.session.id);
        c.session = null;
      }
      this.#send(c, { op: 9, d: resumable });
    }
  }

  // ---------------------------------------------------------------- guild changes

  /** Adds a text channel to the guild (default {@link guild}; CHANNEL_CREATE goes to the sessions of its shard). */
  addChannel(name: string, guild: EmulatedGuild = this.guild): EmulatedChannel {
    const c: EmulatedChannel = { ...this.channel, id: snowflake(), name, guild_id: guild.id, position: guild.channels.length, last_message_id: null };
    guild.channels.push(c);
    for (const s of this.#sessions.values()) if (shardOf(guild.id, s.shard[1]) === s.shard[0]) this.#dispatch(s, 'CHANNEL_CREATE', c);
    return c;
  }

  /**
   * Adds a guild with one text channel `#general`, owned by alice (GUILD_CREATE to the session of
   * its shard). `shard: [id, count]` picks an id that lands on that shard (`(id >> 22) % count`).
   * Interactions come from it when `as.channelId` is one of its channels.
   */
  addGuild(name: string, shard?: [number, number]): EmulatedGuild {
    let id = snowflake();
    // Snowflakes of one millisecond share the shard; step the timestamp until it matches.
    for (let t = Date.now(); shard && shardOf(id, shard[1]) !== shard[0]; t++) id = snowflake(t);
    const general: EmulatedChannel = { ...this.channel, id: snowflake(), guild_id: id, position: 0, last_message_id: null };
    const g: EmulatedGuild = { id, name, owner_id: this.users.alice.id, channels: [general] };
    this.guilds.push(g);
    for (const s of this.#sessions.values()) if (shardOf(g.id, s.shard[1]) === s.shard[0]) this.#dispatch(s, 'GUILD_CREATE', this.#guildPayload(g));
    return g;
  }

  /** The guild holding a channel (default: {@link guild}). */
  #guildOf(channelId: string | undefined): EmulatedGuild {
    return (channelId === undefined ? undefined : this.guilds.find((g) => g.channels.some((c) => c.id === channelId))) ?? this.guild;
  }

  #findChannel(id: string | undefined): EmulatedChannel | undefined {
    for (const g of this.guilds) {
      const c = g.channels.find((x) => x.id === id);
      if (c) return c;
    }
    return undefined;
  }

  /** Deletes a channel (CHANNEL_DELETE); later posts to it answer 404 Unknown Channel. */
  removeChannel(id: string): void {
    const c = this.guild.channels.find((x) => x.id === id);
    if (!c) return;
    this.guild.channels.splice(this.guild.channels.indexOf(c), 1);
    for (const s of this.#sessions.values()) if (shardOf(this.guild.id, s.shard[1]) === s.shard[0]) this.#dispatch(s, 'CHANNEL_DELETE', c);
  }

  /** Takes (or gives back) the bot's right to post in a channel: posts answer 403 Missing Permissions while denied. */
  denyChannel(id: string, denied = true): void {
    if (denied) this.#denied.add(id);
    else this.#denied.delete(id);
  }

  // ---------------------------------------------------------------- acting as users

  /** Sends a slash command (chat input) interaction and resolves with the bot's answer. */
  command(name: string, options: Record<string, string | number | boolean> | InteractionOption[] = {}, as: ActAs = {}): Promise<InteractionOutcome> {
    const opts = Array.isArray(options) ? options : toOptions(options);
    return this.#interact(IT.command, { id: this.#commandId(name), name, type: 1, options: opts, guild_id: this.#guildOf(as.channelId).id }, as, null);
  }

  /**
   * Sends an autocomplete interaction with `focused` as the focused option; resolves with the
   * choices. `options` may also be raw option objects (e.g. inside a subcommand), sent as given
   * with the option named `focused` marked at any depth.
   */
  autocomplete(name: string, options: Record<string, string | number | boolean> | InteractionOption[], focused: string, as: ActAs = {}): Promise<InteractionOutcome> {
    const mark = (list: InteractionOption[]): InteractionOption[] => list.map((o) => (o.options ? { ...o, options: mark(o.options) } : o.name === focused ? { ...o, focused: true } : o));
    const opts = Array.isArray(options) ? mark(options) : toOptions(options).map((o) => (o.name === focused ? { ...o, focused: true } : o));
    if (!Array.isArray(options) && !opts.some((o) => o.focused)) opts.push({ name: focused, type: OPT.string, value: '', focused: true });
    return this.#interact(IT.autocomplete, { id: this.#commandId(name), name, type: 1, options: opts, guild_id: this.#guildOf(as.channelId).id }, as, null);
  }

  /** Presses the button `customId` on `message`; resolves with the bot's answer (an update or a reply). */
  clickButton(message: EmulatedMessage, customId: string, as: ActAs = {}): Promise<InteractionOutcome> {
    const current = this.messages.get(message.id) ?? message;
    return this.#interact(IT.component, { custom_id: customId, component_type: 2 }, as, current);
  }

  /** Sends a raw INTERACTION_CREATE payload (fields added as for the helpers); returns the interaction id. */
  sendInteraction(type: number, data: Record<string, unknown>, as: ActAs = {}, message: EmulatedMessage | null = null): string {
    const st = this.#createInteraction(type, as, message);
    this.#dispatchInteraction(st, data, message, as);
    return st.id;
  }

  #interact(type: number, data: Record<string, unknown>, as: ActAs, message: EmulatedMessage | null): Promise<InteractionOutcome> {
    if (this.#sessions.size === 0) return Promise.reject(new Error('emulator: no bot session has identified yet (await waitForReady())'));
    const st = this.#createInteraction(type, as, message);
    const timeoutMs = as.timeoutMs ?? DEFAULT_ANSWER_TIMEOUT_MS;
    const promise = new Promise<InteractionOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        st.resolve = null;
        reject(new Error(`emulator: no answer to interaction ${st.id} (${String(data['name'] ?? data['custom_id'])}) within ${timeoutMs} ms; last REST calls: ${this.rest().slice(-5).map((r) => `${r.method} ${r.path} → ${r.status}`).join('; ') || 'none'}`));
      }, timeoutMs);
      st.resolve = (o) => {
        clearTimeout(timer);
        resolve(o);
      };
    });
    this.#dispatchInteraction(st, data, message, as);
    return promise;
  }

  #createInteraction(type: number, as: ActAs, message: EmulatedMessage | null): InteractionState {
    const user = as.user ?? this.users.alice;
    const st: InteractionState = {
      id: snowflake(),
      token: `itok_${snowflake()}_${Math.random().toString(36).slice(2)}`,
      type,
      channelId: as.channelId ?? message?.channel_id ?? this.channel.id,
      guildId: this.#guildOf(as.channelId ?? message?.channel_id).id,
      user,
      createdAt: Date.now(),
      sentAt: 0,
      acknowledged: false,
      callbackType: null,
      sourceMessageId: message?.id ?? null,
      originalMessageId: null,
      followUps: [],
      done: false,
      resolve: null,
    };
    this.#interactions.set(st.id, st);
    return st;
  }

  #dispatchInteraction(st: InteractionState, data: Record<string, unknown>, message: EmulatedMessage | null, as: ActAs): void {
    const channel = this.#findChannel(st.channelId) ?? this.channel;
    const payload = {
      id: st.id,
      application_id: this.applicationId,
      type: st.type,
      token: st.token,
      version: 1,
      data,
      guild_id: st.guildId,
      guild: { id: st.guildId, locale: 'en-US', features: [] },
      channel_id: channel.id,
      channel,
      member: {
        user: st.user,
        roles: [],
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        permissions: as.permissions ?? ALL_PERMISSIONS,
      },
      ...(message ? { message } : {}),
      app_permissions: BOT_PERMISSIONS,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': st.guildId },
      context: 0,
      attachment_size_limit: 10 * 1024 * 1024,
    };
    st.sentAt = performance.now();
    this.#dispatchToGuild(st.guildId, 'INTERACTION_CREATE', payload);
  }

  #commandId(name: string): string {
    for (const list of this.commands.values()) {
      const found = (list as { name: string; id: string }[]).find((c) => c.name === name);
      if (found) return found.id;
    }
    return snowflake();
  }

  // ---------------------------------------------------------------- gateway

  #record(r: Omit<RestRecord, 'seq'> | Omit<GatewayRecord, 'seq'>): void {
    const full = { ...r, seq: ++this.#seq } as EmulatorRecord;
    this.records.push(full);
    this.emit('record', full);
  }

  #onGatewayConnection(socket: WebSocket): void {
    const conn: Conn = { n: ++this.gateway.connections, socket, session: null };
    this.#conns.add(conn);
    socket.on('close', () => {
      this.#conns.delete(conn);
      if (conn.session && conn.session.socket === socket) conn.session.socket = null;
    });
    socket.on('error', () => undefined);
    socket.on('message', (raw) => this.#onGatewayMessage(conn, raw.toString()));
    this.#send(conn, { op: 10, d: { heartbeat_interval: this.#heartbeatMs } });
  }

  #send(conn: Conn, payload: { op: number; d: unknown; t?: string | null; s?: number | null }): void {
    if (conn.socket.readyState !== WebSocket.OPEN) return;
    conn.socket.send(JSON.stringify({ t: null, s: null, ...payload }));
    this.#record({ kind: 'gateway', at: performance.now(), direction: 'out', op: payload.op, t: payload.t ?? null, connection: conn.n });
  }

  #onGatewayMessage(conn: Conn, text: string): void {
    let msg: { op?: number; d?: Record<string, unknown> | number | null };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      conn.socket.close(4002, 'Decode error');
      return;
    }
    const op = msg.op ?? -1;
    this.#record({ kind: 'gateway', at: performance.now(), direction: 'in', op, connection: conn.n });
    const d = (typeof msg.d === 'object' && msg.d !== null ? msg.d : {}) as Record<string, unknown>;
    switch (op) {
      case 1: // Heartbeat
        this.#send(conn, { op: 11, d: null });
        return;
      case 2: {
        // Identify
        if (d['token'] !== this.token) {
          conn.socket.close(4004, 'Authentication failed.');
          return;
        }
        this.gateway.identifies++;
        const shard = (Array.isArray(d['shard']) ? d['shard'] : [0, 1]) as [number, number];
        const session: Session = { id: snowflake(), seq: 0, shard, sent: [], socket: conn.socket };
        this.#sessions.set(session.id, session);
        conn.session = session;
        const guilds = this.#guildsOfShard(shard);
        this.#dispatch(session, 'READY', {
          v: 10,
          user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
          guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
          session_id: session.id,
          resume_gateway_url: this.gatewayUrl,
          shard,
          application: { id: this.applicationId, flags: 0 },
          private_channels: [],
        });
        for (const g of guilds) this.#dispatch(session, 'GUILD_CREATE', this.#guildPayload(g));
        return;
      }
      case 6: {
        // Resume
        const session = this.#sessions.get(String(d['session_id']));
        if (d['token'] !== this.token) {
          conn.socket.close(4004, 'Authentication failed.');
          return;
        }
        if (!session) {
          this.#send(conn, { op: 9, d: false });
          return;
        }
        this.gateway.resumes++;
        session.socket = conn.socket;
        conn.session = session;
        const after = typeof d['seq'] === 'number' ? d['seq'] : 0;
        for (const e of session.sent) if (e.s > after) conn.socket.send(e.payload);
        this.#dispatch(session, 'RESUMED', {});
        return;
      }
      case 3: // Presence update
      case 4: // Voice state update
      case 8: // Request guild members
        return;
      default:
        conn.socket.close(4001, 'Unknown opcode.');
    }
  }

  #dispatch(session: Session, t: string, d: unknown): void {
    const s = ++session.seq;
    const payload = JSON.stringify({ op: 0, t, s, d });
    session.sent.push({ s, payload });
    if (session.sent.length > RESUME_BUFFER) session.sent.shift();
    const socket = session.socket;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(payload);
      const conn = [...this.#conns].find((c) => c.socket === socket);
      this.#record({ kind: 'gateway', at: performance.now(), direction: 'out', op: 0, t, connection: conn?.n ?? 0 });
    }
  }

  /** Sends a dispatch to the newest session of the shard that owns the guild (queued for RESUME when disconnected). */
  #dispatchToGuild(guildId: string, t: string, d: unknown): void {
    const sessions = [...this.#sessions.values()].filter((s) => shardOf(guildId, s.shard[1]) === s.shard[0]);
    const target = sessions.at(-1);
    if (!target) throw new Error('emulator: no bot session has identified yet (await waitForReady())');
    this.#dispatch(target, t, d);
  }

  #guildsOfShard(shard: [number, number]): EmulatedGuild[] {
    return this.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
  }

  #guildPayload(g: EmulatedGuild): unknown {
    return {
      id: g.id,
      name: g.name,
      icon: null,
      owner_id: g.owner_id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: g.id, name: '@everyone', permissions: BOT_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 3,
      members: [{ user: this.botUser, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
      channels: g.channels,
      threads: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- REST

  async #onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const method = (req.method ?? 'GET').toUpperCase();

    const att = /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (method === 'GET' && att) {
      const file = this.attachmentData.get(att[1]!);
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.data.length }).end(file.data);
      return;
    }

    const api = /^\/api(?:\/v\d+)?(\/.*)$/.exec(url.pathname);
    const path = safeDecode(api ? api[1]! : url.pathname);
    const query = Object.fromEntries(url.searchParams.entries());
    const parsed = await parseBody(req.headers['content-type'], raw);
    const authHeader = req.headers.authorization ?? '';
    const authorized = authHeader === `Bot ${this.token}`;
    const base = { kind: 'rest' as const, method, path, query, body: parsed.body, files: parsed.files, authorized };

    const fault = this.#takeFault(method, path);
    if (fault?.kind === 'delay') {
      // Tests that must act while a request is held (kill the bot mid-post) wait for this event.
      this.emit('held', base);
      await new Promise((r) => setTimeout(r, fault.delayMs ?? 0));
    } else if (fault) {
      const at = performance.now();
      if (fault.kind === 'rate-limit') {
        const retryAfter = fault.retryAfter ?? 0.2;
        const headers: Record<string, string> = { 'content-type': 'application/json', 'retry-after': String(retryAfter), 'x-ratelimit-scope': fault.global ? 'global' : 'user' };
        if (fault.global) headers['x-ratelimit-global'] = 'true';
        else Object.assign(headers, { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(retryAfter), 'x-ratelimit-bucket': 'emulated' });
        this.#record({ ...base, at, route: 'fault', status: 429, fault: 'rate-limit' });
        res.writeHead(429, headers).end(JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false }));
      } else {
        const status = fault.status ?? 500;
        this.#record({ ...base, at, route: 'fault', status, fault: 'server-error' });
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `${status}: emulated server error`, code: 0 }));
      }
      return;
    }

    const at = performance.now();
    let answer: RouteAnswer;
    let template = 'unmatched';
    if (parsed.error) answer = { status: 400, json: { message: parsed.error, code: ERR.invalidFormBody } };
    else {
      const route = this.#routes.find((r) => r.method === method && r.pattern.test(path));
      if (!route) answer = { status: 404, json: { message: '404: Not Found', code: 0 } };
      else {
        template = route.template;
        const m = route.pattern.exec(path)!;
        const params = Object.fromEntries(route.keys.map((k, i) => [k, m[i + 1]!]));
        try {
          answer = await route.handler({ method, params, query, body: parsed.body, files: parsed.files, authorized });
        } catch (err) {
          answer = { status: 500, json: { message: `emulator bug: ${(err as Error).message}`, code: 0 } };
        }
      }
    }
    this.#record({ ...base, at, route: template, status: answer.status });
    if (answer.json === undefined) res.writeHead(answer.status).end();
    else res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
    const completed = this.#completed;
    this.#completed = [];
    for (const deliver of completed) deliver();
  }

  #takeFault(method: string, path: string): Fault | null {
    const f = this.#faults.find((x) => x.remaining > 0 && (!x.method || x.method.toUpperCase() === method) && (!x.path || x.path.test(path)));
    if (!f) return null;
    f.remaining--;
    this.#faults = this.#faults.filter((x) => x.remaining > 0);
    return f;
  }

  #route(method: string, template: string, handler: RouteHandler, needsAuth = true): void {
    const keys: string[] = [];
    const pattern = new RegExp(
      `^${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, k: string) => {
        keys.push(k);
        return '([^/]+)';
      })}$`,
    );
    const guarded: RouteHandler = (req) => (needsAuth && !req.authorized ? { status: 401, json: { message: '401: Unauthorized', code: 0 } } : handler(req));
    this.#routes.push({ method, pattern, keys, template: `${method} ${template}`, handler: guarded });
  }

  #defineRoutes(): void {
    const gatewayBot = (): RouteAnswer => ({
      status: 200,
      json: { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } },
    });
    this.#route('GET', '/gateway/bot', gatewayBot);
    this.#route('GET', '/gateway', () => ({ status: 200, json: { url: this.gatewayUrl } }), false);
    this.#route('GET', '/users/@me', () => ({ status: 200, json: this.botUser }));
    this.#route('GET', '/applications/@me', () => ({ status: 200, json: { id: this.applicationId, name: this.botUser.username, description: '', bot: this.botUser, flags: 0, bot_public: false, bot_require_code_grant: false, verify_key: '' } }));

    const commandsKey = (p: Record<string, string>): string => p['guild'] ?? 'global';
    const putCommands: RouteHandler = ({ params, body }) => {
      if (params['app'] !== this.applicationId) return { status: 404, json: { message: 'Unknown Application', code: 10002 } };
      if (!Array.isArray(body)) return { status: 400, json: { message: 'Invalid Form Body', code: ERR.invalidFormBody } };
      const list = body.map((c: Record<string, unknown>) => ({ ...c, id: this.#commandId(String(c['name'])), application_id: this.applicationId, version: snowflake(), ...(params['guild'] ? { guild_id: params['guild'] } : {}) }));
      this.commands.set(commandsKey(params), list);
      return { status: 200, json: list };
    };
    this.#route('PUT', '/applications/:app/commands', putCommands);
    this.#route('PUT', '/applications/:app/guilds/:guild/commands', putCommands);
    this.#route('GET', '/applications/:app/commands', ({ params }) => ({ status: 200, json: this.commands.get(commandsKey(params)) ?? [] }));
    this.#route('GET', '/applications/:app/guilds/:guild/commands', ({ params }) => ({ status: 200, json: this.commands.get(commandsKey(params)) ?? [] }));

    this.#route('GET', '/guilds/:guild', ({ params }) => {
      const g = this.guilds.find((x) => x.id === params['guild']);
      return g ? { status: 200, json: this.#guildPayload(g) } : { status: 404, json: { message: 'Unknown Guild', code: 10004 } };
    });
    this.#route('GET', '/channels/:channel', ({ params }) => {
      const c = this.#findChannel(params['channel']);
      return c ? { status: 200, json: c } : { status: 404, json: { message: 'Unknown Channel', code: ERR.unknownChannel } };
    });
    this.#route('GET', '/channels/:channel/messages', ({ params, query }) => {
      const list = this.channelMessages(params['channel']).reverse().slice(0, Number(query['limit'] ?? 50));
      return { status: 200, json: list.map(publicMessage) };
    });
    this.#route('POST', '/channels/:channel/messages', ({ params, body, files }) => {
      const channel = this.#findChannel(params['channel']);
      if (!channel) return { status: 404, json: { message: 'Unknown Channel', code: ERR.unknownChannel } };
      if (this.#denied.has(channel.id)) return { status: 403, json: { message: 'Missing Permissions', code: ERR.missingPermissions } };
      const b = (body ?? {}) as Record<string, unknown>;
      const nonce = b['nonce'];
      if (b['enforce_nonce'] === true && (typeof nonce === 'string' || typeof nonce === 'number')) {
        const key = `${channel.id}:${String(nonce)}`;
        const seen = this.#nonces.get(key);
        const existing = seen && Date.now() - seen.at < NONCE_MEMORY_MS ? this.messages.get(seen.messageId) : undefined;
        if (existing) return { status: 200, json: publicMessage(existing) };
      }
      const msg = this.#newMessage(channel.id, b, files, this.botUser);
      if (b['enforce_nonce'] === true && (typeof nonce === 'string' || typeof nonce === 'number')) this.#nonces.set(`${channel.id}:${String(nonce)}`, { messageId: msg.id, at: Date.now() });
      return { status: 200, json: publicMessage(msg) };
    });

    this.#route('POST', '/interactions/:id/:token/callback', (req) => this.#callback(req), false);
    this.#route('GET', '/webhooks/:app/:token/messages/:message', (req) => this.#webhookMessage(req), false);
    this.#route('PATCH', '/webhooks/:app/:token/messages/:message', (req) => this.#webhookMessage(req), false);
    this.#route('DELETE', '/webhooks/:app/:token/messages/:message', (req) => this.#webhookMessage(req), false);
    this.#route('POST', '/webhooks/:app/:token', (req) => this.#followUp(req), false);
  }

  #interactionByToken(app: string | undefined, token: string | undefined): InteractionState | RouteAnswer {
    const st = [...this.#interactions.values()].find((i) => i.token === token);
    if (!st || app !== this.applicationId) return { status: 404, json: { message: 'Unknown Webhook', code: 10015 } };
    if (Date.now() - st.createdAt > this.#tokenTtlMs) return { status: 401, json: { message: 'Invalid Webhook Token', code: ERR.invalidWebhookToken } };
    return st;
  }

  #callback({ params, body, files, query }: RouteRequest): RouteAnswer {
    const st = this.#interactions.get(params['id'] ?? '');
    if (!st || st.token !== params['token'] || Date.now() - st.createdAt > Math.min(this.#tokenTtlMs, this.#deadlineMs)) {
      return { status: 404, json: { message: 'Unknown interaction', code: ERR.unknownInteraction } };
    }
    if (st.acknowledged) return { status: 400, json: { message: 'Interaction has already been acknowledged.', code: ERR.alreadyAcknowledged } };
    const b = (body ?? {}) as { type?: number; data?: Record<string, unknown> };
    const type = b.type ?? 0;
    const data = b.data ?? {};
    st.acknowledged = true;
    st.callbackType = type;
    let message: EmulatedMessage | null = null;
    switch (type) {
      case 4: // CHANNEL_MESSAGE_WITH_SOURCE
        message = this.#newMessage(st.channelId, data, files, this.botUser, st);
        st.originalMessageId = message.id;
        this.#complete(st, { message, files });
        break;
      case 5: // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
        message = this.#newMessage(st.channelId, { content: '', flags: (Number(data['flags'] ?? 0) & FLAG_EPHEMERAL) | FLAG_LOADING }, [], this.botUser, st);
        st.originalMessageId = message.id;
        break;
      case 6: // DEFERRED_UPDATE_MESSAGE
        st.originalMessageId = st.sourceMessageId;
        break;
      case 7: {
        // UPDATE_MESSAGE
        const target = st.sourceMessageId ? this.messages.get(st.sourceMessageId) : undefined;
        if (!target) return { status: 400, json: { message: 'Interaction has no message to update', code: ERR.invalidFormBody } };
        st.originalMessageId = target.id;
        message = this.#editMessage(target, data, files);
        this.#complete(st, { message, files });
        break;
      }
      case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        this.#complete(st, { message: null, files: [], choices: (data['choices'] as InteractionOutcome['choices']) ?? [] });
        break;
      default:
        this.#complete(st, { message: null, files: [] });
    }
    if (query['with_response'] !== 'true') return { status: 204 };
    return {
      status: 200,
      json: {
        interaction: { id: st.id, type: st.type, activity_instance_id: null, response_message_id: st.originalMessageId, response_message_loading: type === 5, response_message_ephemeral: Boolean(message && message.flags & FLAG_EPHEMERAL) },
        resource: { type, ...(message ? { message: publicMessage(message) } : {}) },
      },
    };
  }

  #webhookMessage({ method, params, body, files }: RouteRequest): RouteAnswer {
    const found = this.#interactionByToken(params['app'], params['token']);
    if (!('token' in found)) return found;
    const st = found;
    const id = params['message'] === '@original' ? st.originalMessageId : params['message'];
    const msg = id ? this.messages.get(id) : undefined;
    if (!msg || msg.deleted) return { status: 404, json: { message: 'Unknown Message', code: ERR.unknownMessage } };
    if (method === 'GET') return { status: 200, json: publicMessage(msg) };
    if (method === 'DELETE') {
      msg.deleted = true;
      this.#messageChanged('delete', msg);
      return { status: 204 };
    }
    const edited = this.#editMessage(msg, (body ?? {}) as Record<string, unknown>, files);
    this.#complete(st, { message: edited, files });
    return { status: 200, json: publicMessage(edited) };
  }

  #followUp({ params, body, files }: RouteRequest): RouteAnswer {
    const found = this.#interactionByToken(params['app'], params['token']);
    if (!('token' in found)) return found;
    const st = found;
    const msg = this.#newMessage(st.channelId, (body ?? {}) as Record<string, unknown>, files, this.botUser, st);
    st.followUps.push(msg.id);
    this.#complete(st, { message: msg, files });
    return { status: 200, json: publicMessage(msg) };
  }

  #complete(st: InteractionState, r: { message: EmulatedMessage | null; files: RecordedFile[]; choices?: InteractionOutcome['choices'] }): void {
    if (st.done) return;
    st.done = true;
    const outcome: InteractionOutcome = {
      interactionId: st.id,
      callbackType: st.callbackType ?? 0,
      deferred: st.callbackType === 5 || st.callbackType === 6,
      ephemeral: Boolean(r.message && r.message.flags & FLAG_EPHEMERAL),
      message: r.message ? structuredClone(r.message) : null,
      files: r.files,
      choices: r.choices ?? null,
      latencyMs: performance.now() - st.sentAt,
    };
    this.#completed.push(() => {
      this.emit('outcome', outcome);
      st.resolve?.(outcome);
    });
  }

  #storeFiles(files: RecordedFile[], declared: unknown): EmulatedAttachment[] {
    const decl = Array.isArray(declared) ? (declared as { id?: string | number; description?: string }[]) : [];
    return files.map((f, i) => {
      const id = snowflake();
      this.attachmentData.set(id, f);
      const url = `${this.baseUrl}/attachments/${id}/${encodeURIComponent(f.filename)}`;
      const description = decl.find((d) => String(d.id) === String(i))?.description;
      return { id, filename: f.filename, size: f.data.length, url, proxy_url: url, content_type: f.contentType, ...(description ? { description } : {}) };
    });
  }

  #newMessage(channelId: string, b: Record<string, unknown>, files: RecordedFile[], author: EmulatedUser, st?: InteractionState): EmulatedMessage {
    const content = typeof b['content'] === 'string' ? b['content'] : '';
    const mentions = evaluateMentions(content, b['allowed_mentions']);
    const msg: EmulatedMessage = {
      id: snowflake(),
      channel_id: channelId,
      guild_id: this.#guildOf(channelId).id,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: b['tts'] === true,
      mention_everyone: mentions.everyone,
      mentions: mentions.users.map((id) => ({ ...(Object.values(this.users).find((u) => u.id === id) ?? { id, username: 'unknown', discriminator: '0', global_name: null, avatar: null }) })),
      mention_roles: mentions.roles,
      attachments: this.#storeFiles(files, b['attachments']),
      embeds: Array.isArray(b['embeds']) ? b['embeds'] : [],
      components: Array.isArray(b['components']) ? b['components'] : [],
      pinned: false,
      type: st ? (st.type === IT.command ? 20 : 19) : 0,
      flags: Number(b['flags'] ?? 0),
      ...(b['nonce'] !== undefined ? { nonce: b['nonce'] as string | number } : {}),
      ...(st ? { webhook_id: this.applicationId, application_id: this.applicationId, interaction_metadata: { id: st.id, type: st.type, user: st.user, authorizing_integration_owners: { '0': st.guildId } } } : {}),
      allowed_mentions_sent: b['allowed_mentions'],
    };
    this.messages.set(msg.id, msg);
    this.#messageChanged('create', msg);
    return msg;
  }

  /** Emits `message` with a copy of the message as it now is (listeners cannot change the stored one). */
  #messageChanged(kind: MessageChange['kind'], msg: EmulatedMessage): void {
    if (this.listenerCount('message') === 0) return;
    const change: MessageChange = { kind, message: structuredClone(msg) };
    this.emit('message', change);
  }

  #editMessage(msg: EmulatedMessage, b: Record<string, unknown>, files: RecordedFile[]): EmulatedMessage {
    if (typeof b['content'] === 'string') msg.content = b['content'];
    if (Array.isArray(b['embeds'])) msg.embeds = b['embeds'];
    if (Array.isArray(b['components'])) msg.components = b['components'];
    if (Array.isArray(b['attachments']) || files.length > 0) {
      const keep = Array.isArray(b['attachments']) ? new Set((b['attachments'] as { id?: unknown }[]).map((a) => String(a.id))) : new Set(msg.attachments.map((a) => a.id));
      msg.attachments = [...msg.attachments.filter((a) => keep.has(a.id)), ...this.#storeFiles(files, b['attachments'])];
    }
    if ('allowed_mentions' in b) msg.allowed_mentions_sent = b['allowed_mentions'];
    const mentions = evaluateMentions(msg.content, msg.allowed_mentions_sent);
    msg.mention_everyone = mentions.everyone;
    msg.mention_roles = mentions.roles;
    msg.flags &= ~FLAG_LOADING;
    msg.edited_timestamp = new Date().toISOString();
    this.#messageChanged('update', msg);
    return msg;
  }
}

/** `decodeURIComponent`, or the text as is when it is not valid percent-encoding. */
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The shard a guild belongs to: `(guild_id >> 22) % num_shards` (Discord "Sharding"). */
function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

function toOptions(options: Record<string, string | number | boolean>): InteractionOption[] {
  return Object.entries(options).map(([name, value]) => ({
    name,
    value,
    type: typeof value === 'boolean' ? OPT.boolean : typeof value === 'number' ? (Number.isInteger(value) ? OPT.integer : OPT.number) : OPT.string,
  }));
}

/** A message as Discord returns it (without the emulator's own bookkeeping fields). */
function publicMessage(m: EmulatedMessage): Omit<EmulatedMessage, 'allowed_mentions_sent' | 'deleted'> {
  const { allowed_mentions_sent: _a, deleted: _d, ...rest } = m;
  return rest;
}

/**
 * What `content` would ping, following Discord's allowed-mentions rules: with no
 * `allowed_mentions` every mention in the content pings; otherwise only the types named in
 * `parse` and the ids listed in `users` / `roles`. Embeds never ping.
 */
export function evaluateMentions(content: string, allowed: unknown): { everyone: boolean; users: string[]; roles: string[] } {
  const a = (allowed ?? null) as { parse?: string[]; users?: string[]; roles?: string[] } | null;
  const parse = new Set(a ? (a.parse ?? []) : ['everyone', 'users', 'roles']);
  const userIds = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]!);
  const roleIds = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!);
  return {
    everyone: parse.has('everyone') && /@(everyone|here)\b/.test(content),
    users: userIds.filter((id) => parse.has('users') || (a?.users ?? []).includes(id)),
    roles: roleIds.filter((id) => parse.has('roles') || (a?.roles ?? []).includes(id)),
  };
}
