import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { fitEmbed, LIMITS, truncate } from '../bot/answers/discordLimits.js';
import { BRAND_COLOUR, notice } from '../bot/answers/embedKit.js';
import { escapeText } from '../bot/answers/escapeText.js';
import type { Answer, CommandContext, CommandModule, OptionValues } from '../bot/types.js';
import { describeSource } from '../sources/describeSource.js';

/** Sources shown as fields of one `/source list` page (Discord allows 25 fields per embed). */
const SOURCES_PER_PAGE = 10;

/**
 * `/source add|list|remove`: live RSS/Atom feeds and article pages that feed the corpus. Visible by
 * default to members with Manage Server, and checked again at run time (an admin command: it makes
 * the bot fetch URLs).
 */
export const data = new SlashCommandBuilder()
  .setName('source')
  .setDescription('Live news sources (RSS/Atom feeds and article pages) that feed the corpus')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(0)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Follow a feed or a page')
      .addStringOption((o) => o.setName('url').setDescription('http(s) URL of an RSS/Atom feed or an article page').setRequired(true).setMaxLength(2000))
      .addStringOption((o) => o.setName('topic').setDescription('Optional topic hint').setMaxLength(100)),
  )
  .addSubcommand((s) => s.setName('list').setDescription('Sources with their last success, last error and next try'))
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Stop following a source (its articles stay)')
      .addStringOption((o) => o.setName('source').setDescription('Source id or URL (see /source list)').setRequired(true).setMaxLength(2000)),
  );

function mayManage(ctx: CommandContext): boolean {
  const p = ctx.invocation?.memberPermissions ?? null;
  return p !== null && (p & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}

/** A URL the bot may fetch: http(s) only, with a host. Anything else is refused before the poller sees it. */
function checkUrl(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.toString() : null;
  } catch {
    return null;
  }
}

export async function execute(options: OptionValues, ctx: CommandContext): Promise<Answer> {
  const sources = ctx.services?.sources;
  if (!sources) return notice('Live sources are off', 'This bot runs without live sources. The admin can enable them with a sources file (SOURCES_FILE).');
  if (!mayManage(ctx)) return notice('Not allowed', 'Only members with Manage Server can manage live sources.');
  switch (ctx.invocation?.subcommand) {
    case 'add': {
      const url = checkUrl(String(options['url'] ?? ''));
      if (!url) return notice('Not a web address', 'Give an http:// or https:// address of an RSS/Atom feed or an article page.');
      const topic = String(options['topic'] ?? '').trim();
      const r = await sources.add(url, topic || undefined);
      if (!r.ok) return notice('Source not added', escapeText(truncate(r.error, LIMITS.embedDescription / 2)));
      const f = describeSource(r.source);
      return { ephemeral: true, pages: [{ embeds: [fitEmbed({ title: 'Source added', description: `Fetching now; new articles reach commands and digests within one poll.`, fields: [f], color: BRAND_COLOUR })] }] };
    }
    case 'remove': {
      const r = await sources.remove(String(options['source'] ?? '').trim());
      if (!r.ok) return notice('No such source', escapeText(truncate(r.error, LIMITS.embedDescription / 2)));
      return notice('Source removed', `${escapeText(r.source.url)} is no longer fetched; its articles stay in the corpus.`);
    }
    case 'list': {
      const all = await sources.list();
      if (all.length === 0) return notice('No sources', 'Add one with /source add url:<feed or page>.');
      const pages = [];
      for (let i = 0; i < all.length; i += SOURCES_PER_PAGE) {
        const chunk = all.slice(i, i + SOURCES_PER_PAGE);
        pages.push({
          embeds: [
            fitEmbed({
              title: `Live sources (${all.length})`,
              fields: chunk.map(describeSource),
              footer: { text: `page ${pages.length + 1}/${Math.ceil(all.length / SOURCES_PER_PAGE)}` },
              color: BRAND_COLOUR,
            }),
          ],
        });
      }
      return { ephemeral: true, pages };
    }
    default:
      return notice('Unknown subcommand', 'Use /source add, list or remove.');
  }
}

const command = { data, stateful: true, execute } satisfies CommandModule;
export default command;
