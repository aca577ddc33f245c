import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** First size of the scratch buffer, bytes (a generated or wire page is a few KB; it grows to the largest file read). */
const INITIAL_BYTES = 64 * 1024;

/**
 * Reads whole files into one buffer that is reused from read to read.
 *
 * A warm start reads every corpus file (to hash it) and every analysis cache entry: at 50k
 * generated articles about 87 MB of pages and 340 MB of JSON. `readFileSync` gives each read a
 * buffer of its own, which lives outside V8's heap until a garbage collection finds it: at the
 * bot's "ready" about 33 MB of such buffers were still waiting at 50k, and their churn made V8
 * collect (and grow its heap) more often while loading. Reading into one buffer makes none.
 */
export interface ScratchReader {
  /**
   * The whole content of the file at `path`, as a view of the scratch buffer: valid only until the
   * next call (copy it to keep it). A file that grows while it is read is read to its end.
   * Throws as `readFileSync` does (missing file, a folder, no permission).
   */
  read(path: string): Buffer;
}

/** A new {@link ScratchReader} (one per caller: two callers sharing one would overwrite each other's view). */
export function createScratchReader(): ScratchReader {
  let scratch = Buffer.allocUnsafeSlow(INITIAL_BYTES);
  return {
    read(path) {
      const fd = openSync(path, 'r');
      try {
        const size = fstatSync(fd).size;
        // One byte more than the size, so that reaching the end is seen in one read.
        if (scratch.length < size + 1) scratch = Buffer.allocUnsafeSlow(Math.max(size + 1, scratch.length * 2));
        let n = 0;
        for (;;) {
          if (n === scratch.length) {
            const bigger = Buffer.allocUnsafeSlow(scratch.length * 2);
            scratch.copy(bigger, 0, 0, n);
            scratch = bigger;
          }
          const got = readSync(fd, scratch, n, scratch.length - n, null);
          if (got === 0) break;
          n += got;
        }
        return scratch.subarray(0, n);
      } finally {
        closeSync(fd);
      }
    },
  };
}
