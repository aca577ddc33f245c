import fc from 'fast-check';
import { escapeMarkdown } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/bot/answers/escapeText.js';
import { evaluateMentions } from '../../src/dev/discord-emulator/index.js';

describe('escapeText', () => {
  it('GIVEN mentions THEN none survives as a mention token', () => {
    const out = escapeText('@everyone @here <@123456789012345678> <@!123456789012345678> <@&123456789012345678> <#123456789012345678>');
    expect(out).not.toMatch(/@everyone|@here/);
    expect(out).not.toMatch(/<[@#][!&]?\d+>/);
    expect(evaluateMentions(out, undefined)).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('GIVEN markdown, headings, lists, quotes and masked links THEN they are escaped, the words kept', () => {
    const out = escapeText('# Head\n- item\n> quoted\n**bold** _it_ ~~s~~ `code` ||spoiler|| [x](http://e.example)');
    expect(out).toContain('\\# Head');
    expect(out).toContain('\\- item');
    expect(out).toContain('\\> quoted');
    expect(out).toContain('\\*\\*bold\\*\\*');
    expect(out).toContain('\\|\\|spoiler\\|\\|');
    expect(out.replace(/\\/g, '')).toContain('bold');
  });

  it('GIVEN any text THEN the escaped text pings nobody even with every mention type allowed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('@everyone', '@here', '<@1234567890123456>', '<@&1234567890123456>', 'word', ' ', '*', '\n', '<', '@', '&', '>'), { maxLength: 30 }), (parts) => {
        const out = escapeText(parts.join(''));
        expect(evaluateMentions(out, undefined)).toEqual({ everyone: false, users: [], roles: [] });
      }),
    );
  });

  it('GIVEN plain prose THEN it comes out unchanged, and a list marker on a later line is still escaped', () => {
    const prose = 'Russia said on Tuesday that the U.S. plan was "unacceptable" (officials, 2007).';
    expect(escapeText(prose)).toBe(prose);
    expect(escapeText(`${prose}\n1. first\n- second`)).toBe(`${prose}\n1\\. first\n\\- second`);
  });

  it('GIVEN any text of prose characters, list markers and newlines THEN the result is what the full escaping chain gives', () => {
    // The full chain of escapeText, written out: the fast path for plain text must agree with it.
    const full = (t: string): string =>
      escapeMarkdown(t.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' '), { heading: true, bulletedList: true, numberedList: true, maskedLink: true })
        .replace(/(?<=(?:^|[^\\])(?:\\\\)*)\[/g, '\\[')
        .replace(/^(\s*)>/gm, '$1\\>')
        .replace(/@(everyone|here)/gi, '@\u200b$1')
        .replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'Élan', ' ', '  ', '\n', '\n', '\u2028', '-', '- ', '1', '12', '1.', '.', ',', '"', "'", '(', ')', ':', '!', '?', '%', '$', '/', '+', '=', '\t', '*', '_', '#', '[x](y)', '>', '@here'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(escapeText(text)).toBe(full(text));
      }),
      { numRuns: 2000 },
    );
  });
});
