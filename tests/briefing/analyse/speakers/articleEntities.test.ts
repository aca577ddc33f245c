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

describe('ArticleEntities.scanParagraph — session 29', () => {
  it('GIVEN `Black Cats chairman Ellis Short was thrilled …` THEN Ellis Short is a person and `Black Cats` is none (capitalised words before a role and a name open the title)', () => {
    const a = new ArticleEntities();
    a.scanParagraph('Black Cats chairman Ellis Short was thrilled to have finally secured a man he wanted.', 0);
    expect(a.knowsFullName('Short')).toBe(true);
    expect(a.knowsFullName('Cats')).toBe(false);
  });
  it('GIVEN `Barack Obama spokesman Josh Earnest said …` after `Barack Obama` was named THEN both are people (a known name before a role stays one)', () => {
    const a = new ArticleEntities();
    a.scanParagraph('Barack Obama flew to Berlin on Monday.', 0);
    a.scanParagraph('Barack Obama spokesman Josh Earnest said the trip would go ahead.', 1);
    expect(a.knowsFullName('Obama')).toBe(true);
    expect(a.knowsFullName('Earnest')).toBe(true);
  });
});
