import type { Quote, Speaker } from '../../types.js';
import { parseSpeakerPhrase } from './parseSpeakerPhrase.js';
import { compatibleNames, foldName, nameParts, slugify } from './nameKey.js';

interface Cluster {
  kind: 'person' | 'organisation';
  /** Every name form (not titled forms or descriptions), with how many quotes used it. */
  names: Map<string, number>;
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

function fullNames(c: Cluster): string[] {
  return [...c.names.keys()].filter((n) => n.includes(' '));
}

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
  const quoteCount = new Map<string, number>();
  files.forEach((f, fi) => {
    for (const q of f.quotes) if (q.speakerId) quoteCount.set(`${fi}\u0000${q.speakerId}`, (quoteCount.get(`${fi}\u0000${q.speakerId}`) ?? 0) + 1);
  });
  const entries = files.flatMap((f, fi) => f.speakers.map((s) => ({ s, fi, n: quoteCount.get(`${fi}\u0000${s.id}`) ?? 0 })));
  // Fullest names first, so a bare surname meets the full names it may belong to.
  entries.sort((a, b) => b.s.name.split(/\s+/).length - a.s.name.split(/\s+/).length || b.n - a.n);

  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, Cluster>();
  for (const { s, fi, n } of entries) {
    const kind = s.kind ?? 'person';
    const names = bareNames(s);
    let target: Cluster | undefined;
    if (kind === 'organisation') {
      target = clusters.find((c) => c.kind === 'organisation' && [...c.names.keys()].some((x) => foldName(x) === foldName(s.name)));
    } else {
      const fits = clusters.filter(
        (c) =>
          c.kind === 'person' &&
          [...c.names.keys()].some((x) => compatibleNames(x, s.name)) &&
          fullNames(c).every((x) => names.every((y) => compatibleNames(x, y))),
      );
      target = fits.sort((a, b) => b.quotes - a.quotes)[0];
    }
    if (!target) {
      target = { kind, names: new Map(), aliases: new Set(), titles: [], quotes: 0 };
      clusters.push(target);
    }
    for (const x of names) target.names.set(x, (target.names.get(x) ?? 0) + (x === s.name ? n : 0));
    for (const a of s.aliases) target.aliases.add(a);
    if (s.title) target.titles.push(s.title);
    target.quotes += n;
    clusterOf.set(`${fi}\u0000${s.id}`, target);
  }

  const usedIds = new Set<string>();
  const final = new Map<Cluster, Speaker>();
  for (const c of clusters) {
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
    let id = slugify(canonical);
    for (let k = 2; usedIds.has(id); k++) id = `${slugify(canonical)}-${k}`;
    usedIds.add(id);
    const aliases = [...new Set([...c.names.keys(), ...c.aliases])].filter((a) => a !== canonical).sort();
    const title = c.titles.sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? null;
    final.set(c, { id, name: canonical, aliases, title, kind: c.kind });
  }

  const quotes = files.flatMap((f, fi) =>
    f.quotes.map((q) => {
      if (!q.speakerId) return q;
      const c = clusterOf.get(`${fi}\u0000${q.speakerId}`);
      const sp = c && final.get(c);
      return sp ? { ...q, speakerId: sp.id, speaker: sp.name } : q;
    }),
  );
  return { speakers: [...final.values()], quotes };
}
