import type { Article, IngestWarning } from '../types.js';
import { parseDateline, type Dateline } from './parseDateline.js';
import {
  readByline,
  isCaption,
  isEndLine,
  isHeadlineLike,
  isSectionLabel,
  isSkipLine,
  BULLET_LINE,
  isShareRow,
  isPublishedStamp,
  MONTH_DAY_RE,
  MONTH_RE,
  monthNumber,
  REPORTING_BY_RE,
  titleCaseName,
} from './lineKinds.js';
import { toParagraphs } from './toParagraphs.js';
import { fullDatesIn, slashedDatesBothWays, type Ymd } from './fullDatesIn.js';
import { idStem } from '../ingest/articleId.js';

export interface SegmentHints {
  /**
   * A date from the file name or the page's address (`2007-04-23`, `2007-04` or `2007`): it infers a
   * year a dateline leaves out and, when a whole day, dates the page's main report if nothing on
   * the page does.
   */
  fileDate: string | null;
  /** The page's own address, from a header line at its top (ingest/pageAddress.ts): the main report's `url`. */
  url?: string | null;
}

export interface SegmentResult {
  articles: Article[];
  warnings: IngestWarning[];
}

/** How many lines above a dateline are searched for its headline and byline. */
const PREAMBLE_LOOKBACK = 8;

/** A body paragraph of at least this many characters that ends a sentence is article text, not a headline. */
const PROSE_MIN = 120;

/** Cross-reference codes Reuters leaves in copy: `[ID:nL6N0SW6BQ]`, `[nL1N0XYZ]`. */
const REF_CODE_RE = /\s*\[(?:ID:)?n[A-Z0-9]{6,}\]/g;

/** `(LSE: YOU.L - news)` style ticker links that portals insert into names. */
const TICKER_LINK_RE = /\s*\((?:LSE|NYSE|NASDAQ|Nasdaq|TSX|ASX|FRA|HKSE)\s*:[^)]{1,20}\)/g;

interface Line {
  text: string;
  /** Blank lines, boilerplate and captions are dropped; ends stop a body; others are text. */
  kind: 'blank' | 'skip' | 'caption' | 'end' | 'section' | 'byline' | 'dateline' | 'text';
  dateline?: Dateline;
  /** The reporter a byline names (none when it credits only an agency: `By Associated Press`). */
  byline?: string;
  /** The news agency a byline credits (`By Jane Doe, Associated Press` → `AP`). */
  agency?: string;
  /**
   * An item of a list: a bulleted paragraph of text, its bullet dropped (see classify), or a day
   * alone on its line under a sentence that introduces a list of days (see listsIntroducedByColon).
   */
  item?: true;
}

/** Longest line read as a page timestamp (`Posted June 25, 2015 at 10:14 AM`, `2012-10-30 09:02:59 GMT`). */
const TIMESTAMP_MAX = 100;

