import { SlashCommandBuilder } from 'discord.js';
import { quoteAnswer } from '../bot/answers/quotes.js';
import { speakerChoices } from '../bot/answers/speakers.js';
import { quoteScope } from '../bot/answers/scope.js';
import { topicChoices } from '../bot/answers/topics.js';
import type { Answer, Choice, CommandContext, CommandModule, OptionValues } from '../bot/types.js';

/** `/quote speaker:<autocomplete> [topic]`: what a person said, newest first. */
export const data = new SlashCommandBuilder()
  .setName('quote')
  .setDescription('What a person said, newest first')
  .addStringOption((o) => o.setName('speaker').setDescription('Who (start typing for suggestions)').setRequired(true).setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('topic').setDescription('Only quotes on this topic').setAutocomplete(true).setMaxLength(100));

/** Cached under the speaker's quotes and their articles (and the topic's articles, with a topic). */
export function scope(options: OptionValues, ctx: CommandContext): string {
  const topic = options['topic'];
  return quoteScope(ctx.index, String(options['speaker'] ?? ''), typeof topic === 'string' ? topic : undefined);
}

export function execute(options: OptionValues, ctx: CommandContext): Answer {
  const topic = options['topic'];
  return quoteAnswer(ctx.index, String(options['speaker'] ?? ''), typeof topic === 'string' ? topic : undefined);
}

export function autocomplete(focused: { name: string; value: string }, _options: OptionValues, ctx: CommandContext): Choice[] {
  if (focused.name === 'speaker') return speakerChoices(ctx.index, focused.value);
  if (focused.name === 'topic') return topicChoices(ctx.index, focused.value);
  return [];
}

export default { data, scope, execute, autocomplete } satisfies CommandModule;
