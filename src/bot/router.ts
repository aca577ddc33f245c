import { performance } from 'node:perf_hooks';
import {
  GuildMember,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { CorpusIndex } from './answers/corpusIndex.js';
import { LIMITS, truncate } from './answers/discordLimits.js';
import { NOTICE_COLOUR } from './answers/embedKit.js';
import type { LoadedCommands } from './loadCommands.js';
import type { Logger } from './logger.js';
import type { UserLimiter } from './limits.js';
import type { GuildLimiter } from './guildLimiter.js';
import { renderPageFiles } from './pageFiles.js';
import { PAGE_PREFIX, messageOptions, NO_MENTIONS, pageButtons } from './payload.js';
import type { PageSession, PageSessions } from './paging.js';
import { replyKey, type ReplyCache } from './replyCache.js';
import { corpusScope } from './answers/scope.js';
import { pageCount, type Answer, type AnswerPage, type Choice, type CommandContext, type CommandModule, type CommandServices, type Invocation, type OptionValues } from './types.js';

/** Discord's deadline for the first response to an interaction, ms. */
export const INTERACTION_DEADLINE_MS = 3000;
/** A reply slower than this (not deferred) is logged as a warning: it came close to the deadline. */
const SLOW_REPLY_WARN_MS = 2000;
/** Timings kept for `stats()` (most recent). */
const MAX_TIMINGS = 10_000;

/** One answered command: bot time from receiving the interaction to the answering request returning. */
export interface Timing {
  command: string;
  cached: boolean;
  deferred: boolean;
  /** `performance.now()` at receipt. */
  at: number;
  /**
   * ms from receipt to the start of the answering request, less the time spent waiting for Discord
   * to acknowledge a deferral ({@link discordMs}): the bot's own time, excluding Discord's round trips.
   */
  botMs: number;
  /** ms spent waiting for Discord to acknowledge the deferral of a slow command (0 when not deferred). */
  discordMs: number;
  /** ms from receipt to the answering request's completion. */
  totalMs: number;
}

export interface RouterDeps {
  commands: LoadedCommands;
  /** Version of the reply-formatting code (see codeVersion.ts): part of every cache key with the reply's scope ({@link replyScope}). */
  codeVersion: string;
  index(): CorpusIndex;
  cache: ReplyCache;
  users: UserLimiter;
  /** Per-server command limit (checked after the member's own); none: servers are not limited. */
  guilds?: GuildLimiter;
  pages: PageSessions;
  log: Logger;
  /** Services for stateful commands (digests); read at each command, so they may be attached after start. */
  services?: () => CommandServices;
}

export interface Router {
  handle(interaction: Interaction): Promise<void>;
  timings: Timing[];
  /** Bot time of each autocomplete answer, ms: from receipt to the start of the answering request (most recent kept). */
  autocompleteTimings: number[];
}

/**
 * What a reply of `mod` with these options depends on (see `CommandModule.scope`): the command's
 * own scope, or the corpus version for a command without one. Part of the reply's cache key, and
 * the `version` its later pages are built on ({@link Answer.more}).
 */
export function replyScope(mod: CommandModule, options: OptionValues, ctx: CommandContext): string {
  return mod.scope ? mod.scope(options, ctx) : corpusScope(ctx.index);
}

/** Options of a chat-input or autocomplete interaction as a flat name → value record. */
export function readOptions(data: readonly CommandInteractionOption[]): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const o of data) {
    if (o.options) Object.assign(out, readOptions(o.options));
    else if (o.value !== undefined) out[o.name] = o.value;
  }
  return out;
}

/**
 * Who ran the command and with which rights, as plain values: the member's permissions as Discord
 * sent them, and per channel the member's and the bot's permissions computed by discord.js from
 * the cached guild (roles, overwrites; the owner and Administrator have all).
 */
export function invocationOf(i: ChatInputCommandInteraction): Invocation {
  const guild = i.guild;
  const member = i.member instanceof GuildMember ? i.member : null;
  return {
    subcommand: i.options.getSubcommand(false),
    guildId: i.guildId,
    channelId: i.channelId,
    userId: i.user.id,
    memberPermissions: i.memberPermissions?.bitfield ?? null,
    channel(channelId) {
      const c = guild?.channels.cache.get(channelId);
      if (!guild || !c) return null;
      const me = guild.members.me;
      return {
        id: c.id,
        name: c.name,
        type: c.type,
        member: member ? (c.permissionsFor(member)?.bitfield ?? null) : null,
        bot: me ? (c.permissionsFor(me)?.bitfield ?? null) : null,
      };
    },
  };
}

