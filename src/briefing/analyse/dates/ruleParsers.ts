/**
 * The project's own parsers: regular expressions for the expressions chrono-node does not parse
 * or parses in a form wrong for news and TIMEX3 (it has no durations, sets, years alone, seasons,
 * quarters, decades or `PRESENT_REF`; it returns `last week` as a day; it keeps the preposition
 * in `on Tuesday`). Each is one global regex, so a pass over a whole text is linear and cheap.
 * Extents follow the TimeML guidelines (TIMEX3): determiners and modifiers are inside (`the past
 * two years`, `early December`, `late last July`), prepositions outside (`Tuesday` of `on Tuesday`).
 */
import type { TimexType } from '../../types.js';
import type { Anchor, DayPart, Draft, Mod, Season, Unit } from './draft.js';
import { holidayDate, type Holiday } from './holidayDate.js';
import { formatDay } from './calendar.js';

/** One project parser: a global regex and what a match means (null: not a date after all). */
export interface RuleParser {
  name: string;
  re: RegExp;
  /**
   * A cheap necessary condition of `re` (a required word, tested once per text): when it fails,
   * `re` cannot match and is not run. Most paragraphs hold no date words, and the full patterns,
   * with their optional leading modifiers, try every position of the text.
   */
  gate?: RegExp;
  make(m: RegExpExecArray, text: string): { type: TimexType; anchor: Anchor; start?: number; end?: number } | null;
}

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** Holiday names as the rule writes them (white space single, apostrophe straight). */
const HOLIDAYS: Record<string, Holiday> = {
  'Christmas Eve': 'christmasEve', 'Christmas Day': 'christmas', Christmas: 'christmas', 'Boxing Day': 'boxingDay',
  "New Year's Eve": 'newYearsEve', "New Year's Day": 'newYearsDay', Halloween: 'halloween', "Valentine's Day": 'valentines',
  Thanksgiving: 'thanksgiving', 'Thanksgiving Day': 'thanksgiving', 'Labor Day': 'laborDay', 'Memorial Day': 'memorialDay',
  'Good Friday': 'goodFriday', Easter: 'easter', 'Easter Sunday': 'easter', 'Easter Monday': 'easterMonday',
  'May Day': 'mayDay', "St Patrick's Day": 'stPatricks', "St. Patrick's Day": 'stPatricks', "Saint Patrick's Day": 'stPatricks',
  'Bastille Day': 'bastilleDay', 'Canada Day': 'canadaDay', 'Anzac Day': 'anzacDay', 'ANZAC Day': 'anzacDay', 'Australia Day': 'australiaDay',
  'Waitangi Day': 'waitangiDay', 'Veterans Day': 'veteransDay', "Veterans' Day": 'veteransDay', Juneteenth: 'juneteenth',
  'Guy Fawkes Night': 'guyFawkes', 'Bonfire Night': 'guyFawkes', 'Martin Luther King Day': 'mlkDay', 'Martin Luther King Jr. Day': 'mlkDay',
  "Presidents' Day": 'presidentsDay', 'Presidents Day': 'presidentsDay',
};
export const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  couple: 2, 'a couple of': 2, 'a half': 0.5, half: 0.5,
};

/** Number words and digits; vague quantities (`several`, `a few`) give null (TIMEX3 `X`). */
export function numberValue(s: string): number | null {
  const t = s.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  const parts = t.split(/[-\s]+/);
  if (parts.length === 2 && parts[0]! in NUMBER_WORDS && parts[1]! in NUMBER_WORDS) return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  return null;
}

const NUM_WORD = String.raw`(?:\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|a|an|a\s+couple\s+of|a\s+few|few|several|many|some|dozens\s+of|hundreds\s+of)`;
/** Hundreds written `19` and later (`the 1900s`, `the 2000s`) are read as decades; earlier ones (`the 1800s`) as centuries. */
const LAST_CENTURY_READ_AS_DECADE = 19;
const UNIT_WORD = String.raw`(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)`;
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const WEEKDAY_NAME = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

export function unitOf(word: string): Unit {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'fortnight') return 'week';
  if (w === 'centurie' || w === 'century') return 'century';
  return w as Unit;
}

/** TIMEX3 duration of n units (`P15Y`, `PT3H`, `PXM` when n is vague). */
export function durationValue(n: number | null, unit: Unit, fortnight = false): string {
  const time = unit === 'second' || unit === 'minute' || unit === 'hour';
  const letter: Record<Unit, string> = { second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'Y', century: 'Y' };
  const scale = unit === 'decade' ? 10 : unit === 'century' ? 100 : fortnight ? 2 : 1;
  const amount = n === null ? 'X' : String(Math.round(n * scale * 100) / 100);
  return `P${time ? 'T' : ''}${amount}${letter[unit]}`;
}

