import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/briefing/pipeline.js';
import { createWorkerAnalyser, type WorkerAnalyser } from '../../src/corpus/workerAnalyser.js';

const files = readdirSync('data').filter((f) => !f.startsWith('.')).sort().map((f) => ({ name: `data/${f}`, bytes: readFileSync(join('data', f)) }));
const OPTIONS = { maxFileBytes: 5 * 1024 * 1024 };
let analyser: WorkerAnalyser | undefined;
afterEach(async () => {
  await analyser?.close();
  analyser = undefined;
});

describe('workerAnalyser (analysis in a worker thread)', () => {
  it('GIVEN every bundled page, sent at once THEN the worker gives exactly what analyseFile gives on this thread, in order', async () => {
    analyser = createWorkerAnalyser();
    const got = await Promise.all(files.map((f) => analyser!.analyse(f, OPTIONS)));
    expect(got.map((g) => g.analysis)).toStrictEqual(files.map((f) => analyseFile(f, OPTIONS)));
    // The JSON text that comes with each is that analysis's (what the analysis cache stores).
    for (const g of got) expect(g.json).toBe(JSON.stringify(g.analysis));
    expect(analyser.stats).toEqual({ jobs: files.length, fallbacks: 0 });
    // Sub-folder ids and the size limit reach the worker too.
    const [first] = files;
    expect((await analyser.analyse(first!, { ...OPTIONS, idPrefix: '2024/01/page' })).analysis).toStrictEqual(analyseFile(first!, { ...OPTIONS, idPrefix: '2024/01/page' }));
    expect((await analyser.analyse(first!, { maxFileBytes: 10 })).analysis.warnings.map((w) => w.code)).toEqual(['too-large']);
  });

  it('GIVEN a worker that dies on its first job THEN every job it held is analysed on this thread, nothing lost, and the failure is reported', async () => {
    const errors: Error[] = [];
    analyser = createWorkerAnalyser({ entry: new URL('./fixtures/crashingAnalysisWorker.mjs', import.meta.url), onError: (e) => errors.push(e) });
    const some = files.slice(0, 3);
    const got = await Promise.all(some.map((f) => analyser!.analyse(f, OPTIONS)));
    expect(got.map((g) => g.analysis)).toStrictEqual(some.map((f) => analyseFile(f, OPTIONS)));
    expect(analyser.stats.fallbacks).toBe(3);
    expect(errors.map((e) => e.message)).toEqual(['analysis worker exited with code 3']);
    expect(analyser.running).toBe(false);
  });

  it('GIVEN no job for the idle time THEN the worker exits, and the next job starts another', async () => {
    analyser = createWorkerAnalyser({ idleExitMs: 50 });
    await analyser.analyse(files[0]!, OPTIONS);
    expect(analyser.running).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(analyser.running).toBe(false);
    expect((await analyser.analyse(files[1]!, OPTIONS)).analysis).toStrictEqual(analyseFile(files[1]!, OPTIONS));
    expect(analyser.stats.fallbacks).toBe(0);
  });

  it('GIVEN a worker with nothing in flight WHEN told to rest THEN it stops at once, long before its idle time, and the next job starts another', async () => {
    analyser = createWorkerAnalyser({ idleExitMs: 60_000 });
    await analyser.analyse(files[0]!, OPTIONS);
    expect(analyser.running).toBe(true);
    analyser.rest();
    expect(analyser.running).toBe(false);
    expect((await analyser.analyse(files[1]!, OPTIONS)).analysis).toStrictEqual(analyseFile(files[1]!, OPTIONS));
    expect(analyser.stats.fallbacks).toBe(0);
  });

  it('GIVEN a job in flight WHEN the worker is told to rest THEN it keeps running and the job is answered by it', async () => {
    analyser = createWorkerAnalyser({ idleExitMs: 60_000 });
    const job = analyser.analyse(files[0]!, OPTIONS);
    analyser.rest();
    expect(analyser.running).toBe(true);
    expect((await job).analysis).toStrictEqual(analyseFile(files[0]!, OPTIONS));
    expect(analyser.stats.fallbacks).toBe(0);
  });

  it('GIVEN a worker reply THEN it carries its article count, and its analysis is what analyseFile gives', async () => {
    analyser = createWorkerAnalyser();
    const r = await analyser.analyse(files[0]!, OPTIONS);
    const direct = analyseFile(files[0]!, OPTIONS);
    expect(r.articles).toBe(direct.articles.length);
    expect(r.analysis).toStrictEqual(direct);
  });

  it('GIVEN a pool of two workers and every bundled page sent at once THEN each page gets exactly what analyseFile gives on this thread, in order', async () => {
    analyser = createWorkerAnalyser({ workers: 2 });
    expect(analyser.workers).toBe(2);
    const got = await Promise.all(files.map((f) => analyser!.analyse(f, OPTIONS)));
    expect(got.map((g) => g.analysis)).toStrictEqual(files.map((f) => analyseFile(f, OPTIONS)));
    for (const g of got) expect(g.json).toBe(JSON.stringify(g.analysis));
    expect(analyser.stats).toEqual({ jobs: files.length, fallbacks: 0 });
    expect(analyser.running).toBe(true);
    await analyser.close();
    expect(analyser.running).toBe(false);
  });

  it('GIVEN a pool of two workers that both die on their first job THEN every job is analysed on this thread, nothing lost, and each failure is reported', async () => {
    const errors: Error[] = [];
    analyser = createWorkerAnalyser({ workers: 2, entry: new URL('./fixtures/crashingAnalysisWorker.mjs', import.meta.url), onError: (e) => errors.push(e) });
    const some = files.slice(0, 4);
    const got = await Promise.all(some.map((f) => analyser!.analyse(f, OPTIONS)));
    expect(got.map((g) => g.analysis)).toStrictEqual(some.map((f) => analyseFile(f, OPTIONS)));
    expect(analyser.stats).toEqual({ jobs: 4, fallbacks: 4 });
    expect(errors.map((e) => e.message)).toEqual(['analysis worker exited with code 3', 'analysis worker exited with code 3']);
  });

  it('GIVEN the analyser closed THEN later jobs are analysed on this thread', async () => {
    analyser = createWorkerAnalyser();
    await analyser.close();
    expect((await analyser.analyse(files[0]!, OPTIONS)).analysis).toStrictEqual(analyseFile(files[0]!, OPTIONS));
    expect(analyser.stats.fallbacks).toBe(1);
  });
});
