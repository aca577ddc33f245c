import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type CorpusIndex } from '../../src/bot/answers/corpusIndex.js';
import { articleFingerprint, corpusScope, pollsScope, quoteScope, speakerScope, topicAnswerScope, topicScope } from '../../src/bot/answers/scope.js';
import { replyKey } from '../../src/bot/replyCache.js';
import { replyScope } from '../../src/bot/router.js';
import { buildCorpus } from '../../src/briefing/index/buildCorpus.js';
import { analyseText } from '../../src/briefing/pipeline.js';
import type { FileAnalysis } from '../../src/briefing/types.js';
import brief from '../../src/commands/brief.js';
import topics from '../../src/commands/topics.js';

/** A page about nothing else in the bundled corpus (a lighthouse keepers' strike). */
const UNRELATED = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'pages', 'reuters-2019-05-02-lighthouse-keepers-strike.txt'), 'utf8');

const MISSILE_FILE = 'spacewar-2007-04-23-russia-rebuffs-missile-shield.txt';

let files: string[];
let base: FileAnalysis[];
let before: CorpusIndex;

/** The bundled pages, with `name`'s text replaced by `text` (or a file added when it is new). */
function analyses(extra: Record<string, string> = {}): FileAnalysis[] {
  const names = [...new Set([...files, ...Object.keys(extra)])].sort();
  return names.map((f) => (extra[f] !== undefined ? analyseText(`data/${f}`, extra[f]) : base[files.indexOf(f)]!));
}

beforeAll(() => {
  files = readdirSync('data').filter((f) => f.endsWith('.txt')).sort();
  base = files.map((f) => analyseText(`data/${f}`, readFileSync(`data/${f}`, 'utf8')));
  before = buildIndex(buildCorpus(base));
});

