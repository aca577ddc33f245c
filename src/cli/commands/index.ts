import type { CliCommand } from '../types.js';
import { analyze } from './analyze.js';
import { brief } from './brief.js';
import { topics } from './topics.js';
import { notYet } from './notYet.js';
import { polls } from './polls.js';
import { quote } from './quote.js';
import { timeline } from './timeline.js';
import { timex } from './timex.js';

/** Every CLI command, in the order `usage` lists them. */
export const commands: readonly CliCommand[] = [
  analyze,
  brief,
  quote,
  polls,
  timeline,
  timex,
  topics,
];
