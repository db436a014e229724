/** The worker thread body: reads and checks its share of documents and posts the results back in batches. */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { contentHash, statSignature } from './cache.js';
import { readLegalEntry } from '../document/read-legal.js';
import { Register } from '../model/register.js';
import { readListedDocument, readListedFrontMatter } from './source.js';
import { QmsError } from '../util/errors.js';
import { documentReadContext } from '../model/reading.js';
import type { WorkerInbox, WorkerJob, WorkerRegister, WorkerResult, WorkItem } from './parallel.js';
import { enabledRules } from '../lint/run.js';
import { scanDocument, type ScanContext } from './scan.js';
import { lazyTemplates } from './templates.js';

/** A worker thread's share of checking controlled documents (see parallel.ts). */
const { job, signal, registerPosted, port } = workerData as { job: WorkerJob; signal: Int32Array; registerPosted: Int32Array; port: MessagePort };
const BATCH = 50;
/**
 * How much text (UTF-16 code units) a worker reads ahead while the main thread reads the register:
 * enough to fill that wait on a large repository, little enough not to weigh on its memory.
 */
const READ_AHEAD_UNITS = 8_000_000;

function post(message: unknown): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

type Reading = { text: string } | ReturnType<typeof readListedDocument>;

function readItem(item: WorkItem): Reading {
  return item.frontMatterOnly ? { text: readListedFrontMatter(job.root, item.file) } : job.cache ? readListedDocument(job.root, item.file) : { text: readListedDocument(job.root, item.file).text };
}

/** The register sent by the main thread, if it has come (other messages, stillRunning's probes, are not for this worker). */
function registerReceived(): WorkerRegister | undefined {
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    const inbox = message.message as WorkerInbox | null;
    if (inbox?.register) return inbox.register;
  }
  return undefined;
}

/** Reads the share's first files until the register comes (or enough are read), then waits for it. */
function readAheadOfRegister(readAhead: Array<Reading | undefined>): WorkerRegister {
  let units = 0;
  let register = job.register;
  while (!register && readAhead.length < job.files.length && units < READ_AHEAD_UNITS) {
    const reading = readItem(job.files[readAhead.length]!);
    readAhead.push(reading);
    units += reading.text.length;
    register = registerReceived();
  }
  while (!register) {
    Atomics.wait(registerPosted, 0, 0, 100);
    register = registerReceived();
  }
  return register;
}

try {
  const readAhead: Array<Reading | undefined> = [];
  const registerTexts = readAheadOfRegister(readAhead);
  const register = new Register(
    registerTexts.legal.map(({ file, text }) => readLegalEntry(file, text)),
    registerTexts.tthc,
  );
  const context: ScanContext = { read: documentReadContext(job.config, register), root: job.root, config: job.config, today: job.today, register, rules: enabledRules(job.config), templates: lazyTemplates(job.root, job.config.language) };
  let batch: WorkerResult[] = [];
  job.files.forEach((item, index) => {
    const read = readAhead[index] ?? readItem(item);
    readAhead[index] = undefined;
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
  });
  post({ results: batch, done: true });
} catch (error) {
  post({ error: (error as Error).message, userError: error instanceof QmsError, done: true });
}
