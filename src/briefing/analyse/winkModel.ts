import { createRequire } from 'node:module';
import { sep } from 'node:path';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

/** wink-nlp's English model, as the package gives it. */
export type WinkModel = typeof model;

const require = createRequire(import.meta.url);
let loaded: WinkModel | undefined;
/** Forgets each {@link lazyWink} instance made so far (see {@link releaseWinkModel}). */
const forgetters: (() => void)[] = [];

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
  forgetters.push(() => (nlp = undefined));
  return () => (nlp ??= (require('wink-nlp') as typeof winkNLP)(winkModel(), pipe));
}

/**
 * Lets go of the model and of every wink-nlp instance made from it, and of both packages' modules,
 * so the next collection can reclaim them (about 55 MB); the next use loads them again. For a
 * process that has finished analysing and goes on to hold the corpus (a cold load: see
 * `loadCorpus`), so the model's memory serves the corpus instead of adding to it.
 */
export function releaseWinkModel(): void {
  if (loaded === undefined) return;
  loaded = undefined;
  for (const forget of forgetters) forget();
  for (const pkg of ['wink-nlp', 'wink-eng-lite-web-model']) {
    const root = packageRoot(pkg);
    if (root === undefined) continue;
    for (const key of Object.keys(require.cache)) if (key.startsWith(root)) delete require.cache[key];
  }
}

/** The folder of an installed package (with a trailing separator), or undefined when it cannot be resolved. */
function packageRoot(pkg: string): string | undefined {
  try {
    const main = require.resolve(pkg);
    const at = main.lastIndexOf(`node_modules${sep}${pkg}${sep}`);
    return at < 0 ? undefined : main.slice(0, at + `node_modules${sep}${pkg}${sep}`.length);
  } catch {
    return undefined;
  }
}
