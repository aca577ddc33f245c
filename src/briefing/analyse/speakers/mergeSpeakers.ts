import type { Quote, Speaker } from '../../types.js';

/**
 * Merges the speakers of several files into one identity per person. (Stub until the quotes
 * issue lands: concatenates, de-duplicating by id.)
 */
export function mergeSpeakers(files: readonly { speakers: Speaker[]; quotes: Quote[] }[]): { speakers: Speaker[]; quotes: Quote[] } {
  const byId = new Map<string, Speaker>();
  for (const f of files) for (const s of f.speakers) if (!byId.has(s.id)) byId.set(s.id, s);
  return { speakers: [...byId.values()], quotes: files.flatMap((f) => f.quotes) };
}
