/**
 * Article ids are `<stem>#<n>`: the file's name without folders and ending, and the article's
 * place in the file (from 1). A loader that reads a folder tree gives files in sub-folders a
 * longer stem (their path under the corpus folder, see `idPrefix` in pipeline.ts), so
 * `2024/01/index.html` and `2024/02/index.html` do not both give `index#1`.
 */
export function idStem(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.[^.]+$/, '');
}

/** `id` with its stem replaced by `stem` (`index#2` → `2024/01/index#2`). */
export function withIdStem(id: string, stem: string): string {
  const hash = id.lastIndexOf('#');
  return `${stem}${hash >= 0 ? id.slice(hash) : `#${id}`}`;
}
