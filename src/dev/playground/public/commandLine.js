// @ts-check
/**
 * Slash-command lines as typed in the playground's command box, read against the bot's registered
 * command definitions (Discord API "Application Command Object"). Shared by the page (completion)
 * and the server (what is sent). Plain JavaScript so the browser loads it as is; types in
 * commandLine.d.ts.
 *
 * A line is `/name`, then optional text for the first required option (`/quote Gates`), then
 * `option:value` pairs (`/brief topic:missile-shield length:short`). A value runs to the next
 * ` option:` of this command, so values may hold spaces (`speaker:Robert Gates`). This is how
 * Discord's own box reads a pasted command line, plus the leading shorthand.
 */

/** Application command option types (Discord API "Application Command Option Type"). */
export const OPTION_TYPE = Object.freeze({ subcommand: 1, subcommandGroup: 2, string: 3, integer: 4, boolean: 5, user: 6, channel: 7, role: 8, mentionable: 9, number: 10, attachment: 11 });

/** Option types a line of text can carry (the rest need pickers the playground does not have). */
const TEXT_TYPES = new Set([OPTION_TYPE.string, OPTION_TYPE.integer, OPTION_TYPE.boolean, OPTION_TYPE.number, OPTION_TYPE.channel]);

/** Words accepted for a boolean option, as Discord's picker offers True / False. */
const BOOLEAN_WORDS = /** @type {Record<string, boolean>} */ ({ true: true, yes: true, false: false, no: false });

/** @param {string} s */
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The options of a command or subcommand that can be typed (string, integer, number, boolean,
 * channel).
 * @param {{ options?: import('./commandLine.js').OptionDef[] }} command
 */
export function textOptions(command) {
  return (command.options ?? []).filter((o) => TEXT_TYPES.has(o.type));
}

/**
 * The subcommands of a command (Discord: a command with subcommands takes no other options).
 * @param {import('./commandLine.js').CommandDef} command
 */
export function subcommandsOf(command) {
  return (command.options ?? []).filter((o) => o.type === OPTION_TYPE.subcommand);
}

/**
 * Reads a command line. Never throws: a line that is not a known command is `{ ok: false, error }`.
 * `focused` is the option whose value the end of the line is in (what completion works on);
 * with no value started yet it is the next option the shorthand would fill, or null.
 * @param {string} text
 * @param {readonly import('./commandLine.js').CommandDef[]} commands
 * @returns {import('./commandLine.js').ParsedLine}
 */
