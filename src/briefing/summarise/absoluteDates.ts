import type { IsoDate, Timex } from '../types.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2007-04-23` → `Mon 23 Apr 2007`; `2007-04` → `Apr 2007`; anything else is returned as is. */
export function formatIsoDate(value: IsoDate): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return `${WEEKDAYS[wd]} ${d} ${MONTHS[m - 1]} ${y}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return value;
}

/** `2007-W16` → the Monday of that ISO week as `2007-04-16`; null for other values. */
export function mondayOfIsoWeek(value: string): IsoDate | null {
  const m = /^(\d{4})-W(\d{2})/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const w = Number(m[2]);
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000 + (w - 1) * 7 * 86400000);
  return monday.toISOString().slice(0, 10);
}

/** Relative day words: their meaning depends on the dateline. */
const RELATIVE_DAY = /^(?:(?:on|last|next|this|early|late)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight)(?:\s+(?:morning|afternoon|evening|night))?$/i;
/** Month words without a year: `in June`, `June`. */
const MONTH_NO_YEAR = /^(?:(?:in|last|next|this|early|late|mid-?)\s*)?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;
/** Week words: `last week`, `this week`, `earlier this week`. */
const RELATIVE_WEEK = /^(?:(?:earlier|later)\s+)?(?:last|this|next)\s+week$/i;
/** Words before a day that already carry a preposition. */
const PREPOSITION_BEFORE = /\b(?:on|by|since|until|till|before|after|from|through|of)\s*$/i;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces relative date words in a sentence by absolute dates, using the article's resolved
 * timexes (TIMEX3 values from the dates stage): `Monday` → `on Mon 23 Apr 2007` (`on` added
 * unless a preposition precedes; `on Tuesday` → `on Tue 24 Apr 2007`), `in June` → `in June 2007`,
 * `last week` → `in the week of Mon 16 Apr 2007`. Only day, month and week values of relative
 * words are replaced; a timex text not found in the sentence, or none given, leaves it as is.
 */
export function absoluteDates(sentence: string, timexes: readonly Timex[]): string {
  let out = sentence;
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const text = t.text.trim();
    // Cheap tests first (a brief dates a few hundred sentences against their article's every
    // timex): a text the sentence does not contain, or a word that is not a relative one, can
    // replace nothing, so skipping it before building its pattern changes no answer.
    if (!out.includes(text) || !(RELATIVE_DAY.test(text) || MONTH_NO_YEAR.test(text) || RELATIVE_WEEK.test(text))) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(text)}(?![\\p{L}\\p{N}])`, 'u');
    const m = re.exec(out);
    if (!m) continue;
    const value = t.value.slice(0, 10);
    let replacement: string | null = null;
    // A possessive (`yesterday’s PMQs`, `last week’s locals`) takes the date as a noun: no `on`/`in`.
    const possessive = /^['’]s(?![\p{L}\p{N}])/u.test(out.slice(m.index + m[0].length));
    const before = out.slice(0, m.index);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && RELATIVE_DAY.test(text)) {
      const hasOn = /^on\s/i.test(text);
      const date = formatIsoDate(value);
      replacement = hasOn ? `on ${date}` : possessive || PREPOSITION_BEFORE.test(before) ? date : `on ${date}`;
    } else if (/^\d{4}-\d{2}$/.test(value) && MONTH_NO_YEAR.test(text)) {
      replacement = `${text} ${value.slice(0, 4)}`;
    } else if (/^\d{4}-W\d{2}$/.test(t.value) && RELATIVE_WEEK.test(text)) {
      const monday = mondayOfIsoWeek(t.value);
      if (monday) replacement = possessive || PREPOSITION_BEFORE.test(before) ? `the week of ${formatIsoDate(monday)}` : `in the week of ${formatIsoDate(monday)}`;
    }
    if (replacement !== null) out = out.slice(0, m.index) + replacement + out.slice(m.index + m[0].length);
  }
  return out;
}
