/**
 * Every command, with hostile text in every option, against the real bot and the emulator: the
 * replies ping nobody (mentions off, and Discord's own evaluation of the message finds no
 * mention), echo hostile text only escaped, carry no control characters, and stay within
 * Discord's embed limits. Autocomplete with hostile typed text answers within Discord's choice
 * limits. The option lists come from the registered command definitions, so a new command or
 * option is covered without touching this file.
 */
import type { APIApplicationCommandOption, APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatedMessage, InteractionOption, InteractionOutcome } from '../../src/dev/discord-emulator/index.js';
import { startHarness, type Harness } from './harness.js';

/** Discord API option types (ApplicationCommandOptionType). */
const SUB_COMMAND = 1;
const SUB_COMMAND_GROUP = 2;
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
const CHANNEL = 7;
const NUMBER = 10;

/** Discord's documented limits ("Embed Limits", "Autocomplete"), restated here so the test does not trust the code it checks. */
const EMBED = { title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, author: 256, total: 6000, perMessage: 10 };
const CHOICES = { max: 25, name: 100, value: 100 };
/** Discord's cap on a string option is 6000 characters; a hostile client gets no further. */
const LONGEST_OPTION = 6000;

const ALL = '**hb** __hu__ ~~hs~~ `hc` ```hx``` > hq # hh ||hp|| @everyone @here <@&123456789012345678> <@234567890123456789> <@!234567890123456789> <#345678901234567890> [click](https://evil.example/x) https://evil.example/y \u0000\u0007\u001b[31m\u007f';

/** Hostile option values: each is sent in every string option of every command. */
const HOSTILE: Record<string, string> = {
  empty: '',
  spaces: '   \t  ',
  overlong: 'missile shield '.repeat(LONGEST_OPTION / 15),
  overlongHostile: `${ALL} ${`${ALL.replace(/\[click\]\([^)]*\)/, '')} `.repeat(Math.floor(LONGEST_OPTION / ALL.length) - 1)}`,
  controls: 'a\u0000b\u0001c\u0007d\u001b[31me\u007ff\r\ng\th\u0085i',
  markdown: '**hb** __hu__ ~~hs~~ `hc` ```hx``` > hq\n# hh\n- hl\n||hp||',
  everyone: '@everyone @here look',
  roleAndUser: '<@&123456789012345678> <@234567890123456789> <@!234567890123456789> <#345678901234567890>',
  links: '[click](https://evil.example/x) <https://evil.example/y> https://evil.example/z',
  backslashLink: 'see \\[bs](https://evil.example/bs)',
  zeroWidth: '\u200b@everyone\u200b <\u200b@&123456789012345678> @\u2060here \u202egnp.exe \ufeff',
  all: ALL,
  allCut: ALL.slice(0, 100),
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ USER_RATE_LIMIT: '100000', GUILD_RATE_LIMIT: '100000' });
});
afterAll(async () => {
  await h?.close();
});

/** A value for an option that is not a string (those are not free text). */
function plainValue(o: APIApplicationCommandOption, channelId: string): string | number | boolean {
  if (o.type === CHANNEL) return channelId;
  if (o.type === INTEGER || o.type === NUMBER) return 1;
  if (o.type === BOOLEAN) return true;
  return 'x';
}

/** Raw options for one invocation: every string option (also ones with fixed choices: a client can send anything) holds `text`. */
function fill(options: readonly APIApplicationCommandOption[], text: string, channelId: string): InteractionOption[] {
  return options.map((o) => ({ name: o.name, type: o.type, value: o.type === STRING ? text : plainValue(o, channelId) }));
}

/** Every invocation shape of a command: itself, or each of its subcommands (within groups too). */
interface Shape {
  label: string;
  wrap: (inner: InteractionOption[]) => InteractionOption[];
  leaf: readonly APIApplicationCommandOption[];
}

