import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compatibleNames, sameNameWord, slugify } from '../../../../src/briefing/analyse/speakers/nameKey.js';

describe('name identity', () => {
  it('GIVEN transliteration variants and a one-letter typo THEN the words are the same name', () => {
    expect(sameNameWord('Serdukov', 'Serdyukov')).toBe(true);
    expect(sameNameWord('Anatoly', 'Anatoliy')).toBe(true);
    expect(sameNameWord('Sergei', 'Sergey')).toBe(true);
    expect(sameNameWord('Yevgeny', 'Yevgeniy')).toBe(true);
    expect(sameNameWord('Zürich', 'zurich')).toBe(true);
  });

  it('GIVEN a middle initial or a missing given name THEN the names are compatible', () => {
    expect(compatibleNames('Robert M. Gates', 'Robert Gates')).toBe(true);
    expect(compatibleNames('Robert M. Gates', 'Gates')).toBe(true);
    expect(compatibleNames('Sergei Ivanov', 'Sergey Ivanov')).toBe(true);
  });

  it('GIVEN a canonical name THEN its id is a stable slug', () => {
    expect(slugify('Robert M. Gates')).toBe('robert-m-gates');
    expect(slugify('Ban Ki-moon')).toBe('ban-ki-moon');
    fc.assert(fc.property(fc.string(), (s) => slugify(s) === slugify(slugify(s).replace(/-/g, ' ')) || slugify(s) === 'unknown'));
  });
});

describe('name identity: session 27, generational suffixes', () => {
  it('GIVEN `Robert F. Horan Jr` and `Horan`, `Martin Luther King III` and `King` THEN one person each; `Horan Jr` and `Smith` THEN not', () => {
    expect(compatibleNames('Robert F. Horan Jr', 'Horan')).toBe(true);
    expect(compatibleNames('Robert F. Horan Jr.', 'Robert Horan')).toBe(true);
    expect(compatibleNames('Martin Luther King III', 'King')).toBe(true);
    expect(compatibleNames('Robert F. Horan Jr', 'Smith')).toBe(false);
  });
});
