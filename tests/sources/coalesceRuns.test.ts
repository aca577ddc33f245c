import { describe, expect, it } from 'vitest';
import { coalesceRuns } from '../../src/sources/coalesceRuns.js';

describe('coalesceRuns', () => {
  it('GIVEN five calls while a run is going THEN exactly one more run follows, never two at once', async () => {
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    const gates: (() => void)[] = [];
    const reload = coalesceRuns(async () => {
      runs++;
      active++;
      maxActive = Math.max(maxActive, active);
      await new Promise<void>((resolve) => gates.push(resolve));
      active--;
    });
    const first = reload();
    const later = [reload(), reload(), reload(), reload(), reload()];
    expect(runs).toBe(1);
    gates.shift()!();
    await first;
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(runs).toBe(2);
    gates.shift()!();
    await Promise.all(later);
    expect(runs).toBe(2);
    expect(maxActive).toBe(1);
  });

  it('GIVEN a failing run THEN its caller sees the error and the next call runs again', async () => {
    let n = 0;
    const job = coalesceRuns(async () => {
      n++;
      if (n === 1) throw new Error('disk gone');
    });
    await expect(job()).rejects.toThrow('disk gone');
    await expect(job()).resolves.toBeUndefined();
    expect(n).toBe(2);
  });
});