describe('reply scopes (what a cached reply depends on)', () => {
  it('GIVEN the same analyses built twice THEN every topic, speaker and the corpus have the same scope in both indexes', () => {
    const again = buildIndex(buildCorpus(analyses()));
    expect(corpusScope(again)).toBe(corpusScope(before));
    for (const t of before.topics) expect(topicScope(again, again.topics.find((u) => u.slug === t.slug)!)).toBe(topicScope(before, t));
    for (const s of before.speakers) expect(speakerScope(again, again.speakerById.get(s.speaker.id)!)).toBe(speakerScope(before, s));
  });

  it('GIVEN a file about an unrelated subject added THEN missile-shield keeps its scope (its /brief stays cached), the corpus scope changes, and the new topic resolves', () => {
    const after = buildIndex(buildCorpus(analyses({ 'zz-harbour-2019-05-02-lighthouse.txt': UNRELATED })));
    expect(corpusScope(after)).not.toBe(corpusScope(before));
    expect(topicAnswerScope(after, 'missile-shield')).toBe(topicAnswerScope(before, 'missile-shield'));
    expect(pollsScope(after, 'missile-shield')).toBe(pollsScope(before, 'missile-shield'));
    expect(pollsScope(after, undefined)).toBe(corpusScope(after));
    // Most topics keep their scope; the ones that change are those the new article joined.
    const unchanged = before.topics.filter((t) => {
      const u = after.topics.find((x) => x.slug === t.slug);
      return u !== undefined && topicScope(after, u) === topicScope(before, t);
    });
    expect(unchanged.length).toBeGreaterThan(before.topics.length * 0.9);
    for (const t of before.topics) {
      const u = after.topics.find((x) => x.slug === t.slug);
      if (u && topicScope(after, u) !== topicScope(before, t)) expect(u.articleIds.some((id) => id.startsWith('zz-harbour'))).toBe(true);
    }
    for (const s of before.speakers) expect(speakerScope(after, after.speakerById.get(s.speaker.id)!)).toBe(speakerScope(before, s));
    expect(topicAnswerScope(after, 'lighthouse keeper')).toMatch(/^topic:/);
  });

  it('GIVEN a missile-shield article changed after its lead THEN missile-shield and the quoted speakers of that file get a new scope, and a topic of other files keeps its own', () => {
    const text = readFileSync(`data/${MISSILE_FILE}`, 'utf8');
    // A new paragraph after the lead of the Moscow report (topics read headlines and leads only), with a new Gates quote.
    const edited = text.replace('Gates even held out', '"We will meet again in June," Gates told reporters.\n\nGates even held out');
    expect(edited).not.toBe(text);
    const after = buildIndex(buildCorpus(analyses({ [MISSILE_FILE]: edited })));
    expect(topicAnswerScope(after, 'missile-shield')).not.toBe(topicAnswerScope(before, 'missile-shield'));
    expect(topicAnswerScope(after, 'ukraine')).toBe(topicAnswerScope(before, 'ukraine'));
    const gates = before.speakers.find((s) => /Gates/.test(s.speaker.name))!;
    expect(quoteScope(after, 'Gates', undefined)).not.toBe(quoteScope(before, 'Gates', undefined));
    expect(speakerScope(after, after.speakerById.get(gates.speaker.id)!)).not.toBe(speakerScope(before, gates));
  });

  it('GIVEN the same article objects WHEN a poll of a topic article is gone or a quote is attributed to someone else THEN the topic\'s scope changes (digests kept per article object are checked against the index)', () => {
    const corpus = before.corpus;
    const topic = before.topics.find((t) => t.slug === 'missile-shield')!;
    const inTopic = new Set(topic.articleIds);
    // A corpus edited by hand (new arrays, not buildCorpus's) has its articles hashed, not named by
    // file and content hash: compare edits with an unedited hand copy.
    const copy = buildIndex({ ...corpus, version: 'copy', articles: [...corpus.articles] });
    const poll = corpus.polls.find((p) => inTopic.has(p.articleId))!;
    const noPoll = buildIndex({ ...corpus, version: 'no-poll', polls: corpus.polls.filter((p) => p !== poll) });
    expect(topicAnswerScope(noPoll, 'missile-shield')).not.toBe(topicAnswerScope(copy, 'missile-shield'));
    expect(topicAnswerScope(noPoll, 'missile-shield')).not.toBe(topicAnswerScope(before, 'missile-shield'));
    const quote = corpus.quotes.find((q) => inTopic.has(q.articleId) && q.speaker !== null)!;
    const renamed = buildIndex({ ...corpus, version: 'renamed', quotes: corpus.quotes.map((q) => (q === quote ? { ...q, speaker: `${q.speaker} Jr.` } : q)) });
    expect(topicAnswerScope(renamed, 'missile-shield')).not.toBe(topicAnswerScope(copy, 'missile-shield'));
    const same = buildIndex({ ...corpus, version: 'same', quotes: corpus.quotes.map((q) => ({ ...q })) });
    expect(topicAnswerScope(same, 'missile-shield')).toBe(topicAnswerScope(copy, 'missile-shield'));
    // A real rebuild makes new quote objects too (speaker merging), and keeps the scope.
    expect(topicAnswerScope(buildIndex(buildCorpus(analyses())), 'missile-shield')).toBe(topicAnswerScope(before, 'missile-shield'));
  });

  it('GIVEN a topic\'s file analysed under another content hash (same words, same ids) THEN the topic\'s scope changes: built articles are named by file, content hash and id, not hashed whole', () => {
    const i = files.indexOf(MISSILE_FILE);
    const fresh = analyseText(`data/${MISSILE_FILE}`, readFileSync(`data/${MISSILE_FILE}`, 'utf8'));
    const again = buildIndex(buildCorpus(analyses().map((fa, j) => (j === i ? fresh : fa))));
    expect(topicAnswerScope(again, 'missile-shield')).toBe(topicAnswerScope(before, 'missile-shield'));
    const rehashed = analyseText(`data/${MISSILE_FILE}`, readFileSync(`data/${MISSILE_FILE}`, 'utf8'), 'f'.repeat(64));
    const other = buildIndex(buildCorpus(analyses().map((fa, j) => (j === i ? rehashed : fa))));
    expect(topicAnswerScope(other, 'missile-shield')).not.toBe(topicAnswerScope(before, 'missile-shield'));
    expect(topicAnswerScope(other, 'ukraine')).toBe(topicAnswerScope(before, 'ukraine'));
  });

  it('GIVEN an article object THEN its fingerprint covers its text and file, and a copy with a changed paragraph differs', () => {
    const a = before.corpus.articles[0]!;
    expect(articleFingerprint({ ...a })).toBe(articleFingerprint(a));
    expect(articleFingerprint({ ...a, paragraphs: [...a.paragraphs.slice(0, -1), `${a.paragraphs.at(-1)}!`] })).not.toBe(articleFingerprint(a));
    expect(articleFingerprint({ ...a, file: `moved/${a.file}` })).not.toBe(articleFingerprint(a));
    // Paragraph boundaries count: the same characters split differently are different text.
    expect(articleFingerprint({ ...a, paragraphs: ['ab', 'c'] })).not.toBe(articleFingerprint({ ...a, paragraphs: ['a', 'bc'] }));
  });

  it('GIVEN queries that find no topic or speaker THEN their scope is the corpus (suggestions come from all of it)', () => {
    expect(topicAnswerScope(before, 'zzqx nothing like it')).toBe(corpusScope(before));
    expect(quoteScope(before, 'Nobody Atall Zzqx', undefined)).toBe(corpusScope(before));
    expect(quoteScope(before, 'Gates', 'zzqx nothing like it')).toBe(corpusScope(before));
    expect(quoteScope(before, 'Gates', 'missile-shield')).not.toBe(quoteScope(before, 'Gates', undefined));
    expect(quoteScope(before, 'Gates', '  ')).toBe(quoteScope(before, 'Gates', undefined));
  });

  it('GIVEN the router\'s key THEN it is command + normalised options + the command\'s scope: /brief by its topic, /topics by the corpus version', () => {
    const ctx = { index: before, commands: [] };
    expect(replyScope(brief, { topic: 'missile-shield' }, ctx)).toBe(topicAnswerScope(before, 'missile-shield'));
    expect(replyScope(topics, {}, ctx)).toBe(corpusScope(before));
    const k = replyKey('brief', { topic: 'missile-shield' }, `${replyScope(brief, { topic: 'missile-shield' }, ctx)}.code1`);
    expect(replyKey('brief', { topic: ' Missile-Shield' }, `${replyScope(brief, { topic: 'missile-shield' }, ctx)}.code1`)).toBe(k);
    expect(replyKey('brief', { topic: 'missile-shield' }, `${replyScope(brief, { topic: 'missile-shield' }, ctx)}.code2`)).not.toBe(k);
    expect(replyKey('timeline', { topic: 'missile-shield' }, `${replyScope(brief, { topic: 'missile-shield' }, ctx)}.code1`)).not.toBe(k);
  });
});
