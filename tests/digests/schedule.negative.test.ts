import { describe, expect, it } from 'vitest';
import { checkTimezone, parseSchedule } from '../../src/digests/schedule.js';

const error = (text: string, tz = 'UTC') => {
  const r = parseSchedule(text, tz);
  if (r.ok) throw new Error(`accepted ${text}`);
  return r.error;
};

describe('parseSchedule refuses', () => {
  it('GIVEN unknown zones and UTC offsets THEN a timezone error naming the input', () => {
    for (const tz of ['Mars/Olympus', '+02:00', 'GMT+2 ', '', 'Europe/Paris; DROP']) {
      const r = checkTimezone(tz);
      expect(r.ok).toBe(false);
    }
    expect(error('daily 09:00', 'Atlantis/Capital').message).toContain('Atlantis/Capital');
  });

  it('GIVEN impossible times THEN a schedule error saying how to write it', () => {
    expect(error('daily 24:00').code).toBe('schedule');
    expect(error('daily 9').message).toContain('HH:MM');
    expect(error('weekly someday 09:00').message).toContain('not a weekday');
  });

  it('GIVEN broken or never-running cron lines THEN croner’s reason or "never runs"', () => {
    expect(error('61 * * * *').message).toMatch(/minute: 61/);
    expect(error('0 0 31 2 *').message).toContain('never runs');
    expect(error('* * *').code).toBe('schedule');
    expect(error('0 0 * * * * * *').code).toBe('schedule');
    expect(error('0 0 * * * 2030').code).toBe('schedule');
  });
});
