/**
 * Word overlap between two texts, the redundancy measure of briefs: the share of the shorter
 * text's content words that the other text also has. `wordOverlapShare(a, b) > 0.5` means the two
 * repeat each other. Content words are lower-cased, spelling- and plural-folded, stop words out.
 */

/** Common English function words (a short SMART-style stop list). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves said says say told tell according mr mrs ms would could may might must shall us s t')
    .split(' '),
);

/**
 * Memo tables (pure functions of their key, so caching never changes an answer). A brief compares
 * the same few hundred sentences many times; without them folding words is most of its run time.
 * Each table is cleared when it reaches {@link MEMO_LIMIT} entries, bounding memory on a large corpus.
 */
const MEMO_LIMIT = 50_000;
const foldMemo = new Map<string, string>();
const termsMemo = new Map<string, readonly string[]>();
const termSetMemo = new Map<string, ReadonlySet<string>>();
function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, value);
  return value;
}

/** One spelling of a word: American endings (defence → defense, -ise → -ize, colour → color), singular. */
export function foldTerm(w: string): string {
  const known = foldMemo.get(w);
  if (known !== undefined) return known;
  return remember(
    foldMemo,
    w,
    w
      .replace(/ence(s?)$/, 'ense$1')
      .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
      .replace(/our(s?)$/, 'or$1')
      .replace(/([^aeiou])tre(s?)$/, '$1ter$2')
      .replace(/ies$/, 'y')
      .replace(/([^s])s$/, '$1'),
  );
}

/** Content words of a text, in order (with repeats): folded terms that are not stop words. The array is shared (memoised): do not mutate it. */
export function contentTerms(text: string): readonly string[] {
  const known = termsMemo.get(text);
  if (known !== undefined) return known;
  const terms = text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2019']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w))
    .map(foldTerm);
  return remember(termsMemo, text, terms);
}

/** The set of {@link contentTerms} of a text (memoised: do not mutate). */
export function contentTermSet(text: string): ReadonlySet<string> {
  const known = termSetMemo.get(text);
  if (known !== undefined) return known;
  return remember(termSetMemo, text, new Set(contentTerms(text)));
}

/** {@link wordOverlapShare} of two term sets. */
export function setOverlapShare(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0;
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}

/** Share (0..1) of the smaller content-word set found in the other; 0 when either has none. */
export function wordOverlapShare(a: string, b: string): number {
  return setOverlapShare(contentTermSet(a), contentTermSet(b));
}

/** The largest {@link wordOverlapShare} between any two of the texts (0 for fewer than two). */
export function maxPairwiseOverlap(texts: readonly string[]): number {
  let max = 0;
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) max = Math.max(max, wordOverlapShare(texts[i]!, texts[j]!));
  return max;
}
