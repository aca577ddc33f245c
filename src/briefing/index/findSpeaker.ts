/**
 * Speaker lookup for `quote SPEAKER` and autocomplete: by any alias, case- and accent-insensitive,
 * tolerant of a typo or a transliteration (`serdukov`, `Sergey Ivanov`), with the closest known
 * speakers when nothing fits.
 */
import type { Quote, Speaker } from '../types.js';
import { editDistance, foldName, sameNameKey, translitKey } from '../analyse/speakers/nameKey.js';

export type SpeakerLookup = { ok: true; speaker: Speaker } | { ok: false; suggestions: Speaker[] };

/** How many suggestions an unknown name gets. */
export const MAX_SUGGESTIONS = 5;
/** Largest edit distance (on transliteration keys) for a suggestion: one edit per this many letters of the query, at least one. */
const LETTERS_PER_EDIT = 3;

/** Every form a speaker answers to, folded; descriptions (`the secretary`) left out. */
function forms(s: Speaker): string[] {
  return [s.name, ...s.aliases].filter((a) => !/^the\s/i.test(a)).map(foldName);
}

/** A speaker with everything a lookup compares worked out once: folded forms, their words, transliteration keys. */
interface Prepared {
  speaker: Speaker;
  quotes: number;
  forms: ReadonlySet<string>;
  /** Per form: the transliteration key of each of its words (what `sameNameWord` compares). */
  formWordKeys: readonly (readonly string[])[];
  /** Per form: the transliteration key of the whole form, and its words. */
  formKeys: readonly { key: string; words: readonly string[] }[];
}

/** Looks speakers up by what a user typed; see {@link findSpeaker}. */
export interface SpeakerFinder {
  find(query: string): SpeakerLookup;
  /** The speakers whose names are nearest to `query` (edit distance on transliteration keys, per word), at most `max`. */
  closest(query: string, max?: number): Speaker[];
}

/**
 * A {@link findSpeaker} for many look-ups over the same speakers (the bot builds one per corpus):
 * names, aliases and their transliteration keys are folded once, not on every look-up, which for a
 * name nobody has (every speaker compared, then suggestions) was most of a `/quote` at 10k articles.
 * Same answers as {@link findSpeaker}.
 */
export function createSpeakerFinder(speakers: readonly Speaker[], quotes: readonly Quote[] = []): SpeakerFinder {
  const counts = quoteCounts(quotes);
  const prepared: Prepared[] = speakers.map((speaker) => {
    const fs = forms(speaker);
    return {
      speaker,
      quotes: counts.get(speaker.id) ?? 0,
      forms: new Set(fs),
      formWordKeys: fs.map((f) => f.split(' ').map(translitKey)),
      formKeys: fs.map((f) => {
        const key = translitKey(f);
        return { key, words: key.split(' ') };
      }),
    };
  });

  /**
   * How well a query fits a speaker: 3 exact form, 2 every query word matches a word of one form
   * (same word up to accents, transliteration or a typo: `sergey ivanov` ~ `Sergei Ivanov`,
   * `serdukov` ~ `Serdyukov`), 0 otherwise.
   */
  const fit = (q: string, qKeys: readonly string[], p: Prepared): number => {
    if (q === '') return 0;
    if (p.forms.has(q)) return 3;
    for (const fw of p.formWordKeys) if (qKeys.every((w) => fw.some((x) => sameNameKey(w, x)))) return 2;
    return 0;
  };

  const closest = (query: string, max = MAX_SUGGESTIONS): Speaker[] => {
    const q = translitKey(query);
    const qWords = q.split(' ');
    const maxD = Math.max(1, Math.floor(q.length / LETTERS_PER_EDIT));
    const scored = prepared.map((p) => {
      let d = Infinity;
      for (const { key: k, words } of p.formKeys) {
        d = Math.min(d, editDistance(q, k, maxD + 1));
        for (const w of words) for (const qw of qWords) d = Math.min(d, editDistance(qw, w, maxD + 1) + (qWords.length > 1 ? 1 : 0));
        if (k.startsWith(q) || words.some((w) => w.startsWith(q))) d = Math.min(d, 0.5);
      }
      return { s: p.speaker, d };
    });
    return scored
      .filter((x) => x.d <= maxD)
      .sort((a, b) => a.d - b.d || a.s.name.localeCompare(b.s.name))
      .slice(0, max)
      .map((x) => x.s);
  };

  return {
    closest,
    find(query) {
      const q = foldName(query);
      const qKeys = q.split(' ').map(translitKey);
      let best: Prepared | null = null;
      let bestFit = 0;
      for (const p of prepared) {
        const f = fit(q, qKeys, p);
        if (f > bestFit || (f === bestFit && f > 0 && best && p.quotes > best.quotes)) {
          best = p;
          bestFit = f;
        }
      }
      if (best) return { ok: true, speaker: best.speaker };
      return { ok: false, suggestions: closest(query) };
    },
  };
}

/**
 * Finds the speaker a user means. An exact alias wins; otherwise the speaker whose names contain
 * every query word (up to typos and transliteration), the one with more quotes first when
 * `quotes` are given. When none fits, the answer lists the closest speakers by edit distance.
 * For many look-ups over the same speakers, {@link createSpeakerFinder} prepares them once.
 */
export function findSpeaker(query: string, speakers: readonly Speaker[], quotes: readonly Quote[] = []): SpeakerLookup {
  return createSpeakerFinder(speakers, quotes).find(query);
}

function quoteCounts(quotes: readonly Quote[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const q of quotes) if (q.speakerId) m.set(q.speakerId, (m.get(q.speakerId) ?? 0) + 1);
  return m;
}

/**
 * Speakers ranked by number of quotes (most first, then by name), for autocomplete; with a
 * `prefix`, only speakers with a name or alias word starting with it (folded).
 */
export function rankSpeakers(speakers: readonly Speaker[], quotes: readonly Quote[], prefix = ''): { speaker: Speaker; quotes: number }[] {
  const counts = quoteCounts(quotes);
  const p = foldName(prefix);
  return speakers
    .filter((s) => p === '' || forms(s).some((f) => f.startsWith(p) || f.split(' ').some((w) => w.startsWith(p))))
    .map((s) => ({ speaker: s, quotes: counts.get(s.id) ?? 0 }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.name.localeCompare(b.speaker.name));
}
