import { describe, expect, it } from 'vitest';
import { cli } from './captureCli.js';
import type { Brief } from '../../src/briefing/summarise/types.js';
import { maxPairwiseOverlap } from '../../src/briefing/summarise/index.js';


describe('cli brief', () => {
  it('GIVEN the sample corpus and missile-shield THEN numbered points, sources with agency and date, exit 0', async () => {
    const r = await cli(['brief', 'missile-shield', '--corpus', 'data']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ 1\. /m);
    expect(r.out).toMatch(/\[\d\] AFP, Mon 23 Apr 2007 — /);
    expect(r.out).not.toMatch(/\bon Monday\b/);
  });

  it('GIVEN --json THEN the Brief object with points that do not repeat each other', async () => {
    const r = await cli(['brief', 'missile-shield', '--corpus', 'data', '--json']);
    const b = JSON.parse(r.out) as Brief;
    expect(b.topic.slug).toBe('missile-shield');
    expect(b.points.length).toBeGreaterThanOrEqual(4);
    expect(b.points.length).toBeLessThanOrEqual(8);
    expect(maxPairwiseOverlap(b.points.map((p) => p.text))).toBeLessThanOrEqual(0.5);
  });

  it('GIVEN --length short THEN at most three points', async () => {
    const r = await cli(['brief', 'missile-shield', '--length', 'short', '--corpus', 'data', '--json']);
    expect((JSON.parse(r.out) as Brief).points.length).toBeLessThanOrEqual(3);
  });

  it('GIVEN an unknown topic THEN exit 1 with the nearest topics on stderr', async () => {
    const r = await cli(['brief', 'missle-sheild', '--corpus', 'data']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('missile-shield');
  });

  it('GIVEN a bad --length THEN a usage error', async () => {
    const r = await cli(['brief', 'missile-shield', '--length', 'long', '--corpus', 'data']);
    expect(r.code).toBe(2);
  });
});
