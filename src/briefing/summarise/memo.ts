/**
 * A memo keyed by object identity that holds at most `limit` entries: once full it starts over
 * with an empty table (the old one is garbage-collected), so what a long-running bot keeps for
 * the sentences it has briefed stays bounded however many articles it reads. Values are pure
 * functions of their key, so starting over never changes an answer, only costs a recount.
 */
export class BoundedMemo<K extends object, V> {
  private table = new WeakMap<K, V>();
  private entries = 0;
  constructor(private readonly limit: number) {}

  /**
   * The value kept for `key`, else `make(key)` (then kept). With `fresh`, a kept value it rejects
   * (made from tables that have since started over, see Interner) is made again and replaces it.
   */
  get(key: K, make: (key: K) => V, fresh?: (value: V) => boolean): V {
    const known = this.table.get(key);
    if (known !== undefined && (fresh === undefined || fresh(known))) return known;
    return this.set(key, make(key));
  }

  /** Keeps `value` for `key` (replacing a kept one) and returns it. */
  set(key: K, value: V): V {
    if (this.entries >= this.limit) {
      this.table = new WeakMap<K, V>();
      this.entries = 0;
    }
    this.table.set(key, value);
    this.entries++;
    return value;
  }
}
