import { ChannelType, PermissionFlagsBits, SlashCommandBuilder, type APIEmbedField } from 'discord.js';
import { topicNotFound } from '../bot/answers/brief.js';
import { fitEmbed, LIMITS, truncate } from '../bot/answers/discordLimits.js';
import { BRAND_COLOUR, notice } from '../bot/answers/embedKit.js';
import { escapeText } from '../bot/answers/escapeText.js';
import { resolveTopic, topicChoices } from '../bot/answers/topics.js';
import type { Answer, Choice, CommandContext, CommandModule, OptionValues } from '../bot/types.js';
import { ALL_TOPICS } from '../digests/composeDigest.js';
import { checkTimezone, describeSeconds, slotLabel } from '../digests/schedule.js';
import { mayManageDigests, missingBotPermissions } from '../digests/permissions.js';

/** Time zone when none is given. */
const DEFAULT_TIMEZONE = 'UTC';
/** Channel kinds a digest can go to. */
const POSTABLE = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;
/** Subscriptions shown as fields of one `/digest list` embed (Discord allows 25 fields). */
const LIST_FIELDS = LIMITS.embedFields;
/** Time-zone suggestions offered by autocomplete before anything is typed. */
const COMMON_ZONES = ['UTC', 'Europe/London', 'Europe/Paris', 'Europe/Berlin', 'America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney'];

const topicOption = (o: import('discord.js').SlashCommandStringOption) =>
  o.setName('topic').setDescription('Topic (start typing), or "all" for everything new').setRequired(true).setAutocomplete(true).setMaxLength(100);

/**
 * `/digest subscribe|list|unsubscribe|preview`: scheduled digests of a topic in a channel. Visible
 * by default to members with Manage Server; subscribe and unsubscribe check again at run time
 * (Manage Server, or Manage Channels on that channel).
 */
export const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('Scheduled digests of a topic posted in a channel')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((s) =>
    s
      .setName('subscribe')
      .setDescription('Post a digest of a topic in a channel on a schedule')
      .addChannelOption((o) => o.setName('channel').setDescription('Where to post').setRequired(true).addChannelTypes(...POSTABLE))
      .addStringOption(topicOption)
      .addStringOption((o) => o.setName('schedule').setDescription('daily HH:MM, weekly DAY HH:MM, or a cron expression').setRequired(true).setMaxLength(100))
      .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Paris (default UTC)').setAutocomplete(true).setMaxLength(64))
      .addStringOption((o) => o.setName('length').setDescription('short or full (default)').addChoices({ name: 'short', value: 'short' }, { name: 'full', value: 'full' })),
  )
  .addSubcommand((s) => s.setName('list').setDescription("This server's digest subscriptions, with their state"))
  .addSubcommand((s) =>
    s
      .setName('unsubscribe')
      .setDescription('Stop a digest subscription')
      .addStringOption((o) => o.setName('id').setDescription('Subscription id (see /digest list)').setRequired(true).setMaxLength(16)),
  )
  .addSubcommand((s) =>
    s
      .setName('preview')
      .setDescription('What a digest of a topic would look like now')
      .addStringOption(topicOption)
      .addStringOption((o) => o.setName('length').setDescription('short or full (default)').addChoices({ name: 'short', value: 'short' }, { name: 'full', value: 'full' })),
  );

/** Answers depend on who asks and on stored subscriptions. */
export const stateful = true;

function topicOf(ctx: CommandContext, query: string): { slug: string; name: string } | Answer {
  if (query.trim().toLowerCase() === ALL_TOPICS) return { slug: ALL_TOPICS, name: 'All topics' };
  const found = resolveTopic(ctx.index, query);
  if (!('topic' in found)) return topicNotFound(query, found.suggestions);
  return { slug: found.topic.slug, name: found.topic.name };
}

const NOT_ALLOWED = notice('Not allowed', 'Only members with **Manage Server**, or **Manage Channels** on that channel, can change digest subscriptions.');

async function subscribe(options: OptionValues, ctx: CommandContext): Promise<Answer> {
  const inv = ctx.invocation!;
  const digests = ctx.services!.digests!;
  const channelId = String(options['channel'] ?? '');
  const access = inv.guildId ? inv.channel(channelId) : null;
  if (!mayManageDigests(inv.memberPermissions, access)) return NOT_ALLOWED;
  if (!inv.guildId) return notice('Servers only', 'Digests are posted in server channels; run this in a server.');
  if (!access) return notice('Channel not found', `I cannot see <#${channelId}>. Check that it exists and that I can view it.`);
  if (!(POSTABLE as readonly number[]).includes(access.type)) return notice('Not a text channel', `<#${channelId}> is not a text or announcement channel.`);
  const missing = missingBotPermissions(access);
  if (missing.length > 0) {
    return notice('I cannot post there', `In <#${channelId}> I am missing **${missing.join('**, **')}**. Give me ${missing.length === 1 ? 'that permission' : 'those permissions'} in the channel settings and try again.`);
  }
  const topic = topicOf(ctx, String(options['topic'] ?? ''));
  if ('pages' in topic) return topic;
  const r = await digests.subscribe({
    guildId: inv.guildId,
    channelId,
    channelName: access.name,
    topic: topic.slug,
    topicName: topic.name,
    schedule: String(options['schedule'] ?? ''),
    timezone: String(options['timezone'] ?? DEFAULT_TIMEZONE),
    length: options['length'] === 'short' ? 'short' : 'full',
    userId: inv.userId,
  });
  if (!r.ok) {
    const titles = { timezone: 'Unknown time zone', schedule: 'Schedule not understood', interval: 'Schedule too frequent', limit: 'Too many subscriptions' } as const;
    return notice(titles[r.error.code], escapeText(r.error.message));
  }
  const s = r.sub;
  return {
    ephemeral: true,
    pages: [
      {
        embeds: [
          fitEmbed({
            title: 'Digest subscribed',
            description: `**${escapeText(s.topicName)}** in <#${s.channelId}>, ${escapeText(s.schedule)} (${escapeText(s.timezone)}), ${s.length}.\nNext: ${r.next ? `${escapeText(slotLabel(r.next, s.timezone))} · <t:${Math.floor(r.next.getTime() / 1000)}:R>` : 'never (the schedule has no more runs)'}\nId: \`${s.id}\` (for /digest unsubscribe)`,
            color: BRAND_COLOUR,
          }),
        ],
      },
    ],
  };
}

