import { performance } from 'node:perf_hooks';
import type { Topic } from '../../briefing/index/topics/index.js';
import { prepareBrief } from './brief.js';
import type { CorpusIndex } from './corpusIndex.js';
import { topicScope } from './scope.js';
import { prepareTimeline } from './timeline.js';

/**
 * Topics with fewer articles than this are not warmed: their first `/brief` or `/timeline` costs a
 * few milliseconds (about 2–5 ms at 100 articles on the bench machine), so working them out ahead
 * would only spend memory.
 */
export const WARM_MIN_ARTICLES = 100;

/** What a warm-up did. */
export interface WarmReport {
  /** Topics whose answers were worked out. */
  topics: number;
  /** Wall time from start to end, ms (steps run between other work, see {@link warmTopics}). */
  ms: number;
  /** Stopped by `cancel` before it was done. */
  cancelled: boolean;
}

/** A warm-up under way. */
export interface TopicWarmUp {
  /** Resolves when every step ran or the warm-up was cancelled; never rejects (a failing step is reported to `onError` and skipped). */
  readonly done: Promise<WarmReport>;
  /** Runs no further step. Safe to call at any time, and twice. */
  cancel(): void;
}

export interface WarmOptions {
  /** Most topics warmed, largest first; 0 warms none. */
  topics: number;
  /** Fewest articles a warmed topic has (default {@link WARM_MIN_ARTICLES}). */
  minArticles?: number;
  /** Told of a step that threw (a bug: answers are pure); the warm-up goes on with the next. */
  onError?: (err: unknown, topic: Topic) => void;
  /** Runs the next step (default `setImmediate`: after the I/O that is waiting, so commands that arrive are answered between steps). */
  schedule?: (step: () => void) => void;
}

/** The topics a warm-up works out, in the order it does: largest first (`topicsBySize`), at most `count`, none under `minArticles`. */
export function topicsToWarm(index: CorpusIndex, count: number, minArticles: number = WARM_MIN_ARTICLES): Topic[] {
  const out: Topic[] = [];
  for (const { topic } of index.topicsBySize) {
    if (out.length >= count || topic.articleIds.length < minArticles) break;
    out.push(topic);
  }
  return out;
}

/**
 * Works out, ahead of any ask, what makes the first ask slow on a large topic: the fingerprint its
 * replies are cached under (`topicScope`), `/brief` (full and short, {@link prepareBrief}) and the
 * first page of `/timeline` ({@link prepareTimeline}), for the largest topics ({@link topicsToWarm}).
 * The answers are the same as when worked out at the ask. They are kept with the index's topic
 * objects, so they go when the index does (a corpus change makes a new index, and the bot warms
 * that one), and by the topic's fingerprint, so a topic the change left alone is not worked out
 * again (see prepareBrief).
 *
 * Each of these is a step of its own, run by `schedule` (a macrotask by default), so the event loop
 * stays free between them: a command that arrives waits for at most one step (about 50 ms for the
 * largest topic at 10k articles on the bench machine), never for the whole warm-up. Synchronous up
 * to the first step: nothing runs before `warmTopics` returns.
 */
export function warmTopics(index: CorpusIndex, options: WarmOptions): TopicWarmUp {
  const schedule = options.schedule ?? ((step: () => void) => void setImmediate(step));
  const topics = topicsToWarm(index, options.topics, options.minArticles);
  const steps = topics.flatMap((topic) => [
    // The fingerprint a topic's replies are cached under: hashing a large topic's articles is a
    // good part of its first ask (see scope.ts); kept with the topic object.
    { topic, run: () => void topicScope(index, topic), last: false },
    { topic, run: () => prepareBrief(index, topic), last: false },
    { topic, run: () => prepareTimeline(index, topic), last: true },
  ]);
  const t0 = performance.now();
  let cancelled = false;
  let finish: (r: WarmReport) => void = () => {};
  const done = new Promise<WarmReport>((resolve) => (finish = resolve));
  let next = 0;
  let topicsDone = 0;
  const report = (): WarmReport => ({ topics: topicsDone, ms: performance.now() - t0, cancelled });
  const step = (): void => {
    if (cancelled) return;
    const s = steps[next];
    if (s === undefined) {
      finish(report());
      return;
    }
    try {
      s.run();
    } catch (err) {
      options.onError?.(err, s.topic);
    }
    next++;
    if (s.last) topicsDone++;
    schedule(step);
  };
  schedule(step);
  return {
    done,
    cancel() {
      if (cancelled) return;
      cancelled = true;
      finish(report());
    },
  };
}
