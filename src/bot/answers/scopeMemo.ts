/**
 * Values kept by the scope fingerprint of what they were worked out from (src/bot/answers/scope.ts:
 * a topic's articles, their analysis and its name), at most `limit`: once full it starts over with
 * an empty table. A value worked out on one index then serves a later index whose topic has the
 * same fingerprint (a corpus change that left the topic alone), as the reply cache serves replies
 * keyed by the same fingerprints. Values must be pure functions of what the fingerprint covers.
 */
export class ScopeMemo<V> {
  private table = new Map<string, V>();
  constructor(private readonly limit: number) {}

  /** The value kept for `scope`, else `make()` (then kept). */
  get(scope: string, make: () => V): V {
    const known = this.table.get(scope);
    if (known !== undefined) return known;
    const value = make();
    if (this.table.size >= this.limit) this.table = new Map();
    this.table.set(scope, value);
    return value;
  }
}