export function parseCommandLine(text, commands) {
  const lead = text.length - text.trimStart().length;
  if (text[lead] !== '/') return { ok: false, error: 'Commands start with / (try /help).', stage: 'name', typedName: null };
  const nameMatch = /^\/(\S*)/.exec(text.slice(lead));
  const typedName = nameMatch?.[1] ?? '';
  const nameEnd = lead + 1 + typedName.length;
  const command = commands.find((c) => c.name === typedName.toLowerCase());
  if (!command) {
    const complete = nameEnd < text.length;
    return { ok: false, error: typedName === '' ? 'Type a command name after /.' : `/${typedName} is not a command of this bot (try /help).`, stage: complete ? 'unknown' : 'name', typedName };
  }
  if (nameEnd === text.length) return { ok: true, command, subcommand: null, values: {}, spans: [], focused: null, stage: 'name' };

  let subcommand = null;
  let argsAt = nameEnd;
  const subs = subcommandsOf(command);
  if (subs.length > 0) {
    const m = /^(\s+)(\S*)/.exec(text.slice(nameEnd));
    const word = m?.[2] ?? '';
    const wordEnd = nameEnd + (m?.[0].length ?? 0);
    subcommand = subs.find((o) => o.name === word.toLowerCase()) ?? null;
    if (!subcommand || wordEnd === text.length) {
      if (wordEnd < text.length || (word !== '' && !subs.some((o) => o.name.startsWith(word.toLowerCase())))) return { ok: false, error: `/${command.name} needs one of: ${subs.map((o) => o.name).join(', ')}.`, stage: 'options', typedName };
      return { ok: true, command, subcommand: null, values: {}, spans: [], focused: null, stage: 'subcommand', typedWord: word };
    }
    argsAt = wordEnd;
  }

  const options = textOptions(subcommand ?? command);
  const rest = text.slice(argsAt);
  /** @type {{ name: string; at: number; valueAt: number }[]} */
  const markers = [];
  if (options.length > 0) {
    const re = new RegExp(`(^|\\s)(${options.map((o) => escapeRegExp(o.name)).join('|')}):`, 'gi');
    for (const m of rest.matchAll(re)) {
      const at = argsAt + (m.index ?? 0) + (m[1] ?? '').length;
      markers.push({ name: (m[2] ?? '').toLowerCase(), at, valueAt: at + (m[2] ?? '').length + 1 });
    }
  }
  /** @type {import('./commandLine.js').ValueSpan[]} */
  const spans = [];
  const named = new Set(markers.map((m) => m.name));
  const firstAt = markers[0]?.at ?? text.length;
  const positional = text.slice(argsAt, firstAt);
  const shorthandTarget = options.find((o) => o.required && !named.has(o.name)) ?? null;
  if (positional.trim() !== '') {
    if (!shorthandTarget) return { ok: false, error: `Name the option for “${positional.trim()}” (${options.map((o) => `${o.name}:`).join(' ') || `/${command.name} takes no options`}).`, stage: 'options', typedName };
    const start = argsAt + (positional.length - positional.trimStart().length);
    spans.push({ name: shorthandTarget.name, start, end: start + positional.trim().length, named: false });
  }
  markers.forEach((m, i) => {
    const next = markers[i + 1]?.at ?? text.length;
    const raw = text.slice(m.valueAt, next);
    const start = m.valueAt + (raw.length - raw.trimStart().length);
    spans.push({ name: m.name, start, end: Math.max(start, m.valueAt + raw.trimEnd().length), named: true });
  });
  /** @type {Record<string, string>} */
  const values = {};
  for (const s of spans) values[s.name] = text.slice(s.start, s.end);

  let focused = null;
  const last = spans.at(-1);
  if (last && (last.named || !/\s$/.test(text))) focused = last;
  else if (!last && shorthandTarget) focused = { name: shorthandTarget.name, start: text.length, end: text.length, named: false };
  return { ok: true, command, subcommand, values, spans, focused, stage: 'options' };
}

/**
 * The channel a typed value names: `#general`, `general`, `<#id>` or an id; null when none matches.
 * @param {string} raw
 * @param {readonly import('./commandLine.js').ChannelRef[]} channels
 */
