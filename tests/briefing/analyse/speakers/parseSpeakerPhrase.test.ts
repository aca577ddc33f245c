import { describe, expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../../../../src/briefing/analyse/speakers/parseSpeakerPhrase.js';

describe('parseSpeakerPhrase', () => {
  it('GIVEN titled names THEN name and title are split', () => {
    expect(parseSpeakerPhrase('Defense Secretary Robert M. Gates')).toMatchObject({ kind: 'person', name: 'Robert M. Gates', title: 'Defense Secretary' });
    expect(parseSpeakerPhrase('a visibly relieved U.N. Secretary-General Ban Ki-moon, who has made climate change his priority')).toMatchObject({ kind: 'person', name: 'Ban Ki-moon', title: 'U.N. Secretary-General' });
    expect(parseSpeakerPhrase('Secretary of State John Kerry')).toMatchObject({ name: 'John Kerry', title: 'Secretary of State' });
    expect(parseSpeakerPhrase('Defense Minister Defense Minister Anatoliy Serdyukov')).toMatchObject({ name: 'Anatoliy Serdyukov', title: 'Defense Minister' });
  });

  it('GIVEN an appositive THEN the name comes from one part and the title from the other', () => {
    expect(parseSpeakerPhrase("China's foreign ministry spokeswoman, Hua Chunying")).toMatchObject({ kind: 'person', name: 'Hua Chunying', gender: 'f' });
    expect(parseSpeakerPhrase('Peter Kellner, former president of YouGov')).toMatchObject({ name: 'Peter Kellner', title: 'former president of YouGov' });
  });

  it('GIVEN descriptions, pronouns, bodies and groups THEN each is told apart', () => {
    expect(parseSpeakerPhrase('the Russian defence minister')).toEqual({ kind: 'description', head: 'minister', modifiers: ['russian', 'defence'], text: 'the Russian defence minister' });
    expect(parseSpeakerPhrase('she')).toMatchObject({ kind: 'pronoun', pronoun: 'she' });
    expect(parseSpeakerPhrase('Moscow')).toMatchObject({ kind: 'organisation', name: 'Moscow' });
    expect(parseSpeakerPhrase('The Chinese finance ministry')).toMatchObject({ kind: 'organisation' });
    expect(parseSpeakerPhrase('Hundreds of activists')).toMatchObject({ kind: 'organisation', name: 'activists' });
  });
});
