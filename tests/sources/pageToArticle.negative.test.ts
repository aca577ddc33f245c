import { describe, expect, it } from 'vitest';
import { pageToArticle } from '../../src/sources/pageToArticle.js';

describe('pageToArticle on pages without an article', () => {
  it('GIVEN an index page of links only THEN it is refused with a reason, not thrown', () => {
    const html = `<!doctype html><html><head><title>Index</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Story ${i}</a></li>`).join('')}</ul></body></html>`;
    const r = pageToArticle(html, { url: 'http://news.test/' }, 'x#1', 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('http://news.test/');
  });

  it('GIVEN an empty body or not HTML at all THEN it is refused', () => {
    expect(pageToArticle('', { url: 'http://news.test/e' }, 'x#1', 'x').ok).toBe(false);
    expect(pageToArticle('\u0000\u0001 binary', { url: 'http://news.test/b' }, 'x#1', 'x').ok).toBe(false);
  });
});
