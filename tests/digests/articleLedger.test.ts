import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/briefing/types.js';
import Keyv from 'keyv';
import { ArticleLedger, articleFingerprint } from '../../src/digests/articleLedger.js';
import { SubscriptionStore } from '../../src/digests/subscriptionStore.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';

/** The fingerprint as ledgers were written until November 2026: sha1 hex of the folded headline and opening. */
function writtenBefore(a: Article): string {
  const norm = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return createHash('sha1').update(`${norm(a.headline)}\n${norm(a.paragraphs.join(' ').slice(0, 400))}`).digest('hex').slice(0, 12);
}

describe('articleFingerprint (digest ledger)', () => {
  it('GIVEN every bundled article THEN its fingerprint is the one ledgers already hold, and distinct stories have distinct ones', async () => {
    const corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
    expect(corpus.articles.length).toBeGreaterThan(20);
    for (const a of corpus.articles) expect(articleFingerprint(a), a.id).toBe(writtenBefore(a));
    expect(new Set(corpus.articles.map(articleFingerprint)).size).toBe(corpus.articles.length);
  });

  it('GIVEN a reprint under a new id and file, its headline in other case and punctuation THEN the same fingerprint; a changed opening THEN another', async () => {
    const corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
    // As a reader gives it, before the pipeline stores its story key: the key is worked out from the text.
    const { storyKey: _stored, ...a } = corpus.articles[0]!;
    const reprint: Article = { ...a, id: 'elsewhere#9', file: 'elsewhere.txt', headline: `  ${(a.headline ?? '').toUpperCase()} !` };
    expect(articleFingerprint(reprint)).toBe(articleFingerprint(a));
    expect(articleFingerprint({ ...a, paragraphs: [`Correction: ${a.paragraphs[0]}`, ...a.paragraphs.slice(1)] })).not.toBe(articleFingerprint(a));
  });
});

describe('ArticleLedger', () => {
  it('GIVEN a store of its own THEN it is read once, at open: noting a corpus again neither re-reads nor rewrites it, and new articles are written through', async () => {
    const corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
    const store = await SubscriptionStore.open(new Keyv());
    let reads = 0;
    let writes = 0;
    const read = store.readLedger.bind(store);
    const write = store.writeLedger.bind(store);
    store.readLedger = async () => (reads++, read());
    store.writeLedger = async (l) => (writes++, write(l));
    const ledger = await ArticleLedger.open(store);
    expect(await ledger.note(corpus.articles.slice(0, 5), 1000)).toEqual({ added: 5 });
    expect(await ledger.note(corpus.articles, 2000)).toEqual({ added: corpus.articles.length - 5 });
    expect(await ledger.note(corpus.articles, 3000)).toEqual({ added: 0 });
    expect({ reads, writes }).toEqual({ reads: 1, writes: 2 });
    expect(ledger.firstSeen(corpus.articles[0]!.id)).toBe(1000);
    expect(ledger.firstSeen(corpus.articles[5]!.id)).toBe(2000);
    expect(Object.keys(await read())).toHaveLength(corpus.articles.length);
  });

  it('GIVEN a store shared with another process THEN each note takes the earlier stamps the other one wrote', async () => {
    const corpus = await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024 });
    const keyv = new Keyv();
    const mine = await ArticleLedger.open(await SubscriptionStore.open(keyv), true);
    const other = await ArticleLedger.open(await SubscriptionStore.open(keyv), true);
    const a = corpus.articles[0]!;
    await other.note([a], 500);
    await mine.note([a], 900);
    expect(mine.firstSeen(a.id)).toBe(500);
  });
});
