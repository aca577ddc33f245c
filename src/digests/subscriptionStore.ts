import type Keyv from 'keyv';
import type { AnswerPage } from '../bot/types.js';

/** Key of the list of all subscription ids (the one index: Keyv has no portable "list keys"). */
const INDEX_KEY = 'subscriptions';
/** Key prefix of one subscription record. */
const SUB_PREFIX = 'sub:';
/** Key of the article ledger (first-seen times). */
const LEDGER_KEY = 'ledger';

/** Where a slot's delivery stands: composed and queued → request on its way → Discord answered. */
export type SlotState = 'pending' | 'sending' | 'sent';

/**
 * The delivery of one slot. Kept on the subscription record (one write is one atomic update);
 * only the latest slot matters, because missed slots collapse into the next one.
 */
export interface Delivery {
  /** The slot, ISO instant (UTC). */
  slot: string;
  state: SlotState;
  /** Message nonce, deterministic per (subscription, slot); sent with `enforce_nonce`. */
  nonce: string;
  /** The composed message, kept until Discord answered so a retry sends the same bytes (dropped after). */
  page?: AnswerPage;
  /** When the content was composed (ms epoch): the next digest shows what is new after it. */
  composedAt: number;
  /** Posted after a restart, for a slot that came due while the bot was down. */
  late: boolean;
  /** When the request was first handed to Discord (ms epoch); null while pending. */
  sendingAt: number | null;
  attempts: number;
  messageId?: string;
  lastError?: string;
}

/** A channel's digest subscription. Plain JSON: it lives in the Keyv store. */
export interface Subscription {
  /** Short id shown in `/digest list` and used by `/digest unsubscribe`. */
  id: string;
  guildId: string;
  channelId: string;
  /** Channel name when subscribed (for the list, after the channel is gone). */
  channelName: string;
  /** Topic slug, or `all` for everything new. */
  topic: string;
  topicName: string;
  schedule: string;
  cron: string;
  timezone: string;
  length: 'short' | 'full';
  createdBy: string;
  /** ms epoch; slots at or before it do not count. */
  createdAt: number;
  status: 'active' | 'paused';
  /** Why it is paused (channel deleted, access lost), in a sentence. */
  pausedReason?: string;
  pausedAt?: number;
  /** The latest slot dealt with (ISO); slots up to it are never posted again. */
  lastSlot: string | null;
  /** `composedAt` of the last digest that reached the channel; null before the first. */
  cursor: number | null;
  /** The latest slot's delivery, while in progress and after. */
  delivery: Delivery | null;
}

/** fingerprint → first time the bot saw the article (ms epoch). */
export type Ledger = Record<string, number>;

/**
 * The list of every subscription id. Default: one Keyv record rewritten from this process's
 * memory (fine for one process). Several processes on one store need an index with atomic
 * add/remove (a Redis set: src/scale/redisIdIndex.ts), or one would overwrite the other's ids.
 */
