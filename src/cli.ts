#!/usr/bin/env node
/** Entry point of the offline CLI: `npm run --silent cli -- <command> [args] [--corpus DIR] [--json]`. */
import { runCli } from './cli/main.js';

// A reader that closes the pipe early (`… | head -1`) is not an error: stop writing quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
});
process.exitCode = code;