const modOf = (s: string | undefined): Mod => {
  const t = (s ?? '').toLowerCase();
  if (t === 'last' || t === 'past' || t === 'previous') return 'last';
  if (t === 'next' || t === 'coming' || t === 'following') return 'next';
  if (t === 'this' || t === 'current') return 'this';
  return null;
};
const offsetOf = (mod: Mod): number => (mod === 'last' ? -1 : mod === 'next' ? 1 : 0);

/** The first month of each quarter, with its last month and number (see the `monthsOfYear` rule). */
const QUARTER_SPANS: Readonly<Record<string, { last: string; n: number }>> = {
  january: { last: 'march', n: 1 },
  april: { last: 'june', n: 2 },
  july: { last: 'september', n: 3 },
  october: { last: 'december', n: 4 },
};
const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
const PARTS: Record<string, DayPart> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

const g = (s: string): RegExp => new RegExp(s, 'g');
/** Which quarter (or half) an ordinal names: `third quarter`, `3rd-quarter`, `the final quarter`. */
const QUARTER_ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const gu = (s: string): RegExp => new RegExp(s, 'gu');
const gi = (s: string): RegExp => new RegExp(s, 'gi');

/**
 * The project's parsers, most specific first (order does not decide overlaps: the longest span
 * wins in the `overlaps` refiner; it only names the parser in tags).
 */
