import { createHash } from 'node:crypto';
import type { Article } from '../types.js';

/** Characters of the opening (headline aside) that the de-duplication key compares. */
const KEY_OPENING_CHARS = 400;

/** Lower case, every run of characters that are not letters or digits folded to one space, trimmed. */
const fold = (s: string | null | undefined): string => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The story key of an article as written: sha1 (base64, 27 characters and a `=`) of its folded
 * headline and the folded first {@link KEY_OPENING_CHARS} characters of its paragraphs joined by
 * spaces. Folding case, white space and punctuation makes reprints of one story compare equal.
 * The pipeline stores it on each article (`Article.storyKey`), so a warm start does not fold and
 * hash every article again; de-duplication (buildCorpus) and the digest ledger read it from there.
 */
export function computeStoryKey(a: Pick<Article, 'headline' | 'paragraphs'>): string {
  // The same as paragraphs.join(' ').slice(0, 400) without joining a long article whole.
  let opening = '';
  for (let i = 0; i < a.paragraphs.length && opening.length < KEY_OPENING_CHARS; i++) opening += (i > 0 ? ' ' : '') + a.paragraphs[i]!;
  return createHash('sha1').update(`${fold(a.headline)}\n${fold(opening.slice(0, KEY_OPENING_CHARS))}`).digest('base64');
}
