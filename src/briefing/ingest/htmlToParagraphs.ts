import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

/** Elements that start a new paragraph when HTML is turned into text. */
const BLOCK = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'tr', 'pre']);
/** Elements whose text is never article text. */
const DROP = new Set(['script', 'style', 'noscript', 'iframe', 'figure', 'figcaption', 'nav', 'aside', 'footer', 'form', 'button']);

/**
 * Text paragraphs of an HTML fragment (a feed item's description or content), parsed with
 * htmlparser2 (entities decoded): block elements and `<br>` separate paragraphs; scripts, styles,
 * figures and navigation are dropped. Plain text without tags comes back as its lines.
 */
export function htmlToParagraphs(html: string): string[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const out: string[] = [];
  let cur = '';
  const flush = (): void => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) out.push(t);
    cur = '';
  };
  const walk = (nodes: readonly ChildNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'text') cur += (n as { data: string }).data;
      else if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
        const el = n as { name: string; children: ChildNode[] };
        if (DROP.has(el.name)) continue;
        const block = BLOCK.has(el.name);
        if (block) flush();
        walk(el.children);
        if (block) flush();
      } else if (n.type === 'cdata' || n.type === 'root') walk((n as unknown as { children: ChildNode[] }).children);
    }
  };
  walk(doc.children);
  flush();
  return out;
}
