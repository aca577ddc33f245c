import { statSync, watch, type FSWatcher } from 'node:fs';
import { buildCorpusSteps, copyTracker, needsFullCopy, slimAnalysis, type Corpus } from '../briefing/index/buildCorpus.js';
import type { FileAnalysis } from '../briefing/types.js';
import { analyseFiles, listCorpus, pacer, type LoadOptions } from './loadCorpus.js';

/** Quiet time after the last file event before the folder is scanned (a copy or an editor save fires several events). */
export const DEFAULT_DEBOUNCE_MS = 300;

/** What changed between two corpora the watcher gave. */
export interface CorpusChange {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface WatchOptions extends LoadOptions {
  /** Called with each new corpus (after the first load only when some file changed). */
  onCorpus(corpus: Corpus, change: CorpusChange): void;
  /** Called when a scan fails (the folder vanished, say); the watcher keeps the last corpus and keeps watching. */
  onError?(err: Error): void;
  debounceMs?: number;
}

export interface CorpusWatcher {
  /** The latest corpus. */
  readonly corpus: Corpus;
  /** Scans now (without waiting for a file event) and resolves with the corpus after the scan. */
  refresh(): Promise<Corpus>;
  /** Stops watching; resolves once a scan in progress has finished. */
  close(): Promise<void>;
}

interface Known {
  mtimeMs: number;
  size: number;
  analysis: FileAnalysis;
}

/**
 * Loads the corpus folder `dir` and watches it and its sub-folders (`fs.watch` on each folder, which
 * reports changes to the files in it: one inotify watch per folder, where Node 20's recursive
 * watch on Linux adds one per file and a stat of each, 32k watches and 0.3 s at 50k articles, and
 * fails past the system's watch limit). Folders are watched from the first listing, before files
 * are read, so a file written during the first load is picked up by a scan after it; a new
 * sub-folder is watched from the scan that finds it (and scanned once more, for files written in
 * between).
 *
 * After a burst of file events has been quiet for `debounceMs`, the folder is listed again and only
 * files that are new or whose size or modification time changed are read; with `options.cache`
 * (the analysis cache, keyed by content hash) a file whose bytes did not change is not analysed
 * again. Removed files leave the corpus. When something changed, a new Corpus is built
 * (de-duplication and speaker merging run over every file's analysis, about a second at 50k
 * articles) and handed to `onCorpus`; the bot can pass it to `bot.setCorpus`. Scans never overlap:
 * events during a scan schedule one more scan after it. Copies of a story that are not kept are
 * held slimmed (see slimAnalysis). Dot-files (temporary files of writers) and configuration files
 * are never corpus files (see {@link listCorpus}). A missing folder at start throws, as
 * {@link loadCorpus} does.
 */
export async function watchCorpus(dir: string, options: WatchOptions): Promise<CorpusWatcher> {
  const known = new Map<string, Known>();
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  let corpus: Corpus;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<Corpus> | undefined;
  let again = false;
  const folderWatchers = new Map<string, FSWatcher>();

  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void refreshNow(), debounceMs);
  };

  /** Watches the folders listed and stops watching those gone; true when a folder is newly watched after the first scan. */
  function watchFolders(folders: readonly string[]): boolean {
    if (closed) return false;
    const first = folderWatchers.size === 0;
    let added = false;
    const want = new Set(folders);
    for (const [f, w] of folderWatchers) {
      if (!want.has(f)) {
        w.close();
        folderWatchers.delete(f);
      }
    }
    for (const f of folders) {
      if (folderWatchers.has(f)) continue;
      try {
        const w = watch(f, schedule);
        w.on('error', (err) => options.onError?.(err));
        folderWatchers.set(f, w);
        added = true;
      } catch (err) {
        options.onError?.(err as Error); // removed since the listing: the next scan drops it
      }
    }
    return added && !first;
  }

  function unwatchAll(): void {
    for (const w of folderWatchers.values()) w.close();
    folderWatchers.clear();
  }

  /** Lists the folder, re-reads what changed, and returns the change (files in sorted order). */
  async function scan(): Promise<CorpusChange> {
    const { files: paths, folders } = await listCorpus(dir);
    // Files written in a new folder before its watch began are found by one more scan.
    if (watchFolders(folders)) again = true;
    const change: CorpusChange = { added: [], changed: [], removed: [] };
    const toRead: string[] = [];
    const seen = new Set(paths);
    const stamps = new Map<string, { mtimeMs: number; size: number }>();
    // Synchronous stats, paced: a re-scan of tens of thousands of files is a few hundred ms of
    // small calls, given back to the event loop in slices (see analyseFiles).
    const pace = pacer();
    for (const p of paths) {
      await pace();
      let st;
      try {
        st = statSync(p);
      } catch {
        continue; // removed between listing and stat: the next scan sees it gone
      }
      stamps.set(p, { mtimeMs: st.mtimeMs, size: st.size });
      const k = known.get(p);
      if (!k) change.added.push(p);
      else if (k.mtimeMs !== st.mtimeMs || k.size !== st.size) change.changed.push(p);
      else continue;
      toRead.push(p);
    }
    for (const p of known.keys()) {
      if (!seen.has(p) || !stamps.has(p)) {
        known.delete(p);
        change.removed.push(p);
      }
    }
    // The first scan reads the whole folder in order: copies that will not be kept are slimmed as
    // they are found (see analyseFiles). Later scans read a few files; build() slims after them.
    // Every load, the start-up one too, analyses with `options.analyse` when given (the bot's worker
    // threads: a cold start analyses on every worker, and this thread never loads the language model).
    const analyses = await analyseFiles(toRead, { root: dir, ...options }, '.', known.size === 0 && change.removed.length === 0);
    // A literal of fixed fields: built by spreading, each entry had a hidden class of its own
    // (31,901 at 50k articles, about 6 MB).
    toRead.forEach((p, i) => {
      const { mtimeMs, size } = stamps.get(p)!;
      known.set(p, { mtimeMs, size, analysis: analyses[i]! });
    });
    return change;
  }

  /**
   * Builds the corpus from every file's analysis and slims what it does not keep. A slimmed copy
   * whose kept copy went (its file changed or was removed) is needed whole again: that file's
   * analysis is read back (from the cache, or analysed) before building.
   */
  async function build(): Promise<Corpus> {
    const paths = [...known.keys()].sort();
    // Every pass over the files is paced, and the build runs in steps (buildCorpusSteps): at 50k
    // articles a rebuild is about a second, which commands would otherwise wait out. The known
    // analyses do not change meanwhile (scans never overlap).
    const pace = pacer();
    // Bounded: one round normally; another only if a file read back changed in between.
    for (let round = 0; ; round++) {
      const analyses = paths.map((p) => known.get(p)!.analysis);
      const tracker = copyTracker(); // keptCopies, a file at a time
      for (const [i, fa] of analyses.entries()) {
        tracker.add(fa, i);
        await pace();
      }
      const kept = tracker.kept;
      const need: string[] = [];
      for (const [i, p] of paths.entries()) {
        if (needsFullCopy(analyses[i]!, kept)) need.push(p);
        await pace();
      }
      if (need.length === 0 || round > paths.length) {
        const steps = buildCorpusSteps(analyses, kept);
        let r = steps.next();
        for (; !r.done; r = steps.next()) await pace();
        for (const [i, p] of paths.entries()) {
          known.get(p)!.analysis = slimAnalysis(analyses[i]!, kept);
          await pace();
        }
        return r.value;
      }
      const full = await analyseFiles(need, { root: dir, ...options });
      need.forEach((p, i) => (known.get(p)!.analysis = full[i]!));
    }
  }

  async function refreshNow(): Promise<Corpus> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            const change = await scan();
            if (change.added.length + change.changed.length + change.removed.length > 0) {
              corpus = await build();
              if (!closed) options.onCorpus(corpus, change);
            }
          } catch (err) {
            options.onError?.(err as Error);
          }
        } while (again && !closed);
        return corpus;
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  // The first load runs as a scan in progress: events during it ask for one more scan after it.
  running = (async () => {
    await scan();
    return (corpus = await build());
  })();
  try {
    await running;
  } catch (err) {
    closed = true;
    unwatchAll();
    throw err;
  } finally {
    running = undefined;
  }
  if (again) {
    again = false;
    schedule();
  }

  return {
    get corpus() {
      return corpus;
    },
    refresh: refreshNow,
    async close() {
      closed = true;
      clearTimeout(timer);
      unwatchAll();
      await running;
    },
  };
}