/** A short line that holds a full date and is not a sentence: page furniture, kept only for its date. */
function isTimestampLine(text: string): boolean {
  if (text.length <= MAX_COMPACT_STAMP_CHARS && COMPACT_STAMP.test(text)) return true;
  return text.length <= TIMESTAMP_MAX && !/[.!?]["”]?$/.test(text) && fullDatesIn(text).length > 0 && text.split(/\s+/).length <= 12;
}

/**
 * An ad slot's label that a scrape glued to the start of the next paragraph (`Hide AdAdvertisement`,
 * `Hide Ad"As local leaders …`, as National World's UK regional papers print them; `Article continues
 * after this advertisementEnrile was …`, as the Philippine Daily Inquirer's do).
 */
const GLUED_AD_LABEL = /^(?:Hide Ad(?:Advertisement)?|Article continues after this advertisement)(?=\S|$)/;

/**
 * A footnote's number glued after the sentence that ends a line (`… social care services.1`, `…
 * unless otherwise stated.2`, as research reports print them): dropped, so the line ends its
 * sentence. Only after a word's letters and a stop (`rose to 4.1` ends in a number).
 */
const FOOTNOTE_MARK = /(?<=\p{Ll}{2}[.!?]["”’)]?)\d{1,2}$/u;

/** A colon glued between two capitalised words (`Bhopal:Chief Minister …`, as Indian datelines come scraped): a space goes after it. */
// (The colon is matched first and the look-behind bounded: a look-behind opening the pattern ran back
// over the whole line at every position, quadratic on a long line of lower-case letters.)
const GLUED_COLON = /:(?<=\b\p{Lu}\p{Ll}{2,40}:)(?=\p{Lu}\p{Ll})/gu;

/**
 * A photo's credit a scrape glued before the report's bracketed dateline (`Win McNamee/Getty
 * Images(WASHINGTON) -- After her meeting …`, as ABC News Radio pages print them): dropped, so the
 * line is the report's text and not a caption.
 */
const GLUED_PHOTO_CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*\/(?:Getty\s+Images|AFP|AP|Reuters|EPA|Bloomberg|iStockphoto|Thinkstock|Shutterstock|ABC(?:\s+News)?)\s*(?=\(\p{Lu}{2,}[\p{Lu} .,'-]*\)\s*(?:--|[–—]))/u;

/** A site's legal notice: copyright, rights reserved, user agreement or privacy policy. */
/** Longest line read as a legal notice alone. */
const MAX_LEGAL_NOTICE_CHARS = 300;
const LEGAL_NOTICE = /©|\bAll rights reserved\b|\bUser Agreement\b|\bPrivacy Policy\b|\bTerms of (?:Use|Service)\b/i;

/** A blog's label before a later report's dateline (`Update:`, `UPDATE -`). */
const UPDATE_LABEL = /^(?:update|updated)\s*[:–—-]\s*/i;
/**
 * A page saved as one long line (`… (Photo by Lan Wei/Xinhua) HOUSTON, Jan. 22 (Xinhua) -- A rare
 * winter storm …`): a line break goes before each wire dateline inside a line longer than
 * {@link RUN_ON_LINE_CHARS}, so that the report starts at its dateline as on a page with lines.
 */
function splitRunOnLines(raw: readonly string[]): string[] {
  return raw.flatMap((l) => (l.length > RUN_ON_LINE_CHARS && l.includes('(') ? l.replace(INNER_WIRE_DATELINE, '\n').split('\n') : [l]));
}
/** Longest line left whole (a paragraph of wire copy is a few hundred characters). */
const RUN_ON_LINE_CHARS = 1000;
/** White space before a wire dateline inside a line: a place in capitals, a date, an agency in brackets, a dash. */
const INNER_WIRE_DATELINE = /(?<=[.!?)”"\d])\s+(?=\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2},\s+[\p{L}.]{3,5}\s+\d{1,2}\s+\((?:Xinhua|Reuters|AFP|AP|UPI|PTI|IANS|ANI|Yonhap|Kyodo|Bernama|dpa|ANSA|EFE|Anadolu|TASS|Interfax)\)\s*(?:--|[-–—]))/gu;

/** A related-links box's label: `More On This...`, `More from CNN`, `Related stories`. */
const LINK_BOX_LABEL = /^(?:more (?:on|from|in)\b.{0,40}|related (?:links|stories|articles|coverage|news))$/i;
/** Paragraphs of prose right under such a label that show the story goes on past it. */
const MIN_PROSE_UNDER_LINK_BOX_LABEL = 3;

/** A share opening a bulleted line, then a lower-case word (see classify). */
const SHARE_ITEM = /^\d{1,3}(?:[.,]\d{1,2})?\s?(?:%|per ?cent\b|percent\b)\s+(?:of\s+[\p{L} -]{1,40}?\s+)?\p{Ll}/u;

/** Shortest sentence after a bulleted dateline read as a report's opening (a link list's items are headlines). */
const MIN_BULLETED_REPORT_CHARS = 80;

function classify(raw: string): Line {
  const spaced = raw.replace(/[\u00a0\t ]+/g, ' ').trim();
  const text = (spaced.includes('/') ? spaced.replace(GLUED_PHOTO_CREDIT, '') : spaced).replace(GLUED_AD_LABEL, '').replace(GLUED_COLON, ': ').replace(FOOTNOTE_MARK, '');
  if (text === '') return { text, kind: 'blank' };
  if (isSkipLine(text)) return { text, kind: 'skip' };
  if (isSectionLabel(text)) return { text, kind: 'section' };
  if (BULLET_LINE.test(text)) {
    // A blog quoting wire copy under a bullet (`* WASHINGTON (Reuters) – The number of …`): the
    // report's dateline; other bulleted lines end the text (link lists, see END_LINE).
    // (`* Update: WASHINGTON — Nearly 5 million …`: a blog's label for a later report, then its dateline.)
    const unbulleted = text.replace(BULLET_LINE, '').trimStart();
    const quoted = parseDateline(unbulleted.replace(UPDATE_LABEL, ''));
    if (quoted && quoted.rest.length >= MIN_BULLETED_REPORT_CHARS) return { text, kind: 'dateline', dateline: quoted };
    // (A paragraph of the story set as a bullet, as summaries are (`• The 750,000 who lost power in
    // Connecticut broke a state record …`): text; a link list's items are headlines, not sentences.)
    if (unbulleted.length >= PROSE_MIN && /[.!?]["”’)]?$/.test(unbulleted)) return { text: unbulleted, kind: 'text', item: true };
    // (So is a poll's result set as a bullet, a share and what those answered: `- 45% declared support
    // for the use of 1080`, `- 15% were unsure`; a link list's headline seldom opens with a share.)
    if (SHARE_ITEM.test(unbulleted)) return { text: unbulleted, kind: 'text', item: true };
  }
  if (isEndLine(text)) return { text, kind: 'end' };
  const credit = readByline(text);
  if (credit) return { text, kind: 'byline', ...(credit.name ? { byline: credit.name } : {}), ...(credit.agency ? { agency: credit.agency } : {}) };
  const d = parseDateline(text);
  if (d) return { text, kind: 'dateline', dateline: d };
  if (isCaption(text)) return { text, kind: 'caption' };
  if (isTimestampLine(text)) return { text, kind: 'skip' };
  return { text, kind: 'text' };
}

/**
 * A line printed twice in a row (`Sweets being prepared … — PTI` then `… - PTI`: a photo's alt text
 * and its caption, as scrapes keep both) is a caption, never a headline or a paragraph. Dashes and
 * spaces are compared loosely; lines shorter than {@link MIN_REPEATED_CAPTION_CHARS} are left alone.
 */
function markRepeatedCaptions(lines: Line[]): Line[] {
  const key = (t: string): string => t.replace(/[—–-]/g, '-').replace(/\s+/g, ' ').toLowerCase();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.kind === 'text' && b.kind === 'text' && a.text.length >= MIN_REPEATED_CAPTION_CHARS && key(a.text) === key(b.text)) {
      a.kind = 'caption';
      b.kind = 'caption';
    }
  }
  // A lone bulleted line between two paragraphs of prose (`  • An Israeli volunteer in Ukraine “fell in
  // love with my place” – and her husband …`): a link to another story set into this one, skipped; a
  // footer's link list has several bullets, or no story under it.
  const nonBlank = lines.flatMap((l, i) => (l.kind === 'blank' ? [] : [i]));
  for (let k = 1; k + 1 < nonBlank.length; k++) {
    const l = lines[nonBlank[k]!]!;
    const before = lines[nonBlank[k - 1]!]!;
    const after = lines[nonBlank[k + 1]!]!;
    if (l.kind === 'end' && BULLET_LINE.test(l.text) && isProse(before) && isProse(after) && /[.!?]["”’)]?$/.test(after.text)) l.kind = 'skip';
    // (So is a related-links box's label whose links the scrape left out, the story's prose going on
    // under it: `More On This...` / `IOM spokesman Paul Dillon said …` and more.)
    else if (l.kind === 'end' && LINK_BOX_LABEL.test(l.text) && isProse(before) && /[.!?]["”’)]?$/.test(after.text) && nonBlank.slice(k + 1, k + 1 + MIN_PROSE_UNDER_LINK_BOX_LABEL).filter((j) => isProse(lines[j]!)).length === MIN_PROSE_UNDER_LINK_BOX_LABEL) l.kind = 'skip';
  }
  // A chart's credit printed twice, a blank line apart or not (`Jobless Claims (Bloomberg)`), reads
  // as a dateline with no text after it; a report's dateline is never printed twice in a row.
  let prev = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'blank') continue;
    const p = prev >= 0 ? lines[prev]! : undefined;
    if (p && l.kind === 'dateline' && p.kind === 'dateline' && l.dateline?.rest === '' && key(p.text) === key(l.text)) {
      p.kind = 'caption';
      l.kind = 'caption';
    }
    prev = i;
  }
  return listsIntroducedByColon(lines);
}

/**
 * A bulleted list that a sentence of the story introduces with a colon (a press release's `…
 * financial results including the following highlights …:` / `• Revenues increased 84% to $4.3
 * billion`): the story's own items, each a paragraph of text, not a link list that ends the page.
 * Items of fewer than {@link MIN_LIST_ITEM_WORDS} words are left as they are.
 */
function listsIntroducedByColon(lines: Line[]): Line[] {
  const out: Line[] = [];
  let intro = false;
  let dateIntro = false;
  let datesRun = 0;
  for (const [i, l] of lines.entries()) {
    if (l.kind === 'blank') {
      out.push(l);
      continue;
    }
    // (An item may read as a ticker or a results row too, `• Revenues increased 84% to $4.3 billion`.)
    if (intro && (l.kind === 'end' || l.kind === 'skip') && BULLET_LINE.test(l.text) && l.text.split(/\s+/).length > MIN_LIST_ITEM_WORDS) {
      // (The bullet stays: an item is no subhead, and the list reads as one.)
      out.push({ text: l.text, kind: 'text' }, { text: '', kind: 'blank' });
      continue;
    }
    // (The list goes on past an item long enough to read as text by itself, `• A federal law requiring
    // background checks …: 84 percent support; 7 percent oppose.`, to the shorter ones after it.)
    if (intro && l.item) {
      out.push(l);
      continue;
    }
    // (So is a list of days under a sentence that introduces them, each on its own line as a stamp
    // is: `The announcement dates from September 2008 through December 2009 are:` / `Wednesday, 3
    // September 2008` / `Tuesday, 21 October 2008` / …; two or more in a row.)
    if (dateIntro && l.kind === 'skip' && isTimestampLine(l.text) && (datesRun > 0 || nextIsDateLine(lines, i))) {
      out.push({ text: l.text, kind: 'text', item: true });
      datesRun++;
      continue;
    }
    intro = (l.kind === 'text' || l.kind === 'dateline') && l.text.length >= PROSE_MIN && /:\s*$/.test(l.text);
    dateIntro = l.kind === 'text' && /:\s*$/.test(l.text) && l.text.split(/\s+/).length >= MIN_DATE_LIST_INTRO_WORDS;
    datesRun = 0;
    out.push(l);
  }
  return out;
}
/** Fewest words of a sentence that introduces a list of days (`The announcement dates … are:`). */
const MIN_DATE_LIST_INTRO_WORDS = 5;
/** Whether the next line after `i` that is not blank is a line of a day alone, as a stamp is. */
function nextIsDateLine(lines: readonly Line[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.kind === 'blank') j++;
  return j < lines.length && lines[j]!.kind === 'skip' && isTimestampLine(lines[j]!.text);
}
/** Fewest words of a list item read as the story's (a bullet and three words: `• Revenues increased 84%`). */
const MIN_LIST_ITEM_WORDS = 3;

/** A line of story text: prose of {@link PROSE_MIN} characters or more, no bullet. */
const isProse = (l: Line): boolean => l.kind === 'text' && l.text.length >= PROSE_MIN && !BULLET_LINE.test(l.text);
/** Shortest line read as a repeated caption (a short line printed twice may be a kicker and a headline). */
const MIN_REPEATED_CAPTION_CHARS = 40;

/** `[August 16, 2019] By` + next line `Steve Holland`: a date and a dangling `By` before the name. */
const DANGLING_BY_RE = /\bby$/i;
/** A news agency alone on a line, as a broken byline credits it (`AP,`, `Associated Press`). */
const AGENCY_CREDIT_LINE = /^(AP|Associated Press|Reuters|AFP|UPI|Bloomberg|The Canadian Press|Canadian Press|PA|dpa)[,.]?$/i;
/** A line holding only a person's name (two to four capitalised words). */
const NAME_LINE_RE = /^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$/u;

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (x: Ymd): string => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const dayNumber = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d) / 86_400_000;

/** Month names for messages. */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The year (of y-1, y, y+1) that puts month/day nearest to the reference date. */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** How far from a guessed year {@link yearAgreeingWithLead} looks: a dateline's year guessed from a date the story recalls may be years off. */
const LEAD_WEEKDAY_YEARS = [0, 1, -1, 2, 3];

/** Days from a full date on the page within which a dateline's year is not checked against its lead's weekday. */
const NEAR_ANCHOR_DAYS = 7;

/**
 * The year of a dateline written without one (`PHOENIX, April 13 (UPI) --`), checked against the
 * weekday its lead names: wire leads tell the day of the news by weekday (`was sentenced on
 * Monday`), the dateline's day or the day before. When the lead names one weekday and the guessed
 * year (from a date the page recalls, `May 8, 2013`) puts the dateline on another, the nearest
 * year in {@link LEAD_WEEKDAY_YEARS} that agrees is taken (April 13 was a Monday in 2015); the
 * guess stands when the lead names no weekday, several, or no near year agrees.
 */
function yearAgreeingWithLead(m: number, d: number, guess: number, lead: string): number {
  const named = new Set([...lead.matchAll(WEEKDAY_RE)].map((x) => WEEKDAYS.indexOf(x[1]!)));
  if (named.size !== 1) return guess;
  const w = [...named][0]!;
  const agrees = (y: number): boolean => {
    const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    return day === w || (day + 6) % 7 === w;
  };
  for (const k of LEAD_WEEKDAY_YEARS) if (agrees(guess + k)) return guess + k;
  return guess;
}

function nearestYear(m: number, d: number, ref: Ymd): number {
  let best = ref.y;
  let bestGap = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const gap = Math.abs(dayNumber({ y, m, d }) - dayNumber(ref));
    if (gap < bestGap) {
      bestGap = gap;
      best = y;
    }
  }
  return best;
}


/** Headline words shared with the body, as a share of the headline's words (page-title choice). */
function overlapScore(headline: string, body: string): number {
  const words = (s: string): string[] => s.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const hw = words(headline);
  if (hw.length === 0) return 0;
  const bw = new Set(words(body));
  return hw.filter((w) => bw.has(w)).length / hw.length;
}

/**
 * Splits a scraped news page into its articles.
 *
 * Method: each line is classified (blank, boilerplate, caption, section label, page-end marker,
 * byline, dateline, text). Every dateline starts an article; its headline and byline are read from
 * the few lines above it (a wrapped headline is joined); its body runs until the next article's
 * preamble, a section label or a page-end marker (`Email This Article`, `Related Links`, link
 * lists, copyright), skipping ads and captions inside it. An article after a page-end marker is a
 * teaser. The main report with no headline of its own takes the page title (the headline-like line
 * above everything whose words best match its body). A year missing from a dateline comes from
 * the nearest full date on the page (other datelines, timestamps), then from `hints.fileDate`.
 * A page with no dateline is kept as one article (headline from the top, date from a timestamp
 * line or a date before or opening the lead, never from the story's sentences; see
 * publicationDate) with a `no-article` warning.
 */
export function segmentPage(name: string, text: string, hints: SegmentHints): SegmentResult {
  const lines = markRepeatedCaptions(splitRunOnLines(text.split('\n')).map(classify));
  const warnings: IngestWarning[] = [];
  const datelineIdx = lines.flatMap((l, i) => (l.kind === 'dateline' ? [i] : []));

  // Full dates anywhere on the page, with their line numbers, for year inference.
  const pageDates: { line: number; ymd: Ymd }[] = [];
  lines.forEach((l, i) => {
    // (Not a site's legal notice: `© 2015 … User Agreement (updated 12/23/13)` dates no report.)
    // (A long run-on line that holds a notice holds other furniture too, a stamp among it: read.)
    if (l.text.length > MAX_LEGAL_NOTICE_CHARS || !LEGAL_NOTICE.test(l.text)) for (const ymd of stampDates(l.text)) pageDates.push({ line: i, ymd });
  });
  const hint = parseHint(hints.fileDate);

  if (datelineIdx.length === 0) return wholePage(name, lines, pageDates, hint, warnings, hints.url ?? null);

  // 1. Preamble (headline, byline) of each dateline, searched upwards.
  interface Draft {
    at: number;
    preambleStart: number;
    headline: string | null;
    byline: string | null;
    bylineAgency: string | null;
    dateline: Dateline;
  }
  const drafts: Draft[] = [];
  for (const [k, at] of datelineIdx.entries()) {
    const floor = k > 0 ? datelineIdx[k - 1]! + 1 : 0;
    let headline: string | null = null;
    let byline: string | null = null;
    let bylineAgency: string | null = null;
    let start = at;
    let headlineLines: string[] = [];
    let beforeHeadline = at;
    for (let i = at - 1; i >= Math.max(floor, at - PREAMBLE_LOOKBACK); i--) {
      const l = lines[i]!;
      if (l.kind === 'blank' || l.kind === 'skip' || l.kind === 'caption') {
        if (headlineLines.length > 0 && l.kind === 'blank') break;
        continue;
      }
      if (l.kind === 'byline' && byline === null && bylineAgency === null && headlineLines.length === 0) {
        byline = l.byline ?? null;
        bylineAgency = l.agency ?? null;
        start = i;
        continue;
      }
      if (l.kind === 'text' && byline === null && headlineLines.length === 0 && i > floor && DANGLING_BY_RE.test(lines[i - 1]!.text) && NAME_LINE_RE.test(l.text)) {
        // `[August 16, 2019] By` / `Steve Holland`: a byline broken after `By`.
        byline = titleCaseName(l.text);
        start = i - 1;
        i--;
        continue;
      }
      // `By` / `GREG BEACHAM` / `AP,` / `March 9, 2019`: the agency on a line of its own under such a
      // broken byline (the date line under it is skipped as a timestamp).
      const creditAgency: RegExpExecArray | null = l.kind === 'text' && byline === null && bylineAgency === null && headlineLines.length === 0 && i - 1 > floor ? AGENCY_CREDIT_LINE.exec(l.text) : null;
      if (creditAgency && NAME_LINE_RE.test(lines[i - 1]!.text) && DANGLING_BY_RE.test(lines[i - 2]!.text)) {
        bylineAgency = creditAgency[1]!.length > 3 ? creditAgency[1]! : creditAgency[1]!.toUpperCase();
        start = i;
        continue;
      }
      if (l.kind === 'text' && l.text.length < PROSE_MIN) {
        const top = headlineLines[0];
        const continues = top === undefined ? isHeadlineLike(l.text) || /^\p{Ll}/u.test(l.text) : /^\p{Ll}/u.test(top);
        if (continues) {
          headlineLines.unshift(l.text);
          if (headlineLines.length === 1) beforeHeadline = start;
          start = i;
          // Stop unless this line itself continues a wrapped headline from the line above.
          if (!/^\p{Ll}/u.test(l.text)) break;
          continue;
        }
      }
      if (l.kind === 'section') break;
      break;
    }
    headline = headlineLines.length > 0 ? headlineLines.join(' ') : null;
    if (headline !== null && !isHeadlineLike(headline)) {
      headline = null;
      start = beforeHeadline;
    }
    drafts.push({ at, preambleStart: start, headline, byline, bylineAgency, dateline: lines[at]!.dateline! });
  }

  // 2. Bodies: from the dateline to the next preamble, a section label or a page-end marker.
  const articles: Article[] = [];
  const usedTitles = new Set<string>();
  for (const [k, d] of drafts.entries()) {
    const stop = k + 1 < drafts.length ? drafts[k + 1]!.preambleStart : lines.length;
    const bodyLines: string[] = [];
    if (d.dateline.rest) bodyLines.push(d.dateline.rest);
    let i = d.at + 1;
    for (; i < stop; i++) {
      const l = lines[i]!;
      // (A credit or notice right under the report's opening, the report going on after it: `SEATTLE
      // (AP) — …` / `© Provided by The Canadian Press` / the story. Not a footer: nothing ends there.)
      if (l.kind === 'end' && bodyLines.filter((b) => b.length >= PROSE_MIN).length <= 1 && !BULLET_LINE.test(l.text) && proseLines(lines, i + 1, nextEndAfter(lines, i, stop)) >= MIN_PROSE_AFTER_EARLY_END) continue;
      if (l.kind === 'end' || l.kind === 'section') break;
      // Ads and captions inside a body are left out without breaking a wrapped paragraph.
      if (l.kind === 'skip' || l.kind === 'caption') continue;
      if (l.kind === 'blank') {
        bodyLines.push('');
        continue;
      }
      bodyLines.push(l.text);
    }
    // A teaser follows a page-end marker that closed an earlier article on the page.
    const prevAt = k > 0 ? drafts[k - 1]!.at : -1;
    const teaser = prevAt >= 0 && lines.slice(prevAt + 1, d.preambleStart).some((l) => l.kind === 'end');
    let byline = d.byline;
    const cleaned = cleanParagraphs(bodyLines);
    const paragraphs = cleaned.paragraphs;
    byline ??= cleaned.credit;
    if (d.headline) usedTitles.add(d.headline);
    articles.push({
      id: `${idStem(name)}#${k + 1}`,
      file: name,
      headline: d.headline,
      byline,
      place: d.dateline.place,
      agency: d.dateline.agency ?? d.bylineAgency,
      date: null,
      teaser,
      paragraphs,
      // The page's address is its main report's: the first.
      url: k === 0 ? (hints.url ?? null) : null,
    });
  }

  // 3. The page title goes to the first article left without a headline.
  const firstDateline = datelineIdx[0]!;
  const titleCandidates = lines
    .slice(0, firstDateline)
    .filter((l) => l.kind === 'text' && isHeadlineLike(l.text) && !usedTitles.has(l.text))
    .map((l) => l.text);
  for (const a of articles) {
    if (a.headline !== null || titleCandidates.length === 0) continue;
    const body = a.paragraphs.join(' ');
    let best = titleCandidates[0]!;
    let bestScore = -1;
    for (const c of titleCandidates) {
      // Site banners (`. Military Space News .`) start or end with punctuation: a small penalty.
      const penalty = /^[^\p{L}\p{N}"'“‘]|[^\p{L}\p{N}"'”’?!)]$/u.test(c) ? 0.25 : 0;
      const s = overlapScore(c, body) - penalty;
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    a.headline = best;
    titleCandidates.splice(titleCandidates.indexOf(best), 1);
  }

  // 4. Dates: the dateline's own year, else the nearest full date on the page, else the file's date.
  // (A line of page furniture stamping a date: a publication stamp or a timestamp line.)
  const stampAt = (p: { line: number }): boolean => isPublishedStamp(lines[p.line]!.text) || isTimestampLine(lines[p.line]!.text);
  const pageStamp = pageDates.find((p) => p.line < datelineIdx[0]! && stampAt(p));
  for (const [k, d] of drafts.entries()) {
    const a = articles[k]!;
    const dl = d.dateline;
    let month = dl.month;
    let day = dl.day;
    let year = dl.year;
    if (month === null || day === null) {
      // No date in the dateline: a timestamp in the preamble or the page's nearest full date before it.
      // (For a later report, not a date inside the report before it: `… the highest since October 30,
      // 1982.` / `* Update: WASHINGTON — …` is no report of 1982. Its own preamble's, or a stamp line's.)
      const before = pageDates.filter((p) => p.line <= d.at && p.line >= (k > 0 ? drafts[k - 1]!.at : 0) && (k === 0 || p.line >= d.preambleStart || stampAt(p)));
      // (Else a publication stamp printed under it, before the next report: `New Delhi - …` then
      // `Published: Wed 22 May 2019, 10:00 PM`.)
      const nextAt = k + 1 < drafts.length ? drafts[k + 1]!.at : lines.length;
      // (A photo's caption dates the photo, often days before the report, `… on Monday, July 26, 2021.
      // (AP Photo/…)` on a page of August 2: after the address's day, and only when nothing else dates it.)
      const captioned = (p: { line: number }): boolean => lines[p.line]!.kind === 'caption' || isCaption(lines[p.line]!.text);
      const uncaptioned = before.filter((p) => !captioned(p));
      // (A stamp line before a date in other lines, the nearest though it is: `July 22, 2016 / 9:13 AM /
      // a year ago` above a photo's line `… speaks during a news conference in Vienna, Austria, May 17, 2016.`)
      const stamped = uncaptioned.filter(stampAt);
      // (Of those, a stamp of the publication before one of an update: `Posted at 11:36 AM, May 15,
      // 2017` / `and last updated 2017-05-16 06:03:47-04` / `(NBC) - …`.)
      const published = stamped.filter((p) => !UPDATED_ONLY.test(lines[p.line]!.text));
      const pick = published[published.length - 1] ?? stamped[stamped.length - 1] ?? uncaptioned[uncaptioned.length - 1] ?? pageDates.find((p) => p.line > d.at && p.line < nextAt && isPublishedStamp(lines[p.line]!.text));
      const lastResort = before[before.length - 1];
      if (pick) ({ m: month, d: day, y: year } = pick.ymd);
      // (Else, for the page's main report, the whole day its address or file name gives.)
      else if (k === 0 && hint?.fullDay) ({ m: month, d: day, y: year } = hint.ymd);
      else if (lastResort) ({ m: month, d: day, y: year } = lastResort.ymd);
      // (Else, for a later report of a digest, the page's stamp above its first report: `All News
      // 17:05 April 17, 2017` / `The following is the second summary of major stories …` / three
      // `SEOUL --` reports. Not for a teaser after the page's end.)
      else if (k > 0 && !articles[k]!.teaser && pageStamp !== undefined) ({ m: month, d: day, y: year } = pageStamp.ymd);
    }
    // (A stamp in figures valid both ways, `02/07/2025`, gives its year when one way is the
    // dateline's own day: `TOKYO, July 2, (AP):` under it.)
    if (month !== null && day !== null && year === null) year = ambiguousStampYear(lines, d.at, month, day);
    if (month !== null && day !== null && year === null) {
      const anchors = [
        ...drafts.filter((o) => o.dateline.year !== null && o.dateline.month !== null && o.dateline.day !== null).map((o) => ({ line: o.at, ymd: { y: o.dateline.year!, m: o.dateline.month!, d: o.dateline.day! } })),
        ...pageDates,
      ].sort((x, y) => Math.abs(x.line - d.at) - Math.abs(y.line - d.at));
      const anchor = anchors[0];
      const ownBody = anchor !== undefined && anchor.line > d.at && (k + 1 >= drafts.length || anchor.line < drafts[k + 1]!.at) && !drafts.some((o) => o.at === anchor.line);
      if (anchor && ownBody) {
        // A date the article itself mentions is in its past: take the first year on or after it.
        year = anchor.ymd.y;
        if (dayNumber({ y: year, m: month, d: day }) < dayNumber(anchor.ymd)) year++;
      } else {
        const ref = anchor?.ymd ?? hint?.ymd ?? null;
        if (ref) year = nearestYear(month, day, ref);
      }
      // (Not against a full date on the page a few days away: `Xinhua) 08:59, February 01, 2025` then
      // `BEIJING, Jan. 31 (Xinhua) -- … will be published on Saturday` is 2025, though 31 January 2025
      // was a Friday: the lead's weekday is the coming day.)
      // (Nor against the whole day the address gives a day away: `…-idUKN1E77S1T720110830` over `NEW
      // YORK Aug 29 Serena Williams will make her … return … on Tuesday` is 2011, the Tuesday ahead.)
      const near = (ymd: Ymd): boolean => year !== null && Math.abs(dayNumber({ y: year, m: month, d: day }) - dayNumber(ymd)) <= NEAR_ANCHOR_DAYS;
      // (Nor against the year and month the address gives, the dateline's month: `/news/2015/03/` over
      // `NAIROBI, Kenya, Mar 10 – … has been given until Friday` is 2015.)
      const sameMonth = hint?.month === month && hint.ymd.y === year;
      const close = (anchor !== undefined && near(anchor.ymd)) || (hint?.fullDay === true && near(hint.ymd)) || sameMonth;
      if (year !== null && !close) year = yearAgreeingWithLead(month, day, year, a.paragraphs[0] ?? '');
    }
    a.date = month !== null && day !== null && year !== null ? iso({ y: year, m: month, d: day }) : null;
    if (a.date === null) {
      const what = month !== null && day !== null ? `gives ${MONTH_NAMES[month - 1]} ${day} but no year, and the page gives none` : 'gives no date, and neither does the page';
      warnings.push({ file: name, code: 'undated', message: `${name}: the dateline of "${a.headline ?? a.place ?? `article ${k + 1}`}" ${what}; the article is undated, so its relative dates ("Monday", "last week") are not resolved. A full date on the page or in the file name (2007-04-23) dates it.` });
    }
  }

  // A one-paragraph report dated before the page's longest report is a teaser for an older story,
  // even where no footer separates it.
  const main = articles.reduce<Article | null>((m, a) => (m === null || a.paragraphs.length > m.paragraphs.length ? a : m), null);
  for (const [k, a] of articles.entries()) {
    if (k === 0 || a === main || a.paragraphs.length !== 1 || !a.date || !main?.date || a.date >= main.date) continue;
    // A report the page introduces with a section label (`earlier related report`) is a full report.
    const labelled = lines.slice(drafts[k - 1]!.at + 1, drafts[k]!.preambleStart).some((l) => l.kind === 'section');
    if (!labelled) a.teaser = true;
  }

  const kept = articles.filter((a) => a.paragraphs.length > 0);
  if (kept.length === 0) {
    // Datelines but no text under any (a cut-off page): say so rather than drop the file silently.
    warnings.push({ file: name, code: 'no-article', message: `${name}: ${articles.length} dateline(s) but no article text under any; nothing kept (is the file cut off?).` });
  }
  return { articles: kept.map((a, i) => ({ ...a, id: `${idStem(name)}#${i + 1}` })), warnings };
}

/** Most words a section subhead (`"Too Close"`, `TNS - "LEAVE" AHEAD BY 2 POINTS`) has. */
const SUBHEAD_MAX_WORDS = 8;
const CAPS_SUBHEAD_MAX_WORDS = 15;
/** Longer than this, a paragraph is never a subhead (cheap early exit). */
const SUBHEAD_MAX_CHARS = 160;

/**
 * A section subhead inside a body: a few words with no sentence punctuation at the end
 * (quote marks aside), or a short line in capitals. Subheads are page structure, not prose.
 */
export function isSubhead(p: string): boolean {
  // (A results row, `ACT: 12 percent, steady`, is short and has no verb, but it is the story's figures.)
  if (p.length > SUBHEAD_MAX_CHARS || isShareRow(p)) return false;
  // (Nor is an item of a list the story introduces, kept with its bullet: `• Revenues increased 84% to $4.3 billion`.)
  if (BULLET_LINE.test(p)) return false;
  // (Nor a poll's result that lost its bullet, `45% declared support for the use of 1080`.)
  if (SHARE_ITEM.test(p)) return false;
  const bare = p.replace(/["“”‘’']/g, '').trim();
  const words = bare.split(/\s+/).length;
  // (Nor a day alone on its line: only an item of a list of days gets this far, see
  // listsIntroducedByColon; asked only of a line that would be a subhead.)
  if (words <= SUBHEAD_MAX_WORDS && /[\p{L}\p{N})]$/u.test(bare)) return !isTimestampLine(p);
  const letters = bare.replace(/[^\p{L}]/gu, '');
  return words <= CAPS_SUBHEAD_MAX_WORDS && letters.length > 3 && letters === letters.toUpperCase() && !/[.!?]$/.test(bare) && !isTimestampLine(p);
}

/** How far from a paragraph's end a `(Reporting by …)` credit is looked for. */
const CREDIT_TAIL = 240;

/** A closing `(Reporting by Name; editing by …)` credit at the end of a paragraph: the name and the text before it. */
function closingCredit(p: string): { name: string; before: string } | null {
  const from = Math.max(0, p.length - CREDIT_TAIL);
  if (!/reporting by/i.test(p.slice(from))) return null;
  const m = REPORTING_BY_RE.exec(p.slice(from));
  if (!m) return null;
  return { name: m[1]!.trim(), before: p.slice(0, from + m.index).trim() };
}

/** A hyphen bullet opening a paragraph: a hyphen and a space (a minus sign, `-40`, has none). */
const BULLET_RE = /^-\s+(?=\S)/u;

/**
 * Body lines → clean paragraphs: paragraphs rebuilt, reference codes and ticker links removed, a
 * closing `(Reporting by …)` credit taken out (its name returned), captions, subheads and repeats dropped.
 */
function cleanParagraphs(bodyLines: readonly string[]): { paragraphs: string[]; credit: string | null } {
  let credit: string | null = null;
  const paragraphs = toParagraphs(bodyLines)
    // Both patterns start with `\s*`, which a regex engine retries at every white space of the
    // paragraph: run them only where their bracket occurs at all.
    .map((p) => (p.includes('[') ? p.replace(REF_CODE_RE, '') : p))
    .map((p) => (p.includes('(') ? p.replace(TICKER_LINK_RE, '') : p))
    .map((p) => (p.includes(' MORE') ? p.replace(HOVER_CARD_RE, '$1') : p))
    // A hyphen-bulleted summary line (`- GameStop shares fell …`): the text without its bullet.
    // (A line opening with `•` or `*` ends the text before it: page footers list links so, see END_LINE.)
    .map((p) => p.replace(BULLET_RE, ''))
    // A bulleted results row (`• National: 36 percent`): the row without its bullet.
    .map((p) => (isShareRow(p) ? p.replace(BULLET_LINE, '').trimStart() : p))
    // (A results row with an equals sign, `Money = 30%`, reads as one with a colon.)
    .map((p) => (p.includes(' = ') && isShareRow(p) ? p.replace(EQUALS_IN_ROW, ': ') : p))
    .map((p) => {
      const c = closingCredit(p);
      if (!c) return p;
      credit ??= c.name;
      return c.before;
    })
    .filter((p) => p.length > 0 && !isCaption(p));
  // A dash signature on its own line under a quote (`"Our hearts … coworkers."` / `— Sheriff Eric
  // Flowers`, as reaction roundups print them) is that quote's attribution, not a subhead: it joins
  // the paragraph above.
  const joined: string[] = [];
  for (const p of paragraphs) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && DASH_SIGNATURE.test(p) && /["”]\s*$/.test(prev)) joined[joined.length - 1] = `${prev} ${p}`;
    else joined.push(p);
  }
  return { paragraphs: dropRepeats(joined.filter((p) => !isSubhead(p))), credit };
}

/** The equals sign between a results row's name and its share. */
const EQUALS_IN_ROW = /\s=\s(?=\d)/;

/**
 * A name's hover card as scraped from The Hill's pages, glued to the name it pops up from: the
 * name, its full form, the card's headlines, then `MORE` (`Commerce Secretary Wilbur RossWilbur
 * Louis RossFormer Trump officials find … permits MORE said in a statement`, `Sen. Lamar
 * AlexanderAndrew (Lamar) Lamar AlexanderThe Hill's … MORE (R-Tenn.)`). `$1` is the name as the
 * sentence wrote it.
 */
const HOVER_CARD_RE = /((?:\p{Lu}[\p{L}.'’-]* )*?(\p{Lu}[\p{L}'’-]+))\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}[\p{L}.'’-]*\)))*? \2(?=\p{Lu})[^\n]*? MORE\b/gu;

/** A signature: a dash, then a name with its title and perhaps a comma and its post (`— Sheriff Eric Flowers`, `- Jane Doe, mayor of Stuart`). */
const DASH_SIGNATURE = /^(?:[—–]|--?)\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|\([\p{L} ]{1,20}\))){0,5}(?:,\s*[^.!?"“”]{1,80})?$/u;

/** Drops a paragraph that repeats one already kept (portals print captions and leads twice); a results row (`Greens - 8%`) may come again in another region's table. */
function dropRepeats(paragraphs: string[]): string[] {
  // (The last copy is kept, in its place in the story: a summary's bullets above it (`What you need
  // to know:`) repeat the story's own paragraphs, whose neighbours tell who speaks in them.)
  const seen = new Set<string>();
  return paragraphs
    .slice()
    .reverse()
    .filter((p) => {
      if (isShareRow(p)) return true;
      const key = p.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .reverse();
}

/** Most lines between a page's headline and its lead (a standfirst, a reading time, a byline). */
const MAX_HEADLINE_TO_LEAD_LINES = 6;
/** A lead paragraph: prose of at least this many words ending a sentence. */
const MIN_LEAD_WORDS = 12;

/**
 * The headline line of a page with no dateline: the nearest headline-like line above its lead (the
 * first line of prose: {@link MIN_LEAD_WORDS} words or more, ending a sentence), within
 * {@link MAX_HEADLINE_TO_LEAD_LINES} lines, so that the navigation, promotions and sign-up links a
 * scraped web page carries above its story (`Newsletter sign-up`, `… Partner content`) are not taken
 * for it; lines above the headline are left out of the body. With no such line, the first
 * headline-like line of the page, as before. -1 when there is none.
 */
function wholePageHeadline(lines: readonly Line[], endAt: number): number {
  const first = lines.findIndex((l, i) => i < endAt && l.kind === 'text' && isHeadlineLike(l.text) && !wrapsOn(lines, i));
  // (Or a colon, before what the lead introduces: `A four-day poll by Suffolk University queried 600
  // likely voters. Here is a sampling of the electorate’s mood on a variety of topics:` / questions.)
  const lead = lines.findIndex((l, i) => i < endAt && l.kind === 'text' && l.text.split(/\s+/).length >= MIN_LEAD_WORDS && /[.!?:]["”’]?$/.test(l.text) && /\p{Ll}/u.test(l.text));
  if (lead < 0 || first < 0) return first;
  // A page that opens with its story (an excerpt, a text-only page) has no headline: a headline-like
  // line after two or more of its paragraphs is a sentence of it or navigation below it (`Front page
  // (for this issue) |`); after one, that paragraph may be a teaser above the real headline.
  if (first > lead) {
    // (A quoted sentence on a line of its own after the lead, `“Unfortunately, this is terrible news
    // for the reef.”`, is the next paragraph of the story, not a headline below a teaser.)
    if (QUOTED_SENTENCE_LINE.test(lines[first]!.text)) return -1;
    // (Nor is a line a transcript's speaker label introduces: `MICHEL MARTIN, HOST:` / `So that
    // means that nearly half of Americans are abstaining?`.)
    let above = first - 1;
    while (above >= 0 && lines[above]!.kind === 'blank') above--;
    if (above >= 0 && SPEAKER_LABEL_LINE.test(lines[above]!.text)) return -1;
    const proseBefore = lines.slice(lead, first).filter((l) => l.kind === 'text' && l.text.length >= PROSE_MIN).length;
    const proseAfter = lines.slice(first + 1, endAt).some((l) => l.kind === 'text' && l.text.length >= PROSE_MIN);
    // (One of a run of subheads between the story's paragraphs, `Civic Coalition Leads, PiS Declines`
    // then `Confederation Tones Up`, …, is a subhead under the standfirst, not a headline.)
    const subheadsAfter = lines.slice(first + 1, endAt).filter((l) => l.kind === 'text' && l.text.length < PROSE_MIN && isHeadlineLike(l.text)).length;
    return proseBefore >= MIN_STORY_PARAGRAPHS_BEFORE_NO_HEADLINE || !proseAfter || subheadsAfter >= MIN_SUBHEADS_AFTER ? -1 : first;
  }
  for (let i = lead - 1; i >= Math.max(0, lead - MAX_HEADLINE_TO_LEAD_LINES); i--) {
    const l = lines[i]!;
    // A reporter's name on its own line under the headline (`Josh Salisbury`) is no headline.
    if (l.kind === 'text' && isHeadlineLike(l.text) && !(isBareName(l.text) && i > first) && !wrapsOn(lines, i)) return deckAbove(lines, i);
  }
  return first;
}

/** A transcript's speaker label alone on its line: `MICHEL MARTIN, HOST:`, `LYDIA SAAD:`, `STEVE INSKEEP, BYLINE:`. */
const SPEAKER_LABEL_LINE = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{Lu} ]{1,20})?:$/u;

/**
 * The year of a date in figures on a short line above line `at` that reads both ways (`02/07/2025`,
 * which fullDatesIn leaves out), when one of its readings is `month`/`day`; null otherwise.
 */
function ambiguousStampYear(lines: readonly Line[], at: number, month: number, day: number): number | null {
  for (let i = at - 1; i >= 0 && at - i <= PREAMBLE_LOOKBACK; i--) {
    const text = lines[i]!.text;
    if (text.length > TIMESTAMP_MAX || !text.includes('/')) continue;
    const [both] = slashedDatesBothWays(text);
    if (both !== undefined && ((both.first === day && both.second === month) || (both.first === month && both.second === day))) return both.y;
  }
  return null;
}

/**
 * A line of hard-wrapped prose, not a headline: it ends with no mark and the next line goes on in
 * lower case or with a figure (`… would come a distant third at` / `six per cent, while …`), or it ends on an
 * article or `of`, whatever the next line opens with.
 */
function wrapsOn(lines: readonly Line[], i: number): boolean {
  const text = lines[i]!.text;
  // (Or it goes on from a long line above that stops mid-sentence: `… at the Media Centre, Union
  // Buildings,` / `Pretoria. There will be a video link …`.)
  const prev = lines[i - 1];
  if (prev !== undefined && prev.kind === 'text' && prev.text.length >= MIN_WRAPPED_LINE_CHARS && /[,\p{Ll}]$/u.test(prev.text)) return true;
  const next = lines[i + 1];
  if (next === undefined || next.kind !== 'text' || /[.!?:;,"”’)]$/.test(text)) return false;
  // (An article or `of` at the end goes on whatever case the next line opens with: `… on the
  // implementation of the` / `Government Programme of Action for 2006 …`.)
  return /^[\p{Ll}\d]/u.test(next.text) || NEVER_LAST_WORD.test(text);
}
/** Lines of prose above a page's headline candidate that show it is a line of the story, not its headline. */
const MIN_PROSE_LINES_ABOVE_NO_HEADLINE = 2;
/** Shortest line above a candidate that, stopping mid-sentence, shows the candidate goes on from it (a kicker above a headline is shorter). */
const MIN_WRAPPED_LINE_CHARS = 40;
/** Words no headline ends with at all (a wrapped line may end with any). */
const NEVER_LAST_WORD = /\b(?:the|a|an|of|and|or|per|than)$/i;

/**
 * The headline over a deck: a long headline-like line (`Cancellations and delays one day after
 * Christmas left people sleeping on airport floors`) right under a shorter one is the standfirst,
 * and the shorter one the headline. Otherwise `i` itself.
 */
function deckAbove(lines: readonly Line[], i: number): number {
  const words = lines[i]!.text.split(/\s+/).length;
  if (words < MIN_DECK_WORDS) return i;
  let j = i - 1;
  while (j >= 0 && lines[j]!.kind === 'blank' && i - j <= 2) j--;
  const above = lines[j];
  const aboveWords = above?.text.split(/\s+/).length ?? 0;
  // (Page furniture above a story, `OPEN APP`, `License article`, is shorter than any headline.)
  return above !== undefined && above.kind === 'text' && isHeadlineLike(above.text) && aboveWords < words && aboveWords >= MIN_HEADLINE_OVER_DECK_WORDS ? j : i;
}
/** Headline-like lines among the paragraphs after a candidate below the lead that show it is one of the story's subheads. */
const MIN_SUBHEADS_AFTER = 2;
/** A line that is one quoted sentence, marks included: `“Unfortunately, this is terrible news.”`. */
const QUOTED_SENTENCE_LINE = /^["“][^"“”]+[.!?]["”]$/;
/** Paragraphs of prose above the first headline-like line that show a page opens with its story. */
const MIN_STORY_PARAGRAPHS_BEFORE_NO_HEADLINE = 2;
/** Fewest words of a headline taken over a deck. */
const MIN_HEADLINE_OVER_DECK_WORDS = 5;
/** Fewest words of a deck (standfirst) under a headline; headlines are shorter. */
const MIN_DECK_WORDS = 12;

/** A line of two or three capitalised name words and nothing else (`Josh Salisbury`, `Ann B. Lee`): a byline without `By`. */
const BARE_NAME_RE = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?){1,2}$/u;

function isBareName(text: string): boolean {
  return BARE_NAME_RE.test(text) && !text.split(/\s+/).some((w) => HEADLINE_WORDS.has(w.toLowerCase()));
}
/** Words of short title-case headlines that are no part of a name (`Markets Rally`, `Obama Wins Again`). */
const HEADLINE_WORDS = new Set(['says', 'wins', 'win', 'rally', 'again', 'news', 'update', 'live', 'latest', 'breaking', 'report', 'falls', 'rises', 'dies', 'quits', 'resigns', 'warns', 'vows', 'the', 'and', 'of', 'in', 'on']);

/** Lines of prose (text lines of {@link PROSE_MIN} characters or more) in `lines[from..to)`. */
function proseLines(lines: readonly Line[], from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(from, 0); i < to; i++) if (lines[i]!.kind === 'text' && lines[i]!.text.length >= PROSE_MIN) n++;
  return n;
}
/** The next end or section line after `i`, before `stop` (`stop` when none). */
function nextEndAfter(lines: readonly Line[], i: number, stop: number): number {
  for (let k = i + 1; k < stop; k++) if (lines[k]!.kind === 'end' || lines[k]!.kind === 'section') return k;
  return stop;
}
/** Prose lines after an end marker that show it stood above the story, not under it. */
const MIN_PROSE_AFTER_EARLY_END = 3;

/** A page with no dateline: one article, headline above the lead (see wholePageHeadline), body after it, date from the page. */
function wholePage(name: string, lines: Line[], pageDates: { line: number; ymd: Ymd }[], hint: Hint | null, warnings: IngestWarning[], url: string | null): SegmentResult {
  // The page's end is the first end marker after its lead: one above it (`• search` in a
  // navigation list at the top) ends nothing.
  const lead = lines.findIndex((l) => l.kind === 'text' && l.text.length >= PROSE_MIN);
  let endAt = lines.findIndex((l, i) => l.kind === 'end' && i > lead);
  if (endAt < 0) endAt = lines.length;
  // (A bulleted share widget under a standfirst, `• Follow us on`, ends nothing when more of the
  // story's prose comes after it than before it.)
  // (Nor does any end marker right under the lead with the story after it: `UPDATE – Nov 25 …` /
  // `© 2015 Telegraph Publishing LLC` / the story.)
  while (endAt < lines.length && (BULLET_LINE.test(lines[endAt]!.text) || proseLines(lines, lead, endAt) <= 1)) {
    const next = lines.findIndex((l, i) => l.kind === 'end' && i > endAt && !BULLET_LINE.test(l.text));
    const to = next < 0 ? lines.length : next;
    const after = proseLines(lines, endAt, to);
    if (after < MIN_PROSE_AFTER_EARLY_END || after <= proseLines(lines, lead, endAt)) break;
    endAt = to;
  }
  let headIdx = wholePageHeadline(lines, endAt);
  // (A headline under two or more lines of the story's prose is a line of the story, hard-wrapped
  // or a subhead: what is above it would be lost. The page opens with its story.)
  // (A line of hard-wrapped prose counts whatever its words: `NEW YORK, Dec. 12, 2012 /PRNewswire/ --Are
  // your stockings hung by the chimney` / `with care? Hope so, …` above a subhead `What is it?`.)
  if (headIdx > 0 && lines.slice(0, headIdx).filter((l, k) => l.kind === 'text' && ((l.text.split(/\s+/).length >= MIN_LEAD_WORDS && !isHeadlineLike(l.text)) || (l.text.length >= MIN_WRAPPED_LINE_CHARS && wrapsOn(lines, k)))).length >= MIN_PROSE_LINES_ABOVE_NO_HEADLINE) headIdx = -1;
  const bodyStart = headIdx >= 0 ? headIdx + 1 : 0;
  const bodyLines: string[] = [];
  const headline = headIdx >= 0 ? lines[headIdx]!.text : null;
  // A reporter's bare name between the headline and the lead (within the headline's reach) is the byline.
  let nameLine = -1;
  for (let i = bodyStart; headIdx >= 0 && i < Math.min(endAt, headIdx + 1 + MAX_HEADLINE_TO_LEAD_LINES); i++) {
    const l = lines[i]!;
    if (l.kind === 'text' && l.text.split(/\s+/).length >= MIN_LEAD_WORDS) break;
    if (l.kind === 'text' && isBareName(l.text)) {
      nameLine = i;
      break;
    }
  }
  for (let i = bodyStart; i < endAt; i++) {
    const l = lines[i]!;
    if (i === nameLine) {
      bodyLines.push('');
      continue;
    }
    if (l.kind === 'text' || l.kind === 'dateline') {
      if (l.text === headline) continue;
      // A timestamp line (`2012-10-30 09:02:59 GMT … SINA.com`) is page furniture, not text.
      // (Not a line of hard-wrapped prose that holds a date: `Government Programme of Action for 2006 in
      // Pretoria from 4 - 7 July 2006. These`.)
      // (Not an item of a list of days the story introduces: see listsIntroducedByColon.)
      if (!l.item && fullDatesIn(l.text).length > 0 && l.text.length < 100 && !/[.!?]["”]?$/.test(l.text) && !wrapsOn(lines, i)) {
        bodyLines.push('');
        continue;
      }
      bodyLines.push(l.text);
    } else bodyLines.push('');
  }
  const { paragraphs, credit } = cleanParagraphs(bodyLines);
  let byline = credit;
  const bylineLine = lines.find((l) => l.kind === 'byline');
  if (bylineLine) byline = bylineLine.byline ?? byline;
  else if (nameLine >= 0) byline = lines[nameLine]!.text;
  const agency = bylineLine?.agency ?? null;
  const first = publicationDate(lines, pageDates, endAt, lead, hint);
  const date = first ? iso(first) : hint?.fullDay ? iso(hint.ymd) : null;
  warnings.push({
    file: name,
    code: 'no-article',
    message: `${name}: no dateline found; kept the page as one article${date ? `, dated ${date} from the page` : ', undated'}.`,
  });
  if (paragraphs.length === 0) return { articles: [], warnings };
  return {
    articles: [{ id: `${idStem(name)}#1`, file: name, headline, byline, place: null, agency, date, teaser: false, paragraphs, url }],
    warnings,
  };
}

/**
 * The date a page without a dateline was published, from where pages print it: a timestamp line
 * (`Published: August 3, 2021`, anywhere up to the page's end marker), else a full date before the
 * first paragraph of prose or opening it (`August 3, 2014 Chinese officials announced …`). A date
 * inside the story's sentences is what the story is about (`A trial date has been set for March 8,
 * 2021`, `the Charter signed on June 26, 1945`), not when it was written: null rather than that.
 * `lead` is the first line of prose (-1 when there is none); `hint` the day of the page's address or file name.
 */
function publicationDate(lines: readonly Line[], pageDates: readonly { line: number; ymd: Ymd }[], endAt: number, lead: number, hint: Hint | null): Ymd | null {
  // A day in the page's address (or file name) that the page prints too is its date, whatever else
  // the page stamps: `Montevideo, April 28th 2024` (the site's banner on the day it was saved) above
  // `Wednesday, September 25th 2002` on a page at `/2002/09/25/`.
  const confirmed = hint?.fullDay ? pageDates.find((p) => p.line < endAt && p.ymd.y === hint.ymd.y && p.ymd.m === hint.ymd.m && p.ymd.d === hint.ymd.d) : undefined;
  if (confirmed) return confirmed.ymd;
  // A stamp that says it is the publication date first (`Published 28.12.22`), before a site's
  // date banner (`Friday, 22 September 2023` on the day the page was saved).
  // (A first publication over a later update, wherever each stands: `Last Updated : Apr 09 2019`
  // above `First Published: Jun 10 2016`.)
  const stamps = pageDates.filter((p) => p.line < endAt && isPublishedStamp(lines[p.line]!.text));
  // (The first publication's stamp may stand under the story, the update's above it.)
  const firstPublished = stamps[0] !== undefined && UPDATED_ONLY.test(lines[stamps[0].line]!.text) ? pageDates.find((p) => p.line >= endAt && isPublishedStamp(lines[p.line]!.text) && !UPDATED_ONLY.test(lines[p.line]!.text)) : undefined;
  // (An update's stamp alone gives way to a plain stamp line above it: `Saturday, 13th May 2017, 9:20
  // am` / `Updated Monday, 15th May 2017, 9:35 am`.)
  // (Not a later day, a site's banner on the day the page was saved: `Monday, January 12, 2026` over
  // `Updated: 2025-08-05`; a publication comes before its update.)
  const update = stamps[0] !== undefined && UPDATED_ONLY.test(lines[stamps[0].line]!.text) ? stamps[0] : undefined;
  const plainAbove = update ? pageDates.find((p) => p.line < update.line && isTimestampLine(lines[p.line]!.text) && !lines[p.line]!.item && ymdKey(p.ymd) <= ymdKey(update.ymd)) : undefined;
  const published = stamps.find((p) => !UPDATED_ONLY.test(lines[p.line]!.text)) ?? firstPublished ?? plainAbove ?? stamps[0];
  if (published) return published.ymd;
  // (Not a day of a list the story gives, `The announcement dates … are:` / `Wednesday, 3 September 2008`.)
  // (Of several stamps before the lead, the one nearest it: a list of other stories, each stamped,
  // may stand above the headline — `STI cases on the rise` / `2 September 2024` … then `Adele concert
  // ‘best one ever’` / `Friday 24 March 2017 | Published in Regional` over the lead.)
  // (Only lines before the lead are read for that; past it, the first stamp as before.)
  const stampLine = (p: { line: number }): boolean => isTimestampLine(lines[p.line]!.text) && !lines[p.line]!.item;
  let nearest: { line: number; ymd: Ymd } | undefined;
  let beforeLead = 0;
  for (const p of pageDates) {
    if (lead < 0 || p.line >= lead || p.line >= endAt) break;
    if (!stampLine(p)) continue;
    nearest = p;
    beforeLead++;
  }
  const stamp = beforeLead > 1 ? nearest : pageDates.find((p) => p.line < endAt && stampLine(p));
  if (stamp) return stamp.ymd;
  // (The day the story calls today, before a date a caption or the lead gives: `Passengers stranded …
  // November 5, 2022.` over `… enters its third day today (Monday, November 7)`.)
  const today = todayWrittenOut(lines, pageDates, endAt, lead, hint);
  if (today) return today;
  for (const p of pageDates) {
    if (lead >= 0 && p.line > lead) break;
    if (p.line < lead || lead < 0) return p.ymd;
    // On the lead line itself, only a date that opens it.
    const opening = fullDatesIn(lines[p.line]!.text.slice(0, LEAD_DATE_REACH));
    if (opening.length > 0 && lines[p.line]!.text.search(/\d/) < LEAD_DATE_REACH / 2) return opening[0]!;
    // (A press release's place and date before its first sentence: `Saint-Hubert, Quèbec, February
    // 22, 2002 Media are cordially invited …`.)
    const placed = PLACE_DATE_OPENING.exec(lines[p.line]!.text.slice(0, PLACE_DATE_REACH));
    const release = placed ? fullDatesIn(placed[0]) : [];
    if (release.length > 0) return release[0]!;
  }
  return null;
}

/**
 * The day a page's story calls today, written out beside it (`the election as earlier scheduled for
 * today, 16th February, 2019, was no longer feasible`, `a strike that enters its third day today
 * (Monday, November 7)`), or null. With no year written, the year of the nearest full date on the
 * page, else of the page's address or file name; with neither, null.
 */
function todayWrittenOut(lines: readonly Line[], pageDates: readonly { line: number; ymd: Ymd }[], endAt: number, lead: number, hint: Hint | null): Ymd | null {
  for (let i = Math.max(lead, 0); i < endAt; i++) {
    const l = lines[i]!;
    if (l.kind !== 'text' || !/today/i.test(l.text)) continue;
    const m = TODAY_WITH_DATE.exec(l.text);
    if (!m) continue;
    const full = fullDatesIn(m[1]!);
    if (full.length > 0) return full[0]!;
    const md = TODAY_MONTH_DAY.exec(m[1]!);
    const dm = md ? null : TODAY_DAY_MONTH.exec(m[1]!);
    const near = [...pageDates].sort((a, b) => Math.abs(a.line - i) - Math.abs(b.line - i))[0]?.ymd ?? hint?.ymd;
    if ((md || dm) && near) {
      const month = monthNumber(md ? md[1]! : dm![2]!);
      const day = Number(md ? md[2] : dm![1]);
      if (month !== null && day >= 1 && day <= 31) return { y: nearestYear(month, day, near), m: month, d: day };
    }
  }
  return null;
}
/** `today, 16th February, 2019`, `today (March 3, 2019)`, `today, Monday 3 March 2019`: group 1 the day written after `today`. */
const TODAY_WITH_DATE = new RegExp(String.raw`\btoday,?\s+\(?\s*((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}(?:,?\s+(?:19|20)\d{2})?|${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?)(?![\p{L}\d]))`, 'iu');
/** The month and day of such a day with no year, month first (`November 7`); groups: month, day. */
const TODAY_MONTH_DAY = new RegExp(MONTH_DAY_RE, 'i');
/** The same day first (`16th February`); groups: day, month. */
const TODAY_DAY_MONTH = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_RE})`, 'i');
/** Longest line read as a pair of stamps (page furniture; a longer line is prose). */
const MAX_TWO_STAMP_CHARS = 200;
/**
 * `Posted 1/24/2005 1:54 PM   Updated 1/25/2005 5:57 PM`: a stamp line naming when the page was
 * posted and then when it was changed; the part from `Updated` (`Last modified`, `Edited`) on.
 */
const LATER_STAMP_PART = /\b(?:posted|published)\b.*?(\b(?:last\s+)?(?:updated|modified|edited)\b.*)$/i;
/** The same with no word before the first stamp, the update's label capitalised as page furniture is: `05/26/2017 13:18 EDT | Updated 05/28/2017 06:22 EDT` (HuffPost). */
const LATER_STAMP_AFTER_DATE = /\d.*?(\b(?:Last\s+)?(?:Updated|UPDATED|Modified|Edited)\b.*)$/;

/**
 * The full dates of a line ({@link fullDatesIn}), except that a line stamping both when a page was
 * posted and when it was updated gives only the posted date: the report's date, which its weekdays
 * (`Monday`) are read against. (The updated date, a day later, put every such weekday a week out.)
 */
/** `20100409 ALALAM`: a day in eight figures, year first, then at most a few capitalised words (a source). Groups: year, month, day. */
const COMPACT_STAMP = /^((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\s+\p{Lu}[\p{L}.&-]*){0,3}\s*$/u;
/** Longest line read as such a stamp. */
const MAX_COMPACT_STAMP_CHARS = 40;
function stampDates(text: string): Ymd[] {
  // (A day in eight figures opening a short line, `20100409 ALALAM`, as some portals stamp wire copy.)
  const compact = text.length <= MAX_COMPACT_STAMP_CHARS ? COMPACT_STAMP.exec(text) : null;
  if (compact) return [{ y: Number(compact[1]), m: Number(compact[2]), d: Number(compact[3]) }];
  const later = text.length <= MAX_TWO_STAMP_CHARS ? (LATER_STAMP_PART.exec(text) ?? LATER_STAMP_AFTER_DATE.exec(text)) : null;
  if (later) {
    const own = fullDatesIn(text.slice(0, text.length - later[1]!.length));
    if (own.length > 0) return own;
  }
  return fullDatesIn(text);
}

/**
 * One to three capitalised place names, each followed by a comma, then a full date in words (a
 * press release's opening). Words hold no hyphen or space, which only separate them, so no line can
 * be split two ways; and only the line's first {@link PLACE_DATE_REACH} characters are read.
 */
const PLACE_DATE_OPENING = /^(?:\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,3},\s+){1,3}(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b/u;
/** Characters at the start of a lead read for a press release's place and date. */
const PLACE_DATE_REACH = 120;
/** A stamp of an update alone (`Last Updated : Apr 09 2019 | 3:32 PM IST`), not of the first publication. */
const UPDATED_ONLY = /^(?!.*\b(?:published|posted)\b).*\bupdated\b/i;
/** A day as one number in calendar order (`2017-05-13` → 20170513), for comparing. */
function ymdKey(x: Ymd): number {
  return x.y * 10_000 + x.m * 100 + x.d;
}
/** Characters at the start of the lead within which a date is the page's own (`August 3, 2014Chinese officials …`). */
const LEAD_DATE_REACH = 40;

interface Hint {
  ymd: Ymd;
  /** False when the hint gave only a year (then it only anchors years, never dates an article). */
  fullDay: boolean;
  /** The month, when the hint gave a year and a month only (`2015-03`). */
  month?: number;
}

/** Middle of a year: where a year-only hint anchors the nearest-year choice. */
const MID_YEAR = { m: 7, d: 1 };

function parseHint(fileDate: string | null): Hint | null {
  if (!fileDate || !/^\d{4}/.test(fileDate)) return null;
  const y = Number(fileDate.slice(0, 4));
  if (/^\d{4}-\d{2}-\d{2}$/.test(fileDate)) return { ymd: { y, m: Number(fileDate.slice(5, 7)), d: Number(fileDate.slice(8, 10)) }, fullDay: true };
  // (A year and month, `/news/2015/03/`: the month is kept to settle a dateline of that month.)
  const month = /^\d{4}-(\d{2})$/.exec(fileDate);
  return { ymd: { y, ...MID_YEAR }, fullDay: false, ...(month ? { month: Number(month[1]) } : {}) };
}
