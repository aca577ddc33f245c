import { describe, expect, it } from 'vitest';
import { findSpeaker, rankSpeakers } from '../../../src/briefing/index/findSpeaker.js';
import type { Quote, Speaker } from '../../../src/briefing/types.js';

const speakers: Speaker[] = [
  { id: 'robert-m-gates', name: 'Robert M. Gates', aliases: ['Gates', 'Robert Gates', 'the secretary'], title: 'Defense Secretary', kind: 'person' },
  { id: 'anatoly-serdyukov', name: 'Anatoly Serdyukov', aliases: ['Anatoliy Serdyukov', 'Serdyukov'], title: 'Defence Minister', kind: 'person' },
  { id: 'sergei-ivanov', name: 'Sergei Ivanov', aliases: ['Ivanov'], title: null, kind: 'person' },
  { id: 'jose-marti', name: 'José Martí', aliases: [], title: null, kind: 'person' },
];
const quote = (speakerId: string): Quote => ({ articleId: 'a#1', speakerId, speaker: speakerId, text: 'x', partial: false });

describe('findSpeaker', () => {
  it('GIVEN any alias in any case THEN the speaker', () => {
    for (const q of ['gates', 'ROBERT GATES', 'Robert M. Gates']) expect(findSpeaker(q, speakers)).toMatchObject({ ok: true, speaker: { id: 'robert-m-gates' } });
  });
  it('GIVEN a typo or a transliteration THEN the speaker', () => {
    expect(findSpeaker('serdukov', speakers)).toMatchObject({ ok: true, speaker: { id: 'anatoly-serdyukov' } });
    expect(findSpeaker('Sergey Ivanov', speakers)).toMatchObject({ ok: true, speaker: { id: 'sergei-ivanov' } });
  });
  it('GIVEN no accents THEN the accented name', () => {
    expect(findSpeaker('jose marti', speakers)).toMatchObject({ ok: true, speaker: { id: 'jose-marti' } });
  });
  it('GIVEN quotes THEN speakers ranked by number of quotes, filtered by prefix', () => {
    const quotes = [quote('sergei-ivanov'), quote('robert-m-gates'), quote('robert-m-gates')];
    expect(rankSpeakers(speakers, quotes).map((r) => [r.speaker.id, r.quotes])).toEqual([
      ['robert-m-gates', 2],
      ['sergei-ivanov', 1],
      ['anatoly-serdyukov', 0],
      ['jose-marti', 0],
    ]);
    expect(rankSpeakers(speakers, quotes, 'ser').map((r) => r.speaker.id)).toEqual(['sergei-ivanov', 'anatoly-serdyukov']);
  });
});
