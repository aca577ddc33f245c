/**
 * Quote-span finder: the first extractor of the quote pipeline. Finds the stretches of text in
 * quote marks in an article's paragraphs, straight or curly, including quotes that run over
 * several paragraphs (news convention: a paragraph that opens a quote and does not close it
 * continues in the next paragraph, which reopens with a quote mark).
 */

/** One piece of a quote inside one paragraph. Offsets are into that paragraph. */
export interface QuoteSegment {
  paragraph: number;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph length when the quote runs on. */
  close: number;
  closed: boolean;
  /** The words between the marks, trimmed. */
  text: string;
}

/** A whole quotation: one segment, or several over consecutive paragraphs. */
export interface QuoteSpan {
  segments: QuoteSegment[];
  /** The quoted words of all segments, joined with a space. */
  text: string;
}

/** Marks that open a quote (straight marks are decided by position). */
const OPENERS = new Set(['“', '„', '«']);
/** Marks that close a quote. */
const CLOSERS = new Set(['”', '»']);
const MARK_RE = /["“”„«»]/g;

/**
 * Segments in one paragraph. Straight `"` alternates open/close; a curly opener while inside a
 * quote ends the open one there (unbalanced marks) and starts a new one; an inch mark after a
 * digit (`5'10"`) outside a quote is ignored. A quote left open runs to the paragraph end.
 */
export function segmentsInParagraph(text: string, paragraph: number): QuoteSegment[] {
  if (!/["“”„«»]/.test(text) && text.includes('‘')) return singleQuoteSegments(text, paragraph);
  if (!/["“”„«»‘]/.test(text) && text.includes("'")) return straightSingleSegments(text, paragraph);
  const out: QuoteSegment[] = [];
  let openAt = -1;
  const marks = [...text.matchAll(MARK_RE)];
  for (let n = 0; n < marks.length; n++) {
    const i = marks[n]!.index;
    const mark = marks[n]![0];
    if (openAt < 0) {
      if (mark === '"' && i > 0 && /\d/.test(text[i - 1]!) && !/\p{L}/u.test(text[i + 1] ?? '')) continue;
      // A closing mark opens only before a word, glued (`”We will`) or, at the paragraph's start,
      // after a space (`” If I truly called out …”`: a word processor's wrong-way mark).
      if (CLOSERS.has(mark) && !/\p{L}|\p{N}/u.test(text[i + 1] ?? '') && !(i === 0 && /^.\s\p{Lu}/u.test(text))) continue;
      // A straight double mark closed by a single one before the next mark, as some agencies write
      // (`"The situation had been minimized', she said, "but in October the disease reappeared'.`).
      if (mark === '"' && text.includes("'", i)) {
        const next = marks[n + 1]?.index ?? text.length;
        const inside = text.slice(i + 1, next);
        const single = MIXED_CLOSE.exec(inside);
        // (Not a quote inside the quote: `"He told me 'no way', and left," she said.`)
        if (single !== null && !SINGLE_OPENER.test(inside.slice(0, single.index + 1))) {
          out.push(seg(text, paragraph, i, i + 1 + single.index + 1, true));
          continue;
        }
      }
      openAt = i;
      continue;
    }
    if (OPENERS.has(mark) && mark !== '"') {
      out.push(seg(text, paragraph, openAt, i, false));
      openAt = i;
      continue;
    }
    out.push(seg(text, paragraph, openAt, i, true));
    openAt = -1;
  }
  if (openAt >= 0) out.push(seg(text, paragraph, openAt, text.length, false));
  return out;
}

/** A straight single mark closing a quote: after a letter, digit or `.,!?`, before punctuation or the end (not `don't`, not `players' union`). Its index is the character before the mark. */
const MIXED_CLOSE = /[\p{L}\p{N}.,!?]'(?=[,.;:!?]|\s*$)/u;
/** A straight single mark opening a quote: at a word start, before a letter. */
const SINGLE_OPENER = /(?:^|[\s(\[—–-])'\p{L}/u;

/**
 * British style, used only when a paragraph has no double marks: `‘…’` quotes. `‘` opens at a
 * word start; `’` closes when no letter follows (so `don’t` stays a word; a plural possessive
 * `players’ union` inside a quote may end it early, an accepted loss).
 */
function singleQuoteSegments(text: string, paragraph: number): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '‘' && openAt < 0 && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!))) openAt = i;
    else if (c === '’' && openAt >= 0 && !/\p{L}/u.test(text[i + 1] ?? '')) {
      out.push(seg(text, paragraph, openAt, i, true));
      openAt = -1;
    }
  }
  if (openAt >= 0) out.push(seg(text, paragraph, openAt, text.length, false));
  return out;
}

/**
 * Straight single marks as quote marks (`'These options boost production,' Herrington told a
 * hearing`): ASCII wire copy, such as the Reuters-21578 stories, writes quotes so. Used only when a
 * paragraph has no other quote marks, and stricter than the curly style, because the same mark is
 * the apostrophe: a quote opens at a word start before a capital letter (`'90s` and `'n'` do not
 * open) and closes after a letter, digit or `.,!?` when no letter follows (`don't` and `Egan's` stay
 * words), within the paragraph: a mark left open opens nothing, so no quote runs on into the next
 * paragraph. A plural possessive inside a quote (`the players' union`) may end it early, as in the
 * curly style.
 */
function straightSingleSegments(text: string, paragraph: number): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "'") continue;
    if (openAt < 0) {
      if ((i === 0 || /[\s(\[—–-]/.test(text[i - 1]!)) && /\p{Lu}/u.test(text[i + 1] ?? '')) openAt = i;
    } else if (/[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + 1] ?? '')) {
      out.push(seg(text, paragraph, openAt, i, true));
      openAt = -1;
    }
  }
  return out;
}

