import { performance } from 'node:perf_hooks';
import type { Topic } from '../../briefing/index/topics/index.js';
import { MAX_BRIEF_ARTICLES } from '../../briefing/summarise/buildBrief.js';
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
  /**
   * Topics whose scope fingerprint was worked out (`topicScope`): the warmed ones, then every other
   * topic of the index, largest first (see {@link warmTopics}).
   */
  fingerprinted: number;
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
  /** Most topics warmed (three quarters of them the largest, the rest the costliest others: {@link topicsToWarm}); 0 warms none. */
  topics: number;
  /** Fewest articles a warmed topic has (default {@link WARM_MIN_ARTICLES}). */
  minArticles?: number;
  /** Told of a step that threw (a bug: answers are pure) and its topic (null: choosing the topics threw, and none is warmed); the warm-up goes on with the next. */
  onError?: (err: unknown, topic: Topic | null) => void;
  /** Runs the next step (default `setImmediate`: after the I/O that is waiting, so commands that arrive are answered between steps). */
  schedule?: (step: () => void) => void;
}

/**
 * Estimated cost of a topic's first asks (its scope fingerprint, `/brief` and the first `/timeline`
 * page), in microseconds: per article and timeline event of the topic (the fingerprint and the
 * timeline's event merge read them all), and per paragraph and quote of the articles a brief reads
 * (the first `MAX_BRIEF_ARTICLES`: the brief's candidate sentences and its quote). A least-squares
 * fit of the measured cost over the 300 largest topics of 10k generated articles, asked in two
 * random orders (bench machine, 2 cores, compiled; R² 0.82). The timeline's share is well predicted
 * (R² 0.92 alone), the brief's is not: measured one topic per fresh process, a first brief's cost
 * varied up to 1.5 times between topics with the same counts, and the counts explained a fifth of
 * it. Only the ratios matter: they rank topics, they promise no time.
 */
const ASK_COST_US = { article: 3.5, event: 1.15, briefParagraph: 11.5, briefQuote: 18 } as const;

/** A topic's estimated first-ask cost ({@link ASK_COST_US}), µs on the bench machine. */
export function askCost(index: CorpusIndex, topic: Topic): number {
  const all = index.lookup.sizeOf(topic.articleIds);
  const briefRead = index.lookup.sizeOf(topic.articleIds.slice(0, MAX_BRIEF_ARTICLES));
  return all.articles * ASK_COST_US.article + all.events * ASK_COST_US.event + briefRead.paragraphs * ASK_COST_US.briefParagraph + briefRead.quotes * ASK_COST_US.briefQuote;
}

/**
 * Share of a warm-up's topics taken by size, largest first; the rest go to the costliest others
 * ({@link topicsToWarm}).
 */
export const WARM_BY_SIZE_SHARE = 0.75;

/**
 * The topics a warm-up works out, in the order it does, of those with at least `minArticles`
 * articles: the largest {@link WARM_BY_SIZE_SHARE} of `count` (rounded up; `topicsBySize` order),
 * which autocomplete lists first and users ask most, and, of the others, the costliest at their
 * first ask ({@link askCost}) to make up `count`; all in order of cost, costliest first (ties: the
 * larger first). Size alone leaves the slowest first asks of the next largest cold: at 10k
 * generated articles the 145th largest topic cost more than the 6th, because it holds more
 * timeline events. Cost alone leaves some of the largest topics cold, because a brief's cost is
 * poorly predicted by counts (see {@link ASK_COST_US}): in the command bench, first asks of the 40
 * largest topics had a `/brief` p99 of 45–50 ms with it, against 3 ms by size; with half by size,
 * 18–31 ms.
 */
