import { describe, expect, it } from 'vitest';
import { pipelineModules, pipelineVersion } from '../../src/corpus/pipelineVersion.js';

describe('pipelineVersion (the analysis cache is keyed by it)', () => {
  it('GIVEN the pipeline THEN it covers every module a file analysis comes from and none that only answer commands', () => {
    const modules = pipelineModules();
    for (const m of ['pipeline.ts', 'types.ts', 'segment/segmentPage.ts', 'ingest/readFeed.ts', 'analyse/quotes/index.ts', 'analyse/polls/index.ts', 'analyse/dates/tagTimexes.ts', 'analyse/sentences.ts', 'index/topics/keyPhrases.ts']) {
      expect(modules).toContain(m);
    }
    // The summariser, the formatters and topic building can change without re-analysing the corpus.
    expect(modules.filter((m) => /^(?:summarise|format)\/|buildTopics|findTopic|buildCorpus|queryIndex/.test(m))).toEqual([]);
  });

  it('GIVEN two calls THEN the same short version', () => {
    expect(pipelineVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(pipelineVersion()).toBe(pipelineVersion());
  });
});
