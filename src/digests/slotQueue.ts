import type { SlotOutcome } from './slotRunner.js';
import type { Subscription } from './subscriptionStore.js';

/** One due slot as a shared queue hands it to a process. */
export interface SlotJob {
  subscriptionId: string;
  /** The slot (ISO) when the enqueuer knew it (recovery); null for a scheduled run: the latest slot at processing time. */
  slot: string | null;
  /** The slot came due while no process was running (the digest says it is late). */
  late: boolean;
}

/**
 * Where "a slot came due" lives when several processes share one store: a job queue in that store
 * hands each slot to exactly one process (src/scale/bullSlotQueue.ts, BullMQ job schedulers).
 * Without one, {@link DigestService} runs croner jobs in its own process.
 */
export interface SlotQueue {
  /** Starts taking jobs: `run` delivers one; `settled` is told (in every process) when any process finished one. */
  start(run: (job: SlotJob) => Promise<SlotOutcome>, settled: (subscriptionId: string) => void): Promise<void>;
  /** Creates or updates the subscription's schedule (idempotent: every process may call it at start). */
  schedule(sub: Subscription): Promise<void>;
  unschedule(id: string): Promise<void>;
  /** Adds one slot (recovery); the same (subscription, slot) added twice, by any process, is one job. */
  enqueue(subscriptionId: string, slot: Date, late: boolean): Promise<void>;
  /** Stops taking jobs (waits for those running) and closes its connections. */
  close(): Promise<void>;
}
