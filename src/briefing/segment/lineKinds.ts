/**
 * Line classifiers for scraped news pages. Each is a cheap regular-expression test over one
 * trimmed line; the segmenter combines them. Patterns are anchored and free of nested
 * quantifiers, so they run in linear time on any input.
 */
import { labelledFigures } from './labelledFigures.js';

/** Month names and abbreviations as wire copy writes them (`Apr`, `Apr.`, `Sept`, `September`). */
export const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** `April 23`, `Apr. 24, 2007`, `Jan 17`, `Jan 19th, 2018`. Groups: month, day, year (optional). */
export const MONTH_DAY_RE = `(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d{2}))?`;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month number (1–12) of a month name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  const i = MONTHS.indexOf(name.toLowerCase().slice(0, 3));
  return i < 0 ? null : i + 1;
}

/**
 * A line that is only a web address, labelled or not (`URL: https://…`, `Source: https://…`, a bare
 * `https://…`), as scrapers write a page's own address at its top: furniture wherever it stands,
 * never a headline or text. The address is group 1 (ingest/pageAddress.ts reads it).
 */
export const ADDRESS_LINE = /^(?:(?:url|source|link|permalink|address|canonical(?:\s+url)?|original(?:\s+url)?)\s*:\s*)?<?(https?:\/\/[^\s<>]+)>?$/i;

/**
 * Lines that are never article text and may stand anywhere, even inside a body: ads, share and
 * subscribe prompts, reading-time and staff labels, video widgets, market tickers.
 */
const SKIP_LINE = [
  /^advertisement$/i,
  /^subscribe( now)?$/i,
  /per month\b.*\bsave\b/i,
  /^\d+¢ per month/i,
  /^send a link to a friend$/i,
  /^\d+ min(ute)? read$/i,
  // Reading-time and text-size widgets (`Estimated read time: 2-3 minutes`, `Large Medium Small`).
  /^(?:estimated )?read(?:ing)? time:? ?[\d\s–-]+min(?:ute)?s?$/i,
  /^(?:text size:? ?)?(?:small )?(?:large|larger|a\+?) (?:medium|normal|a) (?:small|smaller|a-?)$/i,
  /^(?:font|text) size:?(?: [a-z+-]+){0,3}$/i,
  /^reuters staff$/i,
  /^(share|tweet|print|e-?mail)( this( article| story)?)?$/i,
  /^(share|follow us) on\b/i,
  // A social button under the byline (`Follow Jessica`, `Follow @jmorris`).
  /^follow\s+@?[\p{L}.'’_-]+(?:\s+[\p{L}.'’_-]+)?$/iu,
  /^click here\b/i,
  // Accessibility links and empty stamp labels at a page's top (`Skip to content`, `Skip to main
  // navigation`, `PUBLISHED: | UPDATED:`).
  /^skip to (?:(?:main |primary )?(?:content|navigation|menu)|main|footer|search)$/i,
  /^(?:published|posted|updated)\s*:?\s*\|?\s*(?:(?:published|posted|updated)\s*:?)?$/i,
  /brightcove video$/i,
  /^(uk|us|european|asian) markets (closed|open)$/i,
  /^(license photo|photo|video|image|file photo)$/i,
  /^read more\b/i,
  /^(story continues|continue reading)\b/i,
  /^[\-–—_=*•·]+$/,
  // Byline furniture: the reporter's role on the line under the name.
  /^(?:[\p{L}.]+ ){0,4}(?:correspondent|staff writer|staff reporter|reporter|writer|editor|bureau chief|contributor)$/iu,
  // A site name on its own (`UPI.com`, `SpaceWar.com`).
  /^[\p{L}\d-]+\.(?:com|net|org|co\.uk)$/iu,
  // A publisher's edition banner (`The Canadian Press - ONLINE EDITION`).
  /^(?:[\p{L}.&'’]+ ){0,5}[-–—|]\s*(?:online|digital|print|web|mobile) edition$/iu,
  // Page widgets and prompts met on 320 real pages (session 15).
  /^(?:share and follow|select page|email this (?:link|article|story)|video available here|please update your billing information|powered by automated translation)$/i,
  /^front page \(for this issue\)\s*\|?$/i,
  // A navigation item with its separator (`Home |`, `World News |`).
  /^[\p{L}() -]{1,30}\s\|$/u,
  // A relative timestamp, glued to a section name or not (`Times15 hours ago`, `2 hours ago`).
  /^[\p{L} ]{0,20}\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago$/iu,
  // A place and agency alone on a line above the headline (`Geneva - SPA`, `OTTAWA -`): no headline.
  /^\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2} [-–—](?: (?:AFP|AP|SPA|Reuters|REUTERS|Xinhua|XINHUA|dpa|DPA|IANS|PTI|ANI|UPI|WAM|KUNA|IRNA|TASS|Anadolu|Bernama))?$/u,
  // A web address on its own line, labelled or not (see ADDRESS_LINE).
  ADDRESS_LINE,
];

