import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/briefing/types.js';
import { articleFingerprint } from '../../src/digests/articleLedger.js';
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
    const a = corpus.articles[0]!;
    const reprint: Article = { ...a, id: 'elsewhere#9', file: 'elsewhere.txt', headline: `  ${(a.headline ?? '').toUpperCase()} !` };
    expect(articleFingerprint(reprint)).toBe(articleFingerprint(a));
    expect(articleFingerprint({ ...a, paragraphs: [`Correction: ${a.paragraphs[0]}`, ...a.paragraphs.slice(1)] })).not.toBe(articleFingerprint(a));
  });
});
