import { buildTopics, listTopics } from '../../briefing/index/topics/index.js';
import type { CliCommand } from '../types.js';
import { readTopicOverrides } from './brief.js';

/**
 * `topics [--json]`: the corpus's topics, largest first: slug, article count and name (text),
 * or `[{slug, name, articles, aliases}]` with `--json`. Exits 1 when the corpus has none.
 */
export const topics: CliCommand = {
  name: 'topics',
  usage: 'topics',
  summary: 'topics with article counts',
  minArgs: 0,
  async run(_args, ctx) {
    const corpus = await ctx.loadCorpus();
    const list = listTopics(buildTopics(corpus, readTopicOverrides(ctx)));
    if (ctx.flags.json) {
      ctx.out(JSON.stringify(list.map((t) => ({ slug: t.slug, name: t.name, articles: t.articleIds.length, aliases: t.aliases })), null, 2));
    } else {
      const width = Math.max(4, ...list.map((t) => t.slug.length));
      for (const t of list) ctx.out(`${t.slug.padEnd(width)} ${String(t.articleIds.length).padStart(4)}  ${t.name}`);
    }
    return list.length > 0 ? 0 : 1;
  },
};
