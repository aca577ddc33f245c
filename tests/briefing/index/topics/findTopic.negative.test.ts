import { describe, expect, it } from 'vitest';
import { buildTopics, findTopic } from '../../../../src/briefing/index/topics/index.js';
import { fireA, fireB, missileA, missileB } from '../../summarise/fixtures.js';

const articles = [missileA, missileB, fireA, fireB];
const topics = buildTopics({ articles });

describe('findTopic with unknown topics', () => {
  it('GIVEN a misspelt slug THEN no topic, and the nearest topics start with the intended one', () => {
    const m = findTopic(topics, 'missle-sheild', articles);
    expect('suggestions' in m).toBe(true);
    if ('suggestions' in m) expect(m.suggestions[0]?.slug).toBe('missile-shield');
  });

  it('GIVEN a phrase no article contains THEN suggestions only, none unrelated', () => {
    const m = findTopic(topics, 'zzyzx quantum', articles);
    expect(m).toEqual({ suggestions: [] });
  });

  it('GIVEN an empty query THEN no topic', () => {
    expect('topic' in findTopic(topics, '   ', articles)).toBe(false);
  });

  it('GIVEN a free phrase THEN a search topic of the articles with all its words', () => {
    const m = findTopic(topics, 'russia radar', articles);
    expect('topic' in m && m.via).toBe('search');
    if ('topic' in m) expect([...m.topic.articleIds].sort()).toEqual(['p#1', 'p#2']);
  });

  it('GIVEN a free phrase without articles to search THEN suggestions, not a topic', () => {
    expect('topic' in findTopic(topics, 'russia radar')).toBe(false);
  });
});
