import { workerData, type MessagePort } from 'node:worker_threads';
import { contentHash } from '../cache/document-cache.js';
import { readControlledDocument } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { Register } from '../register/register.js';
import { readWorkTreeFile } from '../repo/source.js';
import { QmsError } from '../util/errors.js';
import { documentReadContext } from './load.js';
import type { WorkerJob, WorkerResult } from './parallel.js';

/** A worker thread's share of reading controlled documents (see parallel.ts). */
const { job, signal, port } = workerData as { job: WorkerJob; signal: Int32Array; port: MessagePort };
const BATCH = 50;

function post(message: unknown): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

try {
  const register = new Register(job.legal.map(({ file, text }) => readLegalEntry(file, text)));
  const context = documentReadContext(job.config, register);
  let batch: WorkerResult[] = [];
  for (const file of job.files) {
    const text = readWorkTreeFile(job.root, file);
    const hash = contentHash(text);
    batch.push(job.cachedHashes[file] === hash ? { file, hash, hit: true } : { file, hash, hit: false, document: readControlledDocument(file, text, context) });
    if (batch.length >= BATCH) {
      post({ results: batch });
      batch = [];
    }
  }
  post({ results: batch, done: true });
} catch (error) {
  post({ error: (error as Error).message, userError: error instanceof QmsError, done: true });
}
