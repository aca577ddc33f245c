import type { Article, IngestWarning } from '../types.js';
import { segmentPage } from '../segment/segmentPage.js';
import { readJsonRecords } from './readJsonRecords.js';
import { readFeed } from './readFeed.js';
import { dateHintFromName } from './dateHintFromName.js';
import { dateFromUrl, isWholeDay } from './dateFromUrl.js';
import { pageAddress } from './pageAddress.js';
import { stripInlineTags } from './stripInlineTags.js';
import { withIdStem } from './articleId.js';

export interface ReadResult {
  articles: Article[];
  warnings: IngestWarning[];
}

/** File endings read as feeds, JSON records and plain text pages. */
const FEED_EXT = /\.(xml|rss|atom)$/i;
const JSON_EXT = /\.(json|ndjson|jsonl)$/i;
const TEXT_EXT = /\.(txt|text)$/i;

/**
 * Reads the articles of one decoded file, choosing the reader by the file's ending
 * (`.json`/`.ndjson` records, `.xml`/`.rss`/`.atom` feeds, `.txt` pages) and, for a file with no
 * known ending, by its first characters. Any other ending is refused with `unsupported-type`.
 * Ids are `<file stem>#n`; with `idPrefix` (a loader's name for a file in a sub-folder,
 * `2024/01/index`), `<idPrefix>#n`.
 */
export function readArticles(name: string, text: string, idPrefix?: string): ReadResult {
  const read = readByType(name, text);
  // A file in a sub-folder of the corpus: its ids carry its path there (see articleId.ts).
  if (idPrefix !== undefined) for (const a of read.articles) a.id = withIdStem(a.id, idPrefix);
  return read;
}

function readByType(name: string, text: string): ReadResult {
  const head = text.trimStart().slice(0, 200);
  if (FEED_EXT.test(name) || (!JSON_EXT.test(name) && /^<(\?xml|rss|feed)\b/i.test(head))) return readFeed(name, text);
  if (JSON_EXT.test(name)) return readJsonRecords(name, text);
  if (TEXT_EXT.test(name) || !/\.[a-z0-9]{1,6}$/i.test(name)) {
    const url = pageAddress(text);
    // (A scraper's leftover inline markup is no text: `slumped<a href="…"> as much as 4.9 per cent </a>on`.)
    return segmentPage(name, stripInlineTags(text), { fileDate: pageDateHint(url === null ? null : dateFromUrl(url), dateHintFromName(name)), url });
  }
  return {
    articles: [],
    warnings: [{ file: name, code: 'unsupported-type', message: `${name}: not a .txt page, .json/.ndjson records or an RSS/Atom feed; skipped.` }],
  };
}

/**
 * The date hint of a text page: a whole day from its address (the publisher's) before one from its
 * file name (the scraper's), then a year and month from the address, then the file name's year.
 */
function pageDateHint(fromUrl: string | null, fromName: string | null): string | null {
  if (isWholeDay(fromUrl)) return fromUrl;
  if (isWholeDay(fromName)) return fromName;
  return fromUrl ?? fromName;
}
