import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CorpusIndex } from './answers/corpusIndex.js';
import type { DigestCommands } from '../digests/digestService.js';

/** A file attached to a reply page (kept as base64 so answers serialise to JSON for the cache). */
export interface AnswerFile {
  name: string;
  /** Alt text shown by Discord. */
  description?: string;
  contentType: string;
  /** The bytes, base64. */
  base64: string;
}

/** A bar chart to attach as a PNG, rendered when the page is first shown (see renderPageFiles). */
export interface ChartSpec {
  /** Attachment file name, referenced by the embed as `attachment://NAME`. */
  name: string;
  title: string;
  bars: { label: string; percent: number }[];
  /** Alt text. */
  description: string;
}

/** One screen of a reply: embeds and attachments. Several pages are browsed with Previous/Next. */
export interface AnswerPage {
  embeds: APIEmbed[];
  files?: AnswerFile[];
  /** Charts rendered to PNG attachments only when the page is shown (so unseen pages cost nothing). */
  charts?: ChartSpec[];
}

/**
 * What a command answers: plain data (no discord.js objects) so it can be cached, paged, posted
 * to a channel (digests) or rendered by the playground. Expected failures ("no such topic") are
 * answers too, usually `ephemeral`.
 */
export interface Answer {
  pages: AnswerPage[];
  /** Only the requester sees it. */
  ephemeral?: boolean;
  /**
   * A long answer whose later pages are built only when shown (`/polls` over a large corpus has
   * thousands): `total` pages in all, `pages` holds the first ones, and page n ≥ `pages.length` is
   * the command's `page(options, ctx, n)` while the reply's scope (see {@link CommandModule.scope};
   * the router's `replyScope`) for `options` is still `version`. Plain data, so it caches like the
   * pages; once what the answer reads has changed, the later pages are gone (run the command again).
   */
  more?: { total: number; options: OptionValues; version: string };
}

/** How many pages an answer has, counting those built only when shown ({@link Answer.more}). */
export function pageCount(answer: Answer): number {
  return answer.more?.total ?? answer.pages.length;
}

/** Option values of one interaction, by option name. */
export type OptionValues = Readonly<Record<string, string | number | boolean>>;

/** An autocomplete choice (Discord: ≤25 per answer, name and value ≤100 characters). */
export interface Choice {
  name: string;
  value: string;
}

/** One slash command's definition as the loader lists it (for /help and the playground). */
export interface CommandSummary {
  name: string;
  description: string;
  options: { name: string; description: string; required: boolean; autocomplete: boolean; choices: string[] }[];
}

/** Permissions in one channel of the guild, as discord.js computes them from the cached guild (roles and overwrites). */
export interface ChannelAccess {
  id: string;
  name: string;
  /** Discord channel type (0 text, 5 announcement, …). */
  type: number;
  /** The invoking member's permissions there; null when the member is not known to the cache. */
  member: bigint | null;
  /** The bot's own permissions there; null when the bot's member is not cached. */
  bot: bigint | null;
}

/**
 * Who ran a command, where, and with which rights: given to `stateful` commands only (their
 * answers depend on it, so they are never cached). Plain values, no discord.js objects.
 */
export interface Invocation {
  /** The subcommand (`/digest subscribe` → `subscribe`); null for a command without subcommands. */
  subcommand: string | null;
  guildId: string | null;
  channelId: string | null;
  userId: string;
  /** The member's permissions in the channel the command was run in, as Discord sent them; null outside a server. */
  memberPermissions: bigint | null;
  /** Access to another channel of the same server; null when the bot does not know the channel (deleted, hidden). */
  channel(channelId: string): ChannelAccess | null;
}

/** Services a stateful command may use (each is optional: a bot may run without digests). */
export interface CommandServices {
  digests?: DigestCommands;
  /** Live sources (`/source`): the poller's admin side. */
  sources?: SourceAdmin;
}

/** What `/source` needs of the live-sources poller (src/sources/createPoller.ts). */
export type SourceAdmin = Pick<import('../sources/createPoller.js').Poller, 'add' | 'remove' | 'list'>;

/** What handlers answer from: the corpus index (built once per corpus version) and the command list. */
export interface CommandContext {
  index: CorpusIndex;
  commands: readonly CommandSummary[];
  /** Set for `stateful` commands: who ran it and where. */
  invocation?: Invocation;
  /** Set for `stateful` commands. */
  services?: CommandServices;
}

/** Something with `toJSON()` giving a chat-input command, e.g. a discord.js `SlashCommandBuilder`. */
export interface CommandDefinition {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * A command module in `src/commands/<name>.ts` exports these. `execute` and `autocomplete` are
 * pure functions of their inputs and the context (no Discord objects), so replies can be cached.
 */
export interface CommandModule {
  data: CommandDefinition;
  /** True when an uncached answer may take long enough to need a deferred reply (Discord allows 3 s). */
  slow?: boolean;
  /**
   * True when the answer depends on who runs the command and on stored state (e.g. `/digest`):
   * the router never caches it and passes `ctx.invocation` and `ctx.services`.
   */
  stateful?: boolean;
  /**
   * A fingerprint of exactly what `execute` reads for these options (src/bot/answers/scope.ts:
   * a topic's articles and their analysis, a speaker's quotes, or the corpus version for an answer
   * that reads the whole corpus). The router caches the reply under the command, its options and
   * this, so a corpus change invalidates only the replies whose inputs changed. It must change
   * whenever the answer could, and be cheap on repeat (it runs before every cache lookup): keep
   * what it works out per index. Without it, the corpus version (`corpusScope`): any change of
   * the corpus invalidates the command's replies.
   */
  scope?(options: OptionValues, ctx: CommandContext): string;
  execute(options: OptionValues, ctx: CommandContext): Answer | Promise<Answer>;
  /**
   * Page `n` (0-based) of the answer `execute` gives for these options, for answers with
   * {@link Answer.more}: built when the user turns to it. Null when there is no such page.
   */
  page?(options: OptionValues, ctx: CommandContext, n: number): AnswerPage | null;
  /** Choices for the focused option, answered from memory. */
  autocomplete?(focused: { name: string; value: string }, options: OptionValues, ctx: CommandContext): Choice[];
}
