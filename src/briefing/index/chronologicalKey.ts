/**
 * The key a timeline entry's date sorts by, compared with `localeCompare`: ISO values (`2007-04-23`,
 * `2007-04`, `2007`, `2007-04-23T10:00`) sort as text, oldest first, a month or year before the
 * days it holds; a week (`2007-W16`, `2007-W16-WE`) is mapped to the day its number points at
 * (week × 7 days from 1 January, which lands within a few days of its Monday), so it sorts near its
 * month instead of after every `2007-…` date. Anything else is its own key.
 */
export function chronologicalKey(date: string): string {
  const w = WEEK.exec(date);
  if (!w) return date;
  const day = new Date(Date.UTC(Number(w[1]), 0, 1 + (Number(w[2]) - 1) * 7));
  return day.toISOString().slice(0, 10);
}

/** An ISO week value: year and week number. */
const WEEK = /^(\d{4})-W(\d{2})/;
