/**
 * Speaker lookup for `quote SPEAKER` and autocomplete: by any alias, case- and accent-insensitive,
 * tolerant of a typo or a transliteration (`serdukov`, `Sergey Ivanov`), with the closest known
 * speakers when nothing fits.
 */
import type { Quote, Speaker } from '../types.js';
import { editDistance, foldName, sameNameWord, translitKey } from '../analyse/speakers/nameKey.js';

export type SpeakerLookup = { ok: true; speaker: Speaker } | { ok: false; suggestions: Speaker[] };

/** How many suggestions an unknown name gets. */
export const MAX_SUGGESTIONS = 5;
/** Largest edit distance (on transliteration keys) for a suggestion: one edit per this many letters of the query, at least one. */
const LETTERS_PER_EDIT = 3;

/** Every form a speaker answers to, folded; descriptions (`the secretary`) left out. */
function forms(s: Speaker): string[] {
  return [s.name, ...s.aliases].filter((a) => !/^the\s/i.test(a)).map(foldName);
}

/**
 * How well a query fits a speaker: 3 exact form, 2 every query word matches a word of one form
 * (same word up to accents, transliteration or a typo: `sergey ivanov` ~ `Sergei Ivanov`,
 * `serdukov` ~ `Serdyukov`), 0 otherwise.
 */
function fit(query: string, s: Speaker): number {
  const q = foldName(query);
  if (q === '') return 0;
  const fs = forms(s);
  if (fs.includes(q)) return 3;
  const qw = q.split(' ');
  for (const f of fs) {
    const fw = f.split(' ');
    if (qw.every((w) => fw.some((x) => sameNameWord(w, x)))) return 2;
  }
  return 0;
}

/**
 * Finds the speaker a user means. An exact alias wins; otherwise the speaker whose names contain
 * every query word (up to typos and transliteration), the one with more quotes first when
 * `quotes` are given. When none fits, the answer lists the closest speakers by edit distance.
 */
export function findSpeaker(query: string, speakers: readonly Speaker[], quotes: readonly Quote[] = []): SpeakerLookup {
  const counts = quoteCounts(quotes);
  let best: Speaker | null = null;
  let bestFit = 0;
  for (const s of speakers) {
    const f = fit(query, s);
    if (f > bestFit || (f === bestFit && f > 0 && best && (counts.get(s.id) ?? 0) > (counts.get(best.id) ?? 0))) {
      best = s;
      bestFit = f;
    }
  }
  if (best) return { ok: true, speaker: best };
  return { ok: false, suggestions: closestSpeakers(query, speakers) };
}

/** The speakers whose names are nearest to `query` (edit distance on transliteration keys, per word). */
export function closestSpeakers(query: string, speakers: readonly Speaker[], max = MAX_SUGGESTIONS): Speaker[] {
  const q = translitKey(query);
  const qWords = q.split(' ');
  const maxD = Math.max(1, Math.floor(q.length / LETTERS_PER_EDIT));
  const scored = speakers.map((s) => {
    let d = Infinity;
    for (const f of forms(s)) {
      const k = translitKey(f);
      d = Math.min(d, editDistance(q, k, maxD + 1));
      for (const w of k.split(' ')) for (const qw of qWords) d = Math.min(d, editDistance(qw, w, maxD + 1) + (qWords.length > 1 ? 1 : 0));
      if (k.startsWith(q) || k.split(' ').some((w) => w.startsWith(q))) d = Math.min(d, 0.5);
    }
    return { s, d };
  });
  return scored
    .filter((x) => x.d <= maxD)
    .sort((a, b) => a.d - b.d || a.s.name.localeCompare(b.s.name))
    .slice(0, max)
    .map((x) => x.s);
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
