import { Cron } from 'croner';

/** Runs sampled to find a schedule's shortest gap (enough to see every pattern of a cron line repeat within its own period in practice). */
const GAP_SAMPLE_RUNS = 200;
/** Weekday names accepted by `weekly DAY HH:MM` (first three letters, any case), Sunday = 0 as in cron. */
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** A checked schedule: the cron line croner runs, in an IANA time zone. */
export interface Schedule {
  /** What the admin typed, normalised (`daily 09:00`, `weekly mon 09:00`, or the cron line). */
  text: string;
  /** Cron line for croner: 5 fields (minutes) or 6 (seconds first). */
  cron: string;
  /** IANA time zone name, canonical spelling (`Europe/Paris`, `UTC`). */
  timezone: string;
}

export type ScheduleError =
  | { code: 'timezone'; message: string }
  | { code: 'schedule'; message: string }
  | { code: 'interval'; message: string; minGapSeconds: number };

/**
 * Checks an IANA time zone with the platform's own zone database (`Intl.DateTimeFormat` throws
 * a RangeError for an unknown zone) and returns its canonical spelling (`europe/paris` →
 * `Europe/Paris`). Offsets such as `+02:00` are refused: a zone follows daylight-saving changes,
 * an offset does not.
 */
export function checkTimezone(input: string): { ok: true; timezone: string } | { ok: false; error: ScheduleError } {
  const tz = input.trim();
  const bad = { ok: false as const, error: { code: 'timezone' as const, message: `“${tz}” is not a time zone I know. Use an IANA name such as UTC, Europe/Paris or America/New_York.` } };
  if (tz === '' || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz)) return bad;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    return { ok: true, timezone: resolved };
  } catch {
    return bad;
  }
}

function hhmm(text: string): { h: number; m: number } | null {
  const t = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!t) return null;
  const h = Number(t[1]);
  const m = Number(t[2]);
  return h < 24 && m < 60 ? { h, m } : null;
}

/**
 * Reads a schedule: `daily HH:MM`, `weekly DAY HH:MM` (DAY = mon … sun), or a cron expression
 * (5 fields, or 6 with seconds first; croner's syntax incl. names, `L`, `#`). The cron line is
 * parsed by croner itself, so whatever croner accepts runs exactly as checked. Times are local to
 * `timezone`; daylight-saving changes are croner's (a time skipped by the change runs just after
 * it, a repeated one runs once).
 */
export function parseSchedule(input: string, timezoneInput: string): { ok: true; schedule: Schedule } | { ok: false; error: ScheduleError } {
  const tz = checkTimezone(timezoneInput);
  if (!tz.ok) return tz;
  const text = input.trim().replace(/\s+/g, ' ');
  let cron: string;
  let normal: string;
  const daily = /^daily (\S+)$/i.exec(text);
  const weekly = /^weekly (\S+) (\S+)$/i.exec(text);
  if (daily) {
    const t = hhmm(daily[1]!);
    if (!t) return { ok: false, error: { code: 'schedule', message: `“${daily[1]}” is not a time of day; write it as HH:MM (24-hour), e.g. daily 07:30.` } };
    cron = `${t.m} ${t.h} * * *`;
    normal = `daily ${String(t.h).padStart(2, '0')}:${String(t.m).padStart(2, '0')}`;
  } else if (weekly) {
    const day = DAYS.indexOf(weekly[1]!.slice(0, 3).toLowerCase() as (typeof DAYS)[number]);
    const t = hhmm(weekly[2]!);
    if (day < 0) return { ok: false, error: { code: 'schedule', message: `“${weekly[1]}” is not a weekday; use mon, tue, wed, thu, fri, sat or sun, e.g. weekly mon 09:00.` } };
    if (!t) return { ok: false, error: { code: 'schedule', message: `“${weekly[2]}” is not a time of day; write it as HH:MM (24-hour), e.g. weekly mon 09:00.` } };
    cron = `${t.m} ${t.h} * * ${day}`;
    normal = `weekly ${DAYS[day]} ${String(t.h).padStart(2, '0')}:${String(t.m).padStart(2, '0')}`;
  } else {
    const fields = text.split(' ');
    if (fields.length < 5 || fields.length > 6) {
      return { ok: false, error: { code: 'schedule', message: `“${text}” is not a schedule. Use daily HH:MM, weekly DAY HH:MM, or a cron expression with 5 fields (minute hour day month weekday), e.g. 0 9 * * 1-5.` } };
    }
    cron = text;
    normal = text;
  }
  try {
    const job = new Cron(cron, { timezone: tz.timezone, mode: '5-or-6-parts', paused: true });
    if (job.nextRun() === null) return { ok: false, error: { code: 'schedule', message: `The cron expression “${text}” never runs.` } };
  } catch (err) {
    const why = (err as Error).message.replace(/^Cron\w*: /, '');
    return { ok: false, error: { code: 'schedule', message: `The cron expression “${text}” is not valid: ${why}` } };
  }
  return { ok: true, schedule: { text: normal, cron, timezone: tz.timezone } };
}

