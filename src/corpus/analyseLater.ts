import type { AnalyseOptions } from '../briefing/pipeline.js';
import type { FileAnalysis, SourceFile } from '../briefing/types.js';

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
