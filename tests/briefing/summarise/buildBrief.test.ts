import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../../src/briefing/index/topics/index.js';
import { buildBrief, maxPairwiseOverlap, wordOverlapShare } from '../../../src/briefing/summarise/index.js';
import type { Quote, Timex } from '../../../src/briefing/types.js';
import { fireA, fireB, missileA, missileB } from './fixtures.js';

const articles = [missileA, missileB, fireA, fireB];
const topics = buildTopics({ articles });
const topic = (slug: string) => topics.find((t) => t.slug === slug)!;

describe('buildBrief', () => {
  it('GIVEN two reports repeating whole sentences THEN each is shown once and no two points share over half their words', () => {
    const b = buildBrief({ articles }, topic('missile-shield'), { length: 'full' });
    expect(b.points.length).toBeGreaterThanOrEqual(3);
    expect(maxPairwiseOverlap(b.points.map((p) => p.text))).toBeLessThanOrEqual(0.5);
    const rebuffed = b.points.filter((p) => p.text.includes('seriously destabilising'));
    expect(rebuffed.length).toBe(1);
    // The repeated sentence cites both reports.
    expect(rebuffed[0]!.sources.map((s) => s.articleId).sort()).toEqual(['p#1', 'p#2']);
  });

  it('GIVEN points THEN each is a sentence of an article, trimmed but not reworded', () => {
    const b = buildBrief({ articles }, topic('missile-shield'), { length: 'full' });
    const all = articles.flatMap((a) => a.paragraphs).join(' ');
    for (const p of b.points) {
      expect(all).toContain(p.original);
      expect(p.original).toContain(p.text.replace(/^\p{Lu}/u, (c) => c).slice(1, 40));
    }
    expect(b.points.some((p) => p.text.startsWith('Nevertheless'))).toBe(false);
  });

  it('GIVEN --length short THEN about three points', () => {
    const b = buildBrief({ articles }, topic('missile-shield'), { length: 'short' });
    expect(b.points.length).toBeLessThanOrEqual(3);
    expect(b.points.length).toBeGreaterThan(0);
  });

  it('GIVEN two topics THEN neither brief cites or quotes the other topic\'s articles', () => {
    const fire = buildBrief({ articles }, topic('wildfire'), { length: 'full' });
    const missile = buildBrief({ articles }, topic('missile-shield'), { length: 'full' });
    expect(fire.sources.every((s) => s.articleId.startsWith('f#'))).toBe(true);
    expect(missile.sources.every((s) => s.articleId.startsWith('p#'))).toBe(true);
    expect(fire.points.some((p) => /missile|russia/i.test(p.text))).toBe(false);
  });

  it('GIVEN resolved timexes THEN relative day words become absolute dates', () => {
    const timexes: Timex[] = [{ articleId: 'p#1', text: 'Monday', value: '2007-04-23', type: 'DATE' }, { articleId: 'p#2', text: 'today', value: '2007-04-24', type: 'DATE' }, { articleId: 'p#2', text: 'Monday', value: '2007-04-23', type: 'DATE' }];
    const b = buildBrief({ articles, timexes }, topic('missile-shield'), { length: 'full' });
    const text = b.points.map((p) => p.text).join('\n');
    expect(text).toContain('on Mon 23 Apr 2007');
    expect(text).not.toMatch(/\bMonday\b/);
  });

  it('GIVEN attributed quotes THEN the brief quote has its speaker and is not a repeat of a point', () => {
    const quotes: Quote[] = [
      { articleId: 'p#1', speakerId: 'robert-m-gates', speaker: 'Robert M. Gates', text: 'We would like to have the Russians as partners in this process. We would like to share information with them', partial: false },
      { articleId: 'p#1', speakerId: 'moscow', speaker: 'Moscow', text: 'seriously destabilising', partial: true },
    ];
    const b = buildBrief({ articles, quotes }, topic('missile-shield'), { length: 'full' });
    expect(b.quote?.speaker).toBe('Robert M. Gates');
    for (const p of b.points) expect(wordOverlapShare(p.text, b.quote!.text)).toBeLessThanOrEqual(0.5);
  });

  it('GIVEN a topic whose articles are not in the corpus THEN an empty brief, not a throw', () => {
    const b = buildBrief({ articles }, { slug: 'x', name: 'X', aliases: [], articleIds: ['nope#1'] }, { length: 'full' });
    expect(b.points).toEqual([]);
    expect(b.dateRange).toBeNull();
  });
});

describe('buildBrief quote salience', () => {
  it('GIVEN a short line that another report quotes back in part THEN it is the brief quote rather than a long unechoed passage', () => {
    const quotes: Quote[] = [
      { articleId: 'p#2', speakerId: 'g', speaker: 'Robert M. Gates', text: 'We could potentially work together to explore new concepts and technologies, conduct research and development on missile defence systems and components, to share early warning data and to promote stability', partial: false, paragraph: 1 },
      { articleId: 'p#2', speakerId: 'g', speaker: 'Robert M. Gates', text: 'We think there are some real opportunities here for both sides.', partial: false, paragraph: 2 },
      // Quoted back in part by another report (words no point shows).
      { articleId: 'p#1', speakerId: 'g', speaker: 'Robert M. Gates', text: 'real opportunities', partial: true, paragraph: 1 },
    ];
    const b = buildBrief({ articles, quotes }, topic('missile-shield'), { length: 'full' });
    expect(b.quote?.text).toContain('real opportunities here for both sides');
  });

  it('GIVEN a quote whose partial echo a point already shows THEN another quote is chosen', () => {
    const quotes: Quote[] = [
      { articleId: 'p#2', speakerId: 's', speaker: 'Anatoliy Serdyukov', text: 'We believe the strategic missile defence system is a seriously destabilising factor', partial: false, paragraph: 3 },
      { articleId: 'p#1', speakerId: 'm', speaker: 'Moscow', text: 'seriously destabilising', partial: true, paragraph: 0 },
      { articleId: 'p#1', speakerId: 'g', speaker: 'Robert M. Gates', text: 'We would like to have the Russians as partners in this process', partial: false, paragraph: 3 },
    ];
    const b = buildBrief({ articles, quotes }, topic('missile-shield'), { length: 'full' });
    expect(b.points.some((p) => p.text.includes('seriously destabilising'))).toBe(true);
    expect(b.quote?.speaker).toBe('Robert M. Gates');
  });
});
