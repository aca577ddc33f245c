/** Extractive multi-document briefs (LexRank centrality + concept coverage with MMR redundancy removal). See buildBrief.ts. */
export { buildBrief, selectMmr, MAX_FULL_POINTS, MIN_FULL_POINTS, SHORT_POINTS, MAX_SHARED_WORDS, MAX_BRIEF_ARTICLES, type BriefCorpus, type BriefLookup, type BriefOptions } from './buildBrief.js';
export { wordOverlapShare, maxPairwiseOverlap, contentTerms } from './wordOverlap.js';
export { conceptsOf } from './selectPoints.js';
export { formatIsoDate, absoluteDates } from './absoluteDates.js';
export type { Brief, BriefPoint, BriefQuote, BriefPoll, BriefSource } from './types.js';
