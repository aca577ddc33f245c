import type { Article, Quote, Speaker } from '../../types.js';

/**
 * Quotes and their speakers in the articles of one file. (Stub until the quotes issue lands.)
 */
export function analyseQuotes(_articles: readonly Article[]): { speakers: Speaker[]; quotes: Quote[] } {
  return { speakers: [], quotes: [] };
}
