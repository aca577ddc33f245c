#!/usr/bin/env node
/** Entry point of the offline CLI: `npm run --silent cli -- <command> [args] [--corpus DIR] [--json]`. */
import { runCli } from './cli/main.js';

const code = await runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
});
process.exitCode = code;
