import type { CliCommand } from '../types.js';

/** A command whose answer a later issue builds: says so clearly and exits 2. */
export function notYet(name: string, usage: string, summary: string): CliCommand {
  return {
    name,
    usage,
    summary,
    minArgs: name === 'polls' || name === 'topics' ? 0 : 1,
    run(_args, ctx) {
      ctx.err(`${name}: not yet available in this version of newsbrief.`);
      return Promise.resolve(2);
    },
  };
}
