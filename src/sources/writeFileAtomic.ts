import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * Writes `text` to `path` so a reader or a crash never sees half a file: the text goes to a
 * temporary dot-file beside it (same folder, so the same file system; the dot keeps the corpus
 * loader from reading it) that is then renamed over the target (rename is atomic on POSIX file
 * systems). Missing folders are created.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, path);
}
