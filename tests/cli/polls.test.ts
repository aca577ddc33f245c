import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';
import { articleMatchesPollTopic, textBar } from '../../src/cli/commands/polls.js';
import type { Poll } from '../../src/briefing/types.js';


describe('cli polls', () => {
  it('GIVEN the corpus and a topic THEN the CBOS poll as a table with a bar per share and its source', async () => {
    const r = await cli(['polls', 'missile', '--corpus', 'data']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('CBOS');
    expect(r.out).toContain('sample 937 Poles');
    expect(r.out).toMatch(/opposed the missiles\s+57% █{17}/);
    expect(r.out).toContain("source: Six In 10 Poles don't want US missiles: survey");
  });

  it('GIVEN --json THEN the polls array of the analyze contract', async () => {
    const r = await cli(['polls', 'missile', '--corpus', 'data', '--json']);
    const polls = JSON.parse(r.out) as Poll[];
    expect(polls.map((p) => p.pollster)).toEqual(['CBOS']);
    expect(polls[0]!.results.map((x) => x.percent)).toEqual([57, 25, 18]);
  });

  it('GIVEN a topic no article covers THEN says so and exits 1', async () => {
    const r = await cli(['polls', 'zzzz-no-such-topic', '--corpus', 'data']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/No polls found/);
  });
});

describe('polls helpers', () => {
  it('GIVEN shares THEN bars grow with the share and 100% is the full width', () => {
    expect(textBar(100)).toBe('█'.repeat(30));
    expect(textBar(0)).toBe('');
    expect(textBar(57).length).toBeGreaterThan(textBar(25).length);
  });

  it('GIVEN topic words THEN all must occur in the headline or paragraphs (plural folded)', () => {
    const a = { headline: 'Six In 10 Poles oppose US missiles', paragraphs: ['A survey by CBOS.'] };
    expect(articleMatchesPollTopic(a, 'missile')).toBe(true);
    expect(articleMatchesPollTopic(a, 'missile cbos')).toBe(true);
    expect(articleMatchesPollTopic(a, 'missile brexit')).toBe(false);
    expect(articleMatchesPollTopic(a, '')).toBe(true);
  });
});
