import { randomBytes } from 'node:crypto';
import type { Answer } from './types.js';

/** A paged reply whose buttons still answer. */
export interface PageSession {
  id: string;
  /** The command that answered (its `page` builds pages the answer holds only as `more`). */
  command: string;
  answer: Answer;
  ownerId: string;
  page: number;
  /** Called once when the session times out (to disable the buttons). */
  onExpire: () => Promise<void>;
  timer: NodeJS.Timeout | null;
}

/** Bytes of randomness in a session id (custom ids must stay short: ≤100 characters). */
const SESSION_ID_BYTES = 6;

/**
 * Paging sessions in memory: each paged reply gets an id carried in its buttons' custom ids.
 * Only the owner (the user who ran the command) may turn pages; `timeoutMs` after `arm` (called
 * once the reply is sent) the session ends and `onExpire` runs (the router disables the buttons).
 * Timers are unref'd and cleared on `closeAll`, so they never hold the process open.
 */
export class PageSessions {
  readonly #timeoutMs: number;
  readonly #sessions = new Map<string, PageSession>();

  constructor(timeoutMs: number) {
    this.#timeoutMs = timeoutMs;
  }

  /** A new session (its buttons answer at once); call {@link arm} when the reply is out. */
  open(answer: Answer, ownerId: string, onExpire: () => Promise<void>, command = ''): PageSession {
    const id = randomBytes(SESSION_ID_BYTES).toString('base64url');
    const s: PageSession = { id, command, answer, ownerId, page: 0, onExpire, timer: null };
    this.#sessions.set(id, s);
    return s;
  }

  /** Starts the session's timeout (from when the reply was sent, so a slow send cannot expire it early). */
  arm(s: PageSession): void {
    if (s.timer || !this.#sessions.has(s.id)) return;
    s.timer = setTimeout(() => {
      this.#sessions.delete(s.id);
      void s.onExpire();
    }, this.#timeoutMs);
    s.timer.unref();
  }

  get(id: string): PageSession | undefined {
    return this.#sessions.get(id);
  }

  get size(): number {
    return this.#sessions.size;
  }

  /** Ends every session without running `onExpire` (shutdown). */
  closeAll(): void {
    for (const s of this.#sessions.values()) if (s.timer) clearTimeout(s.timer);
    this.#sessions.clear();
  }
}