/** A navigation bar: several short items separated by pipes or dots (`Email | Print | Share`, `Multimedia · User Galleries · …`). */
function isPipeNav(line: string): boolean {
  // (A row of a results table is no navigation: `Labour | 31% | 32% | 30% |`.)
  if (isShareRow(line)) return false;
  const items = line.split(/[|·•]/);
  return items.length >= 3 && items.every((i) => i.trim().split(/\s+/).length <= 4);
}

/** A line whose text is mostly figures: a market ticker or a price row (`+113.55 (+0.30%)`). */
function isTickerLine(line: string): boolean {
  if (line.length > 60) return false;
  const letters = (line.match(/\p{L}/gu) ?? []).length;
  const digits = (line.match(/\d/g) ?? []).length;
  return digits >= 3 && letters <= digits / 2;
}

/** True for a line that is boilerplate wherever it stands (see {@link SKIP_LINE}). */
export function isSkipLine(line: string): boolean {
  return SKIP_LINE.some((re) => re.test(line)) || isTickerLine(line) || isPipeNav(line) || isPublishedStamp(line);
}

/**
 * A publication stamp, often with the reporters' names before it (`Amy Qin, Steve Lohr New York
 * Published 28.12.22, 12:40 AM`, `Updated: 2011-02-19 20:02`): a short line, no sentence, with
 * `Published`/`Posted`/`Updated` and a date or clock time after it. Kept for its date, never text.
 */
