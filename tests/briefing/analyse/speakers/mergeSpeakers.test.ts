import { describe, expect, it } from 'vitest';
import { mergeSpeakers } from '../../../../src/briefing/analyse/speakers/mergeSpeakers.js';
import type { Quote, Speaker } from '../../../../src/briefing/types.js';

const sp = (id: string, name: string, aliases: string[] = [], title: string | null = null): Speaker => ({ id, name, aliases, title, kind: 'person' });
const q = (articleId: string, speakerId: string, speaker: string): Quote => ({ articleId, speakerId, speaker, text: 'x', partial: false });

describe('mergeSpeakers', () => {
  it('GIVEN Robert M. Gates, Robert Gates and Gates in three files THEN one speaker, the fullest name canonical, quotes rewritten', () => {
    const r = mergeSpeakers([
      { speakers: [sp('robert-m-gates', 'Robert M. Gates', ['Gates'], 'Defense Secretary')], quotes: [q('a#1', 'robert-m-gates', 'Robert M. Gates')] },
      { speakers: [sp('robert-gates', 'Robert Gates', [], 'US Defence Secretary')], quotes: [q('b#1', 'robert-gates', 'Robert Gates')] },
      { speakers: [sp('gates', 'Gates')], quotes: [q('c#1', 'gates', 'Gates')] },
    ]);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]).toMatchObject({ id: 'robert-m-gates', name: 'Robert M. Gates', title: 'US Defence Secretary' });
    expect(r.quotes.map((x) => x.speakerId)).toEqual(['robert-m-gates', 'robert-m-gates', 'robert-m-gates']);
    expect(r.quotes.map((x) => x.speaker)).toEqual(['Robert M. Gates', 'Robert M. Gates', 'Robert M. Gates']);
  });

  it('GIVEN transliteration variants THEN merged', () => {
    const r = mergeSpeakers([
      { speakers: [sp('anatoly-serdukov', 'Anatoly Serdukov')], quotes: [q('a#1', 'anatoly-serdukov', 'Anatoly Serdukov')] },
      { speakers: [sp('anatoliy-serdyukov', 'Anatoliy Serdyukov')], quotes: [q('b#1', 'anatoliy-serdyukov', 'Anatoliy Serdyukov')] },
    ]);
    expect(r.speakers).toHaveLength(1);
    expect(new Set(r.quotes.map((x) => x.speakerId)).size).toBe(1);
  });
});
