import { describe, expect, it } from 'vitest';
import { briefEmbed, sourceLine, sourceLink } from '../../../src/briefing/format/briefEmbed.js';
import { briefText } from '../../../src/briefing/format/briefText.js';
import { EMBED_FIELD_VALUE_MAX, EMBED_TOTAL_MAX, embedLength, fitEmbed } from '../../../src/briefing/format/discordLimits.js';
import { buildBrief } from '../../../src/briefing/summarise/index.js';
import type { Brief, BriefSource } from '../../../src/briefing/summarise/types.js';
import type { Article, Quote } from '../../../src/briefing/types.js';
import { fireA, fireB } from '../summarise/fixtures.js';

/** A corpus that would overflow every limit: 40 articles with long headlines, long sentences, a huge quote full of markdown and mentions. */
function overflowingBrief(): Brief {
  const words = (n: number, seed: number): string => Array.from({ length: n }, (_, i) => `word${(i * 7 + seed) % 97}x${seed}`).join(' ');
  const articles: Article[] = Array.from({ length: 40 }, (_, k) => ({
    id: `big#${k + 1}`,
    file: 'big.txt',
    headline: `Headline ${k} ${words(60, k)}`,
    byline: null,
    place: null,
    agency: `Agency${k}`,
    date: `2020-01-${String((k % 28) + 1).padStart(2, '0')}`,
    teaser: false,
    paragraphs: Array.from({ length: 6 }, (_, j) => `Storm ${words(55, k * 10 + j)} spread across the coast.`),
    url: null,
  }));
  const quotes: Quote[] = [{ articleId: 'big#1', speakerId: 's', speaker: 'Jane *Doe*', text: `${'This is **bold** and @everyone <@123456789012345678> _under_ '.repeat(60)}end.`, partial: false }];
  const b = buildBrief({ articles, quotes }, { slug: 'storm', name: 'Storm', aliases: [], articleIds: articles.map((a) => a.id) }, { length: 'full' });
  // Force more than the summariser would ever pick: every limit must still hold.
  const extra = Array.from({ length: 40 }, (_, i) => ({ ...b.points[0]!, text: `Point ${i} ${words(150, i)}.` }));
  const sources: BriefSource[] = articles.map((a) => ({ articleId: a.id, agency: a.agency, byline: a.byline, date: a.date, headline: a.headline }));
  const quote = { text: quotes[0]!.text, speaker: quotes[0]!.speaker!, partial: false, source: sources[0]! };
  return { ...b, headline: `Storm ${words(80, 3)}`, points: [...b.points, ...extra], sources, quote };
}

describe('briefEmbed', () => {
  it('GIVEN a brief that overflows every limit THEN the embed fits every Discord limit', () => {
    const e = briefEmbed(overflowingBrief());
    expect(fitEmbed(e)).toEqual({ ok: true });
    expect(embedLength(e)).toBeLessThanOrEqual(EMBED_TOTAL_MAX);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(EMBED_FIELD_VALUE_MAX);
  });

  it('GIVEN cut texts THEN every cut is at a sentence end or a word boundary with an ellipsis', () => {
    const e = briefEmbed(overflowingBrief());
    expect(e.title!.endsWith('…')).toBe(true);
    const quote = e.fields!.find((f) => f.name === 'Quote')!.value;
    expect(quote).toMatch(/(?:end\.|…)” — Jane \\\*Doe\\\* \[1\]$/);
    for (const line of e.description!.split('\n')) expect(line).toMatch(/(?:\.|…) (?:\[\d+\])+$/);
    expect(e.title!.slice(0, -1)).toMatch(/x\d+$/); // ends on a whole word
  });

  it('GIVEN markdown and mentions in quoted text THEN they are escaped and ping nobody', () => {
    const e = briefEmbed(overflowingBrief());
    const quote = e.fields!.find((f) => f.name === 'Quote')!.value;
    expect(quote).toContain('\\*\\*bold\\*\\*');
    expect(quote).not.toMatch(/@everyone/);
    expect(quote).not.toMatch(/<@\d/);
    expect(quote).toContain('Jane \\*Doe\\*');
  });

  it('GIVEN a small brief THEN all points, the sources with agency and date, and a footer with the date range', () => {
    const b = buildBrief({ articles: [fireA, fireB] }, { slug: 'wildfire', name: 'Wildfire', aliases: [], articleIds: ['f#1', 'f#2'] }, { length: 'full' });
    const e = briefEmbed(b);
    expect(e.description!.split('\n').length).toBe(b.points.length);
    expect(e.fields!.find((f) => f.name === 'Sources')!.value).toContain('Reuters, Mon 23 Jul 2018');
    expect(e.footer!.text).toContain('Mon 23 Jul 2018 – Tue 24 Jul 2018');
    expect(briefText(b)).toContain('Sources:');
  });

  it('GIVEN sources with no agency, one with a reporter and one with neither THEN the source lines show the reporter, or the date alone (never "unknown agency")', () => {
    expect(sourceLine({ articleId: 'a#1', agency: null, byline: 'Guy Taylor', date: '2021-08-15', headline: 'Quake hits Haiti' })).toBe('Guy Taylor, Sun 15 Aug 2021 — Quake hits Haiti');
    expect(sourceLine({ articleId: 'b#1', agency: null, byline: null, date: '2016-02-07', headline: 'Taiwan quake toll rises' })).toBe('Sun 7 Feb 2016 — Taiwan quake toll rises');
    expect(sourceLine({ articleId: 'c#1', agency: 'AFP', byline: 'Ann Lee', date: null, headline: null })).toBe('AFP, undated');
  });

  it('GIVEN an article with a web address THEN its source line in the brief links to it; a bracket in the address is encoded and a non-web address is not linked', () => {
    const withUrl = { ...fireA, url: 'https://example.com/2018/07/23/fire_(update)' };
    const b = buildBrief({ articles: [withUrl, fireB] }, { slug: 'wildfire', name: 'Wildfire', aliases: [], articleIds: ['f#1', 'f#2'] }, { length: 'full' });
    expect(b.sources.find((x) => x.articleId === fireA.id)!.url).toBe('https://example.com/2018/07/23/fire_(update)');
    const sources = briefEmbed(b).fields!.find((f) => f.name === 'Sources')!.value;
    expect(sources).toMatch(/\[Reuters, Mon 23 Jul 2018[^\n]*\]\(https:\/\/example\.com\/2018\/07\/23\/fire_%28update%29\)/);
    expect(sourceLink({ articleId: 'x#1', agency: 'AFP', byline: null, date: null, headline: 'Hi', url: 'javascript:alert(1)' })).toBe('AFP, undated — Hi');
  });
});
