import { describe, expect, it } from 'vitest';
import { stripInlineTags } from '../../../src/briefing/ingest/stripInlineTags.js';
import { readArticles } from '../../../src/briefing/ingest/readArticles.js';
import { analyseQuotes } from '../../../src/briefing/analyse/quotes/index.js';

describe('stripInlineTags', () => {
  it('GIVEN links and emphasis a scraper left in a text page THEN the words stay and the markup goes', () => {
    expect(stripInlineTags('Oil prices slumped<a href="https://example.com/2023/11/23/oil/" target="_blank"> as much as 4.9 per cent </a>on Wednesday.')).toBe('Oil prices slumped as much as 4.9 per cent on Wednesday.');
    expect(stripInlineTags('<b>Brent</b>, the <em>global</em> benchmark,<br/>fell.')).toBe('Brent, the global benchmark, fell.');
  });
  it('GIVEN angle brackets that are no inline tag (`x < y`, `<3`, `<<Back`, `<table>`) THEN they are left as they are', () => {
    for (const text of ['If x < y and y > z then x < z.', 'We <3 this city', '<<Back to news', '<table><tr><td>1</td></tr></table>']) expect(stripInlineTags(text)).toBe(text);
  });
  it('GIVEN a text page whose links quote their addresses (`<a href="https://…">Oil prices </a>gave up`) THEN no address becomes a quote and no `Oil` a speaker', () => {
    const page = ['URL: https://example.com/business/energy/2023/11/24/oil-set-for-gain', '', 'Oil set for weekly gain', '', '<a href="https://example.com/business/energy/2023/11/22/oil-slump/">Oil prices </a>gave up earlier gains to end lower on Friday, but still posted their first weekly gain in five weeks. <a href="https://example.com/2022/12/31/oil/">Brent</a>, the global benchmark, shed 1.03 per cent.'].join('\n');
    const { articles } = readArticles('oil.txt', page);
    expect(articles[0]!.paragraphs[0]).toMatch(/^Oil prices gave up earlier gains/);
    expect(analyseQuotes(articles).quotes).toEqual([]);
  });
});