export function topicsToWarm(index: CorpusIndex, count: number, minArticles: number = WARM_MIN_ARTICLES): Topic[] {
  if (count <= 0) return [];
  const candidates: Topic[] = [];
  for (const { topic } of index.topicsBySize) {
    if (topic.articleIds.length < minArticles) break;
    candidates.push(topic);
  }
  const costs = new Map(candidates.map((t) => [t, askCost(index, t)]));
  const byCost = (a: Topic, b: Topic): number => costs.get(b)! - costs.get(a)!;
  const largest = candidates.slice(0, Math.ceil(count * WARM_BY_SIZE_SHARE));
  const rest = candidates.slice(largest.length).sort(byCost).slice(0, count - largest.length);
  const sizeRank = new Map(candidates.map((t, i) => [t, i]));
  return [...largest, ...rest].sort((a, b) => byCost(a, b) || sizeRank.get(a)! - sizeRank.get(b)!);
}

/**
 * Works out, ahead of any ask, what makes the first ask slow on a large topic: the fingerprint its
 * replies are cached under (`topicScope`), `/brief` (full and short, {@link prepareBrief}) and the
 * first page of `/timeline` ({@link prepareTimeline}), for the largest topics and those whose first asks cost most ({@link topicsToWarm});
 * then the fingerprint alone of every other topic (largest first), so that no topic's first ask
 * hashes its articles. With `topics: 0` nothing is done, fingerprints included.
 * The answers are the same as when worked out at the ask. They are kept with the index's topic
 * objects, so they go when the index does (a corpus change makes a new index, and the bot warms
 * that one), and by the topic's fingerprint, so a topic the change left alone is not worked out
 * again (see prepareBrief).
 *
 * Each of these is a step of its own, run by `schedule` (a macrotask by default), so the event loop
 * stays free between them: a command that arrives waits for at most one step (about 50 ms for the
 * largest topic at 10k articles on the bench machine), never for the whole warm-up. The first step
 * chooses the topics ({@link topicsToWarm}); nothing runs before `warmTopics` returns.
 */
export function warmTopics(index: CorpusIndex, options: WarmOptions): TopicWarmUp {
  const schedule = options.schedule ?? ((step: () => void) => void setImmediate(step));
  // The topics are chosen in the first step, not here: weighing every topic reads every article's
  // counts (about 25 ms at 10k articles).
  let steps: { topic: Topic; run: () => void; last: boolean; fingerprint: boolean }[] | undefined;
  const stepsOf = (topics: readonly Topic[]): typeof steps => {
    const warmed = new Set(topics);
    return [
      ...topics.flatMap((topic) => [
        // The fingerprint a topic's replies are cached under: hashing a large topic's articles is a
        // good part of its first ask (see scope.ts); kept with the topic object.
        { topic, run: () => void topicScope(index, topic), last: false, fingerprint: true },
        { topic, run: () => prepareBrief(index, topic), last: false, fingerprint: false },
        { topic, run: () => prepareTimeline(index, topic), last: true, fingerprint: false },
      ]),
      // Then the fingerprint alone of every other topic, largest first: a fifth to a half of the
      // first ask of a large topic the warm-up leaves cold (1–4.5 ms of 5–11 ms for topics of
      // 500–900 articles at 10k generated articles). Every topic at 10k took 0.4 s in all and kept
      // 2.5 MB (the per-article digests the fingerprints share, see scope.ts); at 50k, 2.5 s and 9 MB.
      ...index.topicsBySize.filter(({ topic }) => !warmed.has(topic)).map(({ topic }) => ({ topic, run: () => void topicScope(index, topic), last: false, fingerprint: true })),
    ];
  };
  const t0 = performance.now();
  let cancelled = false;
  let finish: (r: WarmReport) => void = () => {};
  const done = new Promise<WarmReport>((resolve) => (finish = resolve));
  let next = 0;
  let topicsDone = 0;
  let fingerprinted = 0;
  const report = (): WarmReport => ({ topics: topicsDone, fingerprinted, ms: performance.now() - t0, cancelled });
  const step = (): void => {
    if (cancelled) return;
    if (steps === undefined) {
      try {
        steps = options.topics > 0 ? stepsOf(topicsToWarm(index, options.topics, options.minArticles)) : [];
      } catch (err) {
        // A bug (the choice is pure): reported, and nothing is warmed.
        options.onError?.(err, null);
        steps = [];
      }
      schedule(step);
      return;
    }
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
    if (s.fingerprint) fingerprinted++;
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
