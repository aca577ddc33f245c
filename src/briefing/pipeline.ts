import { createHash } from 'node:crypto';
import type { Article, FileAnalysis, IngestWarning, SourceFile } from './types.js';
import { decodeText, DEFAULT_MAX_FILE_BYTES } from './ingest/decodeText.js';
import { readArticles } from './ingest/readArticles.js';
import { stripInvisible } from './ingest/stripInvisible.js';
import { normaliseQuoteMarks } from './ingest/normaliseQuoteMarks.js';
import { analyseQuotes } from './analyse/quotes/index.js';
import { extractPolls } from './analyse/polls/index.js';
import { analyseDates } from './analyse/dates/index.js';
import { packChunks, rawChunks } from './index/topics/keyPhrases.js';
import { packSplits } from './analyse/sentences.js';
import { computeStoryKey } from './index/storyKey.js';

export interface AnalyseOptions {
  /** Largest file accepted, in bytes. */
  maxFileBytes?: number;
  /** Stem of the file's article ids instead of its bare name (a file in a corpus sub-folder: `2024/01/index`); see ingest/articleId.ts. */
  idPrefix?: string;
}

/**
 * The pipeline, declared once, in order: ingest (decode, invisible characters out, `''` quote marks
 * as `"`, read by file type, which segments pages into articles) → topic phrases of each article →
 * analyse (quotes and speakers, polls, dates) → one FileAnalysis.
 * Pure: bytes in, plain data out; no clock (each article's dateline is its reference date).
 * A file that cannot be read gives an analysis with no articles and a named warning.
 */
export function analyseFile(file: SourceFile, options: AnalyseOptions = {}): FileAnalysis {
  const hash = createHash('sha256').update(file.bytes).digest('hex');
  const decoded = decodeText(file.name, file.bytes, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
  if (!decoded.ok) return emptyAnalysis(file.name, hash, [decoded.warning]);
  return analyseText(file.name, decoded.text, hash, options.idPrefix);
}

/** Same as {@link analyseFile} for text already decoded. */
export function analyseText(name: string, text: string, hash?: string, idPrefix?: string): FileAnalysis {
  const h = hash ?? createHash('sha256').update(text).digest('hex');
  const { articles, warnings } = readArticles(name, normaliseQuoteMarks(stripInvisible(text)), idPrefix);
  // Topic phrases, sentence splits and the story key are per-article analysis too: found once here and cached
  // with the rest (the splits are remembered for the stages below, which split the same paragraphs).
  for (const a of articles) {
    a.keyPhrases = packChunks(rawChunks(a));
    a.sentenceSplits = packSplits(a.paragraphs);
    a.storyKey = computeStoryKey(a);
  }
  return { ...analyseArticles(articles), file: name, hash: h, articles, warnings };
}

/** The analyse stages over articles already segmented. */
export function analyseArticles(articles: readonly Article[]): Pick<FileAnalysis, 'speakers' | 'quotes' | 'polls' | 'events' | 'timexes'> {
  const { speakers, quotes } = analyseQuotes(articles);
  const polls = extractPolls(articles);
  const { timexes, events } = analyseDates(articles);
  return { speakers, quotes, polls, events, timexes };
}

function emptyAnalysis(file: string, hash: string, warnings: IngestWarning[]): FileAnalysis {
  return { file, hash, articles: [], speakers: [], quotes: [], polls: [], events: [], timexes: [], warnings };
}
