import { describe, expect, it } from 'vitest';
import { buildTopics, findTopic } from '../../../../src/briefing/index/topics/index.js';
import { MAX_TOPICS } from '../../../../src/briefing/index/topics/buildTopics.js';
import { packChunks, type ChunkWord } from '../../../../src/briefing/index/topics/keyPhrases.js';
import { fireA, fireB, missileA, missileB, article } from '../../summarise/fixtures.js';

const articles = [missileA, missileB, fireA, fireB];
/** A noun as the tagger's chunks hold it (folded to lower case). */
const noun = (surface: string): ChunkWord => ({ tag: 'N', surface, folded: surface.toLowerCase() });

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

  it('GIVEN a party written `Labour` in British copy THEN its topic (slug in the folded spelling, `labor`) is named as the copy writes it', () => {
    const a = article('l#1', 'Labour sets out housing plan', '2022-04-20', 'PA', ['Labour set out its housing plan on Wednesday, promising new towns across England.']);
    const b = article('l#2', 'Labour leader defends plan', '2022-04-21', 'PA', ['The Labour leader defended the housing plan against critics on Thursday.']);
    const topic = buildTopics({ articles: [a, b] }).find((x) => x.slug === 'labor');
    expect(topic?.name).toBe('Labour');
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

  it('GIVEN more topics than are kept THEN they are the ones a full build keeps (overrides that change nothing build every topic), in the same order', () => {
    // Articles with their phrases already packed (as the pipeline leaves them), so nothing is tagged:
    // one phrase of their own, one shared by a few, one by many, so sizes and scores vary and tie.
    const many = Array.from({ length: MAX_TOPICS + 200 }, (_, i) => ({
      ...article(`m#${i}`, `report ${i}`, `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, 'AFP', ['text']),
      keyPhrases: packChunks({
        lead: [[noun(`Item${i}`)], [noun(`shared${i % 97}`)], [noun(`Shared${i % 97}`)], [noun(`common${i % 7}`)]],
        headline: i % 3 === 0 ? [[noun(`Common${i % 7}`)]] : [],
      }),
    }));
    const kept = buildTopics({ articles: many });
    expect(kept).toHaveLength(MAX_TOPICS);
    expect(kept).toEqual(buildTopics({ articles: many }, { topics: [], synonyms: [] }));
    expect(kept[0]!.articleIds).toHaveLength(Math.ceil(many.length / 7));
  });

  it('GIVEN two articles with one id THEN a topic counts that id once', () => {
    // `harbour deal` is the phrase (`deal` alone is none); `dock` and `crane` one article's own.
    const packed = (...lead: ChunkWord[][]): string => packChunks({ lead, headline: [] });
    const harbourDeal = [{ tag: 'A', surface: 'harbour', folded: 'harbour' }, noun('deal')] satisfies ChunkWord[];
    const docs = [
      { ...article('r#1', 'first', '2020-01-01', 'AFP', ['x']), keyPhrases: packed(harbourDeal, [noun('dock')]) },
      { ...article('r#2', 'second', '2020-01-02', 'AFP', ['x']), keyPhrases: packed(harbourDeal) },
      { ...article('r#1', 'again', '2020-01-03', 'AFP', ['x']), keyPhrases: packed(harbourDeal, [noun('crane')]) },
    ];
    const t = buildTopics({ articles: docs }).find((x) => x.slug === 'harbour-deal');
    expect(t?.articleIds).toEqual(['r#1', 'r#2']);
  });

  it('GIVEN an empty corpus THEN no topics', () => {
    expect(buildTopics({ articles: [] })).toEqual([]);
  });

  it('GIVEN a surname that stands alone only in articles naming the person in full (`Robert Gates` … `Gates said`) THEN one topic, the full name, with the surname as an alias', () => {
    const name = (...ws: string[]): ChunkWord[] => ws.map((w) => ({ tag: 'P', surface: w, folded: w.toLowerCase() }));
    const docs = [1, 2, 3].map((i) => ({
      ...article(`g#${i}`, `report ${i}`, `2020-01-0${i}`, 'AFP', ['x']),
      keyPhrases: packChunks({ lead: [name('Robert', 'Gates'), [noun(`harbour${i}`)], name('Gates'), name('Gates')], headline: [] }),
    }));
    const topics = buildTopics({ articles: docs });
    expect(topics.find((t) => t.slug === 'robert-gates')?.aliases).toContain('gates');
    expect(topics.some((t) => t.slug === 'gates')).toBe(false);
  });
});

