import type { Quote, Speaker } from '../../types.js';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.js';
import { compatibleNames, foldName, nameParts, sameNameWord, slugify, translitKey } from './nameKey.js';

interface Cluster {
  /** Creation order: candidates found through the indexes are visited in this order, as a full scan would. */
  order: number;
  kind: 'person' | 'organisation';
  /** Every name form (not titled forms or descriptions), with how many quotes used it. */
  names: Map<string, number>;
  /** The keys of `names` in the order they were added (the fit memo tests only names added since its last look). */
  nameList: string[];
  aliases: Set<string>;
  titles: string[];
  quotes: number;
}

/** A form that is a bare name (`Robert Gates`), not a titled form or a description. */
function bareNames(s: Speaker): string[] {
  return [s.name, ...s.aliases].filter((a) => {
    if (a === s.name) return true;
    const p = parseSpeakerPhrase(a);
    return p?.kind === 'person' && p.name === a;
  });
}

/**
 * Largest difference in surname key length between two compatible names: {@link sameNameWord}
 * allows at most two edits (TWO_EDIT_MIN_LENGTH), and each edit changes the length by at most one.
 */
const MAX_SURNAME_EDITS = 2;

/**
 * Merges the speakers of several analyses (files, or articles of one file) into one identity
 * per person and rewrites the quotes' `speakerId`/`speaker` to it. People are merged when their
 * names are compatible (same surname up to transliteration or a typo, and compatible given
 * names: `Robert M. Gates` = `Robert Gates` = `Gates`; `Anatoly Serdukov` = `Anatoliy
 * Serdyukov`); a bare surname that fits two different people (`Kaczynski`) goes to the one with
 * more quotes. Organisations merge by folded name. The canonical name is the fullest form
 * (most words, then the surname spelling most forms share, then most quoted); the title is the longest seen; ids are slugs of canonical names
 * made unique with `-2`, `-3`.
 */
export function mergeSpeakers(files: readonly { speakers: Speaker[]; quotes: Quote[] }[]): { speakers: Speaker[]; quotes: Quote[] } {
  return runSteps(mergeSpeakersSteps(files));
}

/** Speakers (or clusters named, or files of quotes rewritten) between two pauses of {@link mergeSpeakersSteps}: a few milliseconds of work. */
const ENTRIES_PER_STEP = 256;

/**
 * {@link mergeSpeakers} in steps: the generator pauses (yields nothing) every
 * {@link ENTRIES_PER_STEP} speakers and returns the result, so a caller can give its event loop a
 * turn between steps while merging a large corpus (about a second at 50k articles). Pure: the
 * caller decides when to go on; nothing may change the input while paused.
 */
