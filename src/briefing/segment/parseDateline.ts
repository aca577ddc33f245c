import { MONTH_DAY_RE, MONTH_RE, monthNumber, titleCaseName } from './lineKinds.js';

/** A dateline found at the start of a line. */
export interface Dateline {
  place: string | null;
  agency: string | null;
  /** Month and day as written; year when the dateline gives it. */
  month: number | null;
  day: number | null;
  year: number | null;
  /** The article text that follows the dateline on the same line (may be empty). */
  rest: string;
  /** Which shape matched, for debugging and tests: `agency` (`Moscow (AFP) …`), `caps-dash` (`WASHINGTON — …`) or `place-date-dash` (`Charlotte, N.C., Aug. 7 - …`). */
  tag: 'agency' | 'caps-dash' | 'place-date-dash';
}

/** A word of a place name: `Moscow`, `MORRISTOWN`, `N.J.`, `St.`, `Rio`, `al-Qaim`. */
const PLACE_WORD = "[A-Z][\\p{L}'’.\\-]*";
const PLACE = `${PLACE_WORD}(?:\\s+(?:${PLACE_WORD}|de|del|da|do|la|el|al|sur|upon|on))*?(?:,\\s*${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,2})?`;
/** News agency names inside the parentheses: `AFP`, `Reuters`, `AFP, REUTERS`, `AFNS`, `dpa`, `ITAR-TASS`. */
const AGENCY = "[A-Za-z][A-Za-z.\\-]{0,15}\\d{0,2}(?:\\s*[,/&]\\s*[A-Za-z][A-Za-z.\\-]{0,15}|\\s+[A-Z][A-Za-z.\\-]{0,15}){0,3}";
/** Dash separators wire services put after a dateline: `-`, `--`, `–`, `—`. */
const DASH = '(?:-{1,2}|–|—)';

/**
 * `Moscow (AFP) April 23, 2007`, `Warsaw (AFP) April 23 - text`, `Moscow, Russia (AFNS) Apr 24 - text`,
 * `LONDON, Jan 17 (Reuters) - text`, `Oct. 17 (UPI) -- text`, `BERLIN (AFP, REUTERS) - text`,
 * `TOKYO, July 2, (AP): text` (a comma before the agency and a colon after it, as some portals print AP copy).
 */
const AGENCY_DATELINE = new RegExp(
  `^(?:${MONTH_DAY_RE}|(${PLACE})(?:,\\s*${MONTH_DAY_RE})?),?\\s+\\((${AGENCY})\\)(?:\\s+${MONTH_DAY_RE})?\\s*(?:(?:${DASH}|:)\\s*(.*))?$`,
  'u',
);

/**
 * `(Reuters) – Moscow's proposals …`, `(AP) — …`: the agency alone, then a dash and the text (copy
 * whose place was dropped, as news aggregators print wire summaries). Only a known agency or an
 * acronym of capitals counts, and the dash is required: `(Reporting by …)` is no dateline.
 */
/** A place, then a day, a month and a year, then an agency in brackets or a dash: `Munich, 15 November 2001 (RFE/RL)`. */
const DAY_FIRST_DATE = new RegExp(`^(${PLACE}),\\s*(\\d{1,2})\\s+(${MONTH_RE})\\s+((?:19|20)\\d{2})(?=\\s+(?:\\(|${DASH}\\s))`, 'u');

/**
 * A place, then its sources and the day in one bracket, day first: `TOKYO (UrduPoint News / Sputnik -
 * 14th October, 2021) The lower house …`. Groups: 1 place, 2 sources, 3 day, 4 month, 5 year.
 */
const DATE_IN_AGENCY_BRACKET = new RegExp(`^(${PLACE})\\s+\\(([A-Za-z][^()]{1,40}?)\\s+${DASH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE}),?\\s+((?:19|20)\\d{2})\\)\\s+(?=[A-Z“"‘'])`, 'u');

/** A place, then an agency in brackets glued between double hyphens: `SEATTLE--(BUSINESS WIRE)--`. */
const GLUED_WIRE = new RegExp(`^(${PLACE})--\\(([A-Za-z][A-Za-z .&/-]{1,24})\\)--(?=\\S)`, 'u');

