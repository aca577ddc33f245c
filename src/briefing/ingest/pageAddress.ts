import { ADDRESS_LINE } from '../segment/lineKinds.js';

/**
 * The address a saved page names for itself on a header line at its top (`URL: https://…`,
 * `Source: https://…`, `Link:`, `Permalink:`, `Canonical URL:`, or a bare `https://…` line), as
 * scrapers and read-later tools write it. Null when none of the first {@link ADDRESS_LINES}
 * non-blank lines is such a line: an address further down is a link in the story, not the page's.
 */
export function pageAddress(text: string): string | null {
  let seen = 0;
  for (const raw of text.slice(0, MAX_HEAD_CHARS).split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const m = ADDRESS_LINE.exec(line);
    if (m) return m[1]!;
    if (++seen >= ADDRESS_LINES) break;
  }
  return null;
}

/** Non-blank lines at the top of a page searched for its address. */
const ADDRESS_LINES = 3;
/** Characters at the top of a page searched (a page of one huge line is not split whole). */
const MAX_HEAD_CHARS = 4000;
