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
});
