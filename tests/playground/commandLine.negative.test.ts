import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/bot/loadCommands.js';
import { parseCommandLine, toInteractionData, toInteractionOptions, type CommandDef } from '../../src/dev/playground/public/commandLine.js';

const { definitions } = await loadCommands();
const commands = definitions as unknown as CommandDef[];

function error(text: string): string | null {
  const p = parseCommandLine(text, commands);
  if (!p.ok) return p.error;
  const r = toInteractionData(p, { channels: [{ id: '1', name: 'general', type: 0 }] });
  return r.ok ? null : r.error;
}

describe('command lines the page refuses, with a sentence saying why', () => {
  it('GIVEN text without a slash THEN it asks for a command', () => {
    expect(error('hello')).toMatch(/start with \//);
  });
  it('GIVEN an unknown command THEN it names it', () => {
    expect(error('/nosuch thing')).toMatch(/\/nosuch is not a command/);
  });
  it('GIVEN a missing required option THEN it names the option', () => {
    expect(error('/brief length:short')).toMatch(/needs topic/);
  });
  it('GIVEN a value outside the choices THEN it lists the choices', () => {
    expect(error('/brief missile-shield length:medium')).toMatch(/short, full/);
  });
  it('GIVEN text for a command without options THEN it says so', () => {
    expect(error('/topics extra words')).toMatch(/takes no options/);
  });
  it('GIVEN /digest without or with an unknown subcommand THEN it lists the subcommands', () => {
    expect(error('/digest frobnicate')).toMatch(/subscribe/);
  });
  it('GIVEN an unknown channel THEN the channel option is refused', () => {
    expect(error('/digest subscribe channel:#nowhere topic:all schedule:daily 09:00')).toMatch(/channel/);
  });
  it('GIVEN a non-number for an integer option THEN it is refused', () => {
    const def: CommandDef = { name: 'x', description: 'd', options: [{ name: 'n', description: 'n', type: 4, required: true, min_value: 1 }] };
    expect(toInteractionOptions(def, { n: 'abc' })).toEqual({ ok: false, error: 'n must be a whole number.' });
    expect(toInteractionOptions(def, { n: '0' })).toEqual({ ok: false, error: 'n must be at least 1.' });
  });
});
