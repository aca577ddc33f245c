import { describe, expect, it } from 'vitest';
import { pollsterSite } from '../../../../src/briefing/analyse/polls/pollsterSite.js';
import { extractPolls } from '../../../../src/briefing/analyse/polls/index.js';
import type { Article } from '../../../../src/briefing/types.js';

describe('pollsterSite', () => {
  it('GIVEN addresses on pollsters’ own sites THEN their names; other sites and no address THEN null', () => {
    expect(pollsterSite('https://yougov.co.uk/economy/articles/51038-how-are-britons-coping')).toBe('YouGov');
    expect(pollsterSite('https://today.yougov.com/topics/economy/articles')).toBe('YouGov');
    expect(pollsterSite('https://www.ipsos.com/en-ca/keeping-steady-income')).toBe('Ipsos');
    expect(pollsterSite('https://news.gallup.com/poll/123/x.aspx')).toBe('Gallup');
    expect(pollsterSite('https://www.theguardian.com/politics/2024/yougov-poll')).toBeNull();
    expect(pollsterSite('https://notyougov.com/x')).toBeNull();
    expect(pollsterSite(null)).toBeNull();
  });
});

describe('extractPolls on a pollster’s own page', () => {
  const page = (url: string | null): Article => ({
    id: 'x#1', file: 'x.txt', headline: 'Six in ten Britons say they’ve had to make cuts', byline: null, place: null, agency: null, date: '2024-12-10', teaser: false, url,
    paragraphs: ['Nearly six in ten Britons (58%) say they have been affected by cost of living pressures in recent times.', 'In all, just three in ten Britons (30%) would describe themselves as some degree of comfortable financially.'],
  });
  it('GIVEN figures on yougov.co.uk that never say `poll` or name YouGov THEN a YouGov poll of them', () => {
    const polls = extractPolls([page('https://yougov.co.uk/economy/articles/51038-how-are-britons-coping')]);
    expect(polls.map((p) => p.pollster)).toEqual(['YouGov']);
    expect(polls[0]!.results.map((r) => r.percent)).toEqual([58, 30]);
  });
  it('GIVEN the same figures on another site THEN no poll (nothing says they are one)', () => {
    expect(extractPolls([page('https://www.example-news.com/cost-of-living')])).toEqual([]);
  });
});
