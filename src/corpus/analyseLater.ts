import type { AnalyseOptions } from '../briefing/pipeline.js';
import type { FileAnalysis, SourceFile } from '../briefing/types.js';
import { releaseWinkModel } from '../briefing/analyse/winkModel.js';
import { shareStrings } from './shareStrings.js';

type Pipeline = typeof import('../briefing/pipeline.js');

/** The pipeline module once its import has begun (one import, shared by every caller). */
let pipeline: Promise<Pipeline> | undefined;

/**
 * The pipeline's `analyseFile`, with the pipeline imported at the first call instead of when this
 * module is. The pipeline brings chrono-node, htmlparser2, fast-xml-parser and wink-nlp (about
 * 14 MB of resident memory in the bot, 20 MB with their code compiled): a bot or CLI that starts
 * from a warm analysis cache, and whose later changes are analysed in the worker thread, never
 * needs them on its own thread. A failed import rejects this call and is tried again at the next.
 */
export async function analyseFileLater(file: SourceFile, options: AnalyseOptions): Promise<FileAnalysis> {
  const p = (pipeline ??= import('../briefing/pipeline.js'));
  let m: Pipeline;
  try {
    m = await p;
  } catch (err) {
    if (pipeline === p) pipeline = undefined;
    throw err;
  }
  return m.analyseFile(file, options);
}

/**
 * {@link analyseFileLater}, given back as a corpus holds it (see {@link heldCopy}): the analysis
 * as JSON text, which is what the analysis cache stores, and parsed back from that text.
 */
export async function analyseFileHeld(file: SourceFile, options: AnalyseOptions): Promise<HeldAnalysis> {
  return heldCopy(await analyseFileLater(file, options));
}

/**
 * Lets go of the language model on this thread if it was loaded here (see `releaseWinkModel`:
 * a small module, not the pipeline); the next analysis loads it again. For a load that has
 * analysed what it had to and goes on to hold the corpus.
 */
export const releaseAnalysisModel: () => void = releaseWinkModel;

/**
 * A fresh analysis as a corpus holds it: `json`, its JSON text (what the analysis cache stores),
 * `articles`, how many articles it has, and `analysis`, parsed back from the text at its first
 * read (see {@link parseHeld}). A caller that only stores the text (the first pass of a cold load,
 * see `analyseFiles`) never pays for the parse. A text that is not JSON throws at that read.
 */
export interface HeldAnalysis {
  readonly json: string;
  readonly articles: number;
  readonly analysis: FileAnalysis;
}

/** A {@link HeldAnalysis} of an analysis's JSON text (an analysis worker's reply, or {@link heldCopy}'s) and its article count. */
export function heldFromText(json: string, articles: number): HeldAnalysis {
  let parsed: FileAnalysis | undefined;
  return {
    json,
    articles,
    get analysis() {
      return (parsed ??= parseHeld(json));
    },
  };
}

/**
 * A fresh analysis as a corpus holds it (a {@link HeldAnalysis}): its JSON text (what the analysis
 * cache stores) and the analysis parsed back from that text with {@link shareStrings} applied, as
 * an analysis worker's reply or a cache entry is. The pipeline's own objects hold more memory than that copy: on 2k
 * generated articles, 17.4 MB of heap against 12.1 MB. Arrays grown by pushing keep spare room,
 * equal strings are separate copies, and texts are copies instead of slices of their paragraph.
 * The text is the one the cache would have made anyway; parsing it back (and sharing strings)
 * costs about 4–6% of the analysis time (compiled bench: 0.7 s of 16 s at 10k, 4.7 s of 82 s at 50k),
 * for a third less peak memory analysing 50k articles (936 → 623–653 MB over three runs).
 */
export function heldCopy(fresh: FileAnalysis): HeldAnalysis {
  return heldFromText(JSON.stringify(fresh), fresh.articles.length);
}

/** An analysis's JSON text (an analysis worker's reply, or {@link heldCopy}'s) parsed as a corpus holds it: with {@link shareStrings} applied. Throws on text that is not JSON. */
export function parseHeld(json: string): FileAnalysis {
  const analysis = JSON.parse(json) as FileAnalysis;
  shareStrings(analysis);
  return analysis;
}
