import { describe, expect, it } from 'vitest';
import { mergeSpeakers } from '../../../../src/briefing/analyse/speakers/mergeSpeakers.js';
import type { Quote, Speaker } from '../../../../src/briefing/types.js';

const sp = (id: string, name: string, kind: Speaker['kind'] = 'person'): Speaker => ({ id, name, aliases: [], title: null, kind });
const q = (speakerId: string): Quote => ({ articleId: 'a#1', speakerId, speaker: speakerId, text: 'x', partial: false });

describe('mergeSpeakers: different speakers stay apart', () => {
  it('GIVEN Lech and Jaroslaw Kaczynski THEN two speakers with distinct ids', () => {
    const r = mergeSpeakers([{ speakers: [sp('lech-kaczynski', 'Lech Kaczynski'), sp('jaroslaw-kaczynski', 'Jaroslaw Kaczynski')], quotes: [q('lech-kaczynski'), q('jaroslaw-kaczynski')] }]);
    expect(r.speakers).toHaveLength(2);
    expect(new Set(r.quotes.map((x) => x.speakerId)).size).toBe(2);
  });

  it('GIVEN a person and a body with one slug in two files THEN not merged, ids kept unique', () => {
    const r = mergeSpeakers([
      { speakers: [sp('georgia', 'Georgia', 'organisation')], quotes: [q('georgia')] },
      { speakers: [sp('georgia', 'Georgia', 'person')], quotes: [q('georgia')] },
    ]);
    expect(r.speakers).toHaveLength(2);
    expect(new Set(r.speakers.map((s) => s.id)).size).toBe(2);
  });

  it('GIVEN an unattributed quote THEN it stays unattributed', () => {
    const r = mergeSpeakers([{ speakers: [], quotes: [{ articleId: 'a#1', speakerId: null, speaker: null, text: 'x', partial: false }] }]);
    expect(r.quotes[0]!.speakerId).toBeNull();
  });
});
