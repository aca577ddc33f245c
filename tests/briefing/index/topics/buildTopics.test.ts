import { describe, expect, it } from 'vitest';
import { buildTopics, findTopic } from '../../../../src/briefing/index/topics/index.js';
import { fireA, fireB, missileA, missileB, article } from '../../summarise/fixtures.js';

const articles = [missileA, missileB, fireA, fireB];

describe('buildTopics', () => {
  it('GIVEN missile shield, missile defence and missile defense in different reports THEN one missile-shield topic holds them all', () => {
    const topics = buildTopics({ articles });
    const t = topics.find((x) => x.slug === 'missile-shield');
    expect(t).toBeDefined();
    expect([...t!.articleIds].sort()).toEqual(['p#1', 'p#2']);
    expect(t!.aliases).toContain('missile defense');
  });

  it('GIVEN wildfire in one report and bushfire in another THEN they fold into the wildfire topic, apart from the missile story', () => {
    const t = buildTopics({ articles }).find((x) => x.slug === 'wildfire');
    expect(t).toBeDefined();
    expect([...t!.articleIds].sort()).toEqual(['f#1', 'f#2']);
  });

  it('GIVEN British and American spelling of one phrase THEN one topic, found by either spelling', () => {
    const a = article('d#1', 'Defence budget rises', '2020-01-01', 'AFP', ['The defence budget will rise by a tenth next year, the ministry said on Monday.']);
    const b = article('d#2', 'Defense budget debate opens', '2020-01-02', 'AP', ['Lawmakers opened the debate on the defense budget, which the ministry wants to raise.']);
    const topics = buildTopics({ articles: [a, b] });
    const budget = topics.find((x) => x.slug === 'defense-budget');
    expect(budget?.articleIds.length).toBe(2);
    const m = findTopic(topics, 'Defence Budget');
    expect('topic' in m && m.topic.slug).toBe('defense-budget');
  });

  it('GIVEN topics THEN they come largest first', () => {
    const topics = buildTopics({ articles });
    for (let i = 1; i < topics.length; i++) expect(topics[i - 1]!.articleIds.length).toBeGreaterThanOrEqual(topics[i]!.articleIds.length);
  });

  it('GIVEN admin overrides THEN a topic is renamed, one is added from its aliases and one is hidden', () => {
    const topics = buildTopics(
      { articles },
      {
        topics: [
          { slug: 'missile-shield', name: 'US missile shield in Europe', aliases: [], hidden: false },
          { slug: 'greek-fires', name: 'Greek fires', aliases: ['Mati'], hidden: false },
          { slug: 'wildfire', aliases: [], hidden: true },
        ],
        synonyms: [],
      },
    );
    expect(topics.find((t) => t.slug === 'missile-shield')?.name).toBe('US missile shield in Europe');
    expect([...(topics.find((t) => t.slug === 'greek-fires')?.articleIds ?? [])].sort()).toEqual(['f#1', 'f#2']);
    expect(topics.some((t) => t.slug === 'wildfire')).toBe(false);
  });

  it('GIVEN an empty corpus THEN no topics', () => {
    expect(buildTopics({ articles: [] })).toEqual([]);
  });
});
