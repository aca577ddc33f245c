import type { Corpus } from '../briefing/index/buildCorpus.js';

/** Flags every CLI command understands. */
export interface CliFlags {
  json: boolean;
  /** Corpus folder (`--corpus DIR`, else CORPUS_DIR, else `data`). */
  corpus: string;
  /** Other `--name value` options, e.g. `--ref 2007-04-23`, `--length short`. */
  options: Record<string, string>;
}

export interface CliContext {
  flags: CliFlags;
  maxFileBytes: number;
  /** Loads (once) and returns the corpus folder's analysis. */
  loadCorpus(): Promise<Corpus>;
  out(text: string): void;
  err(text: string): void;
}

/** One CLI command: `npm run --silent cli -- <name> [args] [--json] [--corpus DIR]`. */
export interface CliCommand {
  name: string;
  /** One usage line, e.g. `quote SPEAKER`. */
  usage: string;
  summary: string;
  /** Smallest number of positional arguments. */
  minArgs: number;
  /** Option names that take a value (`--ref DATE`). */
  valueOptions?: readonly string[];
  /** Runs the command; returns the exit code (0 ok, 1 nothing found / failure, 2 usage). */
  run(args: string[], ctx: CliContext): Promise<number>;
}
