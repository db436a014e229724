/** The worker thread body: reads and checks its share of documents and posts the results back in batches. */
import { workerData, type MessagePort } from 'node:worker_threads';
import { contentHash, statSignature } from './cache.js';
import { readLegalEntry } from '../document/read-legal.js';
import { Register } from '../model/register.js';
import { readListedDocument, readListedFrontMatter } from './source.js';
import { QmsError } from '../util/errors.js';
import { documentReadContext } from '../model/reading.js';
import type { WorkerJob, WorkerResult } from './parallel.js';
import { enabledRules } from '../lint/run.js';
import { scanDocument, type ScanContext } from './scan.js';
import { lazyTemplates } from './templates.js';

/** A worker thread's share of checking controlled documents (see parallel.ts). */
const { job, signal, port } = workerData as { job: WorkerJob; signal: Int32Array; port: MessagePort };
const BATCH = 50;

function post(message: unknown): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

try {
  const register = new Register(
    job.legal.map(({ file, text }) => readLegalEntry(file, text)),
    job.tthc,
  );
  const context: ScanContext = { read: documentReadContext(job.config, register), root: job.root, config: job.config, today: job.today, register, rules: enabledRules(job.config), templates: lazyTemplates(job.root, job.config.language) };
  let batch: WorkerResult[] = [];
  for (const item of job.files) {
    const read = item.frontMatterOnly ? { text: readListedFrontMatter(job.root, item.file) } : job.cache ? readListedDocument(job.root, item.file) : { text: readListedDocument(job.root, item.file).text };
    if (item.cachedHash !== undefined && 'stats' in read && item.cachedHash === contentHash(read.text)) {
      batch.push({ file: item.file, hit: true, stat: statSignature(read.stats, read.readAt) });
    } else {
      const { document, entry } = scanDocument(item.file, read.text, context, { findings: item.findings, keepReading: job.keepDocuments, cache: job.cache, stat: 'stats' in read ? read : undefined, frontMatterOnly: item.frontMatterOnly === true });
      batch.push(job.keepDocuments ? { file: item.file, hit: false, entry, document, text: read.text } : { file: item.file, hit: false, entry });
    }
    if (batch.length >= BATCH) {
      post({ results: batch });
      batch = [];
    }
  }
  post({ results: batch, done: true });
} catch (error) {
  post({ error: (error as Error).message, userError: error instanceof QmsError, done: true });
}
