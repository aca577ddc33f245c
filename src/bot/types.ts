import type { APIEmbed, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CorpusIndex } from './answers/corpusIndex.js';

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

/** What handlers answer from: the corpus index (built once per corpus version) and the command list. */
export interface CommandContext {
  index: CorpusIndex;
  commands: readonly CommandSummary[];
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
  execute(options: OptionValues, ctx: CommandContext): Answer | Promise<Answer>;
  /** Choices for the focused option, answered from memory. */
  autocomplete?(focused: { name: string; value: string }, options: OptionValues, ctx: CommandContext): Choice[];
}
