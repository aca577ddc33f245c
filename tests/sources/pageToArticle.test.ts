import { describe, expect, it } from 'vitest';
import { pageToArticle } from '../../src/sources/pageToArticle.js';
import { FURNITURE, page, STORIES } from './fixtures.js';

describe('pageToArticle', () => {
  for (const story of STORIES) {
    it(`GIVEN a news page with navigation, scripts and comments around "${story.slug}" THEN only the article's paragraphs are kept, with dateline, byline and headline`, () => {
      const r = pageToArticle(page(story), { url: `http://news.test/${story.slug}` }, 'x#1', 'x');
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const a = r.article;
      expect(a.headline).toBe(story.headline);
      expect(a.byline).toContain(story.byline);
      expect(a.place).toBe(story.paragraphs[0]!.split(' (')[0]);
      expect(a.agency).toBe('AFP');
      expect(a.date).toBe(new Date(story.date).toISOString().slice(0, 10));
      expect(a.paragraphs).toHaveLength(story.paragraphs.length);
      expect(a.paragraphs.slice(1)).toEqual(story.paragraphs.slice(1));
      expect(story.paragraphs[0]!.endsWith(a.paragraphs[0]!)).toBe(true);
      const all = a.paragraphs.join('\n');
      for (const f of FURNITURE) expect(all).not.toContain(f);
    });
  }

  it('GIVEN a page without published time THEN the hint date (the feed item date) is used', () => {
    const html = page(STORIES[1]!).replace(/<meta property="article:published_time"[^>]*>/, '');
    const r = pageToArticle(html, { url: 'http://news.test/x', date: '2024-06-01T00:00:00Z' }, 'x#1', 'x');
    expect(r.ok && r.article.date).toBe('2024-06-01');
  });
});
