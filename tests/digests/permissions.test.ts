import { PermissionFlagsBits as P } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mayManageDigests, missingBotPermissions } from '../../src/digests/permissions.js';

const access = (bot: bigint | null, member: bigint | null = null) => ({ id: '1', name: 'news', type: 0, bot, member });

describe('digest permissions', () => {
  it('GIVEN the bot lacks Embed Links and Attach Files in the channel THEN exactly those are named', () => {
    expect(missingBotPermissions(access(P.ViewChannel | P.SendMessages))).toEqual(['Embed Links', 'Attach Files']);
    expect(missingBotPermissions(access(P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles))).toEqual([]);
    expect(missingBotPermissions(access(P.Administrator))).toEqual([]);
  });

  it('GIVEN Manage Server, or Manage Channels on that channel THEN the member may manage digests; neither THEN not', () => {
    expect(mayManageDigests(P.ManageGuild, null)).toBe(true);
    expect(mayManageDigests(P.SendMessages, access(null, P.ManageChannels))).toBe(true);
    expect(mayManageDigests(P.SendMessages | P.ViewChannel, access(null, P.SendMessages | P.ViewChannel))).toBe(false);
    expect(mayManageDigests(null, null)).toBe(false);
  });
});
