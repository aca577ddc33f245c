import { describe, expect, it, vi } from 'vitest';

// Counts how many finders are built, passing every call through to the real one.
const built = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/briefing/index/findSpeaker.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/briefing/index/findSpeaker.js')>();
  return {
    ...real,
    createSpeakerFinder: (...args: Parameters<typeof real.createSpeakerFinder>) => {
      built.count++;
      return real.createSpeakerFinder(...args);
    },
  };
});

const { buildIndex } = await import('../../src/bot/answers/corpusIndex.js');
const { findSpeakerIn, prepareSpeakerFinder } = await import('../../src/bot/answers/speakers.js');
const { loadCorpus } = await import('../../src/corpus/loadCorpus.js');

describe('prepareSpeakerFinder', () => {
  it('GIVEN an index prepared in idle time THEN look-ups that need the finder (a typo) build none, and answer as an unprepared index does', async () => {
    const corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
    const prepared = buildIndex(corpus);
    const fresh = buildIndex(corpus);
    prepareSpeakerFinder(prepared);
    prepareSpeakerFinder(prepared);
    expect(built.count).toBe(1);
    const answer = (r: ReturnType<typeof findSpeakerIn>): string => ('speaker' in r ? r.speaker.speaker.id : `suggestions ${r.suggestions.map((s) => s.speaker.id).join(',')}`);
    const typo = findSpeakerIn(prepared, 'Gatez');
    expect(built.count).toBe(1);
    // The unprepared index builds its own at its first such look-up, with the same answer.
    expect(answer(findSpeakerIn(fresh, 'Gatez'))).toBe(answer(typo));
    expect(built.count).toBe(2);
  });
});
