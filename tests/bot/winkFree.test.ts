import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalysisCache } from '../../src/corpus/analysisCache.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { pipelineVersion } from '../../src/corpus/pipelineVersion.js';

const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-winkfree-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The bot started from a warm analysis cache answers without wink-nlp's language model (about
 * 55 MB) or the library itself (6 MB): analyses carry their sentence splits and topic phrases, and new files are analysed in
 * a worker thread.
 */
describe('answers from a warm analysis cache', () => {
  it('GIVEN the bundled corpus analysed once THEN a fresh process loads it from the cache and answers every topic, speaker and list without loading the model or the wink-nlp library', async () => {
    const cacheDir = join(dir, 'analysis');
    await loadCorpus('data', { maxFileBytes: 5 * 1024 * 1024, cache: createAnalysisCache(cacheDir, pipelineVersion()) });
    const out = execFileSync(TSX, [join('tests', 'bot', 'fixtures', 'scripts', 'answerFromWarmCache.ts'), 'data', cacheDir], { encoding: 'utf8' });
    const r = JSON.parse(out) as { winkLoaded: boolean; winkLibrary: boolean; answers: number; misses: number; topics: number };
    expect(r.misses).toBe(0);
    expect(r.topics).toBeGreaterThan(50);
    expect(r.answers).toBeGreaterThan(4 * r.topics);
    expect(r.winkLoaded).toBe(false);
    expect(r.winkLibrary).toBe(false);
  }, 120_000);
});