/**
 * `New Delhi, Dec 28 (IANS) A day after …`, `New Delhi, Mar 4 (IBNS) The Election Commission …`: a
 * place, a date, then an Indian wire's acronym in brackets and the sentence with no dash, as those
 * agencies print their copy, and as portals reprint other wires' (`Rome, Jan 25 (DPA) Italian Prime
 * Minister …`). Only these agencies: a bracket of other capitals after a date is a party or a body (`(BJP)`). Groups: 1 place, 2-4 month, day and year, 5 agency, 6 rest.
 */
const NO_DASH_WIRE_DATELINE = new RegExp(`^(${PLACE}),\\s*${MONTH_DAY_RE}\\s+\\((IANS|PTI|IBNS|ANI|UNI|DPA|dpa|AFP|AP|Reuters|REUTERS|Xinhua|XINHUA|UPI|Bernama|BERNAMA|ANTARA|Antara|KUNA|WAM|APP|BSS|IRNA|TASS|Anadolu)\\)\\s+([A-Z“"‘'][^]*)$`, 'u');

const AGENCY_ONLY_DATELINE = new RegExp(`^\\((${AGENCY})\\)\\s*${DASH}\\s*(\\S.*)$`, 'u');

/** A place in capitals, one to three words (`WASHINGTON`, `CAPE CANAVERAL`, `ST. LOUIS`). */
const CAPS_PLACE = "[A-Z][A-Z.'’\\-]+(?:\\s+[A-Z][A-Z.'’\\-]+){0,2}";

/**
 * `WASHINGTON — The U.S. Supreme Court …`: an all-capitals place, a dash, then a sentence; also with
 * the date after the place and no agency (`WASHINGTON, March 17 - Energy Secretary …`, as ASCII wire
 * copy such as the Reuters-21578 stories writes it).
 */
const CAPS_DASH_DATELINE = new RegExp(`^(${CAPS_PLACE}(?:,\\s*[A-Z][A-Za-z.]+){0,1}?)(?:,\\s*${MONTH_DAY_RE})?\\s+(?:-{1,2}|–|—)\\s+(.*)$`, 'u');

/**
 * `TAIPEI, April 8 HTC Corp reported …`, `DUBAI Feb 26 Passenger flows …`: an all-capitals place and a
 * date, then the sentence with nothing between (Reuters' own pages of 2010–2014 print wire copy so,
 * the agency and dash left out). Groups: 1 place, 2-4 month, day and year, 5 rest.
 */
const CAPS_DATE_DATELINE = new RegExp(`^(${CAPS_PLACE}),?\\s+${MONTH_DAY_RE}\\s+([A-Z“"‘'][^]*)$`, 'u');
/** Shortest sentence start accepted after such a place and date (the line may be hard-wrapped). */
const CAPS_DATE_MIN_REST = 12;

/**
 * `Charlotte, N.C., Aug. 7 - Merck & Co. … shareholders approved …`: a place in mixed case, its day,
 * then a dash and the sentence, as trade wires and older UPI copy print it. The day is required (a
 * place and a dash alone open many sentences). Groups: 1 place, 2-4 month, day and year, 5 rest.
 */
const PLACE_DATE_DASH_DATELINE = new RegExp(`^(${PLACE}),\\s*${MONTH_DAY_RE}\\s+${DASH}\\s+(.*)$`, 'u');
/** A dash with a space after it, which {@link PLACE_DATE_DASH_DATELINE} needs (a cheap test first). */
const DASH_SET_OFF = /(?:-{1,2}|–|—)\s/;
/** Most words of the place in {@link PLACE_DATE_DASH_DATELINE}. */
const MAX_PLACE_DATE_DASH_WORDS = 4;
/** A weekday before a date, `Monday, Aug. 7 - …`: no place. */
const WEEKDAY_WORD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;

/** `WASHINGTON, Oct 26: Voters …`: an all-capitals place and a date, then a colon (as some syndication sites print wire copy). */
const CAPS_COLON_DATELINE = new RegExp(`^(${CAPS_PLACE}),\\s*${MONTH_DAY_RE}:\\s+(.*)$`, 'u');

