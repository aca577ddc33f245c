import type { Article, FileAnalysis } from '../briefing/types.js';

/**
 * Shortest text worth pointing into its paragraph: V8 makes a slice of 13 characters or more a
 * reference to the string it was cut from (a "sliced string", 32 bytes whatever its length), and
 * copies anything shorter.
 */
const MIN_SLICED_CHARS = 13;

/**
 * Makes a freshly parsed analysis (JSON.parse of an analysis cache entry or of the analysis
 * worker's reply) hold less memory for as long as the corpus keeps it. Values are unchanged:
 * only how V8 stores equal strings.
 *
 * - JSON.parse gives every occurrence of a string its own copy (V8 shares only values of up to 10
 *   characters), so an article id is held once per quote, poll, event and date of the article, a
 *   file name once per article. Equal strings of one analysis are pointed at one copy: article ids
 *   and file names, speaker ids and names in quotes (about 10 MB less at 50k articles).
 * - The text of an event (its clause) and of a quote is usually cut from a paragraph of its
 *   article: it becomes a slice of that paragraph, which V8 holds as a reference into the
 *   paragraph (see {@link MIN_SLICED_CHARS}) instead of a copy of the characters. At 50k generated
 *   articles that is about four in five events and nine in ten quotes. A text found in no
 *   paragraph (a quote whose parts were joined with ` … `) stays as it is.
 *
 * Call it on a new analysis only, before anything else holds it (it sets fields in place).
 * Throws on an analysis of the wrong shape (a damaged cache entry: the caller treats it as a miss).
 */
export function shareStrings(fa: FileAnalysis): void {
  const shared = new Map<string, string>();
  const one = (s: string): string => {
    const had = shared.get(s);
    if (had !== undefined) return had;
    shared.set(s, s);
    return s;
  };
  one(fa.file);
  const byId = new Map<string, Article>();
  for (const a of fa.articles) {
    a.id = one(a.id);
    a.file = one(a.file);
    byId.set(a.id, a);
  }
  for (const s of fa.speakers) {
    s.id = one(s.id);
    s.name = one(s.name);
  }
  for (const q of fa.quotes) {
    q.articleId = one(q.articleId);
    if (q.speakerId !== null) q.speakerId = one(q.speakerId);
    if (q.speaker !== null) q.speaker = one(q.speaker);
    q.text = sliceOfParagraph(q.text, byId.get(q.articleId), q.paragraph);
  }
  for (const x of fa.polls) x.articleId = one(x.articleId);
  for (const x of fa.events) {
    x.articleId = one(x.articleId);
    x.text = sliceOfParagraph(x.text, byId.get(x.articleId), undefined);
  }
  for (const x of fa.timexes) x.articleId = one(x.articleId);
  for (const w of fa.warnings) w.file = one(w.file);
}

/**
 * `text` as a slice of the first paragraph of `article` that contains it (paragraph `hint` tried
 * first), or `text` itself when it is short or in no paragraph.
 */
function sliceOfParagraph(text: string, article: Article | undefined, hint: number | undefined): string {
  if (text.length < MIN_SLICED_CHARS || article === undefined) return text;
  const ps = article.paragraphs;
  if (hint !== undefined) {
    const p = ps[hint];
    const at = p === undefined ? -1 : p.indexOf(text);
    if (at >= 0) return p!.slice(at, at + text.length);
  }
  for (let i = 0; i < ps.length; i++) {
    if (i === hint) continue;
    const p = ps[i]!;
    if (p.length < text.length) continue;
    const at = p.indexOf(text);
    if (at >= 0) return p.slice(at, at + text.length);
  }
  return text;
}
