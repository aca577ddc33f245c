import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/** wink-nlp's English model, as the package gives it. */
export type WinkModel = typeof model;

const require = createRequire(import.meta.url);
let loaded: WinkModel | undefined;

/**
 * wink-nlp's English model (wink-eng-lite-web-model, shipped in the package), loaded at its first
 * use, not when the pipeline's modules are imported: it is about 55 MB of memory, and a bot that
 * starts from a warm analysis cache answers every command without it (analyses carry their
 * sentence splits and topic phrases; new files are analysed in a worker thread).
 */
export function winkModel(): WinkModel {
  return (loaded ??= require('wink-eng-lite-web-model') as WinkModel);
}

/** True once the model has been loaded in this thread (tests check that answering never loads it). */
export function winkLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * A wink-nlp instance with only these stages in its pipe, made at its first use (see {@link winkModel}).
 * The wink-nlp library itself is required then too, not imported with this module: a bot answering
 * from a warm cache never runs it, and importing it cost that bot's process 6 MB of memory.
 */
export function lazyWink(pipe: string[]): () => ReturnType<typeof winkNLP> {
  let nlp: ReturnType<typeof winkNLP> | undefined;
  return () => (nlp ??= (require('wink-nlp') as typeof winkNLP)(winkModel(), pipe));
}
