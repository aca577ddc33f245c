/**
 * Most strings an {@link Interner} holds before it starts over (a new generation): about 20 MB of
 * table at worst. One brief reads at most 800 sentences (a few tens of thousands of words and word
 * pairs), so a generation serves hundreds of distinct briefs; starting over costs only recounting
 * the sentences of the next ones.
 */
export const MAX_INTERNED = 250_000;

/**
 * Strings as small integers, numbered in order of first use, so that per-brief tables (document
 * frequencies, concept weights) can be dense typed arrays indexed by id instead of string-keyed
 * maps built afresh for every brief. Ids are only meaningful within one {@link generation}: when
 * the table reaches its limit it starts over and bumps the generation, and callers that keep ids
 * (per-sentence memos) must recompute those of an older generation.
 */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  /** Bumped each time the table starts over: ids of an earlier generation name nothing. */
  generation = 0;

  constructor(private readonly limit: number = MAX_INTERNED) {}

  /** How many strings have ids in this generation (ids are 0 .. size − 1). */
  get size(): number {
    return this.names.length;
  }

  /** The id of `s`, given now when it has none (which may start a new generation first, see {@link MAX_INTERNED}). */
  id(s: string): number {
    const known = this.ids.get(s);
    if (known !== undefined) return known;
    if (this.names.length >= this.limit) {
      this.ids.clear();
      this.names.length = 0;
      this.generation++;
    }
    const id = this.names.length;
    this.ids.set(s, id);
    this.names.push(s);
    return id;
  }

  /** The id of `s` when it has one, else undefined (never gives a new id). */
  find(s: string): number | undefined {
    return this.ids.get(s);
  }

  /** The string of id `i` (of the current generation). */
  name(i: number): string {
    return this.names[i]!;
  }

  /**
   * The ids of `strings` (a list or set: read twice if need be), in their order, all of one
   * generation: when the table starts over part-way through them, the first ones name nothing any
   * more, so all are given again in the new generation, where they fit. More distinct strings
   * than the limit never fit: a bug of the caller, thrown (the summariser's sentences have at most
   * a few hundred).
   */
  idsOf(strings: readonly string[] | ReadonlySet<string>): { generation: number; ids: Int32Array } {
    const n = Array.isArray(strings) ? strings.length : (strings as ReadonlySet<string>).size;
    for (let attempt = 0; attempt < 2; attempt++) {
      const generation = this.generation;
      // A plain loop into a sized array: `Int32Array.from(strings, mapFn)` took V8's generic
      // iterable path and was the largest single cost of a brief's first reading of its sentences.
      const ids = new Int32Array(n);
      let i = 0;
      for (const s of strings) ids[i++] = this.id(s);
      if (this.generation === generation) return { generation, ids };
    }
    throw new Error(`Interner.idsOf: more distinct strings than the table holds (${this.limit})`);
  }

  /** True when `x` was made in the current generation. */
  isCurrent = (x: { generation: number }): boolean => x.generation === this.generation;

  /**
   * `read` of every item, all of the current generation: when the table started over while they
   * were read, the ones read before are read again (`read` remakes values it finds stale). One
   * batch (a brief's sentences) never fills the table, so a second pass is always enough.
   */
  readAll<X, T extends { generation: number }>(items: readonly X[], read: (item: X) => T): T[] {
    const first = items.map(read);
    return first.every(this.isCurrent) ? first : items.map(read);
  }
}
