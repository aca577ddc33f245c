import type { Article } from '../../types.js';
import { MONTH_RE } from '../../segment/lineKinds.js';

/**
 * Whether an article writes its dates day first, as British, Commonwealth and Asian copy does, so
 * that a date in figures is read day first too (`28 January 1999` … `adjourned to 8/2/99`: 8
 * February). True only when the article holds a date in figures at all, and either one of them reads
 * day first only (`arrested on 24/10/98`) and none month first only (`10/24/98`), or, with none
 * settled so, the article writes at least one full date day first (`28 January 1999`, `6th Jan
 * 2020`) and none month first (`January 28, 1999`); otherwise figures keep the month-first reading
 * of American copy.
 */
export function dayFirstWriting(article: Article): boolean {
  const text = article.paragraphs.join('\n');
  // A date in figures that reads one way only settles it (`arrested on 24/10/98`).
  let figures = false;
  let dayFirst = false;
  let monthFirst = false;
  for (const m of text.matchAll(FIGURES_DATES)) {
    figures = true;
    if (Number(m[1]) > MONTHS_IN_YEAR) dayFirst = true;
    if (Number(m[2]) > MONTHS_IN_YEAR) monthFirst = true;
  }
  if (!figures) return false;
  if (dayFirst !== monthFirst) return dayFirst;
  return DAY_MONTH_YEAR.test(text) && !MONTH_DAY_YEAR.test(text);
}

/** A date in figures with slashes or dots (`8/2/99`, `08.02.1999`); groups: the first and second numbers. */
const FIGURES_DATES = /\b(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}\b/g;
const MONTHS_IN_YEAR = 12;
/** `28 January 1999`, `6th Jan 2020`, `10 May, 2019`. */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_RE},?\s+(?:19|20)\d{2}\b`);
/** `January 28, 1999`, `Jan. 28 1999`. */
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH_RE}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}\b`);
