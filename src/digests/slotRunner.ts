import { createHash } from 'node:crypto';
import { DiscordAPIError } from 'discord.js';
import type { CorpusIndex } from '../bot/answers/corpusIndex.js';
import type { Logger } from '../bot/logger.js';
import type { AnswerPage } from '../bot/types.js';
import type { ArticleLedger } from './articleLedger.js';
import { composeDigest, type DigestMemo } from './composeDigest.js';
import type { Delivery, Subscription, SubscriptionStore } from './subscriptionStore.js';

/**
 * How long Discord is trusted to drop a repeated nonce ("checked for uniqueness in the past few
 * minutes", API "Create Message" → enforce_nonce): a request that may have reached Discord is
 * repeated with its nonce only within this time of its first sending. Later, a repeat could
 * post twice, so the slot is given up (its content goes into the next digest).
 */
export const NONCE_WINDOW_MS = 2 * 60 * 1000;
/** Retries of a post that failed for a reason other than access (5xx after discord.js's own retries, network), ms after the failure; all within {@link NONCE_WINDOW_MS}. */
export const RETRY_DELAYS_MS = [5_000, 20_000, 45_000] as const;
/** Discord allows a message nonce of at most 25 characters. */
const NONCE_CHARS = 25;

/** What happened to a slot. */
export type SlotOutcome = 'sent' | 'skipped' | 'paused' | 'failed' | 'given-up';

/** Posts a page to a channel through the bot's outbound limiter; `onSending` runs when the request is about to leave (inside the limiter's turn). */
export type PostFn = (channelId: string, page: AnswerPage, options: { nonce: string; onSending: () => Promise<void> }) => Promise<{ id: string }>;

export interface SlotRunnerDeps {
  store: SubscriptionStore;
  ledger: ArticleLedger;
  index(): CorpusIndex;
  post: PostFn;
  log: Logger;
  /** Clock (ms epoch); tests may replace it. */
  now?: () => number;
}

/** The message nonce of a (subscription, slot): the same on every attempt and in every process, so Discord drops a repeat. */
export function slotNonce(subscriptionId: string, slotIso: string): string {
  return createHash('sha256').update(`${subscriptionId}@${slotIso}`).digest('base64url').slice(0, NONCE_CHARS);
}

/** Why a 403/404 on a post pauses the subscription, in a sentence for `/digest list`. */
function accessReason(err: DiscordAPIError): string {
  if (err.status === 404) return `The channel was deleted or cannot be found (Discord ${err.status}, code ${err.code}).`;
  return `The bot lost access to the channel: ${err.message} (Discord ${err.status}, code ${err.code}). Give it View Channel, Send Messages, Embed Links and Attach Files there, then subscribe again.`;
}

class Cancelled extends Error {}

/**
 * Delivers slots, exactly once each. A slot's state is written before each step:
 * `pending` (composed, waiting for the outbound limiter) → `sending` (the limiter gave the turn;
 * written just before the request leaves) → `sent` (Discord answered; `lastSlot` and the content
 * cursor move on in the same write). Each request carries the slot's nonce with
 * `enforce_nonce: true`. So after a crash:
 * - a `pending` slot never reached Discord: it is composed again and sent;
 * - a `sending` slot may have: it is sent again with the same nonce and the same bytes, and
 *   Discord answers with the message it already has (within {@link NONCE_WINDOW_MS}; later the
 *   slot is given up rather than risk a second post, and its content goes into the next digest);
 * - a `sent` slot, or any slot up to `lastSlot`, is never sent again.
 * A 403/404 pauses the subscription with the reason; other failures retry ({@link RETRY_DELAYS_MS}).
 * All steps of one subscription run one at a time (the store's per-subscription chain).
 */
export class SlotRunner {
  readonly #d: SlotRunnerDeps;
  readonly #now: () => number;
  readonly #retries = new Set<NodeJS.Timeout>();
  /** Digest bodies shared by subscriptions due together (same corpus version, topic, length, cursor). */
  readonly #memo: DigestMemo = new Map();
  #stopped = false;

  constructor(deps: SlotRunnerDeps) {
    this.#d = deps;
    this.#now = deps.now ?? Date.now;
  }

