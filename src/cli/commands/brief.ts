import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTopics, findTopic, topicOverridesSchema, type TopicOverrides } from '../../briefing/index/topics/index.js';
import { buildBrief } from '../../briefing/summarise/index.js';
import { briefText } from '../../briefing/format/briefText.js';
import type { CliCommand, CliContext } from '../types.js';

/**
 * Reads the admin file `<corpus>/topics.json` when there is one. A file that is not valid JSON
 * or does not fit the schema is reported on stderr and ignored (topics still come from the corpus).
 */
export function readTopicOverrides(ctx: Pick<CliContext, 'flags' | 'err'>): TopicOverrides | undefined {
  const path = join(ctx.flags.corpus, 'topics.json');
  if (!existsSync(path)) return undefined;
  try {
    const parsed = topicOverridesSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return parsed.data;
    ctx.err(`warning: ${path} ignored: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  } catch (e) {
    ctx.err(`warning: ${path} ignored: ${(e as Error).message}`);
  }
  return undefined;
}

/**
 * `brief TOPIC [--length short|full] [--json]`: a multi-source brief of a topic (slug, name,
 * alias, or a free phrase searched over the articles). Prints the brief as text, or the Brief
 * object with `--json`. An unknown topic exits 1 with the nearest topics on stderr; a bad
 * `--length` exits 2.
 */
export const brief: CliCommand = {
  name: 'brief',
  usage: 'brief TOPIC [--length short|full]',
  summary: 'a multi-source brief of a topic',
  minArgs: 1,
  valueOptions: ['length'],
  async run(args, ctx) {
    const length = ctx.flags.options['length'] ?? 'full';
    if (length !== 'short' && length !== 'full') {
      ctx.err(`brief: --length must be short or full, not "${length}"`);
      return 2;
    }
    const query = args.join(' ');
    const corpus = await ctx.loadCorpus();
    const topics = buildTopics(corpus, readTopicOverrides(ctx));
    const match = findTopic(topics, query, corpus.articles);
    if (!('topic' in match)) {
      const near = match.suggestions.map((t) => `  ${t.slug} (${t.articleIds.length})`);
      ctx.err(`brief: no topic "${query}".${near.length > 0 ? ` Nearest topics:\n${near.join('\n')}` : ' Try `topics` for the list.'}`);
      return 1;
    }
    const b = buildBrief(corpus, match.topic, { length });
    ctx.out(ctx.flags.json ? JSON.stringify(b, null, 2) : briefText(b));
    return b.points.length > 0 ? 0 : 1;
  },
};
