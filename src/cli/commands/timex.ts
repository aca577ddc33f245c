import { readFile } from 'node:fs/promises';
import { parseYmd } from '../../briefing/analyse/dates/calendar.js';
import { tagTimexes } from '../../briefing/analyse/dates/tagTimexes.js';
import type { CliCommand } from '../types.js';

const USAGE = 'timex --ref YYYY-MM-DD FILE';

/**
 * `timex --ref YYYY-MM-DD FILE`: tags the plain text file against the reference day and prints JSON
 * `[{"start","end","text","value","type"}]`, offsets in UTF-16 code units into the file's text (end
 * exclusive), so other tools and benchmarks can call the tagger. Output is JSON with or without
 * `--json`. A missing or impossible `--ref` is a usage error (exit 2).
 */
export const timex: CliCommand = {
  name: 'timex',
  usage: USAGE,
  summary: 'tag temporal expressions in a text file (JSON)',
  minArgs: 1,
  valueOptions: ['ref'],
  async run(args, ctx) {
    const ref = ctx.flags.options['ref'];
    if (ref === undefined || parseYmd(ref) === null || !/^\d{4}-\d{2}-\d{2}$/.test(ref)) {
      ctx.err(`timex: ${ref === undefined ? '--ref is required' : `bad --ref date: ${ref}`}\n\nusage: npm run --silent cli -- ${USAGE}`);
      return 2;
    }
    const text = await readFile(args[0]!, 'utf8');
    const spans = tagTimexes(text, ref).map(({ start, end, text: t, value, type }) => ({ start, end, text: t, value, type }));
    ctx.out(JSON.stringify(spans, null, 2));
    return 0;
  },
};