/** Agency names written in mixed case; others are kept in capitals (`AFP`, `AP`) or title-cased if long. */
const AGENCY_NAMES: Record<string, string> = {
  REUTERS: 'Reuters',
  XINHUA: 'Xinhua',
  BLOOMBERG: 'Bloomberg',
  INTERFAX: 'Interfax',
  KYODO: 'Kyodo',
  YONHAP: 'Yonhap',
  BERNAMA: 'Bernama',
  DPA: 'dpa',
  TASS: 'TASS',
  ANSA: 'ANSA',
  EFE: 'EFE',
};

/** Agencies that write their acronym alone before a dash (`AFP - …`, `UPI - …`); never a place. */
const WIRE_ACRONYMS = new Set(['AFP', 'AP', 'UPI', 'AFX', 'MNI', 'PA', 'IANS', 'PTI', 'ANI', 'APA', 'CNA', 'AAP', 'KUNA', 'WAM', 'SPA', 'MENA', 'IRNA', 'ISNA']);

/** Longest agency part kept in capitals (`AFNS`, `ITAR`). */
const AGENCY_ACRONYM_MAX = 5;

function normaliseAgency(raw: string): string {
  return raw
    .split(/\s*[,/&]\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const known = AGENCY_NAMES[p.toUpperCase()];
      if (known) return known;
      if (p === p.toUpperCase() && p.replace(/[^A-Z]/g, '').length > AGENCY_ACRONYM_MAX) return titleCaseName(p);
      return p;
    })
    .join(', ');
}

/**
 * Country and region names dropped after a city (`Moscow, Russia` → `Moscow`); state
 * abbreviations with dots (`Morristown, N.J.`, `Washington, D.C.`) are kept.
 */
function normalisePlace(raw: string): string {
  const parts = raw.split(/\s*,\s*/);
  const city = titleCaseName(parts[0]!.trim());
  const region = parts[1]?.trim();
  if (region && /\./.test(region)) return `${city}, ${region}`;
  return city;
}

/** What stands in brackets after a name and is no news agency: a party (`(Republican)`, `(R-Texas)`, `(D)`), a label of the page. */
const NOT_AGENCY = /^(?:Republicans?|Democrats?|Democratic|Independent|Libertarian|GOP|Labour|Conservatives?|Liberals?|Greens?|Tory|Tories|[RDI](?:[-–][A-Z][A-Za-z.]*)?|Photos?|Video|Audio|Updated?|File|Opinion|Analysis|Graphic|Watch|Live)$/;
/** A page's label in brackets after a dateline's place, in any case: `MANILA (UPDATED) --`, `LONDON (Video) -`. */
const PAGE_LABEL = /^(?:updated?|video|photos?|audio|watch|live|breaking|exclusive)$/i;
/** Sentence adverbs and connectives that open a sentence, never a dateline place (`Meanwhile, JetBlue Airways (JBLU) -`). */
const CONNECTIVE_OPENING = /^(?:Meanwhile|However|Also|Still|Separately|Elsewhere|Earlier|Later|Instead|Now|Today|Yesterday|Additionally|Similarly|Likewise|Overall|Finally|Then|Since|Shares|Stock|Rival|Competitor)\b/;
/** A company's name (its last word a company word), which a stock ticker in brackets follows: `Delta Air Lines (DAL)`. */
const COMPANY_LAST_WORD = /\b(?:Airlines|Lines|Airways|Inc\.?|Corp\.?|Co\.?|Ltd\.?|LLC|plc|PLC|Group|Holdings|Motors|Technologies|Systems|Pharmaceuticals|Bancorp|Partners|Brands|Industries|Entertainment|Communications|Energy|Capital)$/;
/** A finance site's link after a ticker: `(DAL) - Get Report`, `(AAPL) - Free Report`. */
const TICKER_LINK = /^(?:Get|Free)\s+Report\b/;

/** A month in capitals, which a place in capitals is not (`MAY 5 …`, `JUNE 2 …`). */
const MONTH_WORD = /^(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z.]*$/;

/** Words that start sentences and are never a dateline place, even in capitals. */
const NOT_PLACE = /^(THE|A|AN|IN|ON|AT|BUT|AND|IF|WHEN|THIS|THAT|UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|COMMENT|FACTBOX|WRAPUP|CORRECTED)\b/;

/** Shortest sentence accepted after an all-capitals place and a dash (keeps subheads like `TNS - "LEAVE" AHEAD BY 2 POINTS` out). */
const CAPS_DASH_MIN_REST = 40;

