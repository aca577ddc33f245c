import { z } from 'zod';

/** A slug: lower-case words joined by hyphens (`missile-shield`). */
const slugSchema = z.string().regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u, 'a slug is lower-case words joined by hyphens, e.g. missile-shield');

/**
 * The admin file `data/topics.json` (read outside src/briefing, parsed with this schema, passed to
 * `buildTopics`). Example:
 * ```json
 * { "topics": [ { "slug": "missile-shield", "name": "US missile shield in Europe", "aliases": ["interceptor site"] },
 *               { "slug": "abm", "hidden": true } ],
 *   "synonyms": [ ["rate hike", "rate increase"] ] }
 * ```
 * - A topic whose slug the corpus already has is renamed and gains the aliases (articles that
 *   mention an alias join it). A new slug adds a topic made of the articles mentioning its name
 *   or aliases. `hidden: true` removes a topic from lists (it can still be briefed by search).
 * - `synonyms` are extra near-synonym groups, first phrase canonical (see phraseLexicon.ts).
 */
export const topicOverridesSchema = z.object({
  topics: z
    .array(
      z.object({
        slug: slugSchema,
        name: z.string().min(1).max(100).optional(),
        aliases: z.array(z.string().min(1).max(100)).default([]),
        hidden: z.boolean().default(false),
      }),
    )
    .default([]),
  synonyms: z.array(z.array(z.string().min(1).max(100)).min(2)).default([]),
});

export type TopicOverrides = z.infer<typeof topicOverridesSchema>;
