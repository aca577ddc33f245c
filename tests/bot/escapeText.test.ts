import fc from 'fast-check';
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
});
