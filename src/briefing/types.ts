/**
 * The shapes every stage of the briefing pipeline shares. Plain data only: no classes,
 * no Dates (dates are ISO-8601 / TIMEX3 strings), so everything serialises to JSON as is.
 */

/** An ISO-8601 / TIMEX3 calendar value: `2007`, `2007-04`, `2007-04-23`, `2007-W16`, `2007-W16-WE`, or a range `A/B`. */
export type IsoDate = string;

/** A file handed to the pipeline: its name (used for its type and as a date hint) and its raw bytes. */
export interface SourceFile {
  /** Path or name, e.g. `data/spacewar-2007-04-23-x.txt`. The extension picks the reader. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One news report. A scraped page holds several; a JSON record or feed item is one. */
export interface Article {
  /** Stable id: `<file stem>#<n>` (n counts from 1 in page order). */
  id: string;
  /** The file the article came from. */
  file: string;
  headline: string | null;
  byline: string | null;
  /** Dateline place, e.g. `Moscow`, `Morristown, N.J.`. */
  place: string | null;
  /** News agency in the dateline, e.g. `AFP`, `Reuters`, `AFP, Reuters`. */
  agency: string | null;
  /** Dateline date (`2007-04-23`), the reference date for relative expressions; null when unknown. */
  date: IsoDate | null;
  /** A short "earlier report" teaser (one paragraph, linked from the page's lists). */
  teaser: boolean;
  /** Body paragraphs, boilerplate removed, white space folded, in order. */
  paragraphs: string[];
  url: string | null;
  /**
   * The noun-phrase chunks of the headline and lead that topic phrases are made from, packed
   * (src/briefing/index/topics/keyPhrases.ts `packChunks`; the phrases are made from them at index
   * time, phraseGrams.ts), set by the pipeline so topics are rebuilt without tagging every article again.
   * Absent on articles that did not go through the pipeline (they are tagged when topics are built).
   * Internal: the CLI's JSON leaves it out.
   */
  keyPhrases?: string;
  /**
   * Sentence splits of the paragraphs that need wink-nlp to split, packed
   * (src/briefing/analyse/sentences.ts `packSplits`): set by the pipeline, so a brief reads the
   * article's sentences without the language model. Internal, like `keyPhrases`.
   */
  sentenceSplits?: string;
  /**
   * The de-duplication key of the story (src/briefing/index/storyKey.ts `computeStoryKey`: sha1 of
   * the folded headline and opening), set by the pipeline so a warm start does not fold and hash
   * every article again. Absent on articles that did not go through the pipeline (worked out when
   * needed). Like `keyPhrases`, it describes the text as analysed: a copy whose headline or
   * paragraphs are changed must leave it out. Internal, like `keyPhrases`.
   */
  storyKey?: string;
}

/** Why an input file (or part of one) was skipped or only partly understood. */
export type WarningCode =
  | 'empty'
  | 'binary'
  | 'not-utf8'
  | 'too-large'
  | 'no-article'
  /** An article's dateline gives no year (or no date), and neither the page nor the file name gives one: the article is undated. */
  | 'undated'
  | 'duplicate'
  | 'bad-json'
  | 'bad-feed'
  | 'unsupported-type'
  | 'unreadable';

export interface IngestWarning {
  file: string;
  code: WarningCode;
  /** A sentence a person can act on. */
  message: string;
}

export interface Speaker {
  /** Stable id derived from the canonical name, e.g. `robert-m-gates`. */
  id: string;
  /** The fullest form of the name seen, e.g. `Robert M. Gates`. */
  name: string;
  /** Every other form seen: `Gates`, `Robert Gates`, `the secretary`, … */
  aliases: string[];
  /** Most specific title seen, e.g. `Defense Secretary`; null when none. */
  title: string | null;
  /** person, or organisation/place speaking as a body (`Moscow`, `the foreign ministry`). */
  kind?: 'person' | 'organisation';
}

export interface Quote {
  articleId: string;
  /** Id of the speaker in `speakers`; null when no speaker could be found. */
  speakerId: string | null;
  /** Display name of the speaker, null when unknown. */
  speaker: string | null;
  /** The quoted words, quote marks removed; split parts joined with ` … `. */
  text: string;
  /** True when the quote is a fragment inside the reporter's own sentence. */
  partial: boolean;
  /** Paragraph index in the article where the quote starts. */
  paragraph?: number;
  /** The speech cue that attributed it, e.g. `said`, `told reporters`, or `continuation`. */
  cue?: string | null;
}

export interface PollResult {
  answer: string;
  percent: number;
  /**
   * Which of the report's questions the share answers (0, 1, …, in order of mention) when it gives
   * several (`voting intention`, then `best prime minister`): a question's shares add up to 100 at
   * most and name each answer once. Absent when every share answers one question.
   */
  question?: number;
}

export interface Poll {
  articleId: string;
  pollster: string | null;
  sampleSize: number | null;
  population: string | null;
  /** Publication date (ISO) resolved against the dateline. */
  published: IsoDate | null;
  /** Fieldwork date or range (ISO, `A/B` for a range). */
  fieldwork: IsoDate | null;
  subject: string | null;
  margin?: number | null;
  results: PollResult[];
  /** Warnings about the figures (e.g. shares of one question add up to well over 100). */
  warnings?: string[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  articleId: string;
  text: string;
  /** TIMEX3 value: `2007-04-23`, `2007-W16`, `P15Y`, `XXXX-WXX-1` … */
  value: string;
  type: TimexType;
}

/** A timeline entry: something that happened (or is due) on a resolved date. */
export interface TimelineEvent {
  articleId: string;
  /** Day, week or month value, e.g. `2007-04-23`, `2007-W16`, `2007-06`. */
  date: IsoDate;
  /** The date expression in the text, e.g. `on Tuesday`. */
  expression: string;
  /** Short event text: the clause, trimmed. */
  text: string;
  /** Who did it, when known. */
  who?: string | null;
  /** Other articles telling the same event. */
  sources?: string[];
}

/** Everything the pipeline learns from one file. Stored per content hash. */
export interface FileAnalysis {
  file: string;
  /** sha256 of the bytes, hex. */
  hash: string;
  articles: Article[];
  speakers: Speaker[];
  quotes: Quote[];
  polls: Poll[];
  events: TimelineEvent[];
  timexes: Timex[];
  warnings: IngestWarning[];
}
