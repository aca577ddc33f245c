import { describe, expect, it } from 'vitest';
import { ArticleEntities } from '../../../../src/briefing/analyse/speakers/articleEntities.js';

describe('ArticleEntities.person', () => {
  it('GIVEN `Burna Boy` then `Burnaboy` (or the other way round) THEN one person, named by the spaced form', () => {
    const a = new ArticleEntities();
    expect(a.person('Burna Boy', null, null, 'Burna Boy')).toBe(a.person('Burnaboy', null, null, 'Burnaboy'));
    const b = new ArticleEntities();
    const glued = b.person('Burnaboy', null, null, 'Burnaboy');
    expect(b.person('Burna Boy', null, null, 'Burna Boy')).toBe(glued);
    expect(glued.name).toBe('Burna Boy');
  });
  it('GIVEN `Burna Boy` then `Burnaby` THEN two (only the same letters glued are one name)', () => {
    const a = new ArticleEntities();
    expect(a.person('Burna Boy', null, null, 'Burna Boy')).not.toBe(a.person('Burnaby', null, null, 'Burnaby'));
  });
});
