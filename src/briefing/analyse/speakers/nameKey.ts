import { NAME_PARTICLES } from './lexicon.js';

/**
 * Name folding and comparison for speaker identity: accents, case, transliteration variants
 * (`Sergei`/`Sergey`, `Anatoly`/`Anatoliy`) and one-letter typos (`Serdukov`/`Serdyukov`).
 */

/** Lower case, accents stripped (NFD + combining marks removed), apostrophes dropped, dots kept out. */
export function foldName(s: string): string {
  return memo(foldCache, s, foldNameUncached);
}

/** Entries kept per memo table before it is emptied (names repeat a lot; this bounds memory). */
const MEMO_MAX = 50_000;
const foldCache = new Map<string, string>();
const translitCache = new Map<string, string>();
const partsCache = new Map<string, NameParts>();

function memo<T>(cache: Map<string, T>, key: string, f: (k: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MEMO_MAX) cache.clear();
    v = f(key);
    cache.set(key, v);
  }
  return v;
}

function foldNameUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A key under which common romanisation variants of one name coincide. Follows the usual
 * Russian/Ukrainian/Arabic transliteration alternations: `iy`/`y`/`i`/`ii` at word end, `ey`/`ei`,
 * `kh`/`h`, `ou`/`u`, `ph`/`f`, doubled letters, `j`/`y` before a vowel, `w`/`v`, `ck`/`k`,
 * `ts`/`tz`. The key is for comparison only, never shown.
 */
export function translitKey(word: string): string {
  return memo(translitCache, word, translitKeyUncached);
}

function translitKeyUncached(word: string): string {
  return foldName(word)
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'h')
    .replace(/tz/g, 'ts')
    .replace(/w/g, 'v')
    .replace(/ou/g, 'u')
    .replace(/(?:iy|ii|yi|y|ij)\b/g, 'i')
    .replace(/ey/g, 'ei')
    .replace(/j(?=[aeiou])/g, 'y')
    .replace(/(.)\1+/g, '$1');
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Shortest word length at which one typo (edit) is tolerated: `Serdukov` ~ `Serdyukov`. */
export const ONE_EDIT_MIN_LENGTH = 5;
/** Shortest word length at which two edits are tolerated (long transliterated surnames). */
export const TWO_EDIT_MIN_LENGTH = 10;

/**
 * True when two name words are the same word up to accents, case, transliteration and, for
 * long enough words, a typo. Short words must agree exactly after folding (`Li` ≠ `Lu`).
 */
export function sameNameWord(a: string, b: string): boolean {
  return sameNameKey(translitKey(a), translitKey(b));
}

/** {@link sameNameWord} on two words' transliteration keys ({@link translitKey}), for callers that keep the keys. */
export function sameNameKey(ka: string, kb: string): boolean {
  if (ka === kb) return true;
  const len = Math.min(ka.length, kb.length);
  if (len < ONE_EDIT_MIN_LENGTH) return false;
  if (ka[0] !== kb[0]) return false;
  const allowed = len >= TWO_EDIT_MIN_LENGTH ? 2 : 1;
  return editDistance(ka, kb, allowed) <= allowed;
}

/** A name split into given names (initials dropped) and a surname. */
export interface NameParts {
  given: string[];
  initials: string[];
  surname: string;
}

/**
 * Splits a personal name into parts: `Robert M. Gates` → given [Robert], initials [M], surname Gates.
 * Hyphenated Asian given names stay one word (`Ban Ki-moon`: surname taken as the last word,
 * which is fine for comparison since both mentions split alike).
 */
/** A generational suffix after a name: `Jr`, `Jr.`, `Sr.`, `II`, `III`, `IV`. */
const GENERATIONAL_SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;

export function nameParts(name: string): NameParts {
  return memo(partsCache, name, namePartsUncached);
}

function namePartsUncached(name: string): NameParts {
  // (A generational suffix closes the name but is no surname: `Robert F. Horan Jr` is a Horan.)
  const all = name.split(/\s+/).filter((w) => w !== '');
  const words = all.length > 2 && GENERATIONAL_SUFFIX.test(all[all.length - 1]!) ? all.slice(0, -1) : all;
  let cut = words.length - 1;
  while (cut > 0 && NAME_PARTICLES.has(words[cut - 1]!.toLowerCase())) cut--;
  const surname = words.slice(cut).join(' ');
  const given: string[] = [];
  const initials: string[] = [];
  for (const w of words.slice(0, cut)) {
    if (/^[A-Z]\.?$/.test(w) || /^(?:[A-Z]\.){2,}$/.test(w)) initials.push(w[0]!);
    else given.push(w);
  }
  return { given, initials, surname };
}

/**
 * True when two personal names can be one person: same surname (see {@link sameNameWord}) and
 * compatible given names (missing on either side, an initial of the other, or the same word).
 * `Robert M. Gates` ~ `Robert Gates` ~ `Gates`; `Lech Kaczynski` ≁ `Jaroslaw Kaczynski`.
 */
export function compatibleNames(a: string, b: string): boolean {
  const pa = nameParts(a);
  const pb = nameParts(b);
  if (!sameNameWord(pa.surname, pb.surname)) return false;
  const ga = pa.given[0];
  const gb = pb.given[0];
  const fa = (ga ?? pa.initials[0])?.[0];
  const fb = (gb ?? pb.initials[0])?.[0];
  if (fa === undefined || fb === undefined) return true;
  if (ga !== undefined && gb !== undefined) {
    return sameNameWord(ga, gb) || (ga.length <= 2 && gb.startsWith(ga[0]!)) || (gb.length <= 2 && ga.startsWith(gb[0]!));
  }
  // An initial on one side must agree with the other's given name or initial.
  return fa.toLowerCase() === fb.toLowerCase();
}

/** Stable id from a canonical name: `Robert M. Gates` → `robert-m-gates`. */
export function slugify(name: string): string {
  return foldName(name).replace(/\s+/g, '-') || 'unknown';
}