export function* mergeSpeakersSteps(files: readonly { speakers: Speaker[]; quotes: Quote[] }[]): Generator<void, { speakers: Speaker[]; quotes: Quote[] }> {
  const entries: { s: Speaker; fi: number; n: number; words: number }[] = [];
  for (const [fi, f] of files.entries()) {
    if (fi > 0 && fi % ENTRIES_PER_STEP === 0) yield;
    // Quotes per speaker id of this file (ids are per file).
    const quoteCount = new Map<string, number>();
    for (const q of f.quotes) if (q.speakerId) quoteCount.set(q.speakerId, (quoteCount.get(q.speakerId) ?? 0) + 1);
    for (const s of f.speakers) entries.push({ s, fi, n: quoteCount.get(s.id) ?? 0, words: s.name.split(/\s+/).length });
  }
  // Fullest names first, so a bare surname meets the full names it may belong to.
  entries.sort((a, b) => b.words - a.words || b.n - a.n);
  yield;

  // Blocking (the record-linkage method) instead of comparing every speaker with every cluster:
  // compatible person names need surnames that are the same word by {@link sameNameWord}, which
  // depends only on the two surnames' transliteration keys and requires the same first letter and
  // a key length within the edits allowed. So person clusters are indexed by the surname key of
  // each of their names, keys by (first letter, length); a speaker is compared only with clusters
  // holding a surname key that is the same word as its own. Organisations match by folded name, an
  // exact key. The best fit is the most quoted, the first created on a tie, as in a full scan.
  //
  // The same person is quoted in thousands of files, so the same questions recur; three memos keep
  // the merge near-linear in the number of speakers (all exact, so the result is the full scan's):
  // - surname keys: for each surname key asked about, the indexed keys that are the same word,
  //   kept up to date as keys are indexed (the relation depends only on the two keys);
  // - name pairs: compatibleNames is a pure function of two strings;
  // - fits: whether a speaker (by its list of bare names) fits a cluster is "some cluster name is
  //   compatible with the speaker's name" (once true, stays true: clusters only gain names) and
  //   "every full name of the cluster is compatible with every bare name" (once false, stays
  //   false), so only the names a cluster gained since the last check are tested.
  const clusters: Cluster[] = [];
  /** Per file (by position): speaker id → its cluster. */
  const clusterOf = files.map(() => new Map<string, Cluster>());
  const keysByBlock = new Map<string, Map<string, string>>(); // block → surname key → a surname with that key
  const clustersByKey = new Map<string, Set<Cluster>>();
  const orgIndex = new Map<string, Cluster>();
  /** Surname key asked about → the indexed surname keys that are the same word (itself included once indexed). */
  const sameKeys = new Map<string, { surname: string; keys: string[] }>();
  const askedByBlock = new Map<string, string[]>(); // block → surname keys asked about
  const surnameOf = (name: string): { surname: string; key: string } => {
    const surname = nameParts(name).surname;
    return { surname, key: translitKey(surname) };
  };
  const blockOf = (key: string, length = key.length): string => `${key[0] ?? ''}\u0000${length}`;
  const nearBlocks = (key: string): string[] => {
    const out: string[] = [];
    for (let len = Math.max(0, key.length - MAX_SURNAME_EDITS); len <= key.length + MAX_SURNAME_EDITS; len++) out.push(blockOf(key, len));
    return out;
  };
  const indexName = (c: Cluster, name: string): void => {
    if (c.kind === 'organisation') {
      const key = foldName(name);
      const had = orgIndex.get(key);
      if (!had || c.order < had.order) orgIndex.set(key, c);
      return;
    }
    const { surname, key } = surnameOf(name);
    let keys = keysByBlock.get(blockOf(key));
    if (!keys) keysByBlock.set(blockOf(key), (keys = new Map()));
    if (!keys.has(key)) {
      keys.set(key, surname);
      // A newly indexed key joins the lists of the keys already asked about that it is the same word as.
      for (const b of nearBlocks(key)) {
        for (const asked of askedByBlock.get(b) ?? []) {
          const entry = sameKeys.get(asked)!;
          if (asked === key || sameNameWord(entry.surname, surname)) entry.keys.push(key);
        }
      }
    }
    let set = clustersByKey.get(key);
    if (!set) clustersByKey.set(key, (set = new Set()));
    set.add(c);
  };
  const keysLike = (name: string): string[] => {
    const { surname, key } = surnameOf(name);
    let entry = sameKeys.get(key);
    if (!entry) {
      entry = { surname, keys: [] };
      for (const b of nearBlocks(key)) {
        for (const [k, spelled] of keysByBlock.get(b) ?? []) if (k === key || sameNameWord(surname, spelled)) entry.keys.push(k);
      }
      sameKeys.set(key, entry);
      const home = blockOf(key);
      let asked = askedByBlock.get(home);
      if (!asked) askedByBlock.set(home, (asked = []));
      asked.push(key);
    }
    return entry.keys;
  };
  const pairMemo = new Map<string, boolean>();
  const compatible = (a: string, b: string): boolean => {
    const k = `${a}\u0000${b}`;
    let v = pairMemo.get(k);
    if (v === undefined) pairMemo.set(k, (v = compatibleNames(a, b)));
    return v;
  };
  /** Per speaker signature (its bare names) and cluster: how many cluster names were tested, and the two running answers. */
  const fitMemo = new Map<string, Map<Cluster, { tested: number; some: boolean; every: boolean }>>();
  const fitsCluster = (c: Cluster, name: string, names: readonly string[], memo: Map<Cluster, { tested: number; some: boolean; every: boolean }>): boolean => {
    let st = memo.get(c);
    if (!st) memo.set(c, (st = { tested: 0, some: false, every: true }));
    for (; st.tested < c.nameList.length; st.tested++) {
      const x = c.nameList[st.tested]!;
      if (!st.some && compatible(x, name)) st.some = true;
      if (st.every && x.includes(' ') && !names.every((y) => compatible(x, y))) st.every = false;
    }
    return st.some && st.every;
  };
  let merged = 0;
  for (const { s, fi, n } of entries) {
    if (++merged % ENTRIES_PER_STEP === 0) yield;
    const kind = s.kind ?? 'person';
    const names = bareNames(s);
    let target: Cluster | undefined;
    if (kind === 'organisation') {
      target = orgIndex.get(foldName(s.name));
    } else {
      const sig = names.join('\u0001');
      let memo = fitMemo.get(sig);
      if (!memo) fitMemo.set(sig, (memo = new Map()));
      for (const k of keysLike(s.name)) {
        for (const c of clustersByKey.get(k) ?? []) {
          if (target && (c.quotes < target.quotes || (c.quotes === target.quotes && c.order > target.order))) continue;
          if (c !== target && fitsCluster(c, s.name, names, memo)) target = c;
        }
      }
    }
    if (!target) {
      target = { order: clusters.length, kind, names: new Map(), nameList: [], aliases: new Set(), titles: [], quotes: 0 };
      clusters.push(target);
    }
    for (const x of names) {
      if (!target.names.has(x)) {
        indexName(target, x);
        target.nameList.push(x);
      }
      target.names.set(x, (target.names.get(x) ?? 0) + (x === s.name ? n : 0));
    }
    for (const a of s.aliases) target.aliases.add(a);
    if (s.title) target.titles.push(s.title);
    target.quotes += n;
    clusterOf[fi]!.set(s.id, target);
  }

  const usedIds = new Set<string>();
  const nextSuffix = new Map<string, number>();
  const final = new Map<Cluster, Speaker>();
  for (const [ci, c] of clusters.entries()) {
    if (ci > 0 && ci % ENTRIES_PER_STEP === 0) yield;
    // Among equally full forms, the surname spelling most forms share wins (`Serdyukov` over a one-off `Serdukov`).
    const allForms = [...c.names.keys(), ...c.aliases];
    const spelling = (n: string): number => allForms.filter((f) => f.split(/\s+/).includes(nameParts(n).surname)).length;
    const canonical = [...c.names.entries()].sort(
      (a, b) =>
        b[0].split(/\s+/).length - a[0].split(/\s+/).length ||
        nameParts(b[0]).initials.length - nameParts(a[0]).initials.length ||
        spelling(b[0]) - spelling(a[0]) ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0]),
    )[0]![0];
    const base = slugify(canonical);
    let id = base;
    // Every `base-j` below the last suffix tried is taken already (ids are never freed), so the search resumes there.
    let k = nextSuffix.get(base) ?? 2;
    for (; usedIds.has(id); k++) id = `${base}-${k}`;
    nextSuffix.set(base, k);
    usedIds.add(id);
    const aliases = [...new Set([...c.names.keys(), ...c.aliases])].filter((a) => a !== canonical).sort();
    // The longest title, then the first in locale order (and the first seen among equals): the
    // head of a stable sort by that order, found in one pass (a popular speaker has thousands).
    let title: string | null = null;
    for (const t of c.titles) if (title === null || t.length > title.length || (t.length === title.length && t.localeCompare(title) < 0)) title = t;
    final.set(c, { id, name: canonical, aliases, title, kind: c.kind });
  }

  const quotes: Quote[] = [];
  for (const [fi, f] of files.entries()) {
    if (fi > 0 && fi % ENTRIES_PER_STEP === 0) yield;
    for (const q of f.quotes) {
      const c = q.speakerId ? clusterOf[fi]!.get(q.speakerId) : undefined;
      const sp = c && final.get(c);
      // A copy only where the speaker changes: an unchanged quote is the one given (a corpus
      // holds no second copy of the quotes the watcher keeps for its next build).
      quotes.push(sp && (sp.id !== q.speakerId || sp.name !== q.speaker) ? { ...q, speakerId: sp.id, speaker: sp.name } : q);
    }
  }
  return { speakers: [...final.values()], quotes };
}

/** Runs a step-wise computation to its end without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