function shapes(name: string, options: readonly APIApplicationCommandOption[]): Shape[] {
  const subs = options.filter((o) => o.type === SUB_COMMAND || o.type === SUB_COMMAND_GROUP);
  if (subs.length === 0) return [{ label: `/${name}`, wrap: (x) => x, leaf: options }];
  return subs.flatMap((s): Shape[] => {
    const inner = ('options' in s ? s.options : undefined) ?? [];
    if (s.type === SUB_COMMAND) return [{ label: `/${name} ${s.name}`, wrap: (x: InteractionOption[]) => [{ name: s.name, type: SUB_COMMAND, options: x }], leaf: inner as APIApplicationCommandOption[] }];
    return (inner as APIApplicationCommandOption[]).map((g) => ({
      label: `/${name} ${s.name} ${g.name}`,
      wrap: (x: InteractionOption[]) => [{ name: s.name, type: SUB_COMMAND_GROUP, options: [{ name: g.name, type: SUB_COMMAND, options: x }] }],
      leaf: (('options' in g ? g.options : undefined) ?? []) as APIApplicationCommandOption[],
    }));
  });
}

function definitions(): { name: string; options: APIApplicationCommandOption[] }[] {
  return [...h.bot.commands.modules.values()].map((m) => {
    const json = m.data.toJSON() as { name: string; options?: APIApplicationCommandOption[] };
    return { name: json.name, options: json.options ?? [] };
  });
}

/** Every piece of text Discord would render from a message. */
function texts(m: EmulatedMessage): string[] {
  const out = [m.content];
  for (const e of m.embeds as APIEmbed[]) out.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '', e.author?.name ?? '', ...(e.fields ?? []).flatMap((f) => [f.name, f.value]));
  for (const row of m.components as { components?: { label?: string }[] }[]) for (const c of row.components ?? []) out.push(c.label ?? '');
  return out.filter((t) => t !== '');
}