/** Choices made safe for Discord: at most 25, names 1–100 characters, values ≤100, no duplicates. */
export function sanitiseChoices(choices: readonly Choice[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const c of choices) {
    const value = truncate(c.value, LIMITS.choiceValue);
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(c.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName) || value, value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}

function errorEmbed(title: string, description: string): { embeds: { title: string; description: string; color: number }[]; allowedMentions: typeof NO_MENTIONS; flags: MessageFlags.Ephemeral } {
  return { embeds: [{ title, description, color: NOTICE_COLOUR }], allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral };
}

/**
 * The interaction router: chat-input commands (per-user limit → cache → defer when slow → handler →
 * reply → cache), autocomplete (from memory, never limited), and paging buttons (owner only).
 * Every reply has mentions disabled; every failure is logged and answered ephemerally with a plain
 * sentence, never a stack trace.
 */
export function createRouter(deps: RouterDeps): Router {
  const { commands, cache, users, pages, log } = deps;
  const timings: Timing[] = [];
  const autocompleteTimings: number[] = [];
  const ctx = (): CommandContext => ({ index: deps.index(), commands: commands.summaries });

  /** A chart left out of a page (renderPageFiles): the answer goes without it. */
  const chartFailed = (err: unknown): void => log.error({ err }, 'could not draw a chart; the answer is sent without it');

  function record(t: Timing): void {
    timings.push(t);
    if (timings.length > MAX_TIMINGS) timings.splice(0, timings.length - MAX_TIMINGS);
  }

  /** Sends page 0 of an answer as the interaction's reply (or edit / ephemeral follow-up after a deferral); opens paging when needed. */
  async function send(i: ChatInputCommandInteraction, answer: Answer, deferred: boolean, onSending: () => void): Promise<void> {
    const first = await renderPageFiles(answer.pages[0] ?? { embeds: [{ description: 'Nothing to show.' }] }, chartFailed);
    let components: ReturnType<typeof pageButtons> = [];
    let session: PageSession | null = null;
    const total = pageCount(answer);
    if (total > 1) {
      const s: PageSession = pages.open(
        answer,
        i.user.id,
        async () => {
          try {
            await i.editReply({ components: pageButtons(s.id, s.page, total, true), allowedMentions: NO_MENTIONS });
          } catch (err) {
            log.debug({ err, interactionId: i.id }, 'could not disable paging buttons');
          }
        },
        i.commandName,
      );
      session = s;
      components = pageButtons(s.id, 0, total);
    }
    const options = messageOptions(first, components);
    onSending();
    try {
      if (!deferred) {
        await i.reply({ ...options, ...(answer.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {}) });
      } else if (answer.ephemeral) {
        // A deferred reply is public; an ephemeral answer goes in a follow-up and the placeholder goes away.
        await i.followUp({ ...options, flags: MessageFlags.Ephemeral });
        await i.deleteReply().catch((err: unknown) => log.debug({ err }, 'could not delete the deferred placeholder'));
      } else {
        await i.editReply(options);
      }
    } finally {
      if (session) pages.arm(session);
    }
  }

  async function fail(i: ChatInputCommandInteraction | ButtonInteraction, err: unknown, what: string): Promise<void> {
    log.error({ err, interactionId: i.id, userId: i.user.id, what }, 'interaction failed');
    const msg = errorEmbed('Something went wrong', `Sorry, ${what} failed. The error has been logged; please try again in a moment.`);
    try {
      if (i.deferred && !i.replied) {
        await i.followUp(msg);
        await i.deleteReply().catch(() => undefined);
      } else if (i.replied || i.deferred) await i.followUp(msg);
      else await i.reply(msg);
    } catch (err2) {
      log.warn({ err: err2, interactionId: i.id }, 'could not tell the user about the failure');
    }
  }

  async function onCommand(i: ChatInputCommandInteraction, t0: number): Promise<void> {
    const mod = commands.modules.get(i.commandName);
    if (!mod) {
      await i.reply(errorEmbed('Unknown command', `/${i.commandName} is not a command of this bot (any more). Run /help to see the commands.`));
      return;
    }
    // The limit check and the cache lookup overlap: each waits on its own store.
    const options: OptionValues = readOptions(i.options.data);
    // Stateful commands (answers depend on who asks and on stored state) skip the cache. Others are
    // cached under what they read (their scope), so a corpus change elsewhere leaves them cached.
    const key = mod.stateful ? '' : replyKey(i.commandName, options, `${replyScope(mod, options, ctx())}.${deps.codeVersion}`);
    const noHit: Awaited<ReturnType<ReplyCache['get']>> = { answer: undefined };
    const [gate, hit] = await Promise.all([users.take(i.user.id), mod.stateful ? noHit : cache.get(key)]);
    if (!gate.ok) {
      const seconds = Math.max(1, Math.ceil(gate.retryAfterMs / 1000));
      log.info({ userId: i.user.id, command: i.commandName, retryAfterMs: gate.retryAfterMs }, 'user over the command limit');
      await i.reply(errorEmbed('Slow down a little', `You're sending commands faster than I can answer them fairly. Please wait about ${seconds} second${seconds === 1 ? '' : 's'} and try again.`));
      return;
    }
    const guildGate = deps.guilds ? await deps.guilds.take(i.guildId) : { ok: true as const };
    if (!guildGate.ok) {
      const seconds = Math.max(1, Math.ceil(guildGate.retryAfterMs / 1000));
      log.info({ guildId: i.guildId, userId: i.user.id, command: i.commandName, retryAfterMs: guildGate.retryAfterMs }, 'server over the command limit');
      await i.reply(errorEmbed('This server is busy', `This server is sending commands faster than I can answer them fairly. Please wait about ${seconds} second${seconds === 1 ? '' : 's'} and try again.`));
      return;
    }
    if (hit.error) log.warn({ err: hit.error }, 'cache read failed; answering without it');
    let answer = hit.answer;
    let deferred = false;
    let discordMs = 0;
    if (!answer) {
      if (mod.slow) {
        const asked = performance.now();
        await i.deferReply();
        discordMs = performance.now() - asked;
        deferred = true;
      }
      answer = await mod.execute(options, mod.stateful ? { ...ctx(), invocation: invocationOf(i), services: deps.services?.() ?? {} } : ctx());
    }
    let sendingAt = 0;
    await send(i, answer, deferred, () => (sendingAt = performance.now()));
    const done = performance.now();
    const timing: Timing = { command: i.commandName, cached: hit.answer !== undefined, deferred, at: t0, botMs: sendingAt - t0 - discordMs, discordMs, totalMs: done - t0 };
    record(timing);
    if (!deferred && timing.totalMs > SLOW_REPLY_WARN_MS) log.warn({ ...timing }, 'reply came close to the 3 s interaction deadline; consider marking the command slow');
    log.info({ ...timing, userId: i.user.id, interactionId: i.id }, 'answered');
    if (!hit.answer && !mod.stateful) {
      const err = await cache.set(key, answer);
      if (err) log.warn({ err }, 'cache write failed');
    }
  }

  async function onAutocomplete(i: AutocompleteInteraction, t0: number): Promise<void> {
    const mod = commands.modules.get(i.commandName);
    let choices: Choice[] = [];
    try {
      const focused = i.options.getFocused(true);
      if (mod?.autocomplete) choices = sanitiseChoices(mod.autocomplete({ name: focused.name, value: String(focused.value) }, readOptions(i.options.data), ctx()));
    } catch (err) {
      log.error({ err, command: i.commandName }, 'autocomplete failed');
    }
    autocompleteTimings.push(performance.now() - t0);
    if (autocompleteTimings.length > MAX_TIMINGS) autocompleteTimings.splice(0, autocompleteTimings.length - MAX_TIMINGS);
    await i.respond(choices);
  }

  async function onButton(i: ButtonInteraction): Promise<void> {
    const [prefix, sessionId, pageText] = i.customId.split(':');
    if (prefix !== PAGE_PREFIX || sessionId === undefined || pageText === undefined) {
      await i.reply(errorEmbed('Unknown button', 'This button does not belong to a current reply.'));
      return;
    }
    const session = pages.get(sessionId);
    if (!session) {
      await i.reply(errorEmbed('These pages have expired', 'Run the command again to browse its answer.'));
      return;
    }
    if (i.user.id !== session.ownerId) {
      await i.reply(errorEmbed('Not your reply', `Only <@${session.ownerId}>, who ran this command, can turn its pages. Run the command yourself to browse it.`));
      return;
    }
    const total = pageCount(session.answer);
    const page = Math.max(0, Math.min(total - 1, Number(pageText) || 0));
    const shown = pageOf(session, page);
    if (!shown) {
      await i.reply(errorEmbed('These pages have expired', 'The news corpus has changed since this reply. Run the command again to browse the new answer.'));
      return;
    }
    session.page = page;
    const options = messageOptions(await renderPageFiles(shown, chartFailed), pageButtons(session.id, page, total), true);
    await i.update(options);
  }

  /**
   * Page `n` of a session's answer: held in the answer, or built by the command's `page` for pages
   * the answer holds only as `more`; null when what the answer read has changed since (its scope,
   * {@link replyScope}, is no longer `more.version`) or the command cannot.
   */
  function pageOf(session: PageSession, n: number): AnswerPage | null {
    const { answer } = session;
    if (n < answer.pages.length) return answer.pages[n]!;
    const more = answer.more;
    const mod = commands.modules.get(session.command);
    if (!more || !mod?.page) return null;
    const context = ctx();
    if (replyScope(mod, more.options, context) !== more.version) return null;
    return mod.page(more.options, context, n);
  }

  async function handle(interaction: Interaction): Promise<void> {
    const t0 = performance.now();
    if (interaction.isChatInputCommand()) {
      try {
        await onCommand(interaction, t0);
      } catch (err) {
        await fail(interaction, err, `/${interaction.commandName}`);
      }
    } else if (interaction.isAutocomplete()) {
      try {
        await onAutocomplete(interaction, t0);
      } catch (err) {
        log.warn({ err, command: interaction.commandName }, 'autocomplete answer failed');
      }
    } else if (interaction.isButton()) {
      try {
        await onButton(interaction);
      } catch (err) {
        await fail(interaction, err, 'turning the page');
      }
    }
  }

  return { handle, timings, autocompleteTimings };
}
