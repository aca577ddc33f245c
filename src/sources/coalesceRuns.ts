/**
 * Wraps an async job (e.g. "reload the corpus") so calls that arrive while it runs are folded into
 * one more run after it, never run in parallel and never dropped: N calls during a run give exactly
 * one follow-up run. Each returned promise settles when a run that started after the call ends.
 * A failing run rejects the promises of the calls it served; later calls run again.
 */
export function coalesceRuns(job: () => Promise<void>): () => Promise<void> {
  let current: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const run = (): Promise<void> => {
    current = job().finally(() => {
      current = null;
    });
    return current;
  };
  return () => {
    if (!current) return run();
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return run();
      });
    return next;
  };
}
