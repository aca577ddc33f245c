import type { EmulatedAttachment, EmulatedMessage } from '../discord-emulator/index.js';

/** Message flags (Discord API "Message Flags"). */
const FLAG_EPHEMERAL = 1 << 6;
/** Set on a deferred reply until it is edited: Discord shows "<bot> is thinking…". */
const FLAG_LOADING = 1 << 7;
/** Interaction type of a slash command (Discord API "Interaction Type"). */
const INTERACTION_COMMAND = 2;

/** An attachment as the page loads it (from the playground's own origin). */
export interface AttachmentView {
  id: string;
  filename: string;
  url: string;
  contentType: string;
  description: string | null;
}

/** What the page needs to draw one message, JSON-ready. */
export interface MessageView {
  id: string;
  channelId: string;
  author: { id: string; name: string; bot: boolean };
  timestamp: string;
  edited: boolean;
  content: string;
  /** Discord embed objects, with `attachment://name` image URLs resolved to this server. */
  embeds: unknown[];
  /** Attachments not shown inside an embed (Discord shows those under the message). */
  attachments: AttachmentView[];
  /** Action rows as Discord sent them (buttons). */
  components: unknown[];
  ephemeral: boolean;
  /** A deferred reply not yet edited ("thinking…"). */
  loading: boolean;
  /** For a reply to an interaction: who ran it and what (the "alice used /brief" line). */
  interaction: { userId: string; userName: string; kind: 'command' | 'component'; command: string | null } | null;
}

/** The URL the playground serves an attachment at (same origin as the page). */
export function attachmentPath(a: Pick<EmulatedAttachment, 'id' | 'filename'>): string {
  return `/attachments/${encodeURIComponent(a.id)}/${encodeURIComponent(a.filename)}`;
}

/** Replaces `attachment://NAME` URLs in an embed's image/thumbnail/author/footer icons; reports the names used. */
function resolveEmbed(embed: unknown, byName: ReadonlyMap<string, EmulatedAttachment>, used: Set<string>): unknown {
  if (!embed || typeof embed !== 'object') return embed;
  const e = { ...(embed as Record<string, unknown>) };
  for (const key of ['image', 'thumbnail', 'author', 'footer']) {
    const part = e[key] as Record<string, unknown> | undefined;
    if (!part || typeof part !== 'object') continue;
    const urlKey = key === 'image' || key === 'thumbnail' ? 'url' : 'icon_url';
    const url = part[urlKey];
    if (typeof url !== 'string' || !url.startsWith('attachment://')) continue;
    const a = byName.get(url.slice('attachment://'.length));
    if (!a) continue;
    used.add(a.filename);
    e[key] = { ...part, [urlKey]: attachmentPath(a) };
  }
  return e;
}

/**
 * A stored emulator message as the page draws it. `commandText` gives the command line of the
 * interaction that produced it, when the playground sent it (Discord shows "alice used /brief").
 */
export function toMessageView(m: EmulatedMessage, commandText: (interactionId: string) => string | undefined): MessageView {
  const byName = new Map(m.attachments.map((a) => [a.filename, a]));
  const used = new Set<string>();
  const embeds = m.embeds.map((e) => resolveEmbed(e, byName, used));
  const meta = m.interaction_metadata;
  return {
    id: m.id,
    channelId: m.channel_id,
    author: { id: m.author.id, name: m.author.global_name ?? m.author.username, bot: m.author.bot === true },
    timestamp: m.timestamp,
    edited: m.edited_timestamp !== null && (m.flags & FLAG_LOADING) === 0 && m.type === 0,
    content: m.content,
    embeds,
    attachments: m.attachments
      .filter((a) => !used.has(a.filename))
      .map((a) => ({ id: a.id, filename: a.filename, url: attachmentPath(a), contentType: a.content_type, description: a.description ?? null })),
    components: m.components,
    ephemeral: (m.flags & FLAG_EPHEMERAL) !== 0,
    loading: (m.flags & FLAG_LOADING) !== 0,
    interaction: meta
      ? { userId: meta.user.id, userName: meta.user.global_name ?? meta.user.username, kind: meta.type === INTERACTION_COMMAND ? 'command' : 'component', command: commandText(meta.id) ?? meta.name ?? null }
      : null,
  };
}
