import type { DiscordEmulator, EmulatedMessage, InteractionOption } from '../../src/dev/discord-emulator/index.js';

/** Application command option types used by /digest (Discord API). */
const SUBCOMMAND = 1;
const STRING = 3;
const CHANNEL = 7;

/** Raw options of `/digest <sub> …` as Discord sends them (a subcommand holding its options). */
export function digestOptions(sub: string, options: Record<string, string> = {}): InteractionOption[] {
  return [
    {
      name: sub,
      type: SUBCOMMAND,
      options: Object.entries(options).map(([name, value]) => ({ name, type: name === 'channel' ? CHANNEL : STRING, value })),
    },
  ];
}

/** Text of every embed of a message (titles, descriptions, fields, footers), joined. */
export function messageText(m: EmulatedMessage): string {
  const embeds = m.embeds as { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
  return embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text].filter(Boolean).join('\n')).join('\n---\n');
}

/** The slot (epoch seconds) a digest message shows, from its `<t:SECONDS:f>` timestamp; null when not a digest. */
export function slotOf(m: EmulatedMessage): number | null {
  const header = (m.embeds[0] as { description?: string } | undefined)?.description ?? '';
  const t = /\*\*Slot:\*\*[^\n]*<t:(\d+):f>/.exec(header);
  return t ? Number(t[1]) : null;
}

/** The subscription id a digest message names in its footer. */
export function subscriptionOf(m: EmulatedMessage): string | null {
  const footer = (m.embeds[0] as { footer?: { text: string } } | undefined)?.footer?.text ?? '';
  return /^Digest (\w+)/.exec(footer)?.[1] ?? null;
}

/** Digest messages in a channel (optionally of one subscription), oldest first. */
export function digestsIn(emu: DiscordEmulator, channelId: string, subscriptionId?: string): EmulatedMessage[] {
  return emu.channelMessages(channelId).filter((m) => slotOf(m) !== null && (subscriptionId === undefined || subscriptionOf(m) === subscriptionId));
}

/** Waits until `count` digests are in the channel (polling the emulator's messages). */
export async function waitForDigests(emu: DiscordEmulator, channelId: string, count: number, timeoutMs: number, subscriptionId?: string): Promise<EmulatedMessage[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = digestsIn(emu, channelId, subscriptionId);
    if (got.length >= count) return got;
    if (Date.now() > until) throw new Error(`expected ${count} digests in ${channelId}, got ${got.length} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The id in a "Digest subscribed" answer. */
export function subscribedId(m: EmulatedMessage | null): string {
  const d = (m?.embeds[0] as { description?: string } | undefined)?.description ?? '';
  const id = /Id: `(\w+)`/.exec(d)?.[1];
  if (!id) throw new Error(`not a subscription confirmation: ${d}`);
  return id;
}