export interface IdIndex {
  all(): Promise<string[]>;
  add(id: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface StoreOptions {
  /** Where the id list lives (default: a Keyv record, see {@link IdIndex}). */
  index?: IdIndex;
  /**
   * Other processes write the same store (Redis): every {@link SubscriptionStore.exclusive} reads
   * the record from the store first instead of trusting memory.
   */
  shared?: boolean;
}

/**
 * Subscriptions and delivery state in a Keyv store (its own namespace, beside the reply cache):
 * one record per subscription (`sub:ID`), an index of ids, and the article ledger. Everything is
 * also kept in memory; writes go through to the store before the call resolves, so what a caller
 * saw written survives a crash. Writes of one subscription are serialised (a promise chain per
 * id) so a slot's state changes land in order. One process owns a SQLite store; processes sharing
 * a Redis store open it `shared` with a Redis id index, and take turns on a subscription through
 * the shared job queue (src/scale), which hands each slot to one process at a time.
 */
export class SubscriptionStore {
  readonly #keyv: Keyv;
  readonly #subs = new Map<string, Subscription>();
  readonly #chains = new Map<string, Promise<unknown>>();
  #indexChain: Promise<unknown> = Promise.resolve();
  readonly #index: IdIndex | undefined;
  readonly #shared: boolean;

  private constructor(keyv: Keyv, options: StoreOptions) {
    this.#keyv = keyv;
    this.#index = options.index;
    this.#shared = options.shared ?? false;
  }

  /** Opens the store and loads every subscription. A read error is thrown (never an empty start that would drop subscriptions). */
  static async open(keyv: Keyv, options: StoreOptions = {}): Promise<SubscriptionStore> {
    const s = new SubscriptionStore(keyv, options);
    const ids = options.index ? await options.index.all() : (((await keyv.get(INDEX_KEY)) as string[] | undefined) ?? []);
    const records = ids.length > 0 ? ((await keyv.getMany(ids.map((id) => SUB_PREFIX + id))) as (Subscription | undefined)[]) : [];
    for (const r of records) if (r) s.#subs.set(r.id, r);
    return s;
  }

  /** Every subscription, oldest first. */
  all(): Subscription[] {
    return [...this.#subs.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  byGuild(guildId: string): Subscription[] {
    return this.all().filter((s) => s.guildId === guildId);
  }

  get(id: string): Subscription | undefined {
    return this.#subs.get(id);
  }

  /**
   * Runs `fn` with the subscription's writes serialised: nothing else writes it meanwhile.
   * `fn` gets the current record (undefined when gone).
   */
  exclusive<T>(id: string, fn: (sub: Subscription | undefined) => Promise<T>): Promise<T> {
    const prev = this.#chains.get(id) ?? Promise.resolve();
    const next = prev.then(async () => fn(this.#shared ? await this.#load(id) : this.#subs.get(id)));
    const settled = next.catch(() => undefined);
    this.#chains.set(id, settled);
    void settled.then(() => {
      if (this.#chains.get(id) === settled) this.#chains.delete(id);
    });
    return next;
  }

  /** Reads one record from the store into memory (gone from the store: gone from memory). */
  async #load(id: string): Promise<Subscription | undefined> {
    const r = (await this.#keyv.get(SUB_PREFIX + id)) as Subscription | undefined;
    if (r) this.#subs.set(id, r);
    else this.#subs.delete(id);
    return r;
  }

  /**
   * Re-reads a subscription another process may have written (in turn with this process's own
   * writes of it) and returns it; undefined when it is gone.
   */
  refresh(id: string): Promise<Subscription | undefined> {
    return this.exclusive(id, async () => (this.#shared ? this.#subs.get(id) : this.#load(id)));
  }

  /** Writes a subscription (new or changed) through to the store. */
  async put(sub: Subscription): Promise<void> {
    const isNew = !this.#subs.has(sub.id);
    await this.#keyv.set(SUB_PREFIX + sub.id, sub);
    this.#subs.set(sub.id, sub);
    if (isNew) await this.#writeIndex({ add: sub.id });
  }

  /** Removes a subscription; false when there was none. */
  async remove(id: string): Promise<boolean> {
    if (!this.#subs.has(id)) return false;
    this.#subs.delete(id);
    await this.#writeIndex({ remove: id });
    await this.#keyv.delete(SUB_PREFIX + id);
    return true;
  }

  #writeIndex(change?: { add: string } | { remove: string }): Promise<void> {
    const run = this.#indexChain.then(async () => {
      const index = this.#index;
      if (!index) await this.#keyv.set(INDEX_KEY, [...this.#subs.keys()]);
      else if (change && 'add' in change) await index.add(change.add);
      else if (change) await index.remove(change.remove);
    });
    this.#indexChain = run.catch(() => undefined);
    return run;
  }

  async readLedger(): Promise<Ledger> {
    return ((await this.#keyv.get(LEDGER_KEY)) as Ledger | undefined) ?? {};
  }

  async writeLedger(ledger: Ledger): Promise<void> {
    await this.#keyv.set(LEDGER_KEY, ledger);
  }

  /** Waits for pending writes and closes the store's connection. */
  async close(): Promise<void> {
    await Promise.allSettled([...this.#chains.values(), this.#indexChain]);
    await this.#keyv.disconnect();
  }
}
