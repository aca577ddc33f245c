import { describe, expect, it } from 'vitest';
import { buildTopics } from '../../../src/briefing/index/topics/index.js';
import { buildBrief } from '../../../src/briefing/summarise/index.js';
import { MAX_INTERNED } from '../../../src/briefing/summarise/interner.js';
import type { Article } from '../../../src/briefing/types.js';
import { fireA, fireB, missileA, missileB } from './fixtures.js';

const articles = [missileA, missileB, fireA, fireB];
const topics = buildTopics({ articles });
const missile = topics.find((t) => t.slug === 'missile-shield')!;

/** Words in a generated sentence, and sentences per paragraph (all within the brief's candidate limits). */
const WORDS_PER_SENTENCE = 40;
const SENTENCES_PER_ARTICLE = 40;
const ARTICLES_PER_BRIEF = 20;

/**
 * A topic of 20 articles whose sentences are made of words never seen before (`Qz17 qz18 …`): one
 * brief of it gives the summariser's word and concept tables tens of thousands of new entries.
 */
function unseenWordsTopic(n: number): { articles: Article[]; topic: { slug: string; name: string; aliases: string[]; articleIds: string[] } } {
  let w = n * ARTICLES_PER_BRIEF * SENTENCES_PER_ARTICLE * WORDS_PER_SENTENCE;
  const made: Article[] = [];
  for (let a = 0; a < ARTICLES_PER_BRIEF; a++) {
    const sentences: string[] = [];
    for (let s = 0; s < SENTENCES_PER_ARTICLE; s++) {
      const words = Array.from({ length: WORDS_PER_SENTENCE }, () => `qz${(w++).toString(36)}`);
      sentences.push(`Q${words.join(' ')}.`);
    }
    made.push({ id: `flood${n}#${a + 1}`, file: `flood${n}.txt`, headline: `Flood ${n} ${a}`, byline: null, place: null, agency: null, date: '2007-04-23', teaser: false, paragraphs: [sentences.join(' ')], url: null });
  }
  return { articles: made, topic: { slug: `flood-${n}`, name: `Flood ${n}`, aliases: [], articleIds: made.map((x) => x.id) } };
}

describe('buildBrief across word-table generations', () => {
  it('GIVEN a brief THEN after enough briefs of unseen words that the word and concept tables start over, the same brief is the same', () => {
    const before = buildBrief({ articles }, missile, { length: 'full' });
    // Each flood brief adds 32,000 new words (and as many word pairs): enough of them to pass the limit of both tables.
    const perBrief = ARTICLES_PER_BRIEF * SENTENCES_PER_ARTICLE * WORDS_PER_SENTENCE;
    const floods = Math.ceil(MAX_INTERNED / perBrief) + 1;
    for (let n = 0; n < floods; n++) {
      const f = unseenWordsTopic(n);
      const b = buildBrief({ articles: f.articles }, f.topic, { length: 'full' });
      expect(b.points.length).toBeGreaterThan(0);
    }
    expect(buildBrief({ articles }, missile, { length: 'full' })).toStrictEqual(before);
    expect(buildBrief({ articles }, missile, { length: 'short' })).toStrictEqual(buildBrief({ articles }, missile, { length: 'short' }));
  });
});
