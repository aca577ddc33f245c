import { SlashCommandBuilder } from 'discord.js';
import { pollsAnswer, pollsPage } from '../bot/answers/polls.js';
import { pollsScope } from '../bot/answers/scope.js';
import { topicChoices } from '../bot/answers/topics.js';
import type { Answer, AnswerPage, Choice, CommandContext, CommandModule, OptionValues } from '../bot/types.js';

/** `/polls [topic]`: opinion polls with a bar chart image. */
export const data = new SlashCommandBuilder()
  .setName('polls')
  .setDescription('Opinion polls, with a bar chart of the shares')
  .addStringOption((o) => o.setName('topic').setDescription('Only polls on this topic').setAutocomplete(true).setMaxLength(100));

/** Reads every poll and renders a chart: defer when not cached. */
export const slow = true;

/** Cached under the topic's articles and their analysis, or the corpus version without a topic. */
export function scope(options: OptionValues, ctx: CommandContext): string {
  const topic = options['topic'];
  return pollsScope(ctx.index, typeof topic === 'string' ? topic : undefined);
}

export function execute(options: OptionValues, ctx: CommandContext): Answer {
  const topic = options['topic'];
  return pollsAnswer(ctx.index, typeof topic === 'string' ? topic : undefined);
}

/** Pages after the first, built when the user turns to them (a corpus may have thousands of polls). */
export function page(options: OptionValues, ctx: CommandContext, n: number): AnswerPage | null {
  const topic = options['topic'];
  return pollsPage(ctx.index, typeof topic === 'string' ? topic : undefined, n);
}

export function autocomplete(focused: { name: string; value: string }, _options: OptionValues, ctx: CommandContext): Choice[] {
  return focused.name === 'topic' ? topicChoices(ctx.index, focused.value) : [];
}

export default { data, slow, scope, execute, page, autocomplete } satisfies CommandModule;
