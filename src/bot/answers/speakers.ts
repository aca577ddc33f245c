import { slugify } from '../../briefing/index/topics/index.js';
import type { Choice } from '../types.js';
import type { CorpusIndex, RankedSpeaker } from './corpusIndex.js';
import { LIMITS, truncate } from './discordLimits.js';

// TODO(lead): switch to src/briefing/index/findSpeaker.ts (lookup + ranked speaker list) once it lands.

/** Most suggestions offered when a speaker is not found. */
const MAX_SUGGESTIONS = 5;

function forms(s: RankedSpeaker): string[] {
  return [s.speaker.name, ...s.speaker.aliases].map((f) => f.toLowerCase());
}

/**
 * Finds a speaker by id, name or alias (case-insensitive), else by last name, else by a word or
 * prefix of a name; the most quoted wins ties. When none matches, up to five suggestions (speakers
 * whose name shares a prefix with the query).
 */
export function findSpeakerIn(index: CorpusIndex, query: string): { speaker: RankedSpeaker } | { suggestions: RankedSpeaker[] } {
  const q = query.trim().toLowerCase();
  const slug = slugify(query);
  if (q === '') return { suggestions: index.speakers.slice(0, MAX_SUGGESTIONS) };
  const tests: ((s: RankedSpeaker) => boolean)[] = [
    (s) => s.speaker.id === slug || forms(s).includes(q),
    (s) => forms(s).some((f) => f.split(/\s+/).at(-1) === q),
    (s) => forms(s).some((f) => f.split(/\s+/).some((w) => w.startsWith(q)) || f.startsWith(q)),
  ];
  for (const t of tests) {
    const found = index.speakers.find(t);
    if (found) return { speaker: found };
  }
  const head = q.slice(0, 2);
  return { suggestions: index.speakers.filter((s) => forms(s).some((f) => f.split(/\s+/).some((w) => w.startsWith(head)))).slice(0, MAX_SUGGESTIONS) };
}

/** Autocomplete choices for a speaker option: most quoted first, filtered by what was typed. */
export function speakerChoices(index: CorpusIndex, typed: string): Choice[] {
  const q = typed.trim().toLowerCase();
  const list = q === '' ? index.speakers : index.speakers.filter((s) => forms(s).some((f) => f.includes(q)));
  return list.slice(0, LIMITS.autocompleteChoices).map((s) => ({
    name: truncate(`${s.speaker.name} (${s.quoteCount} quote${s.quoteCount === 1 ? '' : 's'})`, LIMITS.choiceName),
    value: truncate(s.speaker.id, LIMITS.choiceValue),
  }));
}
