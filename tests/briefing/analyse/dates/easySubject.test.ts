import { describe, expect, it } from 'vitest';
import { easySubject } from '../../../../src/briefing/analyse/dates/buildEvents.js';

describe('easySubject (who a timeline entry is about)', () => {
  it('GIVEN a named or titled subject THEN the name', () => {
    expect(easySubject("Russia's First Deputy Prime Minister Sergei Ivanov rejected on Thursday an overture.")).toBe('Sergei Ivanov');
    expect(easySubject('President Rafael Correa visited the disaster area Sunday.')).toBe('Rafael Correa');
    expect(easySubject('The rescue was slow, Mancera said in a Sunday briefing.')).toBe('Mancera');
  });

  it('GIVEN a sentence opening with a determiner, a group or a group\'s first word (`More than …`, `Rescue workers …`, `Officials fear …`, `Its …`) THEN no one', () => {
    expect(easySubject('More than 1,400 aftershocks had been recorded since Monday.')).toBeNull();
    expect(easySubject('Rescue workers in Turkey continued to hunt for people trapped on Monday.')).toBeNull();
    expect(easySubject('Officials fear the death toll could rise from the quake late Saturday.')).toBeNull();
    expect(easySubject('Western diplomats say the talks will resume next week.')).toBeNull();
    expect(easySubject('Its shares fell on Monday.')).toBeNull();
  });

  it("GIVEN a country or body before the title and name (`Ukraine's opposition leader Yevgeniy Tkachenko`, `Gazprom chief executive Alexei Miller`) THEN the person, not the country or body", () => {
    expect(easySubject("Ukraine's opposition leader Yevgeniy Tkachenko on Tuesday accused the government of fraud.")).toBe('Yevgeniy Tkachenko');
    expect(easySubject('Gazprom chief executive Alexei Miller said on Tuesday that Ukraine owed more.')).toBe('Alexei Miller');
    expect(easySubject('In a news conference here Friday, Obama deflected criticism of the accord.')).toBe('Obama');
  });

  it("GIVEN a description, a number, an adverb or a place inside the subject (`Britain's health secretary`, `Six of the deaths`, `Initially,`, `a flood in Hubei`) THEN no one", () => {
    expect(easySubject("Britain's health secretary said on Monday every hospital would be cleaned.")).toBeNull();
    expect(easySubject('Six of the new cases were reported in the last week.')).toBeNull();
    expect(easySubject('Initially, a special session was planned for Sunday.')).toBeNull();
    expect(easySubject('In 1998, a flood in Hubei drove thousands from their homes.')).toBeNull();
    expect(easySubject('A book of memoirs by Mr Lowe, which he worked on with Dr Lewis-Jones, is due in May.')).toBeNull();
  });

  it('GIVEN one capitalised word opening a sentence that the article never capitalises inside one (`Mining operations resumed …`) THEN no one; a name it does capitalise there is kept', () => {
    const known = new Set(['Halvorsen']);
    expect(easySubject('Mining operations resumed on Monday, when the pumps were repaired.', (w) => known.has(w))).toBeNull();
    expect(easySubject('Prices across the region were rising last month.', (w) => known.has(w))).toBeNull();
    expect(easySubject('Halvorsen is under pressure after the firm cut its forecast in September.', (w) => known.has(w))).toBe('Halvorsen');
  });

  it("GIVEN a possessive owner opening the sentence (`Norway's central bank kept …, Norges Bank said`) THEN the owner is not who; the reporting clause may name it", () => {
    expect(easySubject("Norway's central bank kept its rate at 1.50 percent on Wednesday, Norges Bank said.")).toBe('Norges Bank');
    expect(easySubject("China's state leadership transition has taken place this month.")).toBeNull();
  });

  it('GIVEN a sentence opened by an indefinite article (`An Ohio sheriff’s deputy was shot …`, `A Northfield poll released this week …`) THEN no one is who', () => {
    expect(easySubject('An Ohio sheriff’s deputy was shot and killed Tuesday near the county line.')).toBeNull();
    expect(easySubject('A Northfield poll released this week showed the Coalition ahead.')).toBeNull();
  });

  it('GIVEN a reporting clause with a title before the name (`…, District Attorney Kathleen Rowe announced`) THEN who is the name without the title', () => {
    expect(easySubject('A man who faked his death pleaded guilty on Thursday, Nassau County District Attorney Kathleen Rowe announced.')).toBe('Kathleen Rowe');
  });
});
