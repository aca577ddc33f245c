import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, safeUrl } from '../../src/dev/playground/public/markdown.js';

/** Tags renderMarkdown writes itself; anything else in its output would be injected markup. */
const OWN_TAG = /^<\/?(strong|em|u|s|span|code|pre|a|br|ul|ol|li|blockquote|h3|h4|h5|div)\b/;

describe('renderMarkdown never lets text become markup', () => {
  it('GIVEN HTML tags and quotes in text THEN they are escaped, not rendered', () => {
    const html = renderMarkdown(`<img src=x onerror="alert(1)"> it's "quoted" & <script>alert(2)</script>`);
    expect(html).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; it&#39;s &quot;quoted&quot; &amp; &lt;script&gt;alert(2)&lt;/script&gt;');
  });

  it('GIVEN a masked link to javascript: or data: THEN no link is made', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('[x](data:text/html,<b>)')).not.toContain('<a');
    expect(safeUrl('javascript:alert(1)')).toBeNull();
  });

  it('GIVEN a link whose URL holds quotes THEN the quote cannot close the href attribute', () => {
    const html = renderMarkdown('[x](https://e.org/"onmouseover="alert(1))');
    expect(html).not.toMatch(/href="[^"]*"\s*onmouseover/);
  });

  it('GIVEN any text THEN every tag in the output is one the renderer writes, and no attribute holds an event handler', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', '*', '_', '`', '[', ']', '(', ')', '|', '~', '\\', '#', '-', '\n', ' ', 'a', 'h', 't', 'p', 's', ':', '/', 'o', 'n', '=') }), (text) => {
        const html = renderMarkdown(text);
        for (const tag of html.match(/<[^>]*>/g) ?? []) {
          expect(tag).toMatch(OWN_TAG);
          expect(tag).not.toMatch(/\son\w+=/i);
        }
      }),
      { numRuns: 500 },
    );
  });
});
