import type { IsoDate, PollResult } from '../types.js';

/** Where a point, quote or poll comes from. */
export interface BriefSource {
  articleId: string;
  agency: string | null;
  /** The reporter, when the page names one: what a source line shows for a page with no agency. */
  byline: string | null;
  /** The article's dateline date. */
  date: IsoDate | null;
  headline: string | null;
  /** The article's address, when its page, record or feed item names one (the source line links to it). */
  url?: string;
}

/** One key point: a sentence from an article, lightly trimmed, never reworded. */
export interface BriefPoint {
  /** The sentence (dateline and a leading connective trimmed; relative day names replaced by absolute dates when resolved). */
  text: string;
  /** The sentence as it stands in the article, before trimming and date replacement. */
  original: string;
  /** The article it was taken from first, then other articles telling the same fact. */
  sources: BriefSource[];
  /** Centrality × position prior (higher is more important). */
  score: number;
}

export interface BriefQuote {
  text: string;
  speaker: string;
  partial: boolean;
  source: BriefSource;
}

export interface BriefPoll {
  /** One line: `CBOS poll of 937 Poles, published Mon 23 Apr 2007: 57% oppose, 25% in favour, 18% no opinion`. */
  text: string;
  pollster: string | null;
  results: PollResult[];
  source: BriefSource;
}

/** A multi-document extractive brief of one topic. */
export interface Brief {
  topic: { slug: string; name: string };
  /** One-line headline: the headline of the article the most central point comes from (else the topic name). */
  headline: string;
  /** 4–8 key points (about 3 when short), most important first. */
  points: BriefPoint[];
  /** The most notable quote, with its speaker; null when the topic has no attributed quote. */
  quote: BriefQuote | null;
  /** The poll figure, when the topic's articles report a poll. */
  poll: BriefPoll | null;
  /** Every article cited by a point, quote or poll, in order of first citation. */
  sources: BriefSource[];
  /** Earliest and latest dateline among the topic's articles. */
  dateRange: { from: IsoDate; to: IsoDate } | null;
  /** How many articles the topic has (the brief may read fewer: see MAX_BRIEF_ARTICLES). */
  articleCount: number;
  length: 'short' | 'full';
}