/**
 * Parses a dateline at the start of `line`, or returns null. Two shapes: a place and/or date with
 * an agency in parentheses (most wire copy), and an all-capitals place followed by a dash and a
 * sentence (newspaper style). A subhead in capitals (`TNS - "LEAVE" AHEAD`) is not a dateline.
 */
export function parseDateline(line: string): Dateline | null {
  if (line.length > 4000) line = line.slice(0, 4000);
  // (A day written before its month, `Munich, 15 November 2001 (RFE/RL) --`, as British, Indian and
  // European wires print it, is read as the month-first date the patterns below know.)
  if (DAY_FIRST_DATE.test(line)) line = line.replace(DAY_FIRST_DATE, (_all, place: string, day: string, month: string, year: string) => `${place}, ${month} ${day}, ${year}`);
  // (A press wire's agency glued between dashes, `SEATTLE--(BUSINESS WIRE)--Expeditors …`, is read
  // as the spaced form `SEATTLE (BUSINESS WIRE) -- Expeditors …`.)
  if (GLUED_WIRE.test(line)) line = line.replace(GLUED_WIRE, (_all, place: string, agency: string) => `${place} (${agency}) -- `);
  // (The day inside the agency's bracket, `TOKYO (UrduPoint News / Sputnik - 14th October, 2021) The …`,
  // is read as `TOKYO, October 14, 2021 (UrduPoint News / Sputnik) - The …`.)
  if (line.includes('(') && DASH_SET_OFF.test(line) && DATE_IN_AGENCY_BRACKET.test(line)) line = line.replace(DATE_IN_AGENCY_BRACKET, (_all, place: string, agency: string, day: string, month: string, year: string) => `${place}, ${month} ${day}, ${year} (${agency}) - `);
  const m = AGENCY_DATELINE.exec(line);
  if (m) {
    // Groups: 1-3 date-first, 4 place, 5-7 date after place, 8 agency, 9-11 date after agency, 12 rest.
    const place = m[4] ? normalisePlace(m[4]) : null;
    const mon = m[1] ?? m[5] ?? m[9];
    const day = m[2] ?? m[6] ?? m[10];
    const year = m[3] ?? m[7] ?? m[11];
    if (place && NOT_PLACE.test(place.toUpperCase()) && place.split(' ').length > 1) return null;
    const placeWords = m[4]?.split(/\s+/).length ?? 0;
    if (placeWords > 6) return null;
    // A party, a sentence adverb, a company and its ticker are no place and agency: `Lieutenant
    // Governor (Republican)` over a race's paragraph, `Meanwhile, JetBlue Airways (JBLU) - Get Report
    // announced …`, `Delta Air Lines (DAL) - Get Report revealed …`.
    // (A page's label in the brackets, `MANILA (UPDATED) -- Face-to-face classes …`, leaves a dateline with no agency.)
    if (PAGE_LABEL.test(m[8]!.trim()) && place !== null) return { place, agency: null, month: mon ? monthNumber(mon) : null, day: day ? Number(day) : null, year: year ? Number(year) : null, rest: (m[12] ?? '').trim(), tag: 'agency' };
    if (NOT_AGENCY.test(m[8]!.trim()) || (m[4] !== undefined && (CONNECTIVE_OPENING.test(m[4]) || COMPANY_LAST_WORD.test(m[4]))) || TICKER_LINK.test(m[12] ?? '')) return null;
    return {
      place,
      agency: normaliseAgency(m[8]!),
      month: mon ? monthNumber(mon) : null,
      day: day ? Number(day) : null,
      year: year ? Number(year) : null,
      rest: (m[12] ?? '').trim(),
      tag: 'agency',
    };
  }
  // (`New Delhi, Dec 28 (IANS) A day after …`: India's wires print no dash after the agency.)
  const w = NO_DASH_WIRE_DATELINE.exec(line);
  if (w && !NOT_PLACE.test(w[1]!.toUpperCase())) {
    return { place: normalisePlace(w[1]!), agency: w[5]!, month: monthNumber(w[2]!), day: Number(w[3]), year: w[4] ? Number(w[4]) : null, rest: w[6]!.trim(), tag: 'agency' };
  }
  const a = AGENCY_ONLY_DATELINE.exec(line);
  if (a) {
    const raw = a[1]!;
    const known = raw.split(/\s*[,/&]\s*/).every((p) => AGENCY_NAMES[p.toUpperCase()] !== undefined || /^[A-Z]{2,6}$/.test(p));
    if (known) return { place: null, agency: normaliseAgency(raw), month: null, day: null, year: null, rest: a[2]!.trim(), tag: 'agency' };
  }
  const colon = CAPS_COLON_DATELINE.exec(line);
  const colonRest = colon?.[5]!.trim() ?? '';
  if (colon && !NOT_PLACE.test(colon[1]!) && colonRest.length >= CAPS_DASH_MIN_REST && /^[“"'‘]?[A-Z][a-z]/.test(colonRest)) {
    return { place: normalisePlace(colon[1]!), agency: null, month: monthNumber(colon[2]!), day: Number(colon[3]), year: colon[4] ? Number(colon[4]) : null, rest: colonRest, tag: 'caps-dash' };
  }
  const d = CAPS_DATE_DATELINE.exec(line);
  const dRest = d?.[5]!.trim() ?? '';
  if (d && !NOT_PLACE.test(d[1]!) && !MONTH_WORD.test(d[1]!) && dRest.length >= CAPS_DATE_MIN_REST && /^[“"'‘]?[A-Z][\p{L}.'’-]*\s+\S/u.test(dRest) && (dRest.match(/\p{Ll}/gu) ?? []).length >= dRest.length / 3) {
    return { place: normalisePlace(d[1]!), agency: null, month: monthNumber(d[2]!), day: Number(d[3]), year: d[4] ? Number(d[4]) : null, rest: dRest, tag: 'caps-dash' };
  }
  const c = CAPS_DASH_DATELINE.exec(line);
  if (c) {
    // Groups: 1 place, 2-4 month, day and year after it, 5 rest.
    const rest = c[5]!.trim();
    const place = c[1]!;
    if (NOT_PLACE.test(place) || rest.length < CAPS_DASH_MIN_REST) return null;
    // `AFP - Gabon's prime minister …`: an agency with no place, not a place named Afp.
    if (!c[2] && (AGENCY_NAMES[place] !== undefined || WIRE_ACRONYMS.has(place)) && /^[A-Z][a-z]/.test(rest)) return { place: null, agency: normaliseAgency(place), month: null, day: null, year: null, rest, tag: 'agency' };
    // The sentence after the dash must read as prose, not as more capitals.
    if (!/^[“"'‘]?[A-Z][a-z]/.test(rest) && !/^[“"'‘]?(A|I)\s/.test(rest)) return null;
    if ((rest.match(/[a-z]/g) ?? []).length < rest.length / 3) return null;
    return { place: normalisePlace(place), agency: null, month: c[2] ? monthNumber(c[2]) : null, day: c[3] ? Number(c[3]) : null, year: c[4] ? Number(c[4]) : null, rest, tag: 'caps-dash' };
  }
  // (A place in mixed case, `Charlotte, N.C., Aug. 7 - …`; one in capitals is read above.)
  // (Run only on a line with a dash set off by spaces, as the shape needs.)
  const pd = DASH_SET_OFF.test(line) ? PLACE_DATE_DASH_DATELINE.exec(line) : null;
  const pdRest = pd?.[5]!.trim() ?? '';
  if (pd && !NOT_PLACE.test(pd[1]!.toUpperCase()) && !CONNECTIVE_OPENING.test(pd[1]!) && !WEEKDAY_WORD.test(pd[1]!) && !MONTH_WORD.test(pd[1]!.toUpperCase()) && pd[1]!.split(/\s+/).length <= MAX_PLACE_DATE_DASH_WORDS && pdRest.length >= CAPS_DASH_MIN_REST && /^[“"'‘]?[A-Z][a-z]/.test(pdRest) && (pdRest.match(/[a-z]/g) ?? []).length >= pdRest.length / 3) {
    return { place: normalisePlace(pd[1]!), agency: null, month: monthNumber(pd[2]!), day: Number(pd[3]), year: pd[4] ? Number(pd[4]) : null, rest: pdRest, tag: 'place-date-dash' };
  }
  return null;
}
