import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type CorpusIndex } from '../../src/bot/answers/corpusIndex.js';
import { findSpeakerIn } from '../../src/bot/answers/speakers.js';
import { findSpeaker } from '../../src/briefing/index/findSpeaker.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';

let index: CorpusIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 }));
});

/** What findSpeakerIn must answer: findSpeaker over the index's speakers, as ranked speakers. */
function expected(query: string): string {
  const r = findSpeaker(query, index.speakerList, index.corpus.quotes);
  return r.ok ? `speaker ${r.speaker.id}` : `suggestions ${r.suggestions.map((s) => s.id).join(',')}`;
}
function actual(query: string): string {
  const r = findSpeakerIn(index, query);
  return 'speaker' in r ? `speaker ${r.speaker.speaker.id}` : `suggestions ${r.suggestions.map((s) => s.speaker.id).join(',')}`;
}

describe('findSpeakerIn', () => {
  it('GIVEN every name and alias of every quoted speaker, as typed in several ways THEN the answer is the one findSpeaker gives', () => {
    expect(index.speakers.length).toBeGreaterThan(3);
    const queries = index.speakers.flatMap((s) => [s.speaker.name, ...s.speaker.aliases, s.speaker.id]).flatMap((q) => [q, q.toUpperCase(), ` ${q.toLowerCase()} `, q.split(' ').at(-1) ?? q]);
    for (const q of [...queries, 'Gatez', 'Serdukov', 'nobody at all', '', 'the secretary']) expect(actual(q), q).toBe(expected(q));
  });
});
