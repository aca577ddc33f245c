import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';


describe('cli topics', () => {
  it('GIVEN the sample corpus THEN missile-shield with its five articles, largest first', async () => {
    const r = await cli(['topics', '--corpus', 'data', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { slug: string; articles: number }[];
    expect(list.find((t) => t.slug === 'missile-shield')?.articles).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.articles).toBeGreaterThanOrEqual(list[i]!.articles);
  });

  it('GIVEN text output THEN one line per topic: slug, count, name', async () => {
    const r = await cli(['topics', '--corpus', 'data']);
    expect(r.out).toMatch(/^missile-shield\s+\d+\s+Missile shield$/m);
  });
});
