import type { CliCommand } from '../types.js';
import { analyze } from './analyze.js';
import { notYet } from './notYet.js';
import { timeline } from './timeline.js';
import { timex } from './timex.js';

/** Every CLI command, in the order `usage` lists them. */
export const commands: readonly CliCommand[] = [
  analyze,
  notYet('brief', 'brief TOPIC [--length short|full]', 'a multi-source brief of a topic'),
  notYet('quote', 'quote SPEAKER', 'what a person said, newest first'),
  notYet('polls', 'polls [TOPIC]', 'opinion polls, with text bars'),
  timeline,
  timex,
  notYet('topics', 'topics', 'topics with article counts'),
];
