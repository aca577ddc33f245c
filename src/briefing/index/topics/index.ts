/** Topics of a corpus: build, find, list. See buildTopics.ts for the method. */
export { buildTopics, slugify, sortTopics, MAX_TOPICS } from './buildTopics.js';
export { findTopic, listTopics, mainTopicOf, slugsOf, MAX_SUGGESTIONS } from './findTopic.js';
export { searchArticles, foldForSearch } from './searchArticles.js';
export { topicOverridesSchema, type TopicOverrides } from './topicOverrides.js';
export type { Topic, TopicMatch } from './types.js';