export function findChannel(raw, channels) {
  const v = raw.trim().replace(/^<#(\d+)>$/, '$1').replace(/^#/, '').toLowerCase();
  return channels.find((c) => c.id === v) ?? channels.find((c) => c.name.toLowerCase() === v) ?? null;
}

/**
 * The `options` of an INTERACTION_CREATE for a parsed line: typed and checked by
 * {@link toInteractionOptions}, inside their subcommand when there is one.
 * @param {import('./commandLine.js').ParsedLine & { ok: true }} parsed
 * @param {import('./commandLine.js').LineContext} [context]
 * @returns {{ ok: true; options: import('./commandLine.js').TypedOption[] } | { ok: false; error: string }}
 */
export function toInteractionData(parsed, context = {}) {
  if (subcommandsOf(parsed.command).length > 0 && !parsed.subcommand) return { ok: false, error: `/${parsed.command.name} needs one of: ${subcommandsOf(parsed.command).map((o) => o.name).join(', ')}.` };
  const r = toInteractionOptions(parsed.subcommand ?? parsed.command, parsed.values, context, `/${parsed.command.name}${parsed.subcommand ? ` ${parsed.subcommand.name}` : ''}`);
  if (!r.ok || !parsed.subcommand) return r;
  return { ok: true, options: [{ name: parsed.subcommand.name, type: OPTION_TYPE.subcommand, options: r.options }] };
}

/**
 * Options for an autocomplete interaction: the focused option as typed (a string, `focused: true`)
 * and the other values that already read as valid, inside their subcommand when there is one.
 * @param {import('./commandLine.js').ParsedLine & { ok: true }} parsed
 * @param {import('./commandLine.js').LineContext} [context]
 * @returns {import('./commandLine.js').TypedOption[]}
 */
export function toAutocompleteOptions(parsed, context = {}) {
  const def = parsed.subcommand ?? parsed.command;
  /** @type {import('./commandLine.js').TypedOption[]} */
  const out = [];
  for (const o of textOptions(def)) {
    const raw = parsed.values[o.name];
    if (raw === undefined) continue;
    if (parsed.focused?.name === o.name) {
      out.push({ name: o.name, type: o.type, value: raw, focused: true });
      continue;
    }
    const one = toInteractionOptions({ name: def.name, description: '', options: [{ ...o, required: false }] }, { [o.name]: raw }, context);
    if (one.ok) out.push(...one.options);
  }
  return parsed.subcommand ? [{ name: parsed.subcommand.name, type: OPTION_TYPE.subcommand, options: out }] : out;
}

/**
 * Turns the typed values into interaction options (`{ name, type, value }` in definition order),
 * checked as Discord checks them before sending: required options present, integers and numbers
 * numeric and within min/max, booleans true/false, choices one of the listed ones (by value, or by
 * name ignoring case), string lengths within min/max. Errors are sentences for the page.
 * Channel options take `#name`, a name, `<#id>` or an id (from `context.channels`) and carry the id.
 * @param {{ name: string; options?: import('./commandLine.js').OptionDef[] }} command a command or subcommand
 * @param {Readonly<Record<string, string>>} values
 * @param {import('./commandLine.js').LineContext} [context]
 * @param {string} [label] how errors name the command (default `/name`)
 * @returns {{ ok: true; options: import('./commandLine.js').TypedOption[] } | { ok: false; error: string }}
 */
export function toInteractionOptions(command, values, context = {}, label = `/${command.name}`) {
  /** @type {import('./commandLine.js').TypedOption[]} */
  const out = [];
  for (const o of textOptions(command)) {
    const raw = values[o.name];
    if (raw === undefined || raw === '') {
      if (o.required) return { ok: false, error: `${label} needs ${o.name}: ${o.description}` };
      continue;
    }
    /** @type {string | number | boolean} */
    let value = raw;
    if (o.type === OPTION_TYPE.integer || o.type === OPTION_TYPE.number) {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n) || (o.type === OPTION_TYPE.integer && !Number.isInteger(n))) return { ok: false, error: `${o.name} must be ${o.type === OPTION_TYPE.integer ? 'a whole number' : 'a number'}.` };
      if (o.min_value !== undefined && n < o.min_value) return { ok: false, error: `${o.name} must be at least ${o.min_value}.` };
      if (o.max_value !== undefined && n > o.max_value) return { ok: false, error: `${o.name} must be at most ${o.max_value}.` };
      value = n;
    } else if (o.type === OPTION_TYPE.channel) {
      const c = findChannel(raw, context.channels ?? []);
      if (!c || (o.channel_types && !o.channel_types.includes(c.type))) return { ok: false, error: `${o.name} must be a text channel of this server, e.g. #${context.channels?.[0]?.name ?? 'general'}.` };
      value = c.id;
    } else if (o.type === OPTION_TYPE.boolean) {
      const b = BOOLEAN_WORDS[raw.trim().toLowerCase()];
      if (b === undefined) return { ok: false, error: `${o.name} must be true or false.` };
      value = b;
    } else {
      if (o.min_length !== undefined && raw.length < o.min_length) return { ok: false, error: `${o.name} must be at least ${o.min_length} characters.` };
      if (o.max_length !== undefined && raw.length > o.max_length) return { ok: false, error: `${o.name} must be at most ${o.max_length} characters.` };
    }
    if (o.choices && o.choices.length > 0) {
      const choice = o.choices.find((c) => String(c.value) === String(value)) ?? o.choices.find((c) => c.name.toLowerCase() === raw.trim().toLowerCase());
      if (!choice) return { ok: false, error: `${o.name} must be one of: ${o.choices.map((c) => c.name).join(', ')}.` };
      value = choice.value;
    }
    out.push({ name: o.name, type: o.type, value });
  }
  return { ok: true, options: out };
}

/**
 * The line with the focused value replaced by `value` and a space after it (accepting a
 * suggestion). With nothing focused the value is appended as `option:value`.
 * @param {string} text
 * @param {import('./commandLine.js').ValueSpan | null} focused
 * @param {string} optionName
 * @param {string} value
 */
export function replaceValue(text, focused, optionName, value) {
  if (!focused) return `${text.replace(/\s*$/, ' ')}${optionName}:${value} `;
  return `${text.slice(0, focused.start)}${value} ${text.slice(focused.end).trimStart()}`;
}
