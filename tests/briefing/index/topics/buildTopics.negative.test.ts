import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../../../src/briefing/index/topics/index.js';
import { packChunks, type ChunkWord } from '../../../../src/briefing/index/topics/keyPhrases.js';
import { article } from '../../summarise/fixtures.js';

/** Words as the tagger's chunks hold them: `P` proper nouns, `N` nouns (folded to lower case). */
const words = (tag: ChunkWord['tag'], ...ws: string[]): ChunkWord[] => ws.map((w) => ({ tag, surface: w, folded: w.toLowerCase() }));
const docs = (lead: (i: number) => ChunkWord[][], count = 3) =>
  Array.from({ length: count }, (_, k) => ({ ...article(`f#${k + 1}`, `report ${k + 1}`, `2021-08-0${k + 1}`, 'AFP', ['x']), keyPhrases: packChunks({ lead: lead(k), headline: [] }) }));

describe('buildTopics: a word beside a longer name is not always that name', () => {
  it('GIVEN `fire`, a common noun, in every article that names `Cal Fire` THEN `fire` stays a topic of its own', () => {
    const topics = buildTopics({ articles: docs((k) => [words('P', 'Cal', 'Fire'), words('N', 'fire'), words('N', 'fire'), words('N', `acre${k}`)]) });
    expect(topics.some((t) => t.slug === 'fire')).toBe(true);
    expect(topics.some((t) => t.slug === 'cal-fire')).toBe(true);
  });

  it('GIVEN `Fire` only as the end of other names (`Cedar Ridge Fire`) beside `Cal Fire` THEN `fire` is not folded into `cal-fire`', () => {
    const topics = buildTopics({ articles: docs((k) => [words('P', 'Cal', 'Fire'), words('P', 'Cedar', 'Ridge', 'Fire'), words('P', 'Cedar', 'Ridge', 'Fire'), words('N', `acre${k}`)]) });
    expect(topics.find((t) => t.slug === 'cal-fire')?.aliases ?? []).not.toContain('fire');
  });

  it('GIVEN a surname beside the full name in one article only THEN both stay topics (in one article every phrase is beside every other)', () => {
    const topics = buildTopics({ articles: docs(() => [words('P', 'Robert', 'Gates'), words('P', 'Gates'), words('P', 'Gates')], 1) });
    expect(topics.some((t) => t.slug === 'gates')).toBe(true);
  });

  it('GIVEN `gazprom` standing alone in every article that says `gas giant Gazprom` THEN it is not folded into `giant gazprom`, which is no name', () => {
    const topics = buildTopics({ articles: docs((k) => [[...words('N', 'gas', 'giant'), ...words('P', 'Gazprom')], words('P', 'Gazprom'), words('P', 'Gazprom'), words('N', `pipe${k}`)]) });
    expect(topics.some((t) => t.slug === 'gazprom')).toBe(true);
  });
});


describe('buildTopics: news agencies cited as sources are no topics', () => {
  it('GIVEN `Interfax` and `Reuters` alone in every article (`quoted by Interfax`, `told Reuters`) THEN neither is a topic, while a longer name holding one (`Thomson Reuters`) and the subject stay topics', () => {
    const topics = buildTopics({ articles: docs((k) => [words('P', 'Interfax'), words('P', 'Reuters'), words('P', 'Thomson', 'Reuters'), words('N', 'pipeline'), words('N', `pipe${k}`)]) });
    const slugs = topics.map((t) => t.slug);
    expect(slugs).not.toContain('interfax');
    expect(slugs).not.toContain('reuters');
    expect(slugs).toContain('thomson-reuters');
    expect(slugs).toContain('pipeline');
  });
});

describe('buildTopics: generic nouns and reporting phrases are no topics', () => {
  it('GIVEN `police`, `situation` and `news conference` in every article beside a subject THEN only the subject and modified phrases are topics', () => {
    const topics = buildTopics({
      articles: docs((k) => [words('N', 'police'), words('N', 'situation'), words('N', 'news', 'conference'), words('N', 'riot', 'police'), words('P', 'Algiers'), words('N', `march${k}`)]),
    });
    const slugs = topics.map((t) => t.slug);
    expect(slugs).not.toContain('police');
    expect(slugs).not.toContain('situation');
    expect(slugs).not.toContain('news-conference');
    expect(slugs).toContain('riot-police');
    expect(slugs).toContain('algiers');
  });
});

describe('buildTopics: tagger slips, figures and broadcasters are no topics', () => {
  it('GIVEN `new`, `others`, `percentage point` and `CNN` in every article beside a subject THEN none of them is a topic', () => {
    const topics = buildTopics({
      articles: docs((k) => [words('N', 'new'), words('N', 'others'), words('N', 'percentage', 'point'), words('P', 'CNN'), words('P', 'Ohio'), words('N', `county${k}`)]),
    });
    const slugs = topics.map((t) => t.slug);
    for (const generic of ['new', 'others', 'percentage-point', 'cnn']) expect(slugs).not.toContain(generic);
    expect(slugs).toContain('ohio');
  });
});
