import { monthNumber } from '../segment/lineKinds.js';

/**
 * The publication date many news sites write in an article's address (the method of
 * newspaper3k's and news-please's URL date extractors, made stricter): a path segment run
 * `/2019/09/12/`, `/2022-01-20/`, `/2005-01-24-storm.htm`, `/20070626/`, `/2016/0416/`, `/2019/may/03/` or `/2010feb12/`, or
 * the day closing a Reuters article id (`…-idUKN1E7A61JD20111107`) or opening an allAfrica story's
 * (`/stories/201706190892.html`) or a Yonhap article's (`/view/AEN20191010005151315`), a day closing a
 * slug (`/australian-weekend-press-rba-…-20151004`, `…-20071014-ge61s6.html`), CNN's year, section and day (`/2005/TECH/space/01/13/`), or a day and time glued to its end (ANI's `…-site-tomorrow20220113213611/`), or ABS-CBN's month, day and two-digit year
 * (`/news/10/15/23/slug`: the last resort, read only when no four-digit year is in the path).
 * Returns `YYYY-MM-DD`, `YYYY-MM` for a path naming only a year and a month (`/2019/05/`), or null.
 *
 * Only the path is read (a host never holds a date), years 1990–2099, real months and days. A bare
 * year (`/2019/`) is not a date: archive and section paths carry years too. An eight-digit run that
 * is part of a longer number (an article id `/article/12779291`) is not read.
 */
export function dateFromUrl(url: string): string | null {
  const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?/i.exec(url.trim())?.[1] ?? '';
  if (path === '') return null;
  for (const re of URL_DATE_RES) {
    const m = re.exec(path);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = monthNumber(m[2]!) ?? Number(m[2]);
    if (y < MIN_YEAR || mo < 1 || mo > 12) continue;
    if (m[3] === undefined) return `${m[1]}-${pad(mo)}`;
    const d = Number(m[3]);
    // (`/2019/02/30/` is no date: not the month it seems to hold either.)
    return d >= 1 && d <= daysIn(y, mo) ? `${m[1]}-${pad(mo)}-${pad(d)}` : null;
  }
  const mdy = MONTH_DAY_SHORT_YEAR.exec(path);
  if (mdy && !/\/(?:19|20)\d{2}(?!\d)/.test(path)) {
    const y = SHORT_YEAR_CENTURY + Number(mdy[3]);
    const mo = Number(mdy[1]);
    const d = Number(mdy[2]);
    if (d <= daysIn(y, mo)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/** `/10/15/23/` (ABS-CBN's `/news/MM/DD/YY/slug`): three two-digit segments, a month, a day and a year, then more path. */
const MONTH_DAY_SHORT_YEAR = /\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/(\d{2})\/[^/]/;
/** A two-digit year in an address is of this century (addresses older than 2000 wrote four digits). */
const SHORT_YEAR_CENTURY = 2000;

/** Earliest year read from an address (news sites older than the web's are not at stake). */
const MIN_YEAR = 1990;

/**
 * In order: `/2019/09/12` (also `-` or `_` between), `/2019/may/03`, `/20070626` (a whole path
 * segment or the start of one before `-`, `_`, `.`), `/2016/0416/`, then year and month alone
 * (`/2019/05/`), then an allAfrica story id's and a Yonhap id's opening day and a Reuters id's closing day.
 */
const URL_DATE_RES: readonly RegExp[] = [
  /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?![0-9])/,
  /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?![0-9])/i,
  // TwoCircles' `/2010feb12/`: year, month's name and day as one segment.
  /\/((?:19|20)\d{2})(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(0?[1-9]|[12]\d|3[01])\//i,
  /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=$|[/._-])/,
  // The Christian Science Monitor's `/2016/0416/`: a year, then month and day as one segment.
  /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\//,
  /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/)/,
  // allAfrica's story ids open with the day (`/stories/201706190892.html`).
  /\/stories\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{4}\.html$/,
  // Yonhap's article ids open with the day after their letters (`/view/AEN20191010005151315`).
  /\/(?:view|articles?)\/A[A-Z]{2}((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{6,}$/,
  // A day closing a slug (ForexLive's `/!/australian-weekend-press-…-economists-say-20151004`).
  // (Also before a last word of the slug, the LA Times's `…-kunis-20140603-story.html`, or a short
  // number, Nasdaq's `…-as-of-last-week-20190819-00459`.)
  // (Or an id of letters and figures, The Age's `…-november-24-20071014-ge61s6.html`.)
  /[a-z\d]-((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:-[a-z]{2,12}|-\d{3,6}|-(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{4,8})?(?:\.[a-z]{2,5})?\/?$/,
  // CNN's `/2005/TECH/space/01/13/huygens.titan/`: the year, a section or two, then month and day.
  /\/((?:19|20)\d{2})\/[A-Za-z]+(?:\/[A-Za-z]+)?\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\//,
  // Reuters' article ids end with the day (`/article/htc-earnings-idINT8N0BT00Z20130408`).
  /-id[A-Z]{2,4}[A-Z0-9]{6,12}?((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/,
  // ANI's slug ends with the day and the time, glued to its last word (`…-mishap-site-tomorrow20220113213611/`).
  /[a-z]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\/?$/,
];

/** True for a whole day (`2019-09-12`), false for a month or a year (`2019-05`, `2019`). */
export const isWholeDay = (date: string | null | undefined): date is string => date?.length === ISO_DAY_LENGTH;
/** Length of `YYYY-MM-DD`. */
const ISO_DAY_LENGTH = 10;

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
