/**
 * The analysis worker's entry (a worker thread, see workerAnalyser.ts): analyses the files it is
 * sent with the pipeline's `analyseFile` and posts each analysis back. Nothing else runs here.
 */
import { parentPort } from 'node:worker_threads';
import { analyseFile } from '../briefing/pipeline.js';
import type { AnalysisJob, AnalysisReply } from './workerAnalyser.js';

const port = parentPort;
if (!port) throw new Error('analysisWorker: not started as a worker thread');
port.on('message', (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    // As JSON text: the caller parses it faster than it would deserialise the object graph, and
    // writes the same text to the analysis cache.
    const analysis = analyseFile({ name: job.name, bytes: Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength) }, job.options);
    reply = { id: job.id, ok: true, json: JSON.stringify(analysis), articles: analysis.articles.length };
  } catch (err) {
    reply = { id: job.id, ok: false, message: (err as Error).message };
  }
  port.postMessage(reply);
});
