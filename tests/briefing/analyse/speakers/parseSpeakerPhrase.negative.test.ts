import { describe, expect, it } from 'vitest';
import { parseSpeakerPhrase } from '../../../../src/briefing/analyse/speakers/parseSpeakerPhrase.js';

describe('parseSpeakerPhrase: phrases that name nobody', () => {
  it('GIVEN a common noun phrase THEN null', () => {
    expect(parseSpeakerPhrase('the results')).toBeNull();
    expect(parseSpeakerPhrase('')).toBeNull();
  });
  it('GIVEN a country-code run like `U.S.` THEN it is no person', () => {
    expect(parseSpeakerPhrase('U.S.')?.kind).not.toBe('person');
  });
  it('GIVEN a name ending like a demonym (`Kaczynski`, `Christian`) THEN it stays a name', () => {
    expect(parseSpeakerPhrase('Polish Prime Minister Jaroslaw Kaczynski')).toMatchObject({ kind: 'person', name: 'Jaroslaw Kaczynski' });
    expect(parseSpeakerPhrase('Christian Wulff')).toMatchObject({ kind: 'person', name: 'Christian Wulff' });
  });
  it('GIVEN a surname ending in s that is no nationality (`Jones`, `Adams`, `Lucas`) THEN it stays a person', () => {
    for (const w of ['Jones', 'Adams', 'Lucas', 'Davis']) expect(parseSpeakerPhrase(w), w).toMatchObject({ kind: 'person', name: w });
  });
  it('GIVEN a month name alone or opening the phrase (`May`, `June Talks`) THEN it is no surname', () => {
    expect(parseSpeakerPhrase('May')).toBeNull();
    expect(parseSpeakerPhrase('In May')).toBeNull();
  });
  it('GIVEN one person named by a group word in the singular (`the activist`) THEN no body named `activist` speaks, while `activists` is a group', () => {
    expect(parseSpeakerPhrase('the activist')?.kind).not.toBe('organisation');
    expect(parseSpeakerPhrase('activists')).toMatchObject({ kind: 'organisation', name: 'activists' });
  });
});

describe('parseSpeakerPhrase: no person from a body or a conjunction', () => {
  it('GIVEN a role for a body whose name ends `… and Liberty` THEN no person is named Liberty', () => {
    expect(parseSpeakerPhrase('a spokesman for the Party of Renewal and Liberty')).not.toMatchObject({ kind: 'person' });
    expect(parseSpeakerPhrase('an organizer for the Party of Renewal and Liberty')).not.toMatchObject({ kind: 'person' });
  });

  it('GIVEN a spokeswoman for a bare surname THEN the surname does not speak (she speaks for him, unnamed)', () => {
    expect(parseSpeakerPhrase('a spokeswoman for Hallam')).toMatchObject({ kind: 'description', head: 'spokeswoman' });
  });

  it('GIVEN a sentence-opening `Except` or `Whether` THEN it is no name', () => {
    expect(parseSpeakerPhrase('Except')).toBeNull();
    expect(parseSpeakerPhrase('Whether')).toBeNull();
  });
});

describe('parseSpeakerPhrase: a `to` that ends a title', () => {
  it('GIVEN `adviser to Tom Reyes` THEN not Tom Reyes himself', () => {
    expect(parseSpeakerPhrase('adviser to Tom Reyes')).not.toMatchObject({ kind: 'person', name: 'Tom Reyes' });
  });
});

describe('parseSpeakerPhrase: parts of a transcript', () => {
  it('GIVEN `Opening Statement` (a press-conference label) THEN no person', () => {
    expect(parseSpeakerPhrase('Opening Statement')).toBeNull();
  });
});

describe('parseSpeakerPhrase: sentence adverbs and founders’ names', () => {
  it('GIVEN `Confusingly, the minister` THEN no person named Confusingly; `Ashley`, `Kelly` and `Tom Stanley` stay names', () => {
    expect(parseSpeakerPhrase('Confusingly, the minister')).not.toMatchObject({ kind: 'person' });
    expect(parseSpeakerPhrase('Tom Stanley')).toMatchObject({ kind: 'person', name: 'Tom Stanley' });
    expect(parseSpeakerPhrase('Ashley Kelly')).toMatchObject({ kind: 'person', name: 'Ashley Kelly' });
  });
  it('GIVEN `Nanos` (a pollster named after its founder, who is quoted as Nanos) THEN still read as a name', () => {
    expect(parseSpeakerPhrase('Nanos')).toMatchObject({ kind: 'person' });
  });
});

