import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../../src/briefing/pipeline.js';
import { articleOrigin, buildCorpus, buildCorpusSteps, isBuiltCorpus, keptCopies, needsFullCopy, slimAnalysis } from '../../../src/briefing/index/buildCorpus.js';
import { computeStoryKey } from '../../../src/briefing/index/storyKey.js';
import type { FileAnalysis } from '../../../src/briefing/types.js';

const SAMPLE = 'data/spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';

describe('buildCorpus', () => {
  it('GIVEN the same page in two files THEN each article is kept once with a duplicate warning per repeat', () => {
    const bytes = readFileSync(SAMPLE);
    const a = analyseFile({ name: 'a/page.txt', bytes });
    const b = analyseFile({ name: 'b/page-copy.txt', bytes });
    const corpus = buildCorpus([a, b]);
    expect(corpus.articles).toHaveLength(a.articles.length);
    expect(corpus.articles.every((x) => x.file === 'a/page.txt')).toBe(true);
    expect(corpus.warnings.filter((w) => w.code === 'duplicate')).toHaveLength(a.articles.length);
    expect(corpus.quotes.every((q) => q.articleId.startsWith('page#'))).toBe(true);
  });

  it('GIVEN a built corpus THEN it is known as built and each kept article names the file and content hash it came from; a copy edited by hand is not built', () => {
    const bytes = readFileSync(SAMPLE);
    const a = analyseFile({ name: 'a/page.txt', bytes });
    const b = analyseFile({ name: 'b/page-copy.txt', bytes });
    const corpus = buildCorpus([a, b]);
    expect(isBuiltCorpus(corpus)).toBe(true);
    expect(corpus.articles.map(articleOrigin)).toEqual(corpus.articles.map(() => ({ file: 'a/page.txt', hash: a.hash })));
    // The copy b's articles were not kept: no origin.
    expect(b.articles.map(articleOrigin)).toEqual(b.articles.map(() => undefined));
    expect(isBuiltCorpus({ ...corpus })).toBe(true);
    expect(isBuiltCorpus({ ...corpus, polls: corpus.polls.slice(1) })).toBe(false);
    expect(isBuiltCorpus({ ...corpus, quotes: [...corpus.quotes] })).toBe(false);
    expect(isBuiltCorpus({ ...corpus, articles: [...corpus.articles] })).toBe(false);
  });

  it('GIVEN every bundled page THEN a quote whose speaker merging leaves unchanged is the analysed object itself, and every quote has the merged speaker', async () => {
    const { readdirSync } = await import('node:fs');
    const analyses = readdirSync('data')
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => analyseFile({ name: `data/${f}`, bytes: readFileSync(`data/${f}`) }));
    const corpus = buildCorpus(analyses);
    const analysed = analyses.flatMap((fa) => fa.quotes);
    expect(corpus.quotes).toHaveLength(analysed.length);
    let same = 0;
    let renamed = 0;
    corpus.quotes.forEach((q, k) => {
      const o = analysed[k]!;
      expect({ ...q, speakerId: o.speakerId, speaker: o.speaker }).toEqual(o); // only the speaker may change
      if (q.speakerId === o.speakerId && q.speaker === o.speaker) {
        expect(q).toBe(o);
        same++;
      } else renamed++;
      if (q.speakerId !== null) expect(corpus.speakers.some((sp) => sp.id === q.speakerId && sp.name === q.speaker)).toBe(true);
    });
    expect(same).toBeGreaterThan(50);
    expect(same + renamed).toBe(analysed.length);
  });

  it('GIVEN one person named in full in one file and by surname in another THEN the surname quote is a copy with the merged speaker and the full-name quote is the analysed object', () => {
    const record = (title: string, body: string): Uint8Array => new TextEncoder().encode(JSON.stringify({ title, body, date: '2007-04-23' }));
    const one = analyseFile({ name: 'one.json', bytes: record('Gates in Warsaw', '"We will talk to the Russians about it," Defense Secretary Robert M. Gates said on Monday.') });
    const two = analyseFile({ name: 'two.json', bytes: record('Shield talks go on', '"It is a good plan and we will keep it," Gates told reporters in Warsaw.') });
    const corpus = buildCorpus([one, two]);
    const [q1, q2] = corpus.quotes;
    expect(q1).toBe(one.quotes[0]);
    expect(q2).not.toBe(two.quotes[0]);
    expect(two.quotes[0]!.speakerId).not.toBe(q1!.speakerId);
    expect(q2).toEqual({ ...two.quotes[0], speakerId: q1!.speakerId, speaker: q1!.speaker });
  });

  it('GIVEN a reprint with different white space and punctuation THEN it is still one article', () => {
    const one = analyseFile({ name: 'one.json', bytes: new TextEncoder().encode(JSON.stringify({ title: 'Gates in Warsaw', body: 'Gates arrived in Warsaw on Tuesday.' })) });
    const two = analyseFile({ name: 'two.json', bytes: new TextEncoder().encode(JSON.stringify({ title: 'GATES IN WARSAW', body: 'Gates  arrived in Warsaw on Tuesday' })) });
    expect(buildCorpus([one, two]).articles).toHaveLength(1);
  });

  it('GIVEN every bundled page and a reprint of one THEN each article carries the story key its text gives, and the same pages without stored keys (articles made outside the pipeline, older cache entries) build the same corpus', async () => {
    const { readdirSync } = await import('node:fs');
    const pages = readdirSync('data').filter((f) => !f.startsWith('.')).sort();
    const analyses = pages.map((f) => analyseFile({ name: `data/${f}`, bytes: readFileSync(`data/${f}`) }));
    analyses.push(analyseFile({ name: 'reprint.txt', bytes: readFileSync(`data/${pages[0]!}`) }));
    const articles = analyses.flatMap((fa) => fa.articles);
    expect(articles.length).toBeGreaterThan(20);
    for (const a of articles) expect(a.storyKey, a.id).toBe(computeStoryKey(a));
    const bare = analyses.map((fa) => ({ ...fa, articles: fa.articles.map(({ storyKey: _key, ...a }) => a) }));
    const withKeys = buildCorpus(analyses);
    const without = buildCorpus(bare);
    expect(without.articles.map((a) => a.id)).toEqual(withKeys.articles.map((a) => a.id));
    expect(without.warnings).toEqual(withKeys.warnings);
    expect(withKeys.warnings.some((w) => w.code === 'duplicate')).toBe(true);
  });

  it('GIVEN a changed file THEN the corpus version changes', () => {
    const x = analyseFile({ name: 'x.txt', bytes: new TextEncoder().encode('Title here\nLondon (AFP) May 1, 2020 - Text one.') });
    const y = analyseFile({ name: 'x.txt', bytes: new TextEncoder().encode('Title here\nLondon (AFP) May 1, 2020 - Text two.') });
    expect(buildCorpus([x]).version).not.toBe(buildCorpus([y]).version);
    expect(buildCorpus([x]).version).toBe(buildCorpus([x]).version);
  });

  it('GIVEN a shorter copy of a story first in file order THEN the fuller copy is kept and the shorter one warned about', () => {
    const enc = (o: object): Uint8Array => new TextEncoder().encode(JSON.stringify(o));
    const lead = 'Gates arrived in Warsaw on Tuesday to brief Polish leaders on his talks in Moscow, where Russia rebuffed his offer of cooperation on missile defence. '.repeat(4);
    const short = analyseFile({ name: 'a-short.json', bytes: enc({ title: 'Gates in Warsaw', body: lead }) });
    const full = analyseFile({ name: 'b-full.json', bytes: enc({ title: 'Gates in Warsaw', body: `${lead}\n\nHe met the prime minister and the defence minister.` }) });
    const corpus = buildCorpus([short, full]);
    expect(corpus.articles.map((a) => a.file)).toEqual(['b-full.json']);
    expect(corpus.warnings).toEqual([expect.objectContaining({ code: 'duplicate', file: 'a-short.json' })]);
  });

  it('GIVEN two copies where one is longer only by marks and emoji and the other has more accented letters THEN the one with more letters is kept', () => {
    const enc = (o: object): Uint8Array => new TextEncoder().encode(JSON.stringify(o));
    const lead = 'Gates arrived in Warsaw on Tuesday to brief Polish leaders on his talks in Moscow, where Russia rebuffed his offer of cooperation on missile defence. '.repeat(4);
    const padded = analyseFile({ name: 'a-padded.json', bytes: enc({ title: 'Gates in Warsaw', body: `${lead}\n\n\u201c\u2026\u201d \u{1F600}\u{1F600}\u{1F600} \u2014 \u00a0\u00a0` }) });
    const fuller = analyseFile({ name: 'b-fuller.json', bytes: enc({ title: 'Gates in Warsaw', body: `${lead}\n\nHe met Łukasz Żółć.` }) });
    const corpus = buildCorpus([padded, fuller]);
    expect(corpus.articles.map((a) => a.file)).toEqual(['b-fuller.json']);
  });

  it('GIVEN analyses slimmed against the kept copies THEN the same corpus; WHEN the kept copy leaves THEN the slimmed file is named as needed whole and building without it throws', () => {
    const bytes = readFileSync(SAMPLE);
    const a = analyseFile({ name: 'a/page.txt', bytes });
    const b = analyseFile({ name: 'b/page-copy.txt', bytes });
    const kept = keptCopies([a, b]);
    const slimB = slimAnalysis(b, kept);
    expect(slimAnalysis(a, kept)).toBe(a);
    expect(slimB.articles.every((x) => x.paragraphs.length === 0)).toBe(true);
    expect(slimB.quotes).toEqual([]);
    expect(slimB.speakers).toEqual(b.speakers);
    expect(buildCorpus([a, slimB])).toEqual(buildCorpus([a, b]));
    expect(needsFullCopy(slimB, keptCopies([slimB]))).toBe(true);
    expect(() => buildCorpus([slimB])).toThrow(/put the full analysis of b\/page-copy\.txt back/);
    expect(buildCorpus([b]).articles).toHaveLength(a.articles.length);
  });

  it('GIVEN 1,200 files THEN the step-wise build pauses along the way and ends with the corpus buildCorpus gives', () => {
    const people = ['Robert Gates', 'Gates', 'Lech Kaczynski', 'Jaroslaw Kaczynski', 'Kaczynski', 'Angela Merkel'];
    const analyses: FileAnalysis[] = Array.from({ length: 1200 }, (_, i) => {
      const id = `f${i}#1`;
      const name = people[i % people.length]!;
      const slug = name.toLowerCase().replace(/ /g, '-');
      return {
        file: `f${i}.txt`,
        hash: String(i),
        // Every third file repeats the story of the file before it.
        articles: [{ id, file: `f${i}.txt`, headline: `Story ${i - (i % 3 === 2 ? 1 : 0)}`, byline: null, place: null, agency: null, date: null, teaser: false, paragraphs: [`Text of story ${i - (i % 3 === 2 ? 1 : 0)}.`], url: null }],
        speakers: [{ id: slug, name, aliases: [], title: null, kind: 'person' }],
        quotes: [{ articleId: id, speakerId: slug, speaker: name, text: `words ${i}`, partial: false }],
        polls: [],
        events: [{ articleId: id, date: '2007-04-23', expression: 'Monday', text: `event ${i}` }],
        timexes: [{ articleId: id, text: 'Monday', value: '2007-04-23', type: 'DATE' }],
        warnings: [],
      };
    });
    const steps = buildCorpusSteps(analyses);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(3);
    expect(r.value).toEqual(buildCorpus(analyses));
    expect(r.value.articles).toHaveLength(800);
    expect(r.value.speakers.map((s) => s.name).sort()).toEqual(['Angela Merkel', 'Jaroslaw Kaczynski', 'Lech Kaczynski', 'Robert Gates']);
  });

  it('GIVEN pages of the same file name in different folders (the same article ids) and a copy of one THEN only the copy loses its quotes', () => {
    const page = readFileSync(SAMPLE);
    const other = analyseFile({ name: 'x/page.txt', bytes: readFileSync('tests/fixtures/pages/upi-ap-style-2019-10-17.txt') });
    const first = analyseFile({ name: 'y/page.txt', bytes: page });
    const copy = analyseFile({ name: 'z/page.txt', bytes: page });
    expect(other.articles[0]!.id).toBe(first.articles[0]!.id);
    const corpus = buildCorpus([other, first, copy]);
    expect(corpus.articles).toHaveLength(other.articles.length + first.articles.length);
    expect(corpus.quotes).toHaveLength(other.quotes.length + first.quotes.length);
    expect(corpus.events).toHaveLength(other.events.length + first.events.length);
  });
});