  /** Composes the digest of `sub` for `slot` (content since its cursor). */
  compose(sub: Subscription, slot: Date, late: boolean): { page: AnswerPage; articleCount: number } {
    return composeDigest({
      index: this.#d.index(),
      topic: sub.topic,
      topicName: sub.topicName,
      length: sub.length,
      since: sub.cursor,
      firstSeen: (id) => this.#d.ledger.firstSeen(id),
      slot,
      timezone: sub.timezone,
      late,
      subscriptionId: sub.id,
    }, this.#memo);
  }

  /**
   * Delivers `slot` of subscription `id` (or finishes an older unfinished one first, see the class
   * comment). `late`: the slot came due while the bot was down (the digest says so).
   */
  run(id: string, slot: Date, late: boolean, attempt = 0): Promise<SlotOutcome> {
    const { store, log } = this.#d;
    return store.exclusive(id, async (found) => {
      let sub = found;
      if (!sub || sub.status !== 'active' || this.#stopped) return 'skipped';
      const slotIso = slot.toISOString();
      if (sub.lastSlot !== null && sub.lastSlot >= slotIso) return 'skipped';
      let d = sub.delivery;
      if (d && d.state !== 'sent' && d.slot < slotIso) {
        // An older slot never finished (crash, or it was still queued).
        if (d.state === 'sending') {
          const outcome = await this.#finishOlder(sub, d);
          if (outcome === 'paused') return outcome;
          sub = store.get(id);
          if (!sub || sub.status !== 'active') return 'skipped';
        } else log.info({ subscription: id, slot: d.slot, next: slotIso }, 'digest slot never left; its content goes into the next slot');
        d = null;
      }
      if (d && d.slot === slotIso && d.state === 'sent') return 'skipped';
      if (!d || d.slot !== slotIso || d.state === 'pending') {
        const digest = this.compose(sub, slot, late);
        d = { slot: slotIso, state: 'pending', nonce: slotNonce(id, slotIso), page: digest.page, composedAt: this.#now(), late, sendingAt: null, attempts: 0 };
        sub = { ...sub, delivery: d };
        await store.put(sub);
        log.debug({ subscription: id, slot: slotIso, articles: digest.articleCount, late }, 'digest slot pending');
      } else if (d.state === 'sending' && d.sendingAt !== null && this.#now() - d.sendingAt > NONCE_WINDOW_MS) {
        return this.#giveUp(sub, d, 'the post may or may not have reached Discord and its nonce has expired');
      }
      return this.#send(sub, d, slot, late, attempt);
    });
  }

  /** An older `sending` slot: repeat it with its nonce while Discord still knows it, else give it up. */
  async #finishOlder(sub: Subscription, d: Delivery): Promise<SlotOutcome> {
    if (d.sendingAt !== null && this.#now() - d.sendingAt <= NONCE_WINDOW_MS) return this.#send(sub, d, new Date(d.slot), d.late, RETRY_DELAYS_MS.length);
    return this.#giveUp(sub, d, 'the bot stopped while posting it and its nonce has expired');
  }

  async #giveUp(sub: Subscription, d: Delivery, why: string): Promise<SlotOutcome> {
    this.#d.log.warn({ subscription: sub.id, slot: d.slot, why }, 'digest slot given up; its content goes into the next digest');
    const { page: _page, ...rest } = d;
    await this.#d.store.put({ ...sub, lastSlot: d.slot, delivery: { ...rest, lastError: `Slot ${d.slot} not confirmed: ${why}; its content goes into the next digest.` } });
    return 'given-up';
  }

  async #send(sub: Subscription, start: Delivery, slot: Date, late: boolean, attempt: number): Promise<SlotOutcome> {
    const { store, log } = this.#d;
    let d = start;
    const page = d.page;
    if (!page) return this.#giveUp(sub, d, 'its message was not kept');
    try {
      const res = await this.#d.post(sub.channelId, page, {
        nonce: d.nonce,
        onSending: async () => {
          const cur = store.get(sub.id);
          if (!cur || cur.status !== 'active' || this.#stopped) throw new Cancelled();
          d = { ...d, state: 'sending', sendingAt: d.sendingAt ?? this.#now(), attempts: d.attempts + 1 };
          await store.put({ ...cur, delivery: d });
        },
      });
      const cur = store.get(sub.id);
      if (!cur) return 'sent';
      const { page: _page, ...rest } = d;
      await store.put({ ...cur, lastSlot: d.slot, cursor: d.composedAt, delivery: { ...rest, state: 'sent', messageId: res.id } });
      log.info({ subscription: sub.id, channel: sub.channelId, slot: d.slot, messageId: res.id, late: d.late, attempts: d.attempts }, 'digest posted');
      return 'sent';
    } catch (err) {
      if (err instanceof Cancelled) return 'skipped';
      const cur = store.get(sub.id) ?? sub;
      if (err instanceof DiscordAPIError && (err.status === 403 || err.status === 404)) {
        const reason = accessReason(err);
        const { page: _page, ...rest } = d;
        await store.put({ ...cur, status: 'paused', pausedReason: reason, pausedAt: this.#now(), lastSlot: d.slot, delivery: { ...rest, lastError: reason } });
        log.warn({ subscription: sub.id, channel: sub.channelId, status: err.status, code: err.code }, 'digest subscription paused: no access to the channel');
        return 'paused';
      }
      const message = (err as Error).message;
      await store.put({ ...cur, delivery: { ...d, lastError: message } });
      const delay = RETRY_DELAYS_MS[attempt];
      if (delay === undefined || this.#stopped) {
        log.error({ err, subscription: sub.id, slot: d.slot }, 'digest post failed; no retries left');
        return 'failed';
      }
      log.warn({ err, subscription: sub.id, slot: d.slot, retryInMs: delay }, 'digest post failed; will retry');
      const t = setTimeout(() => {
        this.#retries.delete(t);
        void this.run(sub.id, slot, late, attempt + 1).catch((e: unknown) => log.error({ err: e }, 'digest retry failed'));
      }, delay);
      t.unref();
      this.#retries.add(t);
      return 'failed';
    }
  }

  /** Cancels retries; slots waiting in the limiter are cancelled when their turn comes. */
  stop(): void {
    this.#stopped = true;
    for (const t of this.#retries) clearTimeout(t);
    this.#retries.clear();
  }
}