/** What is wrong with a reply, as sentences (empty: nothing). */
function problems(label: string, o: InteractionOutcome): string[] {
  const m = o.message;
  if (!m) return [`${label}: no message`];
  const p: string[] = [];
  const allowed = m.allowed_mentions_sent as { parse?: unknown[]; users?: unknown[]; roles?: unknown[] } | undefined;
  if (!allowed || !Array.isArray(allowed.parse) || allowed.parse.length > 0 || (allowed.users?.length ?? 0) > 0 || (allowed.roles?.length ?? 0) > 0) p.push(`${label}: allowed_mentions ${JSON.stringify(allowed)}`);
  if (m.mention_everyone || m.mentions.length > 0 || m.mention_roles.length > 0) p.push(`${label}: would ping`);
  const embeds = m.embeds as APIEmbed[];
  if (embeds.length > EMBED.perMessage) p.push(`${label}: ${embeds.length} embeds`);
  let total = 0;
  for (const e of embeds) {
    const fields = e.fields ?? [];
    if ((e.title?.length ?? 0) > EMBED.title) p.push(`${label}: title ${e.title?.length}`);
    if ((e.description?.length ?? 0) > EMBED.description) p.push(`${label}: description ${e.description?.length}`);
    if ((e.footer?.text.length ?? 0) > EMBED.footer) p.push(`${label}: footer ${e.footer?.text.length}`);
    if ((e.author?.name.length ?? 0) > EMBED.author) p.push(`${label}: author ${e.author?.name.length}`);
    if (fields.length > EMBED.fields) p.push(`${label}: ${fields.length} fields`);
    for (const f of fields) {
      if (f.name.length === 0 || f.name.length > EMBED.fieldName) p.push(`${label}: field name ${f.name.length}`);
      if (f.value.length === 0 || f.value.length > EMBED.fieldValue) p.push(`${label}: field value ${f.value.length}`);
    }
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0) + fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  if (total > EMBED.total) p.push(`${label}: embed text ${total} > ${EMBED.total}`);
  for (const t of texts(m)) {
    if (/@(everyone|here)\b/i.test(t)) p.push(`${label}: live @everyone/@here in ${JSON.stringify(t.slice(0, 120))}`);
    if (/<@[!&]?\d+>|<#\d+>/.test(t)) p.push(`${label}: live mention in ${JSON.stringify(t.slice(0, 120))}`);
    // A `[` is live unless an odd number of backslashes stands before it (`\\[` is a shown backslash, then a live bracket).
    if (/(?<=(?:^|[^\\])(?:\\\\)*)\[[^[\]\n]*\]\(\s*<?https?:/.test(t)) p.push(`${label}: masked link in ${JSON.stringify(t.slice(0, 120))}`);
    if (/(?<!\\)\*\*hb|(?<!\\)__hu|(?<!\\)~~hs|(?<!\\)`hc|(?<!\\)\|\|hp/.test(t)) p.push(`${label}: unescaped markdown in ${JSON.stringify(t.slice(0, 120))}`);
    if (/^\s*> hq|^#+ hh|^- hl/m.test(t)) p.push(`${label}: block quote, heading or list from the option in ${JSON.stringify(t.slice(0, 120))}`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(t)) p.push(`${label}: control character in ${JSON.stringify(t.slice(0, 120))}`);
  }
  return p;
}

describe('hostile command options', () => {
  it('GIVEN two masked links on one line THEN both are escaped (discord.js escapes only the first; escapeText escapes every `[`)', async () => {
    const o = await h.emu.command('brief', { topic: '[one](https://evil.example/1) and [two](https://evil.example/2)' });
    expect(problems('/brief two links', o)).toEqual([]);
  });

  it('GIVEN every command and subcommand with each hostile value in every string option THEN each reply pings nobody, shows the text inert and fits the embed limits', async () => {
    const found: string[] = [];
    let answered = 0;
    for (const def of definitions()) {
      for (const shape of shapes(def.name, def.options)) {
        for (const [kind, text] of Object.entries(HOSTILE)) {
          const label = `${shape.label} [${kind}]`;
          const o = await h.emu.command(def.name, shape.wrap(fill(shape.leaf, text, h.emu.channel.id)), { timeoutMs: 15_000 });
          answered++;
          found.push(...problems(label, o));
        }
      }
    }
    expect(answered).toBeGreaterThan(Object.keys(HOSTILE).length * 8);
    expect(found).toEqual([]);
  }, 240_000);

  it('GIVEN a hostile topic THEN /brief echoes it escaped (so the checks above looked at echoed text) and pings nobody', async () => {
    const o = await h.emu.command('brief', { topic: HOSTILE.all! });
    expect(problems('/brief', o)).toEqual([]);
    const shown = texts(o.message!).join('\n');
    expect(shown).toContain('\\*\\*hb\\*\\*');
    expect(shown).toContain('@\u200beveryone');
    expect(shown).toMatch(/<\u200b@&123456789012345678>/);
  });

  it('GIVEN every autocomplete option with each hostile value typed THEN the choices stay within Discord limits', async () => {
    const found: string[] = [];
    let asked = 0;
    for (const def of definitions()) {
      for (const shape of shapes(def.name, def.options)) {
        for (const focused of shape.leaf.filter((o) => o.type === STRING && 'autocomplete' in o && o.autocomplete)) {
          for (const [kind, text] of Object.entries(HOSTILE)) {
            const label = `${shape.label} ${focused.name} [${kind}]`;
            const raw = fill(shape.leaf, 'x', h.emu.channel.id).map((x) => (x.name === focused.name ? { ...x, value: text, focused: true } : x));
            const o = await h.emu.autocomplete(def.name, shape.wrap(raw), focused.name);
            asked++;
            const choices = o.choices ?? [];
            if (o.callbackType !== 8) found.push(`${label}: answered with ${o.callbackType}`);
            if (choices.length > CHOICES.max) found.push(`${label}: ${choices.length} choices`);
            for (const c of choices) {
              if (c.name.length < 1 || c.name.length > CHOICES.name) found.push(`${label}: choice name ${c.name.length}`);
              if (String(c.value).length < 1 || String(c.value).length > CHOICES.value) found.push(`${label}: choice value ${String(c.value).length}`);
            }
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(Object.keys(HOSTILE).length * 4);
    expect(found).toEqual([]);
  }, 120_000);
});
