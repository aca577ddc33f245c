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

/**
 * The text of an element that may be a string, `{ '#text': … }` or missing; an element holding one
 * element gives that one's (`<pubDate><time datetime="2019-05-03T19:21:28Z">…</time></pubDate>`, a
 * `datetime` attribute first).
 */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const node = v as Node;
  if (typeof node['@_datetime'] === 'string') return node['@_datetime'];
  if (typeof node['#text'] === 'string' && node['#text'].trim() !== '') return node['#text'];
  const children = Object.keys(node).filter((k) => !k.startsWith('@_') && k !== '#text');
  return children.length === 1 ? textOf(node[children[0]!]) : null;
}

/** A `&` that opens no entity or character reference: feeds written by hand or by careless software print them bare. */
const BARE_AMPERSAND = /&(?!(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9A-Fa-f]+);)/g;

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
 * into paragraphs. A bare `&` is read as `&amp;`; other malformed XML, or a document that is neither
 * RSS nor Atom, is a `bad-feed` warning;
 * an item with no text is skipped with a warning naming it.
 */
export function readFeed(name: string, raw: string): ReadResult {
  let text = raw;
  let valid = XMLValidator.validate(text);
  // A bare `&` (`Sci & Tech`) is the commonest fault of real feeds: escaped, the feed reads whole.
  if (valid !== true && BARE_AMPERSAND.test(text)) {
    const repaired = text.replace(BARE_AMPERSAND, '&amp;');
    const again = XMLValidator.validate(repaired);
    if (again === true) {
      text = repaired;
      valid = again;
    }
  }
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
