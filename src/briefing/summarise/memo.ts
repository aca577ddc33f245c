/**
 * A memo keyed by object identity that holds at most about `limit` entries, in two generations of
 * half the limit each: new entries go to the current one; when it is full it becomes the previous
 * one (the older previous is garbage-collected) and a new current one starts. A key found in the
 * previous generation is moved to the current one. So the most recent half of the limit is always
 * kept (a full memo no longer forgets everything at once, which made the next asks of every
 * timeline and brief it held recount together), and what a long-running bot keeps for the
 * sentences it has briefed stays bounded however many articles it reads. Values are pure
 * functions of their key, so forgetting never changes an answer, only costs a recount.
 */
export class BoundedMemo<K extends object, V> {
  private current = new WeakMap<K, V>();
  private previous = new WeakMap<K, V>();
  private entries = 0;
  private readonly generation: number;
  constructor(limit: number) {
    this.generation = Math.max(1, Math.ceil(limit / 2));
  }

  /**
   * The value kept for `key`, else `make(key)` (then kept). With `fresh`, a kept value it rejects
   * (made from tables that have since started over, see Interner) is made again and replaces it.
   */
  get(key: K, make: (key: K) => V, fresh?: (value: V) => boolean): V {
    const known = this.current.get(key);
    if (known !== undefined && (fresh === undefined || fresh(known))) return known;
    const older = known === undefined ? this.previous.get(key) : undefined;
    if (older !== undefined && (fresh === undefined || fresh(older))) return this.set(key, older);
    return this.set(key, make(key));
  }

  /** Keeps `value` for `key` (replacing a kept one) and returns it. */
  set(key: K, value: V): V {
    if (this.entries >= this.generation) {
      this.previous = this.current;
      this.current = new WeakMap<K, V>();
      this.entries = 0;
    }
    this.previous.delete(key);
    this.current.set(key, value);
    this.entries++;
    return value;
  }
}
