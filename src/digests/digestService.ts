import { randomBytes } from 'node:crypto';
import type { Cron } from 'croner';
import type Keyv from 'keyv';
import type { CorpusIndex } from '../bot/answers/corpusIndex.js';
import type { Logger } from '../bot/logger.js';
import type { Answer } from '../bot/types.js';
import { ArticleLedger } from './articleLedger.js';
import { ALL_TOPICS } from './composeDigest.js';
import { checkInterval, cronOf, latestSlot, parseSchedule, startJob, type ScheduleError } from './schedule.js';
import type { SlotJob, SlotQueue } from './slotQueue.js';
import { SlotRunner, type PostFn, type SlotOutcome } from './slotRunner.js';
import { SubscriptionStore, type StoreOptions, type Subscription } from './subscriptionStore.js';

/** Characters of a subscription id (base32: short enough to type in `/digest unsubscribe`). */
const ID_CHARS = 6;
const BASE32 = 'abcdefghijkmnpqrstuvwxyz23456789';
/** A queued slot processed more than this after its time says it is late (no process was up, or all were busy), ms. */
const LATE_AFTER_MS = 60_000;

export interface DigestLimits {
  /** Shortest time between two slots, seconds (`DIGEST_MIN_INTERVAL`). */
  minIntervalSeconds: number;
  /** Most subscriptions per server (`DIGEST_MAX_PER_GUILD`). */
  maxPerGuild: number;
}

/** A subscription request whose channel, topic and rights the command has already checked. */
export type SubscribeRequest = Pick<Subscription, 'guildId' | 'channelId' | 'channelName' | 'topic' | 'topicName' | 'schedule' | 'timezone' | 'length'> & {
  /** Who subscribed (stored as `createdBy`). */
  userId: string;
};

export type SubscribeError = ScheduleError | { code: 'limit'; message: string };

/** A subscription as `/digest list` shows it. */
export interface ListedSubscription {
  sub: Subscription;
  /** Next slot; null when paused or the schedule has no more runs. */
  next: Date | null;
}

/** What `/digest` uses (handed to the command as `ctx.services.digests`). */
export interface DigestCommands {
  readonly limits: DigestLimits;
  subscribe(req: SubscribeRequest): Promise<{ ok: true; sub: Subscription; next: Date | null } | { ok: false; error: SubscribeError }>;
  list(guildId: string): ListedSubscription[];
  /** Removes a subscription of this server; null when it has none with that id. */
  unsubscribe(guildId: string, id: string): Promise<Subscription | null>;
  /** The digest the topic would get now, as if first (ephemeral). */
  preview(topic: string, topicName: string, length: 'short' | 'full', timezone: string): Answer;
}

export interface DigestServiceDeps {
  /** The Keyv store, namespace of its own (e.g. createStore(config, 'digest')). */
  keyv: Keyv;
  limits: DigestLimits;
  index(): CorpusIndex;
  post: PostFn;
  log: Logger;
  /** Several processes share the store: slots come from this queue instead of croner (src/scale). */
  queue?: SlotQueue;
  /** How the subscription store is opened (a shared id index and `shared` with a queue). */
  storeOptions?: StoreOptions;
}

function newId(taken: (id: string) => boolean): string {
  for (;;) {
    const id = [...randomBytes(ID_CHARS)].map((b) => BASE32[b % BASE32.length]).join('');
    if (!taken(id)) return id;
  }
}

/**
 * Scheduled channel digests: subscriptions in the Keyv store, one croner job per active
 * subscription (cron with IANA time zones and daylight-saving changes), and a {@link SlotRunner}
 * that posts each slot exactly once through the bot's outbound limiter.
 *
 * Lifecycle: `open` (store and ledger; before login, so `/digest` works as soon as commands
 * arrive) → `noteCorpus` (stamps new articles) → `start` (after login: jobs, then the recovery of
 * slots that came due while the bot was down, each posted once and marked late) → `stop`.
 * The split between "a slot came due" (the jobs) and "deliver the slot" (`SlotRunner.run`) is
 * where a shared job queue goes when several processes share one store: with `deps.queue`
 * (BullMQ, src/scale) the schedules live in the queue, any process takes the slot that came due,
 * recovery slots are enqueued under a (subscription, slot) id so processes starting together add
 * one job, and a slot whose process died is taken over by another (the queue's stalled-job check)
 * and finished by the same state machine.
 */
export class DigestService implements DigestCommands {
  readonly limits: DigestLimits;
  readonly store: SubscriptionStore;
  readonly runner: SlotRunner;
  readonly #ledger: ArticleLedger;
  readonly #deps: DigestServiceDeps;
  readonly #jobs = new Map<string, Cron>();
  /** Runs in progress (so stop can wait for them). */
  readonly #running = new Set<Promise<unknown>>();
  #started = false;
  #stopped = false;
  #closed = false;

