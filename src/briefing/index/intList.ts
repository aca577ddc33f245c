/** First capacity of an {@link IntList} when none is given. */
const INT_LIST_START = 1024;

/** Share of a finished list's buffer that may go unused rather than copying the entries out (see {@link IntList.finish}). */
const MAX_KEPT_SLACK = 0.25;

/**
 * A growable list of 32-bit integers in one typed array (4 bytes an entry, where a Map entry or a
 * boxed array slot costs tens): `data[0 .. length)` are the entries; capacity doubles when full.
 */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity: number = INT_LIST_START) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(Math.max(1, this.data.length * 2));
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  /** The entries in an array of their own size (a subarray would keep the whole grown buffer). */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }

  /**
   * The entries as a typed array, for a list filled once: the list's own buffer when it is at most
   * {@link MAX_KEPT_SLACK} larger than the entries (no copy: the list was sized well), else a copy
   * of their size as {@link toArray}. The list must not be pushed to afterwards.
   */
  finish(): Int32Array {
    return this.data.length - this.length <= this.data.length * MAX_KEPT_SLACK ? this.data.subarray(0, this.length) : this.toArray();
  }

  /** Empties the list and lets its buffer go (a list still reachable from a closure would otherwise keep it). */
  free(): void {
    this.data = new Int32Array(0);
    this.length = 0;
  }
}
