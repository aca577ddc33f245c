import { SlashCommandBuilder } from 'discord.js';
import { briefAnswer } from '../bot/answers/brief.js';
import { topicAnswerScope } from '../bot/answers/scope.js';
import { topicChoices } from '../bot/answers/topics.js';
import type { Answer, Choice, CommandContext, CommandModule, OptionValues } from '../bot/types.js';

/** `/brief topic:<autocomplete> [length:short|full]`: a multi-source brief of a topic. */
export const data = new SlashCommandBuilder()
  .setName('brief')
  .setDescription('A multi-source brief of a topic: key points, a quote, a poll, sources')
  .addStringOption((o) => o.setName('topic').setDescription('Topic (start typing for suggestions)').setRequired(true).setAutocomplete(true).setMaxLength(100))
  .addStringOption((o) => o.setName('length').setDescription('short (3 points) or full (default)').addChoices({ name: 'short', value: 'short' }, { name: 'full', value: 'full' }));

/** Briefs read every article of a topic: defer when not cached. */
export const slow = true;

/** Cached under the topic's articles and their analysis (a change elsewhere keeps the reply). */
export function scope(options: OptionValues, ctx: CommandContext): string {
  return topicAnswerScope(ctx.index, String(options['topic'] ?? ''));
}

export function execute(options: OptionValues, ctx: CommandContext): Answer {
  return briefAnswer(ctx.index, String(options['topic'] ?? ''), options['length'] === 'short' ? 'short' : 'full');
}

export function autocomplete(focused: { name: string; value: string }, _options: OptionValues, ctx: CommandContext): Choice[] {
  return focused.name === 'topic' ? topicChoices(ctx.index, focused.value) : [];
}

export default { data, slow, scope, execute, autocomplete } satisfies CommandModule;
