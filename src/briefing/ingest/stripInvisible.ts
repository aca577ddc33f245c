/**
 * Invisible format characters: soft hyphen, zero-width space, non-joiner and joiner, left-to-right
 * and right-to-left marks, bidirectional embeddings, overrides and isolates, word joiner and
 * invisible operators, and the zero-width no-break space (BOM) anywhere in the text.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * `text` without invisible format characters ({@link INVISIBLE}). News text carries them from
 * copy-and-paste and web pages (a zero-width space inside a word, a direction mark before a
 * quote); they change nothing a reader sees but split words for every rule and for wink-nlp. Worse,
 * wink-nlp learns each new token shape it meets into its instance, and after a page sprinkled with
 * them it tagged later, clean pages differently (`Sunday's` became a topic phrase): the analysis of
 * a file then depended on the files analysed before it in the same process, which the analysis
 * cache (one entry per file content) cannot allow. Found by tests/hardening/corpusFolder.property.
 * Characters written as JSON escapes (`\\u200b` in a record) are not seen here.
 */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(MISDECODED_NBSP, ' ');
}

/**
 * A no-break space decoded with the wrong character set: `Ìý`, as old BBC News pages carry it by the
 * dozen (`Ìý The survey …`, which read as a pollster named `Ìý The`), and `Â` before a no-break
 * space (UTF-8 read as Latin-1). Each becomes a plain space.
 */
const MISDECODED_NBSP = /Ìý|Â\u00A0/g;
