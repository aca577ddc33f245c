import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/bot/loadCommands.js';

describe('command loader', () => {
  it('GIVEN src/commands THEN eight valid commands load, each with a handler and autocomplete where an option asks for it', async () => {
    const loaded = await loadCommands();
    expect([...loaded.modules.keys()].sort()).toEqual(['brief', 'digest', 'help', 'polls', 'quote', 'source', 'timeline', 'topics']);
    for (const s of loaded.summaries) {
      const mod = loaded.modules.get(s.name)!;
      if (s.options.some((o) => o.autocomplete)) expect(typeof mod.autocomplete).toBe('function');
    }
    const brief = loaded.summaries.find((s) => s.name === 'brief')!;
    expect(brief.options.map((o) => [o.name, o.required, o.autocomplete])).toEqual([
      ['topic', true, true],
      ['length', false, false],
    ]);
  });
});
