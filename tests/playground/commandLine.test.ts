import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/bot/loadCommands.js';
import { parseCommandLine, replaceValue, toAutocompleteOptions, toInteractionData, type CommandDef } from '../../src/dev/playground/public/commandLine.js';

/** The bot's real command definitions, as `npm run deploy-commands` registers them. */
const { definitions } = await loadCommands();
const commands = definitions as unknown as CommandDef[];
const channels = [
  { id: '111111111111111111', name: 'general', type: 0 },
  { id: '222222222222222222', name: 'news', type: 0 },
];

function data(text: string): unknown {
  const p = parseCommandLine(text, commands);
  if (!p.ok) return p.error;
  const r = toInteractionData(p, { channels });
  return r.ok ? r.options : r.error;
}

describe('parseCommandLine / toInteractionData on the bot’s registered commands', () => {
  it('GIVEN /brief missile-shield THEN the text fills the required topic option', () => {
    expect(data('/brief missile-shield')).toEqual([{ name: 'topic', type: 3, value: 'missile-shield' }]);
  });

  it('GIVEN named options with spaces in a value THEN each value runs to the next option name', () => {
    expect(data('/quote speaker:Robert Gates topic:missile-shield')).toEqual([
      { name: 'speaker', type: 3, value: 'Robert Gates' },
      { name: 'topic', type: 3, value: 'missile-shield' },
    ]);
  });

  it('GIVEN a choice typed by its name in other case THEN the choice value is sent', () => {
    expect(data('/brief missile-shield length:Short')).toEqual([
      { name: 'topic', type: 3, value: 'missile-shield' },
      { name: 'length', type: 3, value: 'short' },
    ]);
  });

  it('GIVEN /digest subscribe with a #channel THEN the options sit inside the subcommand and the channel is its id', () => {
    const options = data('/digest subscribe channel:#news topic:missile-shield schedule:daily 09:00') as { name: string; options: { name: string; value: unknown }[] }[];
    expect(options[0]?.name).toBe('subscribe');
    expect(options[0]?.options).toContainEqual({ name: 'channel', type: 7, value: '222222222222222222' });
    expect(options[0]?.options).toContainEqual({ name: 'schedule', type: 3, value: 'daily 09:00' });
  });

  it('GIVEN a line being typed THEN the focused option is the one at its end', () => {
    const p = parseCommandLine('/quote Gates topic:miss', commands);
    expect(p.ok && p.focused?.name).toBe('topic');
    const q = parseCommandLine('/brief ', commands);
    expect(q.ok && q.focused).toEqual({ name: 'topic', start: 7, end: 7, named: false });
  });

  it('GIVEN autocomplete on a subcommand option THEN only that option is marked focused, inside the subcommand', () => {
    const p = parseCommandLine('/digest preview topic:miss', commands);
    if (!p.ok) throw new Error(p.error);
    expect(toAutocompleteOptions(p)).toEqual([{ name: 'preview', type: 1, options: [{ name: 'topic', type: 3, value: 'miss', focused: true }] }]);
  });

  it('GIVEN a suggestion accepted THEN the focused value is replaced and a space follows', () => {
    const p = parseCommandLine('/quote Gat', commands);
    if (!p.ok) throw new Error(p.error);
    expect(replaceValue('/quote Gat', p.focused, 'speaker', 'Robert M. Gates')).toBe('/quote Robert M. Gates ');
  });
});
