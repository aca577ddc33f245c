import { SlashCommandBuilder } from 'discord.js';
import { topicsAnswer } from '../bot/answers/topicsList.js';
import type { Answer, CommandContext, CommandModule, OptionValues } from '../bot/types.js';

/** `/topics`: the corpus's topics with article counts. */
export const data = new SlashCommandBuilder().setName('topics').setDescription('Topics in the news corpus, largest first');

export function execute(_options: OptionValues, ctx: CommandContext): Answer {
  return topicsAnswer(ctx.index);
}

export default { data, execute } satisfies CommandModule;