  private constructor(deps: DigestServiceDeps, store: SubscriptionStore, ledger: ArticleLedger) {
    this.#deps = deps;
    this.limits = deps.limits;
    this.store = store;
    this.#ledger = ledger;
    this.runner = new SlotRunner({ store, ledger, index: deps.index, post: deps.post, log: deps.log });
  }

  /** Opens the store and loads subscriptions and the article ledger. A store error is thrown (never a silent empty start). */
  static async open(deps: DigestServiceDeps): Promise<DigestService> {
    const store = await SubscriptionStore.open(deps.keyv, deps.storeOptions);
    // With a queue, other processes share the store (src/scale): the ledger is re-read at each note.
    const ledger = await ArticleLedger.open(store, deps.queue !== undefined);
    const s = new DigestService(deps, store, ledger);
    await s.noteCorpus(deps.index());
    return s;
  }

  /** Stamps the corpus's unseen articles with the current time (they are "new" for the next digests). */
  async noteCorpus(index: CorpusIndex): Promise<void> {
    const { added } = await this.#ledger.note(index.corpus.articles);
    if (added > 0) this.#deps.log.info({ added, version: index.version }, 'digest ledger: new articles noted');
  }

  /** Schedules every active subscription, then posts, once each, slots that came due while the bot was down. */
  async start(): Promise<void> {
    if (this.#started) return;
    this.#started = true;
    const active = this.store.all().filter((s) => s.status === 'active');
    const queue = this.#deps.queue;
    if (queue) {
      await queue.start((job) => this.#runJob(job), (id) => void this.#settled(id));
      for (const sub of active) await queue.schedule(sub);
    } else for (const sub of active) this.#schedule(sub);
    // Jobs first, then recovery: a slot that comes due in between is seen by both and posted once.
    const now = new Date();
    let recovered = 0;
    for (const sub of active) {
      const after = new Date(Math.max(sub.createdAt, sub.lastSlot ? Date.parse(sub.lastSlot) : 0));
      const due = latestSlot(sub, now, after);
      const d = sub.delivery;
      const unfinished = d && d.state !== 'sent' && (sub.lastSlot === null || d.slot > sub.lastSlot) ? d : null;
      const slot = due ?? (unfinished ? new Date(unfinished.slot) : null);
      if (!slot) continue;
      recovered++;
      if (queue) await queue.enqueue(sub.id, slot, true);
      else this.#track(this.runner.run(sub.id, slot, true));
    }
    this.#deps.log.info({ subscriptions: this.store.all().length, active: active.length, recovering: recovered }, 'digests started');
  }

  #track(p: Promise<unknown>): void {
    const q = p.catch((err: unknown) => this.#deps.log.error({ err }, 'digest slot failed'));
    this.#running.add(q);
    void q.finally(() => this.#running.delete(q));
  }

  /** A slot job from the shared queue: the subscription as the store has it now, its slot, delivered. */
  async #runJob(job: SlotJob): Promise<SlotOutcome> {
    // A stopping process hands the job back (failed → retried by the queue, in another process).
    const handBack = (): Error => new Error('this process is stopping; the slot is retried by another process');
    if (this.#stopped) throw handBack();
    const sub = await this.store.refresh(job.subscriptionId);
    if (!sub || sub.status !== 'active') return 'skipped';
    const now = Date.now();
    const slot = job.slot !== null ? new Date(job.slot) : latestSlot(sub, new Date(now), new Date(sub.createdAt));
    if (!slot) return 'skipped';
    const late = job.late || now - slot.getTime() > LATE_AFTER_MS;
    const run = this.runner.run(sub.id, slot, late);
    this.#track(run);
    const outcome = await run;
    if (outcome === 'skipped' && this.#stopped) throw handBack();
    return outcome;
  }

  /** Some process finished a slot of `id`: refresh this process's copy (for /digest list), and drop the schedule of a subscription paused there. */
  async #settled(id: string): Promise<void> {
    try {
      const sub = await this.store.refresh(id);
      if (sub && sub.status !== 'active') await this.#deps.queue?.unschedule(id);
    } catch (err) {
      this.#deps.log.warn({ err, subscription: id }, 'refreshing a digest subscription failed');
    }
  }

  #schedule(sub: Subscription): void {
    if (this.#stopped || this.#jobs.has(sub.id)) return;
    const job = startJob(
      sub,
      () => {
        // The slot is the scheduled time (croner fires at or just after it), not the wall clock.
        const slot = latestSlot(sub, new Date(), new Date(sub.createdAt));
        if (slot) this.#track(this.runner.run(sub.id, slot, false));
      },
      (err) => this.#deps.log.error({ err, subscription: sub.id }, 'digest job failed'),
    );
    this.#jobs.set(sub.id, job);
  }

  #unschedule(id: string): void {
    this.#jobs.get(id)?.stop();
    this.#jobs.delete(id);
    const queue = this.#deps.queue;
    if (queue && !this.#closed) void queue.unschedule(id).catch((err: unknown) => this.#deps.log.warn({ err, subscription: id }, 'removing a digest schedule from the queue failed'));
  }

  async subscribe(req: SubscribeRequest): Promise<{ ok: true; sub: Subscription; next: Date | null } | { ok: false; error: SubscribeError }> {
    const parsed = parseSchedule(req.schedule, req.timezone);
    if (!parsed.ok) return parsed;
    const tooOften = checkInterval(parsed.schedule, this.limits.minIntervalSeconds);
    if (tooOften) return { ok: false, error: tooOften };
    if (this.store.byGuild(req.guildId).length >= this.limits.maxPerGuild) {
      return { ok: false, error: { code: 'limit', message: `This server already has ${this.limits.maxPerGuild} digest subscriptions, the most allowed. Remove one with /digest unsubscribe first.` } };
    }
    const sub: Subscription = {
      id: newId((id) => this.store.get(id) !== undefined),
      guildId: req.guildId,
      channelId: req.channelId,
      channelName: req.channelName,
      topic: req.topic,
      topicName: req.topicName,
      schedule: parsed.schedule.text,
      cron: parsed.schedule.cron,
      timezone: parsed.schedule.timezone,
      length: req.length,
      createdBy: req.userId,
      createdAt: Date.now(),
      status: 'active',
      lastSlot: null,
      cursor: null,
      delivery: null,
    };
    await this.store.put(sub);
    if (this.#started && this.#deps.queue) await this.#deps.queue.schedule(sub);
    else if (this.#started) this.#schedule(sub);
    this.#deps.log.info({ subscription: sub.id, guild: sub.guildId, channel: sub.channelId, topic: sub.topic, schedule: sub.schedule, timezone: sub.timezone }, 'digest subscribed');
    return { ok: true, sub, next: this.#jobs.get(sub.id)?.nextRun() ?? cronOf(sub).nextRun() };
  }

  list(guildId: string): ListedSubscription[] {
    return this.store.byGuild(guildId).map((sub) => ({ sub, next: sub.status === 'active' ? (this.#jobs.get(sub.id)?.nextRun() ?? cronOf(sub).nextRun()) : null }));
  }

  async unsubscribe(guildId: string, id: string): Promise<Subscription | null> {
    const key = id.trim().toLowerCase();
    const sub = this.store.get(key);
    if (!sub || sub.guildId !== guildId) return null;
    this.#unschedule(key);
    await this.store.exclusive(key, () => this.store.remove(key));
    this.#deps.log.info({ subscription: key, guild: guildId }, 'digest unsubscribed');
    return sub;
  }

  /**
   * Pauses every active subscription of a channel with a reason (the channel was deleted: the
   * gateway said so before any post failed). Returns how many were paused.
   */
  async pauseChannel(channelId: string, reason: string): Promise<number> {
    let n = 0;
    for (const sub of this.store.all().filter((s) => s.channelId === channelId && s.status === 'active')) {
      this.#unschedule(sub.id);
      await this.store.exclusive(sub.id, async (cur) => {
        if (!cur || cur.status !== 'active') return;
        await this.store.put({ ...cur, status: 'paused', pausedReason: reason, pausedAt: Date.now() });
        n++;
      });
    }
    if (n > 0) this.#deps.log.warn({ channel: channelId, paused: n, reason }, 'digest subscriptions paused');
    return n;
  }

  preview(topic: string, topicName: string, length: 'short' | 'full', timezone: string): Answer {
    const probe: Subscription = {
      id: 'preview',
      guildId: '',
      channelId: '',
      channelName: '',
      topic,
      topicName,
      schedule: '',
      cron: '* * * * *',
      timezone,
      length,
      createdBy: '',
      createdAt: 0,
      status: 'active',
      lastSlot: null,
      cursor: null,
      delivery: null,
    };
    const digest = this.runner.compose(probe, new Date(), false);
    return { ephemeral: true, pages: [digest.page] };
  }

  /** Stops the jobs and retries; slots still waiting for the limiter are cancelled at their turn. Safe to call twice. */
  halt(): void {
    this.#stopped = true;
    for (const id of [...this.#jobs.keys()]) {
      this.#jobs.get(id)?.stop();
      this.#jobs.delete(id);
    }
    this.runner.stop();
  }

  /** Halts, waits for slots in progress (their state is written), and closes the store. */
  async stop(): Promise<void> {
    this.halt();
    if (this.#closed) return;
    this.#closed = true;
    await Promise.allSettled([...this.#running]);
    await this.#deps.queue?.close().catch((err: unknown) => this.#deps.log.warn({ err }, 'closing the digest queue failed'));
    await this.store.close();
  }
}

export { ALL_TOPICS };
