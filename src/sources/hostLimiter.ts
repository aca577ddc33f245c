import Bottleneck from 'bottleneck';

/** One minute, the window of the per-host request budget. */
const MINUTE_MS = 60_000;

/** Per-host politeness: a request budget per minute, one request at a time, and "come back later" pauses. */
export interface HostLimiter {
  /** Runs `fn` under `host`'s limiter (queued when the host's budget for this minute is spent). */
  schedule<T>(host: string, fn: () => Promise<T>): Promise<T>;
  /** Pauses `host` until `untilMs` (a server's Retry-After); later calls are told by {@link blockedUntil}. */
  block(host: string, untilMs: number): void;
  /** When `host` may be asked again, if it is paused now; null when it is not. */
  blockedUntil(host: string): number | null;
  /** Drops queued requests and releases the limiters' timers. */
  stop(): Promise<void>;
}

export interface HostLimiterOptions {
  /** Requests per host per minute. */
  perMinute: number;
  /** Clock for pauses (epoch ms). */
  now: () => number;
  /** Extra Bottleneck settings (tests); they override the defaults above. */
  bottleneck?: Bottleneck.ConstructorOptions;
}

/**
 * Per-host limiters from Bottleneck's `Group` (one limiter per key, created on first use): a
 * reservoir of `perMinute` requests refilled every minute and at most one request in flight per
 * host. Retry-After pauses are kept beside it against the injected clock, so the poller can defer
 * a paused host's work instead of holding a queue slot for minutes.
 */
export function createHostLimiter(o: HostLimiterOptions): HostLimiter {
  const group = new Bottleneck.Group({
    maxConcurrent: 1,
    reservoir: o.perMinute,
    reservoirRefreshAmount: o.perMinute,
    reservoirRefreshInterval: MINUTE_MS,
    ...o.bottleneck,
  });
  const paused = new Map<string, number>();
  let stopped = false;
  return {
    schedule(host, fn) {
      if (stopped) return Promise.reject(new Error('host limiter stopped'));
      return group.key(host).schedule(fn);
    },
    block(host, untilMs) {
      paused.set(host, Math.max(untilMs, paused.get(host) ?? 0));
    },
    blockedUntil(host) {
      const t = paused.get(host);
      if (t === undefined) return null;
      if (t <= o.now()) {
        paused.delete(host);
        return null;
      }
      return t;
    },
    async stop() {
      stopped = true;
      await Promise.all(group.limiters().map(({ limiter }) => limiter.stop({ dropWaitingJobs: true }).catch(() => undefined)));
      await group.disconnect(false);
    },
  };
}
