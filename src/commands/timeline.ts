import { SlashCommandBuilder } from 'discord.js';
import { timelineAnswer, timelinePage } from '../bot/answers/timeline.js';
import { topicAnswerScope } from '../bot/answers/scope.js';
import { topicChoices } from '../bot/answers/topics.js';
import type { Answer, AnswerPage, Choice, CommandContext, CommandModule, OptionValues } from '../bot/types.js';

/** `/timeline topic:<autocomplete>`: what happened when, oldest first. */
export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('What happened when on a topic, oldest first')
  .addStringOption((o) => o.setName('topic').setDescription('Topic (start typing for suggestions)').setRequired(true).setAutocomplete(true).setMaxLength(100));

export const slow = true;

/** Cached under the topic's articles and their analysis (a change elsewhere keeps the reply). */
export function scope(options: OptionValues, ctx: CommandContext): string {
  return topicAnswerScope(ctx.index, String(options['topic'] ?? ''));
}

export function execute(options: OptionValues, ctx: CommandContext): Answer {
  return timelineAnswer(ctx.index, String(options['topic'] ?? ''));
}

/** Pages after the first, built when the user turns to them (a large topic has hundreds). */
export function page(options: OptionValues, ctx: CommandContext, n: number): AnswerPage | null {
  return timelinePage(ctx.index, String(options['topic'] ?? ''), n);
}

export function autocomplete(focused: { name: string; value: string }, _options: OptionValues, ctx: CommandContext): Choice[] {
  return focused.name === 'topic' ? topicChoices(ctx.index, focused.value) : [];
}

export default { data, slow, scope, execute, page, autocomplete } satisfies CommandModule;
