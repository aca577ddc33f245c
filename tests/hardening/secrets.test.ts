/**
 * Secrets stay out of git: `.env` (where the token may live) is ignored, and no tracked file holds
 * a Discord-token-shaped string other than the tests' own fake ones. (The token never reaching the
 * logs is tested in tests/bot (logger), tests/e2e/faults.e2e (a whole session) and
 * tests/e2e/gatewayFatal.e2e (npm start at LOG_LEVEL=trace with a refused token).)
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Discord bot tokens: base64 user id, a dot, a timestamp part, a dot, an HMAC part. */
const TOKEN_SHAPE = /\b[MN][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,40}\b/;

describe('secrets in git', () => {
  it('GIVEN the repository THEN .env (and .env in any folder) is git-ignored and .env.example is not', () => {
    const ignored = (path: string): boolean => {
      try {
        execFileSync('git', ['check-ignore', '-q', path]);
        return true;
      } catch {
        return false;
      }
    };
    expect(ignored('.env')).toBe(true);
    expect(ignored('.env.example')).toBe(false);
    expect(execFileSync('git', ['ls-files', '.env']).toString().trim()).toBe('');
  });

  it('GIVEN every tracked file THEN none holds a real-looking bot token outside the tests', () => {
    const files = execFileSync('git', ['ls-files']).toString().split('\n').filter((f) => f && !f.startsWith('tests/') && !/\.(png|jpg|sqlite|lock)$/.test(f));
    const hits = files.filter((f) => {
      try {
        return TOKEN_SHAPE.test(execFileSync('git', ['show', `HEAD:${f}`], { maxBuffer: 64 * 1024 * 1024 }).toString());
      } catch {
        return false;
      }
    });
    expect(hits).toEqual([]);
  });
});
