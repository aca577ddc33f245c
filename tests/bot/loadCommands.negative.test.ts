import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/bot/loadCommands.js';

const BAD = fileURLToPath(new URL('./fixtures/bad-commands/', import.meta.url));

describe('command loader errors', () => {
  it('GIVEN a module misnamed, without execute and autocomplete, with a scope that is no function THEN start fails naming the file and every problem', async () => {
    const err = await loadCommands(BAD).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/src\/commands\/misnamed\.ts: command is named "other"/);
    expect(err?.message).toMatch(/no execute/);
    expect(err?.message).toMatch(/no autocomplete/);
    expect(err?.message).toMatch(/scope must be a function/);
  });
});
