/** Shortest run of lines judged for print-style hard wrapping. */
const WRAP_MIN_LINES = 3;
/** A line at most this share of the block's typical width, ending a sentence, ends its paragraph. */
const WRAP_SHORT_SHARE = 0.85;
/** Widest a hard-wrapped line is expected to be (print and e-mail copy wraps at 60–80 columns). */
const WRAP_MAX_WIDTH = 100;

/**
 * Groups body lines into paragraphs. Blank lines ('' entries) always separate paragraphs. Inside a
 * block of non-blank lines, each line is its own paragraph, unless the block looks hard-wrapped
 * (print copy: most lines of similar width under {@link WRAP_MAX_WIDTH} columns, or a line that ends
 * mid-sentence and a next line that starts in lower case): then lines are joined, and a paragraph
 * ends after a short line that closes a sentence. White space is folded.
 */
export function toParagraphs(lines: readonly string[]): string[] {
  const blocks: string[][] = [[]];
  for (const l of lines) {
    if (l.trim() === '') {
      if (blocks[blocks.length - 1]!.length > 0) blocks.push([]);
    } else blocks[blocks.length - 1]!.push(l.trim());
  }
  const out: string[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    if (!looksWrapped(block)) {
      out.push(...joinBrokenLines(block));
      continue;
    }
    const widths = block.map((l) => l.length).sort((a, b) => a - b);
    const typical = widths[Math.floor(widths.length * 0.75)] ?? WRAP_MAX_WIDTH;
    let cur: string[] = [];
    for (const l of block) {
      cur.push(l);
      const endsSentence = /[.!?]["”’)]?$|["”]$/.test(l);
      if (endsSentence && l.length <= typical * WRAP_SHORT_SHARE) {
        out.push(cur.join(' '));
        cur = [];
      }
    }
    if (cur.length > 0) out.push(cur.join(' '));
  }
  return joinSpeakerSplitOff(out.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0));
}

/** Longest paragraph read as a piece of a speaker's name and title split off its sentence. */
const SPLIT_NAME_MAX = 40;
/** Most such pieces before the verb (`Facebook privacy officer` / `Erin Egan` / `said …`). */
const SPLIT_NAME_PIECES = 2;

/**
 * A sentence a scrape split before its speech verb, the name and title set apart by blank lines
 * (`Facebook privacy officer` / `Erin Egan` / `said international regulatory discussions …`): the
 * short capitalised pieces with no stop, right before a paragraph opening with `said`, `says`,
 * `told` or `added`, are joined back to it.
 */
function joinSpeakerSplitOff(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (/^(?:said|says|told|added)\s/.test(p)) {
      let n = 0;
      while (n < SPLIT_NAME_PIECES && n < out.length) {
        const piece = out[out.length - 1 - n]!;
        if (piece.length > SPLIT_NAME_MAX || !/^\p{Lu}/u.test(piece) || /[.!?:;,"”’]$/.test(piece)) break;
        n++;
      }
      if (n > 0) {
        out.push(`${out.splice(out.length - n, n).join(' ')} ${p}`);
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

function looksWrapped(block: readonly string[]): boolean {
  if (block.length < WRAP_MIN_LINES) return false;
  const narrow = block.filter((l) => l.length <= WRAP_MAX_WIDTH).length;
  const continued = block.slice(1).filter((l, i) => /^[\p{Ll}(]/u.test(l) && !/[.!?:]["”’]?$/.test(block[i]!)).length;
  return narrow >= block.length * 0.8 && continued >= (block.length - 1) * 0.2;
}

/**
 * In an unwrapped block, a line that stops mid-sentence and a next line in lower case are one
 * paragraph; so are a line broken inside a quote's attribution (`…,” KWS assistant director`) and a
 * next line that goes on with the speaker's name and verb (`Josiah Achoki told AFP …`).
 */
function joinBrokenLines(block: readonly string[]): string[] {
  const out: string[] = [];
  for (const l of block) {
    const prev = out[out.length - 1];
    // (The next line's name and verb first, then only the previous line's last characters: cheap.)
    if (prev !== undefined && !/[.!?:]["”’]?$/.test(prev) && (/^[\p{Ll}]/u.test(l) || (NAME_THEN_SPEECH_VERB.test(l) && ATTRIBUTION_BROKEN_OFF.test(prev.slice(-ATTRIBUTION_TAIL_CHARS))))) out[out.length - 1] = `${prev} ${l}`;
    else out.push(l);
  }
  return out;
}
/** A line ending inside a quote's attribution: a closing mark after `,`, `?` or `!`, then a few words with no stop or mark. */
const ATTRIBUTION_BROKEN_OFF = /[,?!]["”’]\s+[^.!?"“”]{1,60}$/;
/** Characters at a line's end searched for {@link ATTRIBUTION_BROKEN_OFF} (a mark, a space and 60 more). */
const ATTRIBUTION_TAIL_CHARS = 64;
/** A line going on with a name (up to four capitalised words) and a speech verb. */
const NAME_THEN_SPEECH_VERB = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:said|says|told|tells|added|adds)\b/u;
