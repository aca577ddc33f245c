import { PermissionFlagsBits } from 'discord.js';
import type { ChannelAccess } from '../bot/types.js';

/** What the bot needs in a digest channel, with the names Discord's server settings use. */
export const BOT_CHANNEL_PERMISSIONS: readonly { flag: bigint; name: string }[] = [
  { flag: PermissionFlagsBits.ViewChannel, name: 'View Channel' },
  { flag: PermissionFlagsBits.SendMessages, name: 'Send Messages' },
  { flag: PermissionFlagsBits.EmbedLinks, name: 'Embed Links' },
  { flag: PermissionFlagsBits.AttachFiles, name: 'Attach Files' },
];

/** Names of the permissions the bot lacks in the channel (empty when it may post digests there). */
export function missingBotPermissions(access: ChannelAccess): string[] {
  if (access.bot === null) return BOT_CHANNEL_PERMISSIONS.map((p) => p.name);
  const has = access.bot;
  if ((has & PermissionFlagsBits.Administrator) !== 0n) return [];
  return BOT_CHANNEL_PERMISSIONS.filter((p) => (has & p.flag) === 0n).map((p) => p.name);
}

/**
 * May this member manage digests of the channel? Yes with Manage Server (or Administrator) in
 * the server, or Manage Channels on that channel (Discord computes the first, discord.js the
 * second from roles and overwrites).
 */
export function mayManageDigests(memberPermissions: bigint | null, access: ChannelAccess | null): boolean {
  const admin = PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild;
  if (memberPermissions !== null && (memberPermissions & admin) !== 0n) return true;
  const inChannel = access?.member ?? null;
  return inChannel !== null && (inChannel & (PermissionFlagsBits.ManageChannels | PermissionFlagsBits.Administrator)) !== 0n;
}
