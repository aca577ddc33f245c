import { describe, expect, it } from 'vitest';
import { checkInterval, latestSlot, parseSchedule, shortestGapSeconds, slotLabel } from '../../src/digests/schedule.js';

const ok = (text: string, tz: string) => {
  const r = parseSchedule(text, tz);
  if (!r.ok) throw new Error(r.error.message);
  return r.schedule;
};

describe('parseSchedule', () => {
  it('GIVEN daily HH:MM THEN a 5-field cron at that minute, zone spelled canonically', () => {
    expect(ok('daily 7:05', 'europe/paris')).toEqual({ text: 'daily 07:05', cron: '5 7 * * *', timezone: 'Europe/Paris' });
  });

  it('GIVEN weekly DAY HH:MM THEN the weekday as cron counts it (Sunday 0)', () => {
    expect(ok('weekly Sunday 18:30', 'UTC').cron).toBe('30 18 * * 0');
    expect(ok('WEEKLY fri 09:00', 'UTC').text).toBe('weekly fri 09:00');
  });

  it('GIVEN a cron expression with seconds THEN it is kept as croner runs it', () => {
    expect(ok('*/2 * * * * *', 'UTC').cron).toBe('*/2 * * * * *');
  });

  it('GIVEN daily 09:00 in Europe/Paris across the spring change THEN slots stay at 09:00 local (07:00 then 08:00 UTC) and the gap that day is 23 h', () => {
    const s = ok('daily 09:00', 'Europe/Paris');
    // 2025-03-30 is the last Sunday of March: clocks go from 02:00 to 03:00.
    const before = latestSlot(s, new Date('2025-03-29T12:00:00Z'), new Date(0))!;
    const after = latestSlot(s, new Date('2025-03-30T12:00:00Z'), new Date(0))!;
    expect(before.toISOString()).toBe('2025-03-29T08:00:00.000Z');
    expect(after.toISOString()).toBe('2025-03-30T07:00:00.000Z');
    expect(shortestGapSeconds(s, new Date('2025-03-28T12:00:00Z'))).toBe(23 * 3600);
  });

  it('GIVEN a time skipped by the spring change THEN the slot that day runs once, just after the change', () => {
    const s = ok('daily 02:30', 'Europe/Paris');
    const slot = latestSlot(s, new Date('2025-03-30T12:00:00Z'), new Date('2025-03-29T12:00:00Z'))!;
    expect(slot.toISOString()).toBe('2025-03-30T01:00:00.000Z');
  });

  it('GIVEN latestSlot after the last handled slot THEN only a newer slot counts, and a slot exactly at "now" counts', () => {
    const s = ok('*/2 * * * * *', 'UTC');
    const at = new Date('2025-01-01T00:00:10.000Z');
    expect(latestSlot(s, at, new Date(0))?.toISOString()).toBe('2025-01-01T00:00:10.000Z');
    expect(latestSlot(s, at, new Date('2025-01-01T00:00:10.000Z'))).toBeNull();
    expect(latestSlot(s, new Date('2025-01-01T00:00:11.500Z'), new Date('2025-01-01T00:00:05.000Z'))?.toISOString()).toBe('2025-01-01T00:00:10.000Z');
  });

  it('GIVEN checkInterval THEN hourly passes a 3600 s minimum and a list of two close minutes does not', () => {
    expect(checkInterval(ok('0 * * * *', 'UTC'), 3600)).toBeNull();
    const e = checkInterval(ok('0,10 9 * * *', 'UTC'), 3600);
    expect(e?.code).toBe('interval');
    expect(e && 'minGapSeconds' in e ? e.minGapSeconds : 0).toBe(600);
  });

  it('GIVEN slotLabel THEN the local time in the zone, seconds only when set', () => {
    expect(slotLabel(new Date('2025-06-24T07:00:00Z'), 'Europe/Paris')).toBe('Tue, 24 Jun 2025, 09:00 (Europe/Paris)');
    expect(slotLabel(new Date('2025-06-24T07:00:04Z'), 'UTC')).toBe('Tue, 24 Jun 2025, 07:00:04 (UTC)');
  });
});
