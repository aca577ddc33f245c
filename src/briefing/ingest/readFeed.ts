import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Article, IngestWarning } from '../types.js';
import { recordToArticle } from './recordToArticle.js';
import { htmlToParagraphs } from './htmlToParagraphs.js';
import type { ReadResult } from './readArticles.js';
import { idStem } from './articleId.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  // Keep element text as strings: a headline like `2007` must not become a number.
  parseTagValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** The text of an element that may be a string, `{ '#text': … }` or missing. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as Node)['#text'] === 'string') return (v as Node)['#text'] as string;
  return null;
}

/** An Atom entry's link: the `rel="alternate"` (or first) link's href. */
function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return textOf(links);
  const nodes = links as Node[];
  const alt = nodes.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? nodes[0];
  return alt ? ((alt['@_href'] as string | undefined) ?? textOf(alt)) : null;
}


/**
 * Reads the items of an RSS 2.0 or Atom feed with fast-xml-parser (a validating XML parser, not
 * regular expressions). Each item becomes an article: title, link, pubDate/published/updated,
 * author/dc:creator, and the fullest of content:encoded/content/description/summary turned from HTML
 * into paragraphs. Malformed XML or a document that is neither RSS nor Atom is a `bad-feed` warning;
 * an item with no text is skipped with a warning naming it.
 */
export function readFeed(name: string, text: string): ReadResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { articles: [], warnings: [{ file: name, code: 'bad-feed', message: `${name}: malformed XML at line ${valid.err.line}: ${valid.err.msg}; skipped.` }] };
  }
  const doc = parser.parse(text) as Node;
  const rss = doc['rss'] as Node | undefined;
  const channel = (rss?.['channel'] ?? (doc['rdf:RDF'] as Node | undefined)) as Node | undefined;
  const feed = doc['feed'] as Node | undefined;
  const items: Node[] = channel ? ((channel['item'] as Node[] | undefined) ?? ((doc['rdf:RDF'] as Node | undefined)?.['item'] as Node[] | undefined) ?? []) : feed ? ((feed['entry'] as Node[] | undefined) ?? []) : [];
  if (!channel && !feed) {
    return { articles: [], warnings: [{ file: name, code: 'bad-feed', message: `${name}: XML but neither an RSS 2.0 channel nor an Atom feed; skipped.` }] };
  }
  const source = textOf(channel?.['title'] ?? feed?.['title']);
  const articles: Article[] = [];
  const warnings: IngestWarning[] = [];
  items.forEach((it, i) => {
    const html = [it['content:encoded'], it['content'], it['description'], it['summary']].map(textOf).filter((t): t is string => !!t).sort((a, b) => b.length - a.length)[0] ?? '';
    const author = it['author'];
    const a = recordToArticle(
      {
        headline: textOf(it['title']),
        date: textOf(it['pubDate']) ?? textOf(it['published']) ?? textOf(it['dc:date']) ?? textOf(it['updated']),
        body: htmlToParagraphs(html),
        source: null,
        url: channel ? (Array.isArray(it['link']) ? textOf((it['link'] as unknown[])[0]) : textOf(it['link'])) : atomLink(it['link']),
        byline: textOf(it['dc:creator']) ?? (author && typeof author === 'object' ? textOf((author as Node)['name']) : textOf(author)),
        place: null,
      },
      `${idStem(name)}#${articles.length + 1}`,
      name,
    );
    if (a) {
      if (a.agency === null && source) a.agency = source.trim();
      articles.push(a);
    } else warnings.push({ file: name, code: 'no-article', message: `${name}: item ${i + 1} ("${textOf(it['title']) ?? 'untitled'}") has no text; skipped.` });
  });
  if (items.length === 0) warnings.push({ file: name, code: 'no-article', message: `${name}: the feed has no items.` });
  return { articles, warnings };
}
