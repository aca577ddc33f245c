import { slugify } from '../../briefing/index/topics/index.js';
import type { Article, Quote, Speaker } from '../../briefing/types.js';

// TODO(lead): switch to the pipeline's quotes and speakers (src/briefing/analyse/quotes, speakers)
// and src/briefing/index/findSpeaker.ts once they land; this is a stop-gap so /quote works end to end.

/** Speech verbs that attribute a quote. */
const CUE = String.raw`(?:said|says|told|added|stated|declared|warned|insisted|noted|explained|asked|stressed|argued)`;
/** A capitalised name run of up to four words (`Robert M. Gates`, `Serdyukov`). */
const NAME = String.raw`[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4}`;
/** Words that are titles or descriptors in front of a name, not part of it. */
const TITLE_WORDS = new Set(
  'president prime minister secretary defence defense foreign deputy first general chancellor mr mrs ms dr us u.s. russian polish czech american german french british chief spokesman spokeswoman official senator governor ambassador admiral colonel the a an'.split(' '),
);
const PRONOUNS = new Set(['he', 'she']);
/** Shortest quote kept, in characters. */
const MIN_QUOTE_CHARS = 4;

const QUOTE_SPAN = /["“]([^"“”]+)["”]/g;
const AFTER = new RegExp(String.raw`^\s*,?\s*(?:(he|she)|(${NAME}))\s+${CUE}\b`, 'u');
const AFTER_INVERTED = new RegExp(String.raw`^\s*,?\s*${CUE}\s+(${NAME})`, 'u');
const BEFORE = new RegExp(String.raw`(?:\b(he|she)|(${NAME}))\s+${CUE}\b[^."“”]*$`, 'u');
const SUBJECT_SAID = new RegExp(String.raw`(${NAME})\s+${CUE}\b`, 'gu');

/** The name in a capitalised run without leading title words and a trailing possessive. */
function personName(run: string): string | null {
  const tokens = run.replace(/['’]s?$/, '').split(/\s+/);
  while (tokens.length > 0 && TITLE_WORDS.has(tokens[0]!.toLowerCase())) tokens.shift();
  return tokens.length > 0 ? tokens.join(' ') : null;
}

/**
 * Quotes and speakers of articles, by a few surface patterns: a quoted span followed by
 * `, NAME said` / `, he said` / `said NAME`, or preceded in its sentence by `NAME said …`.
 * A pronoun takes the last named speaker of the article. Names are folded to the longest form
 * sharing their last word (`Gates` → `Robert M. Gates`). Unattributed quotes are dropped.
 */
export function fallbackQuotes(articles: readonly Article[]): { speakers: Speaker[]; quotes: Quote[] } {
  const raw: { articleId: string; name: string; text: string; partial: boolean; paragraph: number; cue: string }[] = [];
  for (const a of articles) {
    let last: string | null = null;
    a.paragraphs.forEach((p, pi) => {
      for (const m of p.matchAll(QUOTE_SPAN)) {
        const text = m[1]!.trim().replace(/[,.]$/, '');
        if (text.length < MIN_QUOTE_CHARS) continue;
        const start = m.index;
        const after = p.slice(start + m[0].length);
        const sentenceStart = Math.max(p.lastIndexOf('. ', start) + 1, 0);
        const before = p.slice(sentenceStart, start);
        let who: string | null = null;
        let partial = false;
        const am = AFTER.exec(after);
        const ai = AFTER_INVERTED.exec(after);
        const bm = BEFORE.exec(before);
        if (am) who = am[1] ? last : personName(am[2]!);
        else if (ai) who = personName(ai[1]!);
        else if (bm) {
          who = bm[1] ? last : personName(bm[2]!);
          partial = !/[:,]\s*$/.test(before);
        }
        if (who && !PRONOUNS.has(who.toLowerCase())) {
          raw.push({ articleId: a.id, name: who, text, partial, paragraph: pi, cue: 'said' });
          last = who;
        }
      }
      for (const m of p.matchAll(SUBJECT_SAID)) {
        const n = personName(m[1]!);
        if (n) last = n;
      }
    });
  }
  // Fold names onto the longest form with the same last word.
  const names = [...new Set(raw.map((r) => r.name))].sort((x, y) => y.length - x.length);
  const lastWord = (n: string): string => n.split(/\s+/).at(-1)!.toLowerCase();
  const canonical = new Map(names.map((n) => [n, names.find((m) => lastWord(m) === lastWord(n)) ?? n]));
  const speakers = new Map<string, Speaker>();
  for (const n of names) {
    const c = canonical.get(n)!;
    const id = slugify(c);
    const s = speakers.get(id) ?? { id, name: c, aliases: [], title: null, kind: 'person' as const };
    if (n !== c && !s.aliases.includes(n)) s.aliases.push(n);
    speakers.set(id, s);
  }
  const quotes: Quote[] = raw.map((r) => {
    const c = canonical.get(r.name)!;
    return { articleId: r.articleId, speakerId: slugify(c), speaker: c, text: r.text, partial: r.partial, paragraph: r.paragraph, cue: r.cue };
  });
  return { speakers: [...speakers.values()], quotes };
}