/** A croner job for a schedule, paused (the caller gives it a function or only asks it for times). */
export function cronOf(schedule: Pick<Schedule, 'cron' | 'timezone'>): Cron {
  return new Cron(schedule.cron, { timezone: schedule.timezone, mode: '5-or-6-parts', paused: true });
}

/**
 * Starts a croner job that calls `fn` at each slot. Its timer is unref'd (the gateway keeps the
 * process alive) and a run still busy blocks the next one (`protect`) instead of overlapping it.
 */
export function startJob(schedule: Pick<Schedule, 'cron' | 'timezone'>, fn: () => void | Promise<void>, onError: (err: unknown) => void): Cron {
  return new Cron(schedule.cron, { timezone: schedule.timezone, mode: '5-or-6-parts', unref: true, protect: true, catch: (err) => onError(err) }, fn);
}

/**
 * The shortest time between two consecutive runs, in seconds, over the next {@link GAP_SAMPLE_RUNS}
 * runs from `from` (croner's own calendar, so daylight-saving days count as they are).
 */
export function shortestGapSeconds(schedule: Pick<Schedule, 'cron' | 'timezone'>, from: Date = new Date()): number {
  const runs = cronOf(schedule).nextRuns(GAP_SAMPLE_RUNS, from);
  let min = Infinity;
  for (let i = 1; i < runs.length; i++) min = Math.min(min, (runs[i]!.getTime() - runs[i - 1]!.getTime()) / 1000);
  return min;
}

/** Checks the schedule is not more frequent than `minIntervalSeconds` (an error value that names both). */
export function checkInterval(schedule: Schedule, minIntervalSeconds: number, from: Date = new Date()): ScheduleError | null {
  const gap = shortestGapSeconds(schedule, from);
  if (gap >= minIntervalSeconds) return null;
  return { code: 'interval', minGapSeconds: gap, message: `“${schedule.text}” would post every ${describeSeconds(gap)}; digests may come at most once every ${describeSeconds(minIntervalSeconds)}.` };
}

/** The latest slot at or before `at`, later than `after` (exclusive); null when none. */
export function latestSlot(schedule: Pick<Schedule, 'cron' | 'timezone'>, at: Date, after: Date): Date | null {
  // previousRuns is strictly before its reference: +1 ms makes a slot exactly at `at` count.
  const [last] = cronOf(schedule).previousRuns(1, new Date(at.getTime() + 1));
  return last && last.getTime() > after.getTime() ? last : null;
}

/** `3600` → `1 hour`, `90` → `90 seconds`, `86400` → `1 day`. */
export function describeSeconds(s: number): string {
  const unit = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (s >= 86400 && s % 86400 === 0) return unit(s / 86400, 'day');
  if (s >= 3600 && s % 3600 === 0) return unit(s / 3600, 'hour');
  if (s >= 60 && s % 60 === 0) return unit(s / 60, 'minute');
  return unit(Math.round(s), 'second');
}

/**
 * A slot time for people: `Tue 24 Jun 2025, 09:00 (Europe/Paris)`, seconds shown only when the
 * schedule has them.
 */
export function slotLabel(slot: Date, timezone: string): string {
  const withSeconds = slot.getUTCSeconds() !== 0;
  const text = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}), hourCycle: 'h23' }).format(slot);
  return `${text} (${timezone})`;
}
