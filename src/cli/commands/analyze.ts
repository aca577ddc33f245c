import { resolve } from 'node:path';
import { analyseFiles } from '../../corpus/loadCorpus.js';
import { buildCorpus } from '../../briefing/index/buildCorpus.js';
import type { CliCommand } from '../types.js';

/**
 * `analyze FILE...`: the analysis of the given files as one JSON object
 * `{articles, speakers, quotes, polls, events, timexes, warnings}` (warnings also go to stderr).
 * Output is JSON with or without `--json` (it is the machine-readable contract).
 */
export const analyze: CliCommand = {
  name: 'analyze',
  usage: 'analyze FILE... [--json]',
  summary: 'analyse files and print articles, speakers, quotes, polls, events and timexes as JSON',
  minArgs: 1,
  async run(args, ctx) {
    const analyses = await analyseFiles(args.map((a) => resolve(a)), { maxFileBytes: ctx.maxFileBytes }, process.cwd());
    const corpus = buildCorpus(analyses);
    for (const w of corpus.warnings) ctx.err(`warning [${w.code}] ${w.message}`);
    const { speakers, quotes, polls, events, timexes, warnings } = corpus;
    // `keyPhrases`, `sentenceSplits` and `storyKey` are the pipeline's internal data, not part of this command's JSON.
    const articles = corpus.articles.map(({ keyPhrases: _phrases, sentenceSplits: _splits, storyKey: _key, ...a }) => a);
    ctx.out(JSON.stringify({ articles, speakers, quotes, polls, events, timexes, warnings }, null, 2));
    return articles.length > 0 ? 0 : 1;
  },
};
