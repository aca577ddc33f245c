import type { Article, FileAnalysis } from '../briefing/types.js';

/**
 * Shortest text worth pointing into its paragraph: V8 makes a slice of 13 characters or more a
 * reference to the string it was cut from (a "sliced string", 32 bytes whatever its length), and
 * copies anything shorter.
 */
const MIN_SLICED_CHARS = 13;

/** Longest string value V8's JSON.parse shares by itself (it internalizes values this short). */
const JSON_SHARED_CHARS = 10;

/** Most distinct strings a {@link StringPool} holds before it starts over. */
const POOL_MAX_STRINGS = 50_000;

/**
 * One copy of equal strings across analyses: `share(s)` gives the first equal string it was given.
 * Bounded: after {@link POOL_MAX_STRINGS} distinct strings it forgets them all and starts over (a
 * string shared before stays shared; frequent values are met again at once), so a bot that runs for
 * years on a changing corpus never holds more than that many strings for it. About 1 MB full.
 */
export interface StringPool {
  share(s: string): string;
}

/** A new {@link StringPool}. */
export function createStringPool(): StringPool {
  let seen = new Map<string, string>();
  return {
    share(s) {
      const had = seen.get(s);
      if (had !== undefined) return had;
      if (seen.size >= POOL_MAX_STRINGS) seen = new Map();
      seen.set(s, s);
      return s;
    },
  };
}

/**
 * Makes a freshly parsed analysis (JSON.parse of an analysis cache entry or of the analysis
 * worker's reply) hold less memory for as long as the corpus keeps it. Values are unchanged:
 * only how V8 stores equal strings.
 *
 * - JSON.parse gives every occurrence of a string its own copy (V8 shares only values of up to 10
 *   characters), so an article id is held once per quote, poll, event and date of the article, a
 *   file name once per article. Equal strings of one analysis are pointed at one copy: article ids
 *   and file names, speaker ids and names in quotes (about 10 MB less at 50k articles).
 * - With a `pool` (the analysis cache keeps one), the short values that repeat across files are
 *   shared across analyses too: speech cues, speaker names, titles and aliases, date expressions
 *   and the date texts tagged, who did what, poll answers, pollsters, populations and subjects,
 *   publication and fieldwork dates, datelines' places, agencies and bylines (values over 10
 *   characters: shorter ones JSON.parse shares already). At 50k generated articles about 9 MB less (real news repeats
 *   fewer of them, but cues, answers, titles and expressions repeat in any wire corpus).
 * - The text of an event (its clause) and of a quote is usually cut from a paragraph of its
 *   article: it becomes a slice of that paragraph, which V8 holds as a reference into the
 *   paragraph (see {@link MIN_SLICED_CHARS}) instead of a copy of the characters. At 50k generated
 *   articles that is about four in five events and nine in ten quotes. A text found in no
 *   paragraph (a quote whose parts were joined with ` … `) stays as it is.
 *
 * Call it on a new analysis only, before anything else holds it (it sets fields in place).
 * Throws on an analysis of the wrong shape (a damaged cache entry: the caller treats it as a miss).
 */
export function shareStrings(fa: FileAnalysis, pool?: StringPool): void {
  const shared = new Map<string, string>();
  const one = (s: string): string => {
    const had = shared.get(s);
    if (had !== undefined) return had;
    shared.set(s, s);
    return s;
  };
  /** Across analyses (with a pool), else within this one; a value of up to 10 characters is shared by JSON.parse already. */
  const common = pool ? (s: string): string => (s.length > JSON_SHARED_CHARS ? pool.share(s) : s) : one;
  const commonOrNull = (s: string | null): string | null => (s === null ? null : common(s));
  one(fa.file);
  const byId = new Map<string, Article>();
  for (const a of fa.articles) {
    a.id = one(a.id);
    a.file = one(a.file);
    a.place = commonOrNull(a.place);
    a.agency = commonOrNull(a.agency);
    a.byline = commonOrNull(a.byline);
    a.date = commonOrNull(a.date);
    byId.set(a.id, a);
  }
  for (const s of fa.speakers) {
    s.id = common(s.id);
    s.name = common(s.name);
    s.title = commonOrNull(s.title);
    s.aliases = s.aliases.map(common);
  }
  for (const q of fa.quotes) {
    q.articleId = one(q.articleId);
    if (q.speakerId !== null) q.speakerId = common(q.speakerId);
    if (q.speaker !== null) q.speaker = common(q.speaker);
    if (q.cue !== undefined && q.cue !== null) q.cue = common(q.cue);
    q.text = sliceOfParagraph(q.text, byId.get(q.articleId), q.paragraph);
  }
  for (const x of fa.polls) {
    x.articleId = one(x.articleId);
    x.pollster = commonOrNull(x.pollster);
    x.population = commonOrNull(x.population);
    x.subject = commonOrNull(x.subject);
    x.published = commonOrNull(x.published);
    x.fieldwork = commonOrNull(x.fieldwork);
    for (const r of x.results) r.answer = common(r.answer);
  }
  for (const x of fa.events) {
    x.articleId = one(x.articleId);
    x.expression = common(x.expression);
    if (x.who !== undefined && x.who !== null) x.who = common(x.who);
    x.text = sliceOfParagraph(x.text, byId.get(x.articleId), undefined);
  }
  for (const x of fa.timexes) {
    x.articleId = one(x.articleId);
    x.text = common(x.text);
  }
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
