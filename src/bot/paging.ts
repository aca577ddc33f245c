import { randomBytes } from 'node:crypto';
import type { Answer } from './types.js';

/** A paged reply whose buttons still answer. */
export interface PageSession {
  id: string;
  answer: Answer;
  ownerId: string;
  page: number;
  /** Called once when the session times out (to disable the buttons). */
  onExpire: () => Promise<void>;
  timer: NodeJS.Timeout;
}

/** Bytes of randomness in a session id (custom ids must stay short: ≤100 characters). */
const SESSION_ID_BYTES = 6;

/**
 * Paging sessions in memory: each paged reply gets an id carried in its buttons' custom ids.
 * Only the owner (the user who ran the command) may turn pages; after `timeoutMs` the session
 * ends and `onExpire` runs (the router disables the buttons). Timers are unref'd and cleared on
 * `closeAll`, so they never hold the process open.
 */
export class PageSessions {
  readonly #timeoutMs: number;
  readonly #sessions = new Map<string, PageSession>();

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  open(answer: Answer, ownerId: string, onExpire: () => Promise<void>): PageSession {
    const id = randomBytes(SESSION_ID_BYTES).toString('base64url');
    const timer = setTimeout(() => {
      this.#sessions.delete(id);
      void onExpire();
    }, this.#timeoutMs);
    timer.unref();
    const s: PageSession = { id, answer, ownerId, page: 0, onExpire, timer };
    this.#sessions.set(id, s);
    return s;
  }

  get(id: string): PageSession | undefined {
    return this.#sessions.get(id);
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Ends every session without running `onExpire` (shutdown). */
  closeAll(): void {
    for (const s of this.#sessions.values()) clearTimeout(s.timer);
    this.#sessions.clear();
  }
}
