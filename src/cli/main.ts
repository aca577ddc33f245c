import { parseConfig } from '../config.js';
import { loadCliCorpus } from './loadCliCorpus.js';
import type { Corpus } from '../briefing/index/buildCorpus.js';
import { commands } from './commands/index.js';
import type { CliContext, CliFlags } from './types.js';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  env?: Record<string, string | undefined>;
}

export function usageText(): string {
  const lines = commands.map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`);
  return [
    'usage: npm run --silent cli -- <command> [args] [--corpus DIR] [--json]',
    '',
    'commands:',
    ...lines,
    '',
    'options:',
    '  --corpus DIR   corpus folder (default: CORPUS_DIR or data)',
    '  --json         print JSON instead of text',
  ].join('\n');
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code:
 * 0 success, 1 nothing found or a failed run, 2 usage error (usage text on stderr).
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const configResult = parseConfig(io.env ?? process.env);
  if (!configResult.ok) {
    io.err(`configuration error:\n  ${configResult.errors.join('\n  ')}`);
    return 2;
  }
  const config = configResult.config;
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.err : io.out)(usageText());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command: ${name}\n\n${usageText()}`);
    return 2;
  }
  const flags: CliFlags = { json: false, corpus: config.CORPUS_DIR, options: {} };
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') flags.json = true;
    else if (a === '--corpus' || (command.valueOptions ?? []).includes(a.slice(2))) {
      const v = rest[i + 1];
      if (v === undefined || v.startsWith('--')) {
        io.err(`${a} needs a value\n\nusage: npm run --silent cli -- ${command.usage}`);
        return 2;
      }
      if (a === '--corpus') flags.corpus = v;
      else flags.options[a.slice(2)] = v;
      i++;
    } else if (a.startsWith('--')) {
      io.err(`unknown option: ${a}\n\nusage: npm run --silent cli -- ${command.usage}`);
      return 2;
    } else positional.push(a);
  }
  if (positional.length < command.minArgs) {
    io.err(`${command.name}: missing argument\n\nusage: npm run --silent cli -- ${command.usage}`);
    return 2;
  }
  let corpus: Promise<Corpus> | undefined;
  const ctx: CliContext = {
    flags,
    maxFileBytes: config.MAX_FILE_BYTES,
    loadCorpus: () => (corpus ??= loadCliCorpus(flags.corpus, config, io.err).then((loaded) => loaded.corpus)),
    out: io.out,
    err: io.err,
  };
  try {
    return await command.run(positional, ctx);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') {
      io.err(`${command.name}: no such file or folder: ${e.path ?? ''}`);
      return 1;
    }
    throw err;
  }
}
