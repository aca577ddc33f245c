import { SlashCommandBuilder } from 'discord.js';
import { BRAND_COLOUR } from '../bot/answers/embedKit.js';
import type { Answer, CommandContext, CommandModule, OptionValues } from '../bot/types.js';

/** `/help`: what each command does and its options. */
export const data = new SlashCommandBuilder().setName('help').setDescription('What newsbrief can do');

export function execute(_options: OptionValues, ctx: CommandContext): Answer {
  const fields = ctx.commands.map((c) => ({
    name: `/${c.name}${c.options.map((o) => (o.required ? ` ${o.name}:` : ` [${o.name}]`)).join('')}`,
    value: [c.description, ...c.options.map((o) => `\`${o.name}\`: ${o.description}${o.choices.length > 0 ? ` (${o.choices.join(' | ')})` : ''}`)].join('\n'),
  }));
  return {
    ephemeral: true,
    pages: [
      {
        embeds: [
          {
            title: 'newsbrief',
            description: `Briefings from a corpus of ${ctx.index.corpus.articles.length} news articles: summaries, quotes by speaker, polls and timelines. Topic and speaker options suggest as you type.`,
            color: BRAND_COLOUR,
            fields,
            footer: { text: `Corpus version ${ctx.index.version}` },
          },
        ],
      },
    ],
  };
}

export default { data, execute } satisfies CommandModule;