function seg(text: string, paragraph: number, open: number, close: number, closed: boolean): QuoteSegment {
  return { paragraph, open, close, closed, text: text.slice(open + 1, close).trim() };
}

/**
 * Every quotation in the paragraphs, in reading order. A quote left open at a paragraph's end
 * takes in the next paragraph's first segment when that paragraph starts with a quote mark, and
 * so on until a segment closes; when the next paragraph does not reopen, the quote ends where
 * its paragraph ends, unless that paragraph closes it without reopening (see continuationClose).
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let pending: QuoteSegment[] | null = null;
  paragraphs.forEach((p, pi) => {
    let segs = segmentsInParagraph(p, pi);
    let start = 0;
    const first = segs[0];
    if (pending !== null) {
      if (first !== undefined && p.slice(0, first.open).trim() === '') {
        pending.push(first);
        start = 1;
        if (first.closed || segs.length > 1) {
          spans.push(makeSpan(pending));
          pending = null;
        }
      } else {
        // (Or the quote goes on without reopening and closes inside this paragraph; what follows is read afresh.)
        const close = continuationClose(p);
        if (close > 0) pending.push({ paragraph: pi, open: 0, close, closed: true, text: p.slice(0, close).trim() });
        spans.push(makeSpan(pending));
        pending = null;
        if (close > 0) segs = segmentsInParagraph(p.slice(close + 1), pi).map((x) => ({ ...x, open: x.open + close + 1, close: x.close + close + 1 }));
      }
    }
    if (pending !== null) return;
    for (let k = start; k < segs.length; k++) {
      const s = segs[k]!;
      if (!s.closed && k === segs.length - 1) pending = [s];
      else spans.push(makeSpan([s]));
    }
  });
  if (pending !== null) spans.push(makeSpan(pending));
  return spans.filter((s) => /\p{L}/u.test(s.text));
}

/**
 * Where a quote left open in the paragraph before closes in paragraph `p`, which does not reopen
 * it: a page that breaks a paragraph inside a quote (`… said, "Repo rate remains unchanged at 4%.` /
 * `Accommodative stance … will continue." He further said, "Monetary …"`). The index of the
 * closing mark, or -1. Read so only when the mark can only close: a curly closing mark before any
 * opening one, or the first of an odd number of straight marks, right after a word or stop and
 * before white space, punctuation or the paragraph's end.
 */
function continuationClose(p: string): number {
  const m = /["“”„«»]/.exec(p);
  if (m === null || m.index === 0 || /\s/.test(p[m.index - 1]!)) return -1;
  const after = p[m.index + 1];
  if (after !== undefined && !/[\s,;:.)\]]/.test(after)) return -1;
  if (m[0] === '”' || m[0] === '»') return m.index;
  if (m[0] !== '"' || /[“”„«»]/.test(p)) return -1;
  return (p.match(/"/g)!.length % 2 === 1) ? m.index : -1;
}

function makeSpan(segments: QuoteSegment[]): QuoteSpan {
  return { segments, text: segments.map((s) => s.text).join(' ') };
}