function list(ctx: CommandContext): Answer {
  const inv = ctx.invocation!;
  const digests = ctx.services!.digests!;
  if (!inv.guildId) return notice('Servers only', 'Run this in a server.');
  const subs = digests.list(inv.guildId);
  if (subs.length === 0) return notice('No digests', 'This server has no digest subscriptions. Add one with /digest subscribe.');
  const fields: APIEmbedField[] = subs.slice(0, LIST_FIELDS).map(({ sub, next }) => {
    const state =
      sub.status === 'paused'
        ? `⏸ **Paused**: ${escapeText(sub.pausedReason ?? 'no reason recorded')}`
        : `Next: ${next ? `${escapeText(slotLabel(next, sub.timezone))}` : 'no more runs'}`;
    const last = sub.delivery
      ? `Last: ${escapeText(slotLabel(new Date(sub.delivery.slot), sub.timezone))} — ${sub.delivery.state}${sub.delivery.late ? ' (late)' : ''}${sub.delivery.lastError && sub.status === 'active' ? ` — ${escapeText(truncate(sub.delivery.lastError, 200))}` : ''}`
      : 'Last: none yet';
    return {
      name: truncate(`${sub.id} · ${sub.topicName}`, LIMITS.fieldName),
      value: truncate(`<#${sub.channelId}> (#${escapeText(sub.channelName)}) · ${escapeText(sub.schedule)} ${escapeText(sub.timezone)} · ${sub.length}\n${state}\n${last}`, LIMITS.fieldValue),
    };
  });
  const more = subs.length > LIST_FIELDS ? ` (first ${LIST_FIELDS} shown)` : '';
  return {
    ephemeral: true,
    pages: [{ embeds: [fitEmbed({ title: `Digest subscriptions: ${subs.length} of ${digests.limits.maxPerGuild}${more}`, color: BRAND_COLOUR, fields, footer: { text: `At most one digest every ${describeSeconds(digests.limits.minIntervalSeconds)} per subscription` } })] }],
  };
}

async function unsubscribe(options: OptionValues, ctx: CommandContext): Promise<Answer> {
  const inv = ctx.invocation!;
  const digests = ctx.services!.digests!;
  if (!inv.guildId) return notice('Servers only', 'Run this in a server.');
  const id = String(options['id'] ?? '').trim().toLowerCase();
  const sub = digests.list(inv.guildId).find((l) => l.sub.id === id)?.sub;
  if (!sub) return notice('No such subscription', `This server has no digest subscription \`${escapeText(id)}\`. See /digest list.`);
  if (!mayManageDigests(inv.memberPermissions, inv.channel(sub.channelId))) return NOT_ALLOWED;
  await digests.unsubscribe(inv.guildId, id);
  return notice('Digest stopped', `No more **${escapeText(sub.topicName)}** digests in <#${sub.channelId}> (\`${sub.id}\`).`);
}

export async function execute(options: OptionValues, ctx: CommandContext): Promise<Answer> {
  const digests = ctx.services?.digests;
  if (!digests || !ctx.invocation) return notice('Digests unavailable', 'Digests are not running on this bot right now.');
  switch (ctx.invocation.subcommand) {
    case 'subscribe':
      return subscribe(options, ctx);
    case 'list':
      return list(ctx);
    case 'unsubscribe':
      return unsubscribe(options, ctx);
    case 'preview': {
      const topic = topicOf(ctx, String(options['topic'] ?? ''));
      if ('pages' in topic) return topic;
      return digests.preview(topic.slug, topic.name, options['length'] === 'short' ? 'short' : 'full', DEFAULT_TIMEZONE);
    }
    default:
      return notice('Unknown subcommand', 'Use /digest subscribe, list, unsubscribe or preview.');
  }
}

export function autocomplete(focused: { name: string; value: string }, _options: OptionValues, ctx: CommandContext): Choice[] {
  if (focused.name === 'topic') {
    const all: Choice = { name: 'All topics (everything new)', value: ALL_TOPICS };
    const typed = focused.value.trim().toLowerCase();
    return [...(typed === '' || ALL_TOPICS.startsWith(typed) ? [all] : []), ...topicChoices(ctx.index, focused.value)];
  }
  if (focused.name === 'timezone') {
    const typed = focused.value.trim().toLowerCase();
    const zones = typed === '' ? COMMON_ZONES : Intl.supportedValuesOf('timeZone').filter((z) => z.toLowerCase().includes(typed));
    const exact = checkTimezone(focused.value);
    const list = exact.ok && !zones.includes(exact.timezone) ? [exact.timezone, ...zones] : zones;
    return list.slice(0, LIMITS.autocompleteChoices).map((z) => ({ name: z, value: z }));
  }
  return [];
}

export default { data, stateful, execute, autocomplete } satisfies CommandModule;
