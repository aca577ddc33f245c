import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/bot/answers/escapeText.js';
import { renderInline, renderMarkdown } from '../../src/dev/playground/public/markdown.js';

describe('renderMarkdown (Discord markdown for the playground page)', () => {
  it('GIVEN bold, italic, underline, strike and inline code THEN each becomes its tag with the text inside', () => {
    expect(renderMarkdown('**65%** opposed *the reform* __now__ ~~then~~ `█░`')).toBe('<strong>65%</strong> opposed <em>the reform</em> <u>now</u> <s>then</s> <code>█░</code>');
  });

  it('GIVEN italic containing bold THEN the bold nests inside the italic', () => {
    expect(renderInline('*a **b** c*')).toBe('<em>a <strong>b</strong> c</em>');
  });

  it('GIVEN underscores inside a word THEN they stay text (snake_case is not italic)', () => {
    expect(renderInline('snake_case_word')).toBe('snake_case_word');
  });

  it('GIVEN a masked link to https THEN it is a link opening in a new tab with its label rendered', () => {
    expect(renderInline('[**AFP**](https://example.org/a?b=1)')).toBe('<a href="https://example.org/a?b=1" target="_blank" rel="noopener noreferrer"><strong>AFP</strong></a>');
  });

  it('GIVEN corpus text escaped by the bot (escapeText) THEN the page shows the original characters and no formatting', () => {
    const original = '*Not italic* **nor bold** _x_ `y` # not a heading\n- not a list\n> not a quote';
    const html = renderMarkdown(escapeText(original));
    expect(html).not.toMatch(/<(em|strong|code|h\d|ul|li|blockquote)\b/);
    expect(html.replace(/<br>/g, '\n')).toBe(original.replace(/>/g, '&gt;'));
  });

  it('GIVEN line-start markdown THEN lists, quotes, headings and subtext become blocks', () => {
    expect(renderMarkdown('- one\n- two')).toBe('<ul><li>one</li><li>two</li></ul>');
    expect(renderMarkdown('> said\n> more')).toBe('<blockquote>said<br>more</blockquote>');
    expect(renderMarkdown('## Title')).toBe('<h4 class="md-h2">Title</h4>');
    expect(renderMarkdown('-# small')).toBe('<div class="md-subtext">small</div>');
  });

  it('GIVEN a code block THEN its text is shown as is, markdown and tags included', () => {
    expect(renderMarkdown('```\n**x** <b>\n```')).toBe('<pre class="md-codeblock"><code>**x** &lt;b&gt;</code></pre>');
  });

  it('GIVEN a Discord timestamp and a mention THEN they render as a date and a named pill', () => {
    // Midday UTC: the same calendar day in every time zone.
    expect(renderInline('<t:43200:D>', { now: 0 })).toBe('<span class="md-time">1 January 1970</span>');
    expect(renderInline('<t:3600:R>', { now: 0 })).toBe('<span class="md-time">in 1 hour</span>');
    expect(renderInline('<@123456789012345678>', { names: { '123456789012345678': 'alice' } })).toBe('<span class="mention">@alice</span>');
  });
});
