import { foldName } from '../../briefing/analyse/speakers/nameKey.js';
import { createSpeakerFinder, type SpeakerFinder } from '../../briefing/index/findSpeaker.js';
import type { Choice } from '../types.js';
import type { CorpusIndex, RankedSpeaker } from './corpusIndex.js';
import { LIMITS, truncate } from './discordLimits.js';

/**
 * The speaker a user means (src/briefing/index `findSpeaker`: any alias, accents, a typo or a
 * transliteration; the most quoted on ties), with their quote count; or up to five suggestions.
 * Only speakers with at least one quote count. Kept per index and query (the same index gives the same answer).
 */
export function findSpeakerIn(index: CorpusIndex, query: string): { speaker: RankedSpeaker } | { suggestions: RankedSpeaker[] } {
  let memo = found.get(index);
  if (!memo) found.set(index, (memo = new Map()));
  let r = memo.get(query);
  if (!r) {
    r = findUncached(index, query);
    if (memo.size >= FOUND_PER_INDEX) memo.clear();
    memo.set(query, r);
  }
  return r;
}

/** Queries whose speaker is kept per index; past this many the memo starts again (bounds memory under arbitrary queries). */
const FOUND_PER_INDEX = 1024;
/** {@link findSpeakerIn} per index and query: a cached reply's key needs the speaker (see scope.ts) before the answer is built. */
const found = new WeakMap<CorpusIndex, Map<string, { speaker: RankedSpeaker } | { suggestions: RankedSpeaker[] }>>();

/** The index's speakers prepared once for look-ups (folded names and transliteration keys; see createSpeakerFinder), built at the first look-up that needs them. */
const finders = new WeakMap<CorpusIndex, SpeakerFinder>();

function finderOf(index: CorpusIndex): SpeakerFinder {
  let finder = finders.get(index);
  if (!finder) finders.set(index, (finder = createSpeakerFinder(index.speakerList, index.corpus.quotes)));
  return finder;
}

/**
 * Prepares the index's speaker finder now (a no-op when it is ready). The bot calls it in idle
 * time after each new index, so the first `/quote` for a name that is not an exact alias does not
 * pay for it (about 120 ms at 10k articles); a look-up that comes first prepares it itself.
 */
export function prepareSpeakerFinder(index: CorpusIndex): void {
  finderOf(index);
}

function findUncached(index: CorpusIndex, query: string): { speaker: RankedSpeaker } | { suggestions: RankedSpeaker[] } {
  // An exact name or alias: findSpeaker would pick, of the speakers answering to it exactly, the
  // most quoted (the first in list order on a tie), which is the one the index keeps for the form.
  const exact = index.speakerByForm.get(foldName(query));
  if (exact) return { speaker: exact };
  const byId = index.speakerById;
  const r = finderOf(index).find(query);
  if (r.ok) {
    const ranked = byId.get(r.speaker.id);
    if (ranked) return { speaker: ranked };
  }
  return { suggestions: r.ok ? [] : r.suggestions.map((s) => byId.get(s.id)).filter((s): s is RankedSpeaker => s !== undefined) };
}

/**
 * Autocomplete choices for a speaker option, from memory: the index's speakers (most quoted first),
 * those with a name or alias word starting with what was typed (folded: case, accents), else
 * containing it.
 */
export function speakerChoices(index: CorpusIndex, typed: string): Choice[] {
  const q = foldName(typed);
  let list = index.speakers;
  if (q !== '') {
    const starts = list.filter((s) => s.folded.some((f) => f.startsWith(q) || f.split(' ').some((w) => w.startsWith(q))));
    list = starts.length > 0 ? starts : list.filter((s) => s.folded.some((f) => f.includes(q)));
  }
  return list.slice(0, LIMITS.autocompleteChoices).map((s) => ({
    name: truncate(`${s.speaker.name}${s.speaker.title ? `, ${s.speaker.title}` : ''} (${s.quoteCount} quote${s.quoteCount === 1 ? '' : 's'})`, LIMITS.choiceName),
    value: truncate(s.speaker.id, LIMITS.choiceValue),
  }));
}
