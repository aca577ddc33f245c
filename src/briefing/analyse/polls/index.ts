import type { Article, Poll } from '../../types.js';

/** Opinion polls in the articles of one file. (Stub until the polls issue lands.) */
export function extractPolls(_articles: readonly Article[]): Poll[] {
  return [];
}
