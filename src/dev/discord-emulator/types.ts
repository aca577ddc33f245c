/**
 * Shapes the emulator records and returns. They follow Discord API v10 field names (snake_case),
 * with only the fields discord.js 14 reads; see README.md.
 */

/** A file sent as a multipart part (`files[n]`). */
export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** One HTTP request the emulator received, as answered. */
export interface RestRecord {
  kind: 'rest';
  /** Order of arrival across REST and gateway records. */
  seq: number;
  /** `performance.now()` when the request had been read in full. */
  at: number;
  method: string;
  /** Path after the `/api/vN` prefix, e.g. `/interactions/123/tok/callback`. */
  path: string;
  /** The route template that matched, e.g. `POST /interactions/:id/:token/callback`; `unmatched` otherwise. */
  route: string;
  query: Record<string, string>;
  /** Parsed JSON body (or `payload_json` of a multipart body); null when none. */
  body: unknown;
  files: RecordedFile[];
  /** True when the request carried a `Bot …` Authorization header (the token itself is never recorded). */
  authorized: boolean;
  status: number;
  /** Set when the answer came from an injected fault. */
  fault?: 'rate-limit' | 'server-error';
}

/** One gateway frame, either direction. */
export interface GatewayRecord {
  kind: 'gateway';
  seq: number;
  at: number;
  direction: 'in' | 'out';
  op: number;
  /** Dispatch event name for op 0. */
  t?: string | null;
  /** Connection number (counts from 1) the frame went over. */
  connection: number;
}

export type EmulatorRecord = RestRecord | GatewayRecord;

export interface EmulatedUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: string | null;
  bot?: boolean;
}

export interface EmulatedChannel {
  id: string;
  type: number;
  name: string;
  guild_id: string;
  position: number;
  permission_overwrites: unknown[];
  topic: string | null;
  nsfw: boolean;
  parent_id: string | null;
  rate_limit_per_user: number;
  last_message_id: string | null;
}

export interface EmulatedGuild {
  id: string;
  name: string;
  owner_id: string;
  channels: EmulatedChannel[];
}

export interface EmulatedAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
  description?: string;
}

/** A message as the emulator stores it (API v10 message object subset). */
export interface EmulatedMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: EmulatedUser;
  content: string;
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: unknown[];
  mention_roles: string[];
  attachments: EmulatedAttachment[];
  embeds: unknown[];
  components: unknown[];
  pinned: boolean;
  type: number;
  flags: number;
  nonce?: string | number;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: { id: string; type: number; user: EmulatedUser; authorizing_integration_owners: Record<string, string>; name?: string };
  /** Not a Discord field: the `allowed_mentions` the sender asked for, kept for assertions. */
  allowed_mentions_sent?: unknown;
  /** Not a Discord field: true once the message was deleted. */
  deleted?: boolean;
}

/** A slash-command option value as sent in INTERACTION_CREATE. */
export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: InteractionOption[];
}

/** What became of an interaction, as a test sees it. */
export interface InteractionOutcome {
  interactionId: string;
  /** Interaction callback type the bot answered with (4 reply, 5 deferred, 6 deferred update, 7 update, 8 autocomplete). */
  callbackType: number;
  /** True when the bot deferred first and answered with an edit or a follow-up. */
  deferred: boolean;
  ephemeral: boolean;
  /** The message the user sees (after the edit when deferred); null for autocomplete. */
  message: EmulatedMessage | null;
  /** Files attached to the answer. */
  files: RecordedFile[];
  /** Autocomplete choices, when the interaction was an autocomplete. */
  choices: { name: string; value: string | number }[] | null;
  /** Milliseconds from sending INTERACTION_CREATE to receiving the answering request. */
  latencyMs: number;
}

/**
 * A message was created (a reply, a deferred "thinking" placeholder, a follow-up, a channel post),
 * edited (including the edit that ends a deferral), or deleted: the emulator's `message` event.
 * `message` is a copy taken at that moment.
 */
export interface MessageChange {
  kind: 'create' | 'update' | 'delete';
  message: EmulatedMessage;
}
