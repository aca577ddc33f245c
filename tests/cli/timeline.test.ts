import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';
import { articleMatchesTopic, dateLabel, sortEvents } from '../../src/cli/commands/timeline.js';
import type { TimelineEvent } from '../../src/briefing/types.js';


describe('cli timeline', () => {
  it('GIVEN the sample corpus and missile-shield THEN the dated events oldest first with their granularity', async () => {
    const r = await cli(['timeline', 'missile-shield', '--corpus', 'data']);
    expect(r.code).toBe(0);
    const headings = ['1992', 'Apr 2007', 'Thu 19 Apr 2007', 'Mon 23 Apr 2007', 'Tue 24 Apr 2007', 'Jun 2007'];
    const at = headings.map((h) => r.out.split('\n').indexOf(h));
    for (const i of at) expect(i).toBeGreaterThan(0);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(r.out).toContain('week of 16 Apr 2007');
  });

  it('GIVEN --json THEN the events contract, including the gold dates of the sample', async () => {
    const r = await cli(['timeline', 'missile-shield', '--corpus', 'data', '--json']);
    const events = JSON.parse(r.out) as TimelineEvent[];
    const dates = new Set(events.map((e) => e.date));
    for (const d of ['1992', '2007-04', '2007-04-19', '2007-04-23', '2007-04-24', '2007-06']) expect(dates.has(d)).toBe(true);
    expect(events.some((e) => (e.sources ?? []).length > 0)).toBe(true);
  });

  it('GIVEN a topic no article covers THEN exits 1 and says so', async () => {
    const r = await cli(['timeline', 'volcanic-eruption', '--corpus', 'data']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no dated events/);
  });
});

describe('timeline helpers', () => {
  it('GIVEN `missile-shield` THEN articles saying missile defence or missile defense match, others not', () => {
    expect(articleMatchesTopic({ headline: 'Gates on Missile Defense', paragraphs: [] }, 'missile-shield')).toBe(true);
    expect(articleMatchesTopic({ headline: null, paragraphs: ['the missile defence sites'] }, 'missile shield')).toBe(true);
    expect(articleMatchesTopic({ headline: 'Missile test in India', paragraphs: ['no word on it'] }, 'missile-shield')).toBe(false);
  });
  it('GIVEN values of each granularity THEN labels show it', () => {
    expect(dateLabel('2007-04')).toBe('Apr 2007');
    expect(dateLabel('2007-W16')).toBe('week of 16 Apr 2007');
    expect(dateLabel('2007-W16-WE')).toBe('weekend of 21 Apr 2007');
    expect(dateLabel('2007-04-23')).toBe('Mon 23 Apr 2007');
    expect(dateLabel('1992')).toBe('1992');
  });
  it('GIVEN mixed granularities THEN oldest first, coarser first on the same start day', () => {
    const ev = (date: string): TimelineEvent => ({ articleId: 'a#1', date, expression: '', text: date });
    expect(sortEvents(['2007-06', '2007-04-02', '2007-04', '2007-W14', '1992'].map(ev)).map((e) => e.date)).toEqual(['1992', '2007-04', '2007-W14', '2007-04-02', '2007-06']);
  });
});
