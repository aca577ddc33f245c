import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/sources/hostLimiter.js';

describe('createHostLimiter', () => {
  it('GIVEN a budget of 2 requests per host per minute THEN a third request to that host waits while another host is served', async () => {
    const lim = createHostLimiter({ perMinute: 2, now: () => 0 });
    const done: string[] = [];
    const job = (name: string) => async () => {
      done.push(name);
      return name;
    };
    const a1 = lim.schedule('a.test', job('a1'));
    const a2 = lim.schedule('a.test', job('a2'));
    const a3 = lim.schedule('a.test', job('a3')).catch(() => 'dropped');
    const b1 = lim.schedule('b.test', job('b1'));
    await Promise.all([a1, a2, b1]);
    expect(done.sort()).toEqual(['a1', 'a2', 'b1']);
    await lim.stop();
    expect(await a3).toBe('dropped');
    expect(done).not.toContain('a3');
  });

  it('GIVEN a host paused until a time THEN it reports the pause until the clock passes it', async () => {
    let t = 1000;
    const lim = createHostLimiter({ perMinute: 10, now: () => t });
    lim.block('a.test', 5000);
    expect(lim.blockedUntil('a.test')).toBe(5000);
    expect(lim.blockedUntil('b.test')).toBeNull();
    t = 5000;
    expect(lim.blockedUntil('a.test')).toBeNull();
    await lim.stop();
  });
});
