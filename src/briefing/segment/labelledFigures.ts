/**
 * The labelled figures of a row of one question's answers, as poll round-ups print them under the
 * question (`Yes: 57 No: 37 Undecided: 7`, `Very confident: 12 Somewhat confident: 44 …`,
 * `Yes: 60 percent No: 36 percent …`), in order; null when the line is not such a row.
 *
 * A row is only labels and figures (2 to {@link MAX_LABELLED_ITEMS}); at least
 * {@link MIN_LABELLED_COLONS} labels carry a colon, and the figures add up to a whole
 * ({@link LABELLED_TOTAL}: rounding and a skipped `refused` allowed). A score line (`Celtic: 2
 * Rangers: 1`) or a count of votes (`Yes: 12 No: 30`) does not add up so, and is not a row.
 */
export function labelledFigures(line: string): { label: string; figure: number }[] | null {
  // (Two colons and a figure at least, found by plain scans, before the row pattern runs.)
  const colon = line.indexOf(':');
  if (line.length > MAX_LABELLED_ROW_CHARS || colon < 0 || line.indexOf(':', colon + 1) < 0 || !/\d/.test(line) || !LABELLED_ROW.test(line)) return null;
  const items = [...line.matchAll(LABELLED_ITEM)];
  const total = items.reduce((sum, m) => sum + Number(m[2]), 0);
  const colons = items.filter((m) => m[0].includes(':')).length;
  if (items.length < 2 || colons < MIN_LABELLED_COLONS || total < LABELLED_TOTAL.min || total > LABELLED_TOTAL.max) return null;
  return items.map((m) => ({ label: m[1]!.trim(), figure: Number(m[2]) }));
}

/** Longest line read as a row (12 labels of a few words and their figures); prose is longer, and the row pattern is not run on it. */
const MAX_LABELLED_ROW_CHARS = 300;
/** Most labelled figures in one row. */
const MAX_LABELLED_ITEMS = 12;
/** One labelled figure: a label of letters (group 1), an optional colon, a figure (group 2), an optional unit. */
const LABELLED_ITEM = /(\p{L}[\p{L}'’/ -]{0,40}?)\s*:?\s*(\d{1,3}(?:\.\d)?)\s*(?:%|percent\b|per cent\b)?\s*[,;]?/gu;
/** A line of labelled figures only. */
const LABELLED_ROW = new RegExp(String.raw`^(?:\s*\p{L}[\p{L}'’/ -]{0,40}?\s*:?\s*\d{1,3}(?:\.\d)?\s*(?:%|percent\b|per cent\b)?\s*[,;]?){2,${MAX_LABELLED_ITEMS}}\s*$`, 'u');
/** Fewest labels with a colon in a row of labelled figures. */
const MIN_LABELLED_COLONS = 2;
/** What the figures of one question's answers add up to (100, give or take rounding and a skipped `refused`). */
const LABELLED_TOTAL = { min: 95, max: 103 };
