import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../bot/logger.js';
import type { SlotJob, SlotQueue } from '../digests/slotQueue.js';
import type { SlotOutcome } from '../digests/slotRunner.js';
import type { Subscription } from '../digests/subscriptionStore.js';

/** Queue name (its Redis keys are `<prefix>:digest-slots:…`). */
const QUEUE_NAME = 'digest-slots';
/** Job name of every slot job. */
const SLOT_JOB = 'slot';
/**
 * Finished jobs are kept this long, s: BullMQ ignores an `add` whose jobId exists, so a recovery
 * slot enqueued again by a process starting later (within this time) is still one job.
 */
const KEEP_FINISHED_S = 24 * 3600;
/** Jobs one process runs at once (they mostly wait for the outbound limiter and Discord). */
const WORKER_CONCURRENCY = 20;
/** A job that fails (store error, or handed back by a stopping process) is tried this often in all … */
const JOB_ATTEMPTS = 4;
/** … this long apart, ms (any process may take the retry). */
const JOB_RETRY_DELAY_MS = 2_000;
/** A job whose process died is taken over at most this often before it counts as failed. */
const MAX_STALLED = 3;

/** What a finished slot job returns (read back in every process from the queue's events). */
interface SlotResult {
  subscriptionId: string;
  outcome: SlotOutcome;
}

export interface BullSlotQueueOptions {
  /** Redis URL (`redis://…`); the queue opens its own connections (a worker needs a blocking one). */
  url: string;
  /** BullMQ key prefix: every key of the queue starts with it. */
  prefix: string;
  /**
   * Slot jobs started per second over all processes (BullMQ's queue-wide limiter). BullMQ counts
   * in fixed one-second windows, so it is given half: two full windows back to back then still
   * make at most `perSecond` in any sliding second.
   */
  perSecond: number;
  /** How long a job's lock lasts without renewal, ms: a killed process's jobs go to another after about this (plus half of it). */
  lockMs: number;
  log: Logger;
}

/**
 * Digest slots in a BullMQ queue shared by every bot process on one Redis:
 * - each active subscription is a BullMQ job scheduler with its id, its cron line and time zone
 *   (`upsertJobScheduler`): BullMQ keeps one next job per scheduler, so a slot is one job however
 *   many processes run, and schedules outlive every process;
 * - recovery slots are added with a deterministic jobId per (subscription, slot);
 * - every process runs a worker; the queue's own limiter bounds deliveries across processes;
 * - a process killed mid-job loses its lock and the stalled-job check gives the job to another
 *   process, which finishes the slot with the same state machine and nonce (nothing doubled);
 * - finished jobs are announced on the queue's event stream, so every process refreshes its copy.
 */
export class BullSlotQueue implements SlotQueue {
  readonly #o: BullSlotQueueOptions;
  readonly #connections: Redis[] = [];
  readonly #queue: Queue;
  #worker: Worker | null = null;
  #events: QueueEvents | null = null;
  #closed = false;

  constructor(options: BullSlotQueueOptions) {
    this.#o = options;
    this.#queue = new Queue(QUEUE_NAME, { connection: this.#connect(), prefix: options.prefix });
    this.#queue.on('error', (err) => options.log.warn({ err }, 'digest queue error'));
  }

  #connect(): Redis {
    // BullMQ needs maxRetriesPerRequest null (its blocking commands wait as long as they need).
    const c = new Redis(this.#o.url, { maxRetriesPerRequest: null });
    c.on('error', (err) => this.#o.log.debug({ err }, 'digest queue connection error'));
    this.#connections.push(c);
    return c;
  }

  async start(run: (job: SlotJob) => Promise<SlotOutcome>, settled: (subscriptionId: string) => void): Promise<void> {
    const { log, lockMs, perSecond, prefix } = this.#o;
    this.#events = new QueueEvents(QUEUE_NAME, { connection: this.#connect(), prefix });
    this.#events.on('completed', ({ returnvalue }) => {
      const id = readResult(returnvalue)?.subscriptionId;
      if (id) settled(id);
    });
    this.#events.on('error', (err) => log.warn({ err }, 'digest queue events error'));
    await this.#events.waitUntilReady();
    this.#worker = new Worker<SlotJob, SlotResult>(
      QUEUE_NAME,
      async (job: Job<SlotJob, SlotResult>) => ({ subscriptionId: job.data.subscriptionId, outcome: await run(job.data) }),
      {
        connection: this.#connect(),
        prefix,
        concurrency: WORKER_CONCURRENCY,
        limiter: { max: Math.max(1, Math.floor(perSecond / 2)), duration: 1000 },
        lockDuration: lockMs,
        stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
        maxStalledCount: MAX_STALLED,
      },
    );
    this.#worker.on('error', (err) => log.warn({ err }, 'digest worker error'));
    this.#worker.on('failed', (job, err) => log.warn({ err, job: job?.id, attempts: job?.attemptsMade }, 'digest slot job failed'));
    await this.#worker.waitUntilReady();
  }

  #jobOptions(): { attempts: number; backoff: { type: 'fixed'; delay: number }; removeOnComplete: { age: number }; removeOnFail: { age: number } } {
    return { attempts: JOB_ATTEMPTS, backoff: { type: 'fixed', delay: JOB_RETRY_DELAY_MS }, removeOnComplete: { age: KEEP_FINISHED_S }, removeOnFail: { age: KEEP_FINISHED_S } };
  }

  async schedule(sub: Subscription): Promise<void> {
    const data: SlotJob = { subscriptionId: sub.id, slot: null, late: false };
    await this.#queue.upsertJobScheduler(sub.id, { pattern: sub.cron, tz: sub.timezone }, { name: SLOT_JOB, data, opts: this.#jobOptions() });
  }

  async unschedule(id: string): Promise<void> {
    await this.#queue.removeJobScheduler(id);
  }

  async enqueue(subscriptionId: string, slot: Date, late: boolean): Promise<void> {
    const data: SlotJob = { subscriptionId, slot: slot.toISOString(), late };
    // BullMQ job ids may not contain ':' (its key separator).
    await this.#queue.add(SLOT_JOB, data, { ...this.#jobOptions(), jobId: `slot-${subscriptionId}-${slot.getTime()}` });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#worker?.close();
    await this.#events?.close();
    await this.#queue.close();
    await Promise.allSettled(this.#connections.map((c) => c.quit()));
  }
}

function readResult(value: unknown): SlotResult | null {
  try {
    const v = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
    return v && typeof v === 'object' && typeof (v as SlotResult).subscriptionId === 'string' ? (v as SlotResult) : null;
  } catch {
    return null;
  }
}
