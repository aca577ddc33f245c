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

  it('GIVEN a surname spelling first seen after a namesake with other given names THEN a later speaker still finds the person under that spelling', () => {
    // Order of merging: Ivan Serdukov (3 quotes), Anatoliy Serdyukov (2), Anatoly Serdukov (1).
    // The second is another person (Ivan ≠ Anatoliy) and brings the spelling `Serdyukov`; the third
    // is asked about under `Serdukov` and must still meet the `Serdyukov` cluster.
    const r = mergeSpeakers([
      { speakers: [sp('ivan-serdukov', 'Ivan Serdukov')], quotes: [q('a#1', 'ivan-serdukov', 'Ivan Serdukov'), q('a#1', 'ivan-serdukov', 'Ivan Serdukov'), q('a#1', 'ivan-serdukov', 'Ivan Serdukov')] },
      { speakers: [sp('anatoliy-serdyukov', 'Anatoliy Serdyukov')], quotes: [q('b#1', 'anatoliy-serdyukov', 'Anatoliy Serdyukov'), q('b#1', 'anatoliy-serdyukov', 'Anatoliy Serdyukov')] },
      { speakers: [sp('anatoly-serdukov', 'Anatoly Serdukov')], quotes: [q('c#1', 'anatoly-serdukov', 'Anatoly Serdukov')] },
    ]);
    expect(r.speakers).toHaveLength(2);
    const ids = r.quotes.map((x) => x.speakerId);
    expect(ids[0]).not.toBe(ids[3]);
    expect(ids[3]).toBe(ids[5]);
  });

  it('GIVEN one bare surname in many files and two people of that name THEN every mention goes to the more quoted one', () => {
    const files = [
      { speakers: [sp('lech-kaczynski', 'Lech Kaczynski')], quotes: [q('a#1', 'lech-kaczynski', 'Lech Kaczynski')] },
      { speakers: [sp('jaroslaw-kaczynski', 'Jaroslaw Kaczynski')], quotes: [q('b#1', 'jaroslaw-kaczynski', 'Jaroslaw Kaczynski'), q('b#1', 'jaroslaw-kaczynski', 'Jaroslaw Kaczynski')] },
      ...Array.from({ length: 5 }, (_, i) => ({ speakers: [sp('kaczynski', 'Kaczynski')], quotes: [q(`c${i}#1`, 'kaczynski', 'Kaczynski')] })),
    ];
    const r = mergeSpeakers(files);
    expect(r.speakers.map((s) => s.name).sort()).toEqual(['Jaroslaw Kaczynski', 'Lech Kaczynski']);
    expect(r.quotes.slice(3).map((x) => x.speaker)).toEqual(Array(5).fill('Jaroslaw Kaczynski'));
  });

  it('GIVEN one person with titles of equal length in several files THEN the title is the longest, the first in alphabetical order on a tie', () => {
    const files = ['Foreign Minister', 'Finance Minister', 'Minister', 'Foreign Minister'].map((title, i) => ({
      speakers: [sp(`p${i}`, 'Radoslaw Sikorski', [], title)],
      quotes: [q(`a${i}#1`, `p${i}`, 'Radoslaw Sikorski')],
    }));
    const r = mergeSpeakers(files);
    expect(r.speakers).toHaveLength(1);
    expect(r.speakers[0]!.title).toBe('Finance Minister');
  });
});