export const RULE_PARSERS: readonly RuleParser[] = [
  {
    // `two years ago`, `a week ago`: a date at the unit's granularity before the reference.
    name: 'ago',
    gate: /\bago\b/i,
    re: gi(String.raw`\b(${NUM_WORD})[\s-]+(${UNIT_WORD})s?\s+ago\b`),
    make(m) {
      const n = numberValue(m[1]!.replace(/^(a few|few|several|many|some|dozens of|hundreds of)$/i, ''));
      if (n === null) return { type: 'DATE', anchor: { kind: 'abs', value: 'PAST_REF' } };
      return { type: 'DATE', anchor: { kind: 'ago', n, unit: unitOf(m[2]!) } };
    },
  },
  {
    // `last week`, `this month`, `next year`, `earlier this week`, `the past week`, `this fiscal year`,
    // `the end of last year`, `early next month`.
    name: 'relativePeriod',
    gate: /\b(?:week|month|year|decade|century)\b/i,
    re: gi(String.raw`\b(?:(?:the\s+)?(?:(?:beginning|start|end|middle|rest|remainder)\s+of\s+)|(?:early|earlier|late|later|mid)[\s-]+)?(?:(the)\s+)?(last|past|previous|this|next|coming|current|following)\s+(?:fiscal\s+|calendar\s+)?(week|month|year|decade|century)\b(?!\s+(?:or|and)\s+(?:two|so|more))`),
    make(m) {
      const mod = modOf(m[2]);
      const unit = m[3]!.toLowerCase();
      // `the coming week` / `the following year` lean on narrative time; `the following` is not the dateline's.
      if (m[2]!.toLowerCase() === 'following') return null;
      const offset = offsetOf(mod);
      if (unit === 'week') return { type: 'DATE', anchor: { kind: 'relWeek', offset } };
      if (unit === 'month') return { type: 'DATE', anchor: { kind: 'relMonth', offset } };
      if (unit === 'year') return { type: 'DATE', anchor: { kind: 'relYear', offset } };
      if (unit === 'decade') return { type: 'DATE', anchor: { kind: 'relDecade', offset } };
      return null;
    },
  },
  {
    // `the beginning of the month`, `the end of the year`: the current period (news usage).
    name: 'periodOfThe',
    // (Also `the week’s second trading day`, `to start the week`, `closed out the month`: the week or
    // month the story is in; `the year’s` is left, a past year's story uses it of that year.)
    gate: /\b(?:of\s+the\s+(?:week|month|year)|the\s+(?:week|month)['’]s|(?:start|end|open|close|begin)\s+the\s+(?:week|month)|out\s+the\s+(?:week|month))\b/i,
    re: gi(String.raw`\b(?:the\s+)(?:beginning|start|end|middle|turn)\s+of\s+the\s+(week|month|year)\b|\bthe\s+(week|month)(?=['’]s\s+[a-z])|(?<=\b(?:to|would|will)\s+(?:start|end|open|close|begin)\s+)the\s+(week|month)\b|(?<=\b(?:closed|closes|closing|rounded|rounds|rounding)\s+out\s+)the\s+(week|month)\b`),
    make(m) {
      const unit = (m[1] ?? m[2] ?? m[3] ?? m[4])!.toLowerCase();
      const anchor: Anchor = unit === 'week' ? { kind: 'relWeek', offset: 0 } : unit === 'month' ? { kind: 'relMonth', offset: 0 } : { kind: 'relYear', offset: 0 };
      return { type: 'DATE', anchor };
    },
  },
  {
    // `the weekend`, `last weekend`, `this weekend`.
    name: 'weekend',
    gate: /weekend\b/i,
    re: gi(String.raw`\b(?:(the|last|this|next|past|coming)\s+)weekend\b`),
    make(m) {
      const w = m[1]!.toLowerCase();
      return { type: 'DATE', anchor: { kind: 'weekend', mod: w === 'the' ? null : modOf(w) } };
    },
  },
  {
    // today, yesterday, tomorrow, tonight, `yesterday morning`, `last night`, `this afternoon`.
    name: 'deictic',
    gate: /\b(?:today|yesterday|tomorrow|tonight|morning|afternoon|evening|night)\b/i,
    re: gi(String.raw`\b(?:(today|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?|(tonight)|(this|last)\s+(morning|afternoon|evening|night))\b(?!['’]s\s+(?:world|society|market|economy))`),
    make(m) {
      if (m[3]) return { type: 'TIME', anchor: { kind: 'relDay', offset: 0, part: 'NI' } };
      if (m[4]) {
        const part = PARTS[m[5]!.toLowerCase()]!;
        const offset = m[4].toLowerCase() === 'last' && part === 'NI' ? -1 : 0;
        if (m[4].toLowerCase() === 'last' && part !== 'NI') return null; // `last morning` is not a deictic
        return { type: 'TIME', anchor: { kind: 'relDay', offset, part } };
      }
      const w = m[1]!.toLowerCase();
      const offset = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (m[2]) return { type: 'TIME', anchor: { kind: 'relDay', offset, part: PARTS[m[2].toLowerCase()]! } };
      return { type: 'DATE', anchor: { kind: 'relDay', offset } };
    },
  },
  {
    // A clock time in four figures, as wire copy writes it: `at 1400 GMT`, `0900 local time (0600
    // GMT)`, `0430GMT`, `1800 hrs` (chrono-node reads none of them). Only with a zone or `hrs` after
    // it: four figures alone are a count or a year.
    name: 'wireClock',
    gate: /GMT|UTC|local time|hrs\b/,
    re: g(String.raw`\b([01]\d|2[0-3])([0-5]\d)\s?(?:GMT|UTC|hrs\b|local\s+time\b)`),
    make(m) {
      return { type: 'TIME', anchor: { kind: 'timeOnly', time: `${m[1]}:${m[2]}` } };
    },
  },
  {
    // now, currently, nowadays, at present → PRESENT_REF; the past → PAST_REF; the future → FUTURE_REF (TIMEX3 conventions).
    name: 'refPoints',
    gate: /\b(?:now|currently|nowadays|presently|present|past|time|future)\b/i,
    re: gi(String.raw`\b(?:(now|currently|nowadays|presently)|at\s+(present)|in\s+(?:the\s+)?(?:recent\s+)?(past)|(the\s+past)(?=\s*[,.;])|at\s+(the\s+time)|(?:in\s+)?(the\s+(?:near\s+|distant\s+|foreseeable\s+)?future))\b(?!\s*-)`),
    make(m, text) {
      // The extent leaves out the preposition (`at`, `in`) but keeps `the`.
      const lead = m[5] ? null : /^(?:at|in)\s+/i.exec(m[0]); // TimeBank keeps `at` in `at the time`
      const start = m.index + (lead ? lead[0].length : 0);
      const end = m.index + m[0].length;
      if (m[1] && m[1].toLowerCase() === 'now' && /^\s+that\b/i.test(text.slice(end, end + 8))) return null; // `now that` is a conjunction
      const value = m[1] || m[2] ? 'PRESENT_REF' : m[6] ? 'FUTURE_REF' : 'PAST_REF';
      return { type: 'DATE', anchor: { kind: 'abs', value }, start, end };
    },
  },
  {
    // Durations: `15 years`, `10 to 20 years`, `a decade`, `three-month`, `the past two years`,
    // `the next few months`, `almost seven years`, `a mere 24 hours`, `90 days`.
    name: 'duration',
    gate: /\b(?:second|minute|hour|day|week|fortnight|month|year|decade|century|centuries)s?\b/i,
    re: gi(String.raw`\b(?:(the\s+)?(past|last|next|coming|previous|recent)\s+)?(?:(?:about|almost|nearly|more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|roughly|around|up\s+to|a\s+mere|just|only|some)\s+)?(${NUM_WORD})(?:\s*(?:to|or|-|–|and)\s*(${NUM_WORD}))?[\s-]+(${UNIT_WORD})(s)?\b(?![-\s]+(?:old|ago)\b)`),
    make(m, text) {
      if (/\b(?:ages?|aged|sub)[\s-]+$/i.test(text.slice(Math.max(0, m.index - 6), m.index))) return null; // `ages 6 months and older`, `sub-five-minute`
      const numText = m[3]!;
      const n1 = numberValue(numText);
      if (m[4] && /^(?:a|an)$/i.test(m[4])) return null;
      const n2 = m[4] ? numberValue(m[4]) : undefined;
      const unitWord = m[5]!.toLowerCase();
      const unit = unitOf(unitWord);
      // `a day`, `an hour` after a number read as a rate (`$5 a day`, `100 km an hour`) is not a duration.
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (/^(?:a|an)$/i.test(numText) && /(?:\d|percent|%|times|dollars|cents|miles|barrels|people|once|twice)\s*$/i.test(before)) return null;
      // A plural unit after `a`/`one` is not a duration (`a years-long`); a bare `a year` inside `a year-old` is excluded by the lookahead.
      if (/^(?:a|an|one)$/i.test(numText) && m[6]) return null;
      // `one day` alone at the head of a clause means `someday`.
      if (/^one$/i.test(numText) && unit === 'day' && !m[2]) return null;
      // A bare `second`/`minute` in `a second term`, `a minute's silence` reads badly; require a number for seconds/minutes.
      if ((unit === 'second' || unit === 'minute') && /^(?:a|an)$/i.test(numText)) return null;
      // Years written as `the 1990s` are not durations: guard against `1990 years`.
      if (/^\d{4}$/.test(numText) && unit === 'year') return null;
      const fortnight = unitWord.startsWith('fortnight');
      const value = n2 !== undefined && n2 !== null && n1 !== null ? `${durationValue(n1, unit, fortnight)}/${durationValue(n2, unit, fortnight)}` : durationValue(n2 === null ? null : n1, unit, fortnight);
      return { type: 'DURATION', anchor: { kind: 'abs', value } };
    },
  },
  {
    // Vague durations: `years`, `recent weeks`, `for days`, `the past several months`, `decades`.
    name: 'vagueDuration',
    gate: /\b(?:days|weeks|months|years|decades|hours|minutes)\b/i,
    re: gi(String.raw`\b(?:(?:for|within|over|in|after)\s+)?((?:the\s+)?(?:recent|past|last|next|coming)\s+)?(days|weeks|months|years|decades|hours|minutes)\b(?!\s+(?:of\s+(?:age|talks|negotiations|war)|old|ago))`),
    make(m, text) {
      const lead = /^(for|within|over|in|after)\s+/i.exec(m[0]);
      if (!lead && !m[1]) return null; // a bare plural unit elsewhere (`the years of war`) is too often not a TIMEX
      if (lead && /^in$/i.test(lead[1]!) && !m[1]) {
        // `in years` means `for years` only before a negation/superlative context; keep `in recent years`-style only.
        if (!/(?:first|best|worst|highest|lowest|biggest|largest|longest)\b[^.]{0,40}$/i.test(text.slice(Math.max(0, m.index - 60), m.index))) return null;
      }
      const unit = unitOf(m[2]!);
      const start = m.index + (lead ? lead[0].length : 0);
      return { type: 'DURATION', anchor: { kind: 'abs', value: durationValue(null, unit) }, start, end: m.index + m[0].length };
    },
  },
  {
    // Sets: `every Monday`, `each year`, `every other week`, `annually`, `every morning`.
    name: 'set',
    gate: /\b(?:every|each|annually|yearly)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s\b/i,
    re: gi(String.raw`\b(?:(?:every|each)\s+(other\s+)?(day|week|month|year|morning|afternoon|evening|night|weekend|${WEEKDAY_NAME})|(annually|yearly)|(${WEEKDAY_NAME})s)\b`),
    make(m, text) {
      if (m[3]) return { type: 'SET', anchor: { kind: 'abs', value: 'P1Y' } };
      if (m[4]) {
        // Plural weekday: `on Mondays` is a set; `Mondays` as a noun elsewhere is rare in news.
        const before = text.slice(Math.max(0, m.index - 4), m.index);
        if (!/on\s+$/i.test(before)) return null;
        return { type: 'SET', anchor: { kind: 'abs', value: `XXXX-WXX-${WEEKDAYS[m[4].toLowerCase()]!}` } };
      }
      const other = m[1] ? 2 : 1;
      const w = m[2]!.toLowerCase();
      if (w in WEEKDAYS) return { type: 'SET', anchor: { kind: 'abs', value: `XXXX-WXX-${WEEKDAYS[w]!}` } };
      if (w in PARTS) return { type: 'SET', anchor: { kind: 'abs', value: `XXXX-XX-XXT${PARTS[w]!}` } };
      if (w === 'weekend') return { type: 'SET', anchor: { kind: 'abs', value: 'XXXX-WXX-WE' } };
      return { type: 'SET', anchor: { kind: 'abs', value: durationValue(other, unitOf(w)) } };
    },
  },
  {
    // Holidays: `Boxing Day`, `on Christmas Eve`, `this Thanksgiving`, `Memorial Day`, `Good Friday`,
    // `before Easter` (see holidayDate.ts for which are read and how). `Christmas` and `Easter` alone
    // only after a preposition or a modifier, and no holiday before a noun it only describes: `the
    // Christmas tree`, `Easter eggs`, `our Thanksgiving newspaper` are no dates. `Thanksgiving 2014`
    // is that year's.
    name: 'holiday',
    gate: /Christmas|Boxing|New\s+Year|Halloween|Valentine|Thanksgiving|Labor|Memorial|Easter|Good\s+Friday|May\s+Day|Patrick|Bastille|Canada\s+Day|ANZAC|Anzac|Australia\s+Day|Waitangi|Veterans|Juneteenth|Guy\s+Fawkes|Bonfire\s+Night|Luther\s+King|Presidents/,
    re: gu(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?(Christmas\s+(?:Eve|Day)|Boxing\s+Day|New\s+Year['’]s\s+(?:Eve|Day)|Halloween|Valentine['’]s\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Good\s+Friday|Easter\s+(?:Sunday|Monday)|Easter|Christmas|May\s+Day|(?:St\.?|Saint)\s+Patrick['’]s\s+Day|Bastille\s+Day|Canada\s+Day|(?:Anzac|ANZAC)\s+Day|Australia\s+Day|Waitangi\s+Day|Veterans['’]?\s+Day|Juneteenth|Guy\s+Fawkes\s+Night|Bonfire\s+Night|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Presidents['’]?\s+Day)(?![\p{L}'’-])(?:,?\s+((?:19|20)\d{2})\b)?(?!\s+(?:newspapers?|papers?|dinners?|meals?|sales?|shopping|shoppers|trees?|cards?|markets?|part(?:y|ies)|parades?|specials?|editions?|issues?|lights|decorations|gifts?|presents?|ads?|adverts?|messages?|menus?|turkeys?|feasts?|services?|mass|songs?|carols?|movies?|films?|albums?|eggs?|hunts?|bunny|spirit|cheer)\b)`),
    make(m, text) {
      const name = m[2]!.replace(/\s+/g, ' ').replace('’', "'");
      const holiday = HOLIDAYS[name];
      if (holiday === undefined) return null;
      if ((name === 'Christmas' || name === 'Easter') && !m[1] && !/\b(?:on|before|after|by|until|till|since|over|at|for|around|from|of|during|ahead\s+of|through)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      // (`Thanksgiving 2014`: that year's.)
      if (m[3]) return { type: 'DATE', anchor: { kind: 'abs', value: formatDay(holidayDate(holiday, Number(m[3]))) } };
      return { type: 'DATE', anchor: { kind: 'holiday', holiday, mod: modOf(m[1]) } };
    },
  },
  {
    // Weekdays, with an optional modifier and part of day: `Monday`, `last Friday`, `Friday afternoon`.
    // (chrono-node finds weekdays too, but keeps `on` in the extent and resolves by its own nearest rule.)
    name: 'weekday',
    gate: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
    re: g(String.raw`\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?(${WEEKDAY_NAME})(?:\s+(morning|afternoon|evening|night))?\b`),
    make(m) {
      const weekday = WEEKDAYS[m[2]!.toLowerCase()]!;
      const part = m[3] ? PARTS[m[3].toLowerCase()] : undefined;
      const anchor: Anchor = part ? { kind: 'weekday', weekday, mod: modOf(m[1]), part } : { kind: 'weekday', weekday, mod: modOf(m[1]) };
      return { type: part ? 'TIME' : 'DATE', anchor };
    },
  },
  {
    // A day written before its month, then a relative year: `26 June this year`, `the 3rd of March
    // next year` (one expression; without the day the month rule would read only `June this year`).
    name: 'dayMonthRelativeYear',
    gate: /\b(?:this|last|next)\s+year\b/i,
    re: g(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})\s+(this|last|next)\s+year\b`),
    make(m) {
      const month = MONTHS[m[2]!.replace(/\.$/, '').toLowerCase()]!;
      const day = Number(m[1]);
      if (day < 1 || day > 31) return null;
      return { type: 'DATE', anchor: { kind: 'relYear', offset: offsetOf(modOf(m[3])), suffix: `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` } };
    },
  },
  {
    // A month's day, then a relative year: `June 16 last year`, `Feb. 4 next year` (one expression;
    // read apart, the day took the dateline's year by the sentence's tense).
    name: 'monthDayRelativeYear',
    gate: /\b(?:this|last|next)\s+year\b/i,
    re: g(String.raw`\b(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(this|last|next)\s+year\b`),
    make(m) {
      const month = MONTHS[m[1]!.replace(/\.$/, '').toLowerCase()]!;
      const day = Number(m[2]);
      if (day < 1 || day > 31) return null;
      return { type: 'DATE', anchor: { kind: 'relYear', offset: offsetOf(modOf(m[3])), suffix: `-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` } };
    },
  },
  {
    // A month without a day: `June`, `in September`, `early December`, `late last July`, `last May`,
    // `the second half of January` (one expression: its tense is read from where it starts), `June next year`, `May 2010`, `December of last year`, `a June summit` (a whole word: not the
    // `May` of `in Mayo`, the `August` of `Augusta`).
    name: 'month',
    gate: new RegExp(MONTH_NAME),
    re: g(String.raw`\b(?:([Ee]arly|[Ll]ate|[Mm]id)[\s-]+|(?:[Tt]he\s+)?(?:beginning|start|end|middle|(?:first|second|latter)\s+half)\s+of\s+)?(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?(${MONTH_NAME})(?![A-Za-z])(?!\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:percent|%)))(?:,?\s+(?:of\s+)?(\d{4})\b|\s+(?:of\s+)?(next|last|this)\s+year\b)?`),
    make(m, text) {
      const name = m[3]!.replace(/\.$/, '').toLowerCase();
      const month = MONTHS[name]!;
      const hasMod = Boolean(m[1] || m[2] || m[4] || m[5] || m[0].toLowerCase().includes(' of '));
      if (month === 5 || month === 3) {
        // `May` is also a verb and a surname, `March` a verb and noun: accept them only with a cue.
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        const cue = /\b(?:in|since|by|until|till|of|from|through|during|before|after|early|late|mid|last|next|this|between|and|to|on)\s+$/i.test(before);
        if (!hasMod && !cue) return null;
      }
      if (m[4]) return { type: 'DATE', anchor: { kind: 'abs', value: `${m[4]}-${String(month).padStart(2, '0')}` } };
      if (m[5]) {
        const yearMod = modOf(m[5]);
        return { type: 'DATE', anchor: { kind: 'relYear', offset: offsetOf(yearMod), suffix: `-${String(month).padStart(2, '0')}` } };
      }
      // Short forms without a dot (`Dec`, `Jan`) are left out of MONTH_NAME; names of people (`April Ryan`) are rare enough.
      return { type: 'DATE', anchor: { kind: 'month', month, mod: modOf(m[2]) } };
    },
  },
  {
    // Seasons: `last summer`, `this spring`, `the winter`, `summer 2012`, `early autumn`.
    name: 'season',
    gate: /\b(?:spring|summer|autumn|fall|winter)\b/i,
    re: gi(String.raw`\b(?:(early|late|mid)[\s-]+)?(?:(the|last|this|next|past|coming)\s+)?(spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(\d{4})\b)?`),
    make(m, text) {
      const season = SEASONS[m[3]!.toLowerCase()]!;
      if (m[4]) return { type: 'DATE', anchor: { kind: 'abs', value: `${m[4]}-${season}` } };
      const word = m[2]?.toLowerCase();
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      // `fall` and `spring` are also verbs/nouns: need a determiner or `in`, or to name a sitting
      // after a possessive (`SCC's fall session`, `the council's spring term`).
      const sitting = /^\s+(?:session|sitting|semester|term|season|schedule|collection|lineup|line-up|campaign|meeting|meetings|recess|break|budget|election|elections|exams?)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 14)) && /\w['’]s\s+$/.test(before);
      if (!word && !sitting && !/\b(?:in|by|until|since|during|through)\s+$/i.test(before)) return null;
      if (m[3]!.toLowerCase() === 'fall' && !word && !sitting && !/\bin\s+$/i.test(before)) return null;
      return { type: 'DATE', anchor: { kind: 'season', season, mod: word === 'the' ? null : modOf(word) } };
    },
  },
  {
    // The attacks of 11 September 2001, as news names them for years after: `the Sept. 11 attacks`,
    // `the Sept. 11 hijacked plane attacks`, `the September 11th terrorist attacks`, `9/11`.
    name: 'septemberEleventh',
    gate: /\b(?:Sept?\.?|September)\s+11|\b9\/11\b/i,
    re: gi(String.raw`\b(?:(?:Sept?\.?|September)\s+11(?:th)?(?=(?:,?\s+2001,?)?\s+(?:(?:terror(?:ist)?|hijack(?:ed|ing)?|suicide|plane|al[- ]Qaeda)\s+){0,3}(?:attacks?|hijackings?|strikes|commission)\b)|9\/11(?![\/\d]))`),
    make() {
      return { type: 'DATE', anchor: { kind: 'abs', value: '2001-09-11' } };
    },
  },
  {
    // A year before a season, as a name's adjective: `the top court's 2017 fall session`, `the 2012 summer Olympics`.
    name: 'yearSeason',
    gate: /\b(?:19|20)\d{2}\s+(?:spring|summer|autumn|fall|winter)\b/i,
    re: gi(String.raw`\b((?:19|20)\d{2})\s+(spring|summer|autumn|fall|winter)\b`),
    make(m) {
      return { type: 'DATE', anchor: { kind: 'abs', value: `${m[1]}-${SEASONS[m[2]!.toLowerCase()]!}` } };
    },
  },
  {
    // Quarters and halves told in months, as results are: `the first six months of 2016` (H1), `the
    // first three months of the year` (Q1), `the last six months of last year` (H2), `January-March`
    // and `July to September` (the quarter those months make).
    name: 'monthsOfYear',
    gate: /\bmonths\s+of\b|\b(?:January|April|July|October)\s*(?:-|–|to)\s*(?:March|June|September|December)\b/i,
    re: gi(String.raw`\bthe\s+(first|last|final|second)\s+(six|three)\s+months\s+of\s+(?:(\d{4})|(?:the|this)\s+year|(last|next)\s+year)\b|\b(January|April|July|October)\s*(?:-|–|to)\s*(March|June|September|December)\b(?!\s+\d)`),
    make(m) {
      if (m[5]) {
        // (Only the months that make a quarter: `January-March`, not `January-June`.)
        const quarter = QUARTER_SPANS[m[5].toLowerCase()];
        if (quarter === undefined || quarter.last !== m[6]!.toLowerCase()) return null;
        return { type: 'DATE', anchor: { kind: 'quarter', quarter: quarter.n, mod: null } };
      }
      const first = m[1]!.toLowerCase() === 'first';
      const code = m[2]!.toLowerCase() === 'six' ? (first ? 'H1' : 'H2') : first ? 'Q1' : 'Q4';
      if (m[3]) return { type: 'DATE', anchor: { kind: 'abs', value: `${m[3]}-${code}` } };
      return { type: 'DATE', anchor: { kind: 'relYear', offset: m[4] === undefined ? 0 : m[4].toLowerCase() === 'last' ? -1 : 1, suffix: `-${code}` } };
    },
  },
  {
    // Quarters and halves: `the first quarter`, `the fourth quarter of 2012`, `Q1 2013`, `the second half of the year`.
    name: 'quarter',
    gate: /\b(?:quarter|half)\b|\bQ[1-4]\s/i,
    re: gi(String.raw`\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(quarter|half)(?:\s+of\s+(?:(\d{4})|(?:the|this)\s+year|(last|next)\s+year))?\b|\bQ([1-4])\s+(\d{4})\b`),
    make(m) {
      if (m[5]) return { type: 'DATE', anchor: { kind: 'abs', value: `${m[6]}-Q${m[5]}` } };
      const n = QUARTER_ORDINALS[m[1]!.toLowerCase()]!;
      const half = m[2]!.toLowerCase() === 'half';
      if (half && n > 2) return null;
      const code = half ? `H${n}` : `Q${n}`;
      if (m[3]) return { type: 'DATE', anchor: { kind: 'abs', value: `${m[3]}-${code}` } };
      if (m[4]) return { type: 'DATE', anchor: { kind: 'relYear', offset: m[4].toLowerCase() === 'last' ? -1 : 1, suffix: `-${code}` } };
      if (half) return { type: 'DATE', anchor: { kind: 'relYear', offset: 0, suffix: `-${code}` } };
      return { type: 'DATE', anchor: { kind: 'quarter', quarter: n, mod: null } };
    },
  },
  {
    // A quarter written as an adjective of a company's figures (`third-quarter profit`, `its
    // fourth-quarter results`), or by its code alone (`Q3 revenue`): the quarter, as `the third
    // quarter` is. Only before figures' nouns: a `fourth-quarter comeback` is a game's quarter.
    name: 'quarterOfFigures',
    gate: /-quarter\b|\bQ[1-4]\b/,
    re: g(String.raw`\b(?:([Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)-quarter|Q([1-4]))(?=\s+(?:[A-Za-z-]+\s+)?(?:profits?|earnings|revenues?|results|sales|loss(?:es)?|growth|GDP|output|figures?|net|income|deliveries|shipments|margins?|numbers|turnover|report|forecast|guidance)\b)`),
    make(m) {
      const n = m[2] ? Number(m[2]) : QUARTER_ORDINALS[m[1]!.toLowerCase()]!;
      return { type: 'DATE', anchor: { kind: 'quarter', quarter: n, mod: null } };
    },
  },
  {
    // Decades and centuries: `the 1990s`, `the 1960’s`, `the '90s`, `the 20th century`, `the 1800s`.
    name: 'decade',
    gate: /\d0['’]?s\b|\bcentury\b/i,
    re: gi(String.raw`\b(?:(?:the\s+)?(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:(1[0-9]|20)(\d)0['’]?s|['’](\d)0s)\b|\b(\d{2})(?:st|nd|rd|th)\s+[Cc]entury\b`),
    make(m) {
      // (`the 1960’s` is a decade; `2020's rate` a year's possessive: the apostrophe form needs `the` or `early`/`late`/`mid`.)
      if (m[1] && /\d0['’]s/.test(m[0]) && !/^(?:the|early|late|mid)\b/i.test(m[0])) return null;
      // (`the late 1800s`, `the 1700s`: a whole century before the last one, not its first decade;
      // `the 1900s` and `the 2000s` stay decades, as TimeML reads them in news.)
      if (m[1] && m[2] === '0' && Number(m[1]) < LAST_CENTURY_READ_AS_DECADE) return { type: 'DATE', anchor: { kind: 'abs', value: m[1] } };
      if (m[1]) return { type: 'DATE', anchor: { kind: 'abs', value: `${m[1]}${m[2]}` } };
      if (m[3]) return { type: 'DATE', anchor: { kind: 'abs', value: `19${m[3]}` } };
      return { type: 'DATE', anchor: { kind: 'abs', value: String(Number(m[4]) - 1).padStart(2, '0') } };
    },
  },
  {
    // The second year of a range written short: `1953-58` → `1958` (TimeML tags both years).
    // The first year is matched and the extent set to the two digits, not looked behind for: a
    // look-behind holding `\s*` re-scans a run of white space at every position (quadratic; 32 KB
    // of spaces took 1.4 s). Same matches: a match's two-digit end can never begin the next match's
    // four-digit year, so consuming the first year skips nothing.
    name: 'yearRangeSuffix',
    gate: /\b(?:1[6-9]|20)\d\d\s*[-–]/,
    re: g(String.raw`\b(1[6-9]|20)\d\d\s*[-–]\s*(\d{2})\b(?![\d.,]\d|\s*(?:%|percent))`),
    make(m) {
      const end = m.index + m[0].length;
      return { type: 'DATE', anchor: { kind: 'abs', value: `${m[1]}${m[2]}` }, start: end - 2, end };
    },
  },
  {
    // Years alone: `1992`, `in 2007`, `early 2011`, `fiscal 2013`, `mid-2010`.
    name: 'year',
    gate: /(?:1[6-9]|20)\d\d\b/,
    re: g(String.raw`(?<![\d$€£.,/:])\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|(?:[Ff]iscal|FY)\s*)?(1[6-9]\d\d|20\d\d)\b(?![\d.,]\d|\s*(?:%|percent|per\s+cent|people|troops|soldiers|votes|voters|km|miles|kilometres|kilometers|meters|metres|feet|tons|tonnes|dollars|euros|pounds|barrels|points|members|cases|deaths|jobs|homes|cars|units|GMT|hours|local|[ap]\.?m\b))(?:\s*[-–]\s*(\d{2})\b(?!\d))?`),
    make(m, text) {
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      if (/[#№]\s*$/.test(before)) return null;
      // `2009-10` (a season span) stays one expression ending in the first year; TimeML tags the years separately.
      if (m[2]) {
        return { type: 'DATE', anchor: { kind: 'abs', value: m[1]! }, start: m.index, end: m.index + m[0].indexOf(m[1]!) + 4 };
      }
      return { type: 'DATE', anchor: { kind: 'abs', value: m[1]! } };
    },
  },
];

/** Runs every project parser over `text[from, to)`; drafts carry offsets into `text`. */
export function runRuleParsers(text: string, from = 0, to = text.length): Draft[] {
  const out: Draft[] = [];
  const slice = text.slice(from, to);
  for (const p of RULE_PARSERS) {
    if (p.gate && !p.gate.test(slice)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(slice); m; m = p.re.exec(slice)) {
      if (m[0] === '') {
        p.re.lastIndex++;
        continue;
      }
      const r = p.make(m, slice);
      if (!r) continue;
      let start = r.start ?? m.index;
      let end = r.end ?? m.index + m[0].length;
      // Trim white space the regex may have taken at either end.
      while (start < end && /\s/.test(slice[start]!)) start++;
      while (end > start && /\s/.test(slice[end - 1]!)) end--;
      out.push({ start: from + start, end: from + end, type: r.type, anchor: r.anchor, tags: [`rule/${p.name}`] });
    }
  }
  return out;
}
