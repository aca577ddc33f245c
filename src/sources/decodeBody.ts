/** How many leading bytes are searched for an in-document charset declaration (HTML's prescan looks at 1024). */
const SNIFF_BYTES = 1024;

/** The charset label in a `Content-Type` value, e.g. `text/html; charset=ISO-8859-1` → `iso-8859-1`. */
function headerCharset(contentType: string | null): string | null {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Text of a response body. The encoding is, in order: a UTF-8 byte-order mark, the `charset` of
 * the Content-Type header, an XML declaration's `encoding` or an HTML `<meta charset>` in the
 * first 1024 bytes, else UTF-8 (the order of the WHATWG encoding sniffing algorithm, simplified).
 * Bytes that are invalid in the chosen encoding become U+FFFD (a page is never refused for one
 * bad byte); an unknown label falls back to UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  let label = headerCharset(contentType);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) label = 'utf-8';
  if (!label) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
    const m = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
    label = m ? m[1]!.toLowerCase() : 'utf-8';
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

/** What a fetched body is: a feed to read items from, or a page to extract one article from. */
export type BodyKind = 'feed' | 'page';

/**
 * Tells a feed from a page by its first element (`<rss`, `<feed`, `<rdf:RDF`, or an XML
 * declaration not followed by `<html`), then by Content-Type (`…xml` other than XHTML). Anything
 * else is a page.
 */
export function bodyKind(text: string, contentType: string | null): BodyKind {
  const head = text.trimStart().slice(0, SNIFF_BYTES).replace(/<!--[\s\S]*?-->/g, '');
  if (/<(rss|feed|rdf:RDF)\b/i.test(head)) return 'feed';
  if (/^<\?xml/i.test(head) && !/<(!doctype\s+html|html)\b/i.test(head)) return 'feed';
  if (/^<(!doctype\s+html|html)\b/i.test(head)) return 'page';
  const ct = (contentType ?? '').toLowerCase();
  return /xml/.test(ct) && !/xhtml/.test(ct) ? 'feed' : 'page';
}
