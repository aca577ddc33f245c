import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDotEnv, parseBotConfig, processEnv } from '../../src/config.js';

const env = processEnv();
let dir: string | undefined;
afterEach(() => {
  delete env['NB_DOTENV_ONLY'];
  delete env['NB_DOTENV_BOTH'];
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('.env loading', () => {
  it('GIVEN a .env file THEN its variables are loaded, a variable already in the environment wins, and the bot config reads them', () => {
    dir = mkdtempSync(join(tmpdir(), 'nb-dotenv-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'NB_DOTENV_ONLY=from-file\nNB_DOTENV_BOTH=from-file\n');
    env['NB_DOTENV_BOTH'] = 'from-environment';
    expect(loadDotEnv(file)).toBe(true);
    expect(env['NB_DOTENV_ONLY']).toBe('from-file');
    expect(env['NB_DOTENV_BOTH']).toBe('from-environment');
    expect(parseBotConfig({ DISCORD_TOKEN: env['NB_DOTENV_ONLY'] }).ok).toBe(true);
  });

  it('GIVEN no .env file THEN nothing is loaded and nothing fails', () => {
    expect(loadDotEnv(join(tmpdir(), 'surely-not-here', '.env'))).toBe(false);
  });
});
