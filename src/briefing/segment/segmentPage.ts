import type { Article, IngestWarning } from '../types.js';
export function segmentPage(name: string, text: string, _hints: { fileDate: string | null }): { articles: Article[]; warnings: IngestWarning[] } {
  const paragraphs = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return { articles: [{ id: `${name}#1`, file: name, headline: null, byline: null, place: null, agency: null, date: null, teaser: false, paragraphs, url: null }], warnings: [] };
}