export function isPublishedStamp(line: string): boolean {
  return ((line.length <= MAX_STAMP_CHARS || STAMP_ENDING_LINE.test(line)) && !/[.!?]["”]?$/.test(line) && PUBLISHED_STAMP.test(line)) || (line.length <= MAX_STAMP_CHARS && FIRST_PUBLISHED_NOTE.test(line));
}

/**
 * A wire's note of when its report first ran, a sentence of its own at the end of the story: `This
 * report by The Canadian Press was first published April 24, 2025.`, `This story was originally
 * published on March 3, 2021.`
 */
const FIRST_PUBLISHED_NOTE = new RegExp(String.raw`^(?:This|The)\s+(?:report|story|article|piece)\b[^.!?]{0,60}?\bwas\s+(?:first\s+|originally\s+)?published(?:\s+on)?\s+(?:(?:19|20)\d{2}-\d{2}-\d{2}|${MONTH_RE}\s+\d{1,2},?\s+(?:19|20)\d{2})\.?$`, 'i');

/** A stamp ending a longer line of page furniture (`… (China Daily) Updated: 2005-07-19 05:59`, `… By AP Published: February 26, 2010`). */
const STAMP_ENDING_LINE = new RegExp(String.raw`\b(?:published|posted|updated|last updated)(?: on| at)?:?\s+(?:(?:19|20)\d{2}-\d{2}-\d{2}|${MONTH_RE}\s+\d{1,2},?\s+(?:19|20)\d{2})(?:\s+\d{1,2}:\d{2})?\s*$`, 'i');
const PUBLISHED_STAMP = /\b(?:published|posted|updated|last updated|first published)(?: on| at)?:?\s+[^.!?]{0,30}?(?:\d{1,2}[.:/-]\d{1,2}|\d{1,2},? \d{4}|\d{4}-\d{2})/i;
/** Longest line read as a publication stamp. */
const MAX_STAMP_CHARS = 140;

/** The marks that bullet a line. */
const BULLET_MARK = String.raw`(?:•|\*|·|►|»)`;
/** A bulleted line (`• Follow us on`, `» More`): a link list or a share widget, an end marker. */
export const BULLET_LINE = new RegExp(String.raw`^${BULLET_MARK}\s`);

/**
 * A row of a results table, bulleted or not: a name, a colon or dash, and a share (`Liberals - 35%`,
 * `• National: 36 percent, down 1 point (45 seats)`, `* Union: 25% (minus 1 point)`), a name and a
 * share ending the row (`Labour 48% (-2)`), or a table row in pipes (`Labour | 31% | 32% |`). Poll
 * stories print their figures so; such a row is article text, never a headline nor the end of the story.
 */
const SHARE_ROW = new RegExp(
  String.raw`^(?:${BULLET_MARK}\s+)?\p{L}[\p{L}\p{N}'’.&/() -]{0,60}?\s*[-–—:=]\s*\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent\b|percent\b)(?=\s*(?:$|[(,;.]|[-–—]\s|\p{Ll}+\s*$))` +
    // (Or with no mark between, when the share and a bracketed change end the row: `Labour 48% (-2)`,
    // `• National 51.0% (+4.0%)`, `Reform UK 6% (–)`.)
    String.raw`|^(?:${BULLET_MARK}\s+)?\p{L}[\p{L}\p{N}'’.&/ -]{0,40}?\s\d{1,3}(?:[.,]\d{1,2})?\s?%(?:\s*\([^()]{0,10}\))?\s*$` +
    // (Or a row of a table in pipes: `Conservative | 41% | 36% | 30% |`.)
    String.raw`|^\p{L}[^|%]{0,60}?(?:\s*\|\s*\d{1,3}(?:[.,]\d{1,2})?\s?%){1,8}\s*\|?\s*$`,
  'u',
);

/**
 * Whether a line is a row of a results table ({@link SHARE_ROW}), or a row of one question's
 * labelled figures (`Yes: 57 No: 37 Undecided: 7`, see labelledFigures). Every SHARE_ROW row holds
 * `%` or `per cent`/`percent`, so the unicode pattern runs only on lines that have one (most lines
 * have neither, and it ran on each line several times); labelledFigures first looks for a colon.
 */
export function isShareRow(line: string): boolean {
  return ((line.includes('%') || line.includes('cent')) && SHARE_ROW.test(line)) || labelledFigures(line) !== null;
}

/**
 * Lines that end the article text they follow: page footers, link lists, share blocks, source
 * credits, copyright. What comes after them is navigation or a teaser for another report.
 */
const END_LINE = [
  /^e-?mail this article$/i,
  /^related (links|stories|articles|coverage|news)$/i,
  /^latest headlines$/i,
  /^more (from|on|in)\b.{0,40}$/i,
  /^source: .{2,60}$/i,
  /^learn about\b/i,
  BULLET_LINE,
  /copyright\s*(\(c\)|©)?\s*\d{4}/i,
  /^©/,
  /\ball rights reserved\b/i,
  /^privacy (policy|statement)$/i,
  /^editor'?s? ?(note)?'?$/i,
  /^terms of (use|service)$/i,
];

/** True for a line that ends the article text before it (see {@link END_LINE}). */
export function isEndLine(line: string): boolean {
  // (A copyright notice inside a long line is not a footer: a page saved as one line of text holds
  // its site's notice and its story together.)
  if (line.length > MAX_END_LINE_CHARS) return false;
  return !isShareRow(line) && END_LINE.some((re) => re.test(line));
}
/** Longest line read as a footer, link or notice that ends a story. */
const MAX_END_LINE_CHARS = 400;

/** Section labels that introduce another report on the same page (`earlier related report`). */
export function isSectionLabel(line: string): boolean {
  return /^(earlier |later |an? )?(related|earlier) (report|story|article)s?:?$/i.test(line) || /^(also|see also|related):?$/i.test(line);
}

/**
 * A photo or video caption: it carries a credit (`Photo by …`, `PHOTO: EPA`, `REUTERS/Name`,
 * `(Photo/Name)`, `AP Photo`, `Getty Images`, `/UPI`) or is the credit alone.
 */
export function isCaption(line: string): boolean {
  return (
    /\bphoto(graph)?s?\s*(by|:|\/|credit)/i.test(line) ||
    /\(photo\b/i.test(line) ||
    /\b(REUTERS|AFP|AP|EPA|BLOOMBERG|GETTY)\/\s?[A-Z]/.test(line) ||
    // (A photographer after the agency ends the line: `Reuters/Benoit Tessier`; `Reuters/Ipsos` is a poll.)
    (line.includes('/') && /\b(?:Reuters|Bloomberg|Getty)\/[A-Z][a-z]+ [A-Z][\p{L}'’-]+\.?$/u.test(line)) ||
    /\b(AP|AFP|Reuters|EPA) (Photo|Images?)\b/.test(line) ||
    /\bgetty images\b/i.test(line) ||
    // `Image caption …`, `Image: …`, `Credit: …` opening the line; `Picture: Getty`, `Pic credit: …` closing it.
    /^(?:image caption\b|(?:image|picture|pic|credit)s?:\s*\S)/i.test(line) ||
    (line.includes(':') && /\b(?:picture|pic(?:ture)? credit|photo credit):\s*\S+(?:\s\S+){0,3}$/i.test(line)) ||
    /\bPHOTO:\s*[A-Z]/.test(line) ||
    /\|\s*license photo\b/i.test(line) ||
    /\bimage (credit|source):/i.test(line) ||
    // `In this 19 February 2011 file photo, protesters clash …`; a caption that ends with its
    // agency after a full stop (`… in Algiers 12 February 2011. (Reuters)`).
    (/ile /i.test(line) && /\bfile (photo|picture|image)\b/i.test(line)) ||
    (line.endsWith(')') && /\.\s*\((?:Reuters|AP|AFP|EPA|Getty|Xinhua|Bloomberg|AP Photo|REUTERS)\)$/.test(line)) ||
    // (Or a picture an agency passed on: `… Japan Tuesday, Jan. 2, 2024. (Kyodo News via AP)`.)
    (line.endsWith(')') && /\.\s*\([^()]{2,40}\svia\s(?:AP|AFP|Reuters|Getty Images)\)$/.test(line)) ||
    // A photographer and agency in brackets closing the line, as the PA and British papers credit
    // pictures: `… at the Port of Felixstowe (Joe Giddens/PA) / PA Wire`, `… (Stefan Rousseau/PA)`.
    (line.includes('/') && PHOTOGRAPHER_CREDIT_END.test(line)) ||
    // A credit in brackets closing the line: `… earlier this year (Source: Getty)`, `(Photo: AFP)`.
    (line.endsWith(')') && CREDIT_IN_BRACKETS_END.test(line)) ||
    // A file picture's credit closing the line: `… on March 7, 2023. Mark Demayo, ABS-CBN News/File.`
    (line.includes('/') && FILE_CREDIT_END.test(line))
  );
}

/** `, ABS-CBN News/File.`, `Jane Doe/File Photo` at the end of a line: a file picture's credit. */
const FILE_CREDIT_END = /\p{L}\s?\/\s?File(?: (?:photo|picture|image))?\.?$/iu;

/** `(Source: Getty)`, `(Photo: AFP)`, `(Picture: Reuters)`, `(Image credit: NASA)` at the end of a line. */
const CREDIT_IN_BRACKETS_END = /\((?:source|photo|picture|pic|image|credit|image credit|photo credit)s?:\s*[^()]{2,40}\)$/i;
/** `(Joe Giddens/PA)`, `(Joe Giddens/PA) / PA Wire`, `(Jane Doe/AP)` at the end of a line: a picture's credit. */
const PHOTOGRAPHER_CREDIT_END = /\((?:[A-Z][\p{L}'’.-]+\s+){1,3}[A-Z][\p{L}'’.-]+\s?\/\s?(?:PA(?: Wire| Media)?|AP|AFP|Reuters|REUTERS|EPA|Getty(?: Images)?|Bloomberg|AAP|Xinhua|Alamy|Shutterstock)\)(?:\s*\/\s*PA Wire)?\s*$/u;

/** A byline on its own line: `by Jim Mannion`, `By NICHOLAS SAKELARIS`, `By Linda D. Kozaryn, AFNS`. Group 1: the name; group 2: what follows it. */
const BYLINE_RE = /^(?:written\s+)?by:?\s+([A-Z0-9][\p{L}\p{N}'’.-]*(?:\s+(?:[A-Z][\p{L}'’.-]*|de|van|von|der|da|del|al|bin)){0,4})(?:\s*[,|]\s*(.{0,40}))?$/iu;

/** Bylines that name no reporter: `Staff`, `Staff Reporter`, `Our Correspondent`, `Web Desk`. */
const STAFF_CREDIT = /^(?:staff(?: reporter| writer)?|our (?:staff )?correspondent|web desk|news desk|agencies)$/i;

/** News agencies as bylines write them (`By The Associated Press`, `By JANE DOE, Associated Press`), by the name datelines use. */
const BYLINE_AGENCIES: ReadonlyMap<string, string> = new Map([
  ['associated press', 'AP'], ['the associated press', 'AP'], ['ap', 'AP'], ['reuters', 'Reuters'], ['thomson reuters', 'Reuters'],
  ['afp', 'AFP'], ['agence france-presse', 'AFP'], ['agence france presse', 'AFP'], ['upi', 'UPI'], ['united press international', 'UPI'],
  ['bloomberg', 'Bloomberg'], ['bloomberg news', 'Bloomberg'], ['xinhua', 'Xinhua'], ['dpa', 'dpa'], ['press association', 'PA'], ['pa media', 'PA'],
]);

/**
 * The reporter and the news agency a byline line credits, or null when the line is no byline:
 * `By Jim Mannion` → the name; `By Associated Press` → the agency alone (an agency is no
 * reporter); `By Jane Doe, Associated Press` → both. One regular-expression pass per line.
 */
export function readByline(line: string): { name: string | null; agency: string | null } | null {
  const m = BYLINE_RE.exec(line);
  if (!m) return null;
  const key = (t: string | undefined): string => (t ?? '').trim().replace(/[.]$/, '').toLowerCase();
  const raw = m[1]!.trim();
  const nameIsAgency = BYLINE_AGENCIES.has(key(raw));
  // `Written by: Staff`: a byline that credits no one (still a byline, not a headline).
  if (STAFF_CREDIT.test(raw)) return { name: null, agency: BYLINE_AGENCIES.get(key(m[2])) ?? null };
  const name = !nameIsAgency && /^[A-Z0-9]/.test(raw) ? titleCaseName(raw) : null;
  const agency = BYLINE_AGENCIES.get(key(m[1])) ?? BYLINE_AGENCIES.get(key(m[2])) ?? null;
  return name === null && agency === null ? null : { name, agency };
}

/** `NICHOLAS SAKELARIS` → `Nicholas Sakelaris`; mixed-case names are kept as written. */
export function titleCaseName(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** The reporter named in a closing credit: `(Reporting by Kylie MacLellan; editing by …)` → `Kylie MacLellan`. */
export const REPORTING_BY_RE = /\(?\s*(?:Additional\s+)?Reporting by ([A-Z][\p{L}'’.-]*(?:[ -][A-Z][\p{L}'’.-]*){0,3})[^)\n]*?(?:\)|$)/u;

/** A headline-like line: short, no closing full stop, starts with a letter, digit or quote. */
/** Most words of a headline that ends with a quoted sentence's closing mark (`'We will win,' says Ruiz` ends in none). */
const MAX_HEADLINE_WORDS_ENDING_IN_QUOTE = 12;

export function isHeadlineLike(line: string): boolean {
  if (line.length < 8 || line.length > 200 || isShareRow(line)) return false;
  const words = line.split(/\s+/).length;
  if (words < 2 || words > 25) return false;
  if (/[.,;:]$/.test(line) && !/\b[A-Z]\.$/.test(line)) return false;
  // (A long line ending in a quoted sentence is a sentence: `Voters were asked: "If … preferences?"`.)
  if (words > MAX_HEADLINE_WORDS_ENDING_IN_QUOTE && /[.!?]["”’]$/.test(line)) return false;
  if (!/^[\p{Lu}\p{N}"'“‘]/u.test(line)) return false;
  return !isSkipLine(line) && !isEndLine(line) && !isCaption(line) && !isSectionLabel(line);
}
