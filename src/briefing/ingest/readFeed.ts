import type { Article, IngestWarning } from '../types.js';
export function readFeed(_name: string, _text: string): { articles: Article[]; warnings: IngestWarning[] } {
  return { articles: [], warnings: [] };
}
