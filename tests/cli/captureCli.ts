import { runCli } from '../../src/cli/main.js';

/** Runs the CLI in-process with the given environment and captures its exit code, stdout and stderr. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), env });
  return { code, out, err };
}
