import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { Answer, OptionValues } from './types.js';

/** Entries kept in the in-process layer in front of the store (most recently used). */
const MEMORY_ENTRIES = 500;

/**
 * Cache key of a reply: command, options (sorted by name, strings trimmed and case-folded) and
 * a version: in the router, the reply's scope (a fingerprint of exactly what the answer reads, see
 * src/bot/answers/scope.ts; the corpus version for answers that read the whole corpus) plus the
 * reply code's version, so changed inputs or a new formatting never serve an old reply, while a
 * corpus change elsewhere leaves the reply's key (and entry) as it was. Options are hashed to a
 * fixed length.
 */
export function replyKey(command: string, options: OptionValues, version: string): string {
  const norm = Object.keys(options)
    .sort()
    .map((k) => [k, typeof options[k] === 'string' ? (options[k] as string).trim().toLowerCase() : options[k]]);
  const digest = createHash('sha1').update(JSON.stringify(norm)).digest('hex').slice(0, 20);
  return `${version}:${command}:${digest}`;
}

/**
 * Formatted replies cached in Keyv (SQLite by default; see cacheStore.ts), with a small LRU in
 * memory in front so a repeated question costs no store round trip. Keys are immutable (they
 * include a fingerprint of everything the reply shows), so the two layers never disagree, and
 * both stay valid across corpus changes.
 */
export class ReplyCache {
  readonly stats = { hits: 0, misses: 0, errors: 0 };
  readonly #keyv: Keyv;
  readonly #ttlMs: number;
  readonly #memory = new Map<string, Answer>();
  /** Store writes not finished yet (see {@link settled}). */
  readonly #writing = new Set<Promise<unknown>>();

  constructor(keyv: Keyv, ttlMs: number) {
    this.#keyv = keyv;
    this.#ttlMs = ttlMs;
  }

  #remember(key: string, answer: Answer): void {
    this.#memory.delete(key);
    this.#memory.set(key, answer);
    if (this.#memory.size > MEMORY_ENTRIES) this.#memory.delete(this.#memory.keys().next().value!);
  }

  /** The cached answer or undefined; a store failure counts as a miss (and is returned as `error`). */
  async get(key: string): Promise<{ answer: Answer | undefined; error?: Error }> {
    const mem = this.#memory.get(key);
    if (mem) {
      this.stats.hits++;
      this.#remember(key, mem);
      return { answer: mem };
    }
    try {
      const stored = (await this.#keyv.get(key)) as Answer | undefined;
      if (stored) {
        this.stats.hits++;
        this.#remember(key, stored);
        return { answer: stored };
      }
      this.stats.misses++;
      return { answer: undefined };
    } catch (err) {
      this.stats.errors++;
      this.stats.misses++;
      return { answer: undefined, error: err as Error };
    }
  }

  /** Stores an answer in memory at once and in the store (awaited); a store failure is returned, not thrown. */
  async set(key: string, answer: Answer): Promise<Error | null> {
    this.#remember(key, answer);
    const write = this.#keyv.set(key, answer, this.#ttlMs);
    this.#writing.add(write);
    try {
      await write;
      return null;
    } catch (err) {
      this.stats.errors++;
      return err as Error;
    } finally {
      this.#writing.delete(write);
    }
  }

  /**
   * Resolves once every store write begun so far has finished (failed ones too). A `clear()` right
   * after a reply could otherwise run before that reply's write lands, and the entry would come
   * back (benchmarks emptying the cache between runs wait on this first).
   */
  async settled(): Promise<void> {
    while (this.#writing.size > 0) await Promise.allSettled([...this.#writing]);
  }

  /** Empties both layers (benchmarks measure uncached answers this way). */
  async clear(): Promise<void> {
    this.#memory.clear();
    await this.#keyv.clear();
  }

  /** Forgets the in-memory layer (the store keeps its entries). */
  clearMemory(): void {
    this.#memory.clear();
  }

  async close(): Promise<void> {
    await this.#keyv.disconnect();
  }

  /** Hits / (hits + misses), 0 when nothing was asked. */
  get hitRatio(): number {
    const n = this.stats.hits + this.stats.misses;
    return n === 0 ? 0 : this.stats.hits / n;
  }
}