describe('parseSpeakerPhrase: hyphenated names kept whole', () => {
  it('GIVEN `Ban Ki-moon`, `Kim Jong-un`, `Jean-Luc Martel` and `Dr Huw Lewis-Jones` THEN each keeps its hyphenated part', () => {
    expect(parseSpeakerPhrase('Ban Ki-moon')).toMatchObject({ kind: 'person', name: 'Ban Ki-moon' });
    expect(parseSpeakerPhrase('Kim Jong-un')).toMatchObject({ kind: 'person', name: 'Kim Jong-un' });
    expect(parseSpeakerPhrase('Jean-Luc Martel')).toMatchObject({ kind: 'person', name: 'Jean-Luc Martel' });
    expect(parseSpeakerPhrase('Dr Huw Lewis-Jones')).toMatchObject({ kind: 'person', name: 'Huw Lewis-Jones' });
  });
});

describe('parseSpeakerPhrase: places and imperatives that are no person', () => {
  it('GIVEN `New York`, `North Carolina` and `Think Kevin Doyle` THEN none is a person named so', () => {
    expect(parseSpeakerPhrase('New York')).toMatchObject({ kind: 'organisation' });
    expect(parseSpeakerPhrase('North Carolina')).toMatchObject({ kind: 'organisation' });
    expect(parseSpeakerPhrase('Think Kevin Doyle')).toMatchObject({ kind: 'person', name: 'Kevin Doyle' });
  });
});

describe('parseSpeakerPhrase: honour words that are names', () => {
  it('GIVEN `Finance Minister Sri Wulan Dewi` (a given name) and `Mr Tan` (a surname) THEN they stay in the names', () => {
    expect(parseSpeakerPhrase('Finance Minister Sri Wulan Dewi')).toMatchObject({ kind: 'person', name: 'Sri Wulan Dewi' });
    expect(parseSpeakerPhrase('Mr Tan')).toMatchObject({ kind: 'person', name: 'Tan' });
    expect(parseSpeakerPhrase('Tan Boon Heng')).toMatchObject({ kind: 'person', name: 'Tan Boon Heng' });
  });
});

describe('parseSpeakerPhrase: groups that are no person', () => {
  it('GIVEN `People` and `One of the men` THEN no person is named `People` or `One`', () => {
    expect(parseSpeakerPhrase('People')).toMatchObject({ kind: 'organisation', name: 'people' });
    expect(parseSpeakerPhrase('One of the men')).not.toMatchObject({ kind: 'person' });
  });
});

describe('parseSpeakerPhrase: letters after a party are no name', () => {
  it('GIVEN `Green MP` and `Kildare TD` THEN each is a description, not a person named Green or Kildare', () => {
    expect(parseSpeakerPhrase('Green MP')).toMatchObject({ kind: 'description', head: 'mp' });
    expect(parseSpeakerPhrase('Kildare TD')).toMatchObject({ kind: 'description', head: 'td' });
  });
});

describe('parseSpeakerPhrase: bodies of four words or more stay whole', () => {
  it('GIVEN `Goldman Sachs Group Inc` and `Bank of America Merrill Lynch` THEN each is one body', () => {
    expect(parseSpeakerPhrase('Goldman Sachs Group Inc')).toMatchObject({ kind: 'organisation', name: 'Goldman Sachs Group Inc' });
    expect(parseSpeakerPhrase('Bank of America Merrill Lynch')).toMatchObject({ kind: 'organisation' });
  });
});

describe('parseSpeakerPhrase: forms of address stay roles', () => {
  it('GIVEN `Mr President` and `Madam Speaker` THEN each is the role, not a surname', () => {
    expect(parseSpeakerPhrase('Mr President')).toMatchObject({ kind: 'description', head: 'president' });
    expect(parseSpeakerPhrase('Madam Speaker')).toMatchObject({ kind: 'description', head: 'speaker' });
  });
});
