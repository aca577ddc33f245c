import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { CommandModule, CommandSummary } from './types.js';

/** The folder of command modules: `src/commands`. */
export const COMMANDS_DIR = fileURLToPath(new URL('../commands/', import.meta.url));
/** Discord's limit on a command's and an option's description length. */
const MAX_DESCRIPTION = 100;
/** Discord: command and option names are 1–32 lower-case characters. */
const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

export interface LoadedCommands {
  modules: ReadonlyMap<string, CommandModule>;
  /** The JSON bodies to register with Discord. */
  definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[];
  summaries: CommandSummary[];
}

function summarise(json: RESTPostAPIChatInputApplicationCommandsJSONBody): CommandSummary {
  const options = (json.options ?? []) as APIApplicationCommandOption[];
  return {
    name: json.name,
    description: json.description,
    options: options.map((o) => ({
      name: o.name,
      description: o.description,
      required: 'required' in o && o.required === true,
      autocomplete: 'autocomplete' in o && o.autocomplete === true,
      choices: 'choices' in o && Array.isArray(o.choices) ? o.choices.map((c) => String(c.name)) : [],
    })),
  };
}

/** Problems with one command module, as sentences naming the file. */
function check(file: string, mod: Partial<CommandModule> | undefined): { problems: string[]; json?: RESTPostAPIChatInputApplicationCommandsJSONBody } {
  const where = `src/commands/${file}`;
  if (!mod || typeof mod !== 'object') return { problems: [`${where}: has no default export (export default { data, execute } satisfies CommandModule)`] };
  const problems: string[] = [];
  let json: RESTPostAPIChatInputApplicationCommandsJSONBody | undefined;
  try {
    json = mod.data?.toJSON();
  } catch (err) {
    problems.push(`${where}: the command definition is invalid: ${(err as Error).message}`);
  }
  if (!json) problems.push(`${where}: exports no \`data\` command definition (a SlashCommandBuilder)`);
  else {
    const stem = basename(file, extname(file));
    if (json.name !== stem) problems.push(`${where}: command is named "${json.name}" but the file is ${stem}; name them alike`);
    if (!NAME.test(json.name)) problems.push(`${where}: "${json.name}" is not a valid command name (1-32 lower-case letters, digits, - or _)`);
    if (!json.description || json.description.length > MAX_DESCRIPTION) problems.push(`${where}: description must be 1-${MAX_DESCRIPTION} characters`);
    const top = (json.options ?? []) as APIApplicationCommandOption[];
    // Subcommands (one level: the router reads their name and flattens their options); groups are not supported.
    const options = top.flatMap((o) => (o.type === ApplicationCommandOptionType.Subcommand ? [o, ...((o.options ?? []) as APIApplicationCommandOption[])] : [o]));
    const auto = options.filter((o) => 'autocomplete' in o && o.autocomplete === true);
    if (auto.length > 0 && typeof mod.autocomplete !== 'function') problems.push(`${where}: options ${auto.map((o) => o.name).join(', ')} use autocomplete but the module exports no autocomplete()`);
    for (const o of options) {
      if (o.type === ApplicationCommandOptionType.SubcommandGroup) problems.push(`${where}: subcommand groups are not supported by the router (${o.name})`);
      if (!o.description || o.description.length > MAX_DESCRIPTION) problems.push(`${where}: option ${o.name}: description must be 1-${MAX_DESCRIPTION} characters`);
    }
  }
  if (typeof mod.execute !== 'function') problems.push(`${where}: exports no execute(options, ctx) handler`);
  if (mod.page !== undefined && typeof mod.page !== 'function') problems.push(`${where}: page must be a function page(options, ctx, n)`);
  if (mod.scope !== undefined && typeof mod.scope !== 'function') problems.push(`${where}: scope must be a function scope(options, ctx) naming what the reply reads (see src/bot/answers/scope.ts)`);
  return json ? { problems, json } : { problems };
}

/**
 * Loads every command module in `dir` (`*.ts` / `*.js`, one command per file, named after it) and
 * checks it: a valid definition, a name matching the file, descriptions within Discord's limits,
 * an `execute` handler, and `autocomplete` when an option asks for it. Any problem stops the start
 * with one error listing them all (a broken command must not ship silently).
 */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<LoadedCommands> {
  const files = (await readdir(dir)).filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts') && !/\.test\./.test(f)).sort();
  const modules = new Map<string, CommandModule>();
  const definitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [];
  const problems: string[] = [];
  for (const f of files) {
    let mod: Partial<CommandModule> | undefined;
    try {
      mod = ((await import(pathToFileURL(join(dir, f)).href)) as { default?: Partial<CommandModule> }).default;
    } catch (err) {
      problems.push(`src/commands/${f}: failed to load: ${(err as Error).message}`);
      continue;
    }
    const r = check(f, mod);
    problems.push(...r.problems);
    if (r.problems.length === 0 && r.json) {
      if (modules.has(r.json.name)) problems.push(`src/commands/${f}: a second command named ${r.json.name}`);
      modules.set(r.json.name, mod as CommandModule);
      definitions.push(r.json);
    }
  }
  if (files.length === 0) problems.push(`${dir}: no command modules found`);
  if (problems.length > 0) throw new Error(`command modules have problems:\n  ${problems.join('\n  ')}`);
  return { modules, definitions, summaries: definitions.map(summarise) };
}
