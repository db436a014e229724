/** The worker thread body: reads and checks its share of documents and posts the results back in batches. */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { contentHash, statSignature } from './cache.js';
import { readLegalEntry } from '../document/read-legal.js';
import { Register } from '../model/register.js';
import { readListedDocument, readListedFrontMatter } from './source.js';
import { QmsError } from '../util/errors.js';
import { documentReadContext } from '../model/reading.js';
import type { PostedUserError, WorkerInbox, WorkerJob, WorkerResult, WorkItem } from './parallel.js';
import { REGISTER_STAGE } from './register-stage.js';
import type { TthcRecord } from '../model/tthc.js';
import { enabledRules } from '../lint/run.js';
import { scanDocument, type ScanContext } from './scan.js';
import { lazyTemplates } from './templates.js';

/** A worker thread's share of checking controlled documents (see parallel.ts). */
const { job, signal, registerPosted, port } = workerData as { job: WorkerJob; signal: Int32Array; registerPosted: Int32Array; port: MessagePort };
const BATCH = 50;
/**
 * How much text (UTF-16 code units) a worker holds read ahead while it waits for the register
 * (its entries, then the TTHC records the document rules need): enough to fill that wait on a
 * large repository, little enough not to weigh on its memory.
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

/** What the main thread has sent of the register so far (a replacement worker is given it whole in its job). */
const inbox: WorkerInbox = { ...job.register };

/** Takes the register's parts that have come (other messages, otherEndOpen's probes, are not for this worker). */
function takeInbox(): void {
  for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
    const sent = message.message as WorkerInbox | null;
    if (sent?.legal) inbox.legal = sent.legal;
    if (sent?.tthc) inbox.tthc = sent.tthc;
  }
}

/** Waits (taking what comes) until `done` holds; the main thread raises `registerPosted` as it posts each part. */
function waitUntil(done: () => boolean): void {
  takeInbox();
  while (!done()) {
    Atomics.wait(registerPosted, 0, Atomics.load(registerPosted, 0), 100);
    takeInbox();
  }
}

/**
 * The TTHC records, once the main thread sent them: the document rules are their only readers,
 * and a run with no document to check sends none (asking then is a fault of qms, said loudly).
 */
function tthcRecords(): TthcRecord[] {
  waitUntil(() => inbox.tthc !== undefined || Atomics.load(registerPosted, 0) === REGISTER_STAGE.noTthc);
  if (!inbox.tthc) throw new Error('the TTHC records were asked for in a run that checks no document');
  return inbox.tthc;
}

try {
  // Read ahead: the share's first files, until the register's entries come (or enough are read);
  // then documents the document rules check, until the TTHC records come (see deferred below).
  const readAhead: Array<Reading | undefined> = [];
  let units = 0;
  const readAheadOf = (index: number): void => {
    if (readAhead[index] !== undefined || units >= READ_AHEAD_UNITS) return;
    const reading = readItem(job.files[index]!);
    readAhead[index] = reading;
    units += reading.text.length;
  };
  takeInbox();
  for (let next = 0; !inbox.legal && next < job.files.length && units < READ_AHEAD_UNITS; next++) {
    readAheadOf(next);
    takeInbox();
  }
  waitUntil(() => inbox.legal !== undefined);
  const register = new Register(
    inbox.legal!.map(({ file, text }) => readLegalEntry(file, text)),
    tthcRecords,
  );
  const context: ScanContext = { read: documentReadContext(job.config, register), root: job.root, config: job.config, today: job.today, register, rules: enabledRules(job.config), templates: lazyTemplates(job.root, job.config.language) };
  let batch: WorkerResult[] = [];
  const scan = (index: number): void => {
    const item = job.files[index]!;
    const ahead = readAhead[index];
    readAhead[index] = undefined;
    if (ahead) units -= ahead.text.length;
    const read = ahead ?? readItem(item);
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
  };
  // A document the rules check waits for the TTHC records: it is read ahead and put off while
  // they have not come, so the documents that need only the entries (the front matter a scoped
  // check with more checked documents than the main thread takes reads of the rest) go meanwhile.
  const deferred: number[] = [];
  job.files.forEach((item, index) => {
    if (item.findings && !inbox.tthc) takeInbox();
    if (item.findings && !inbox.tthc) {
      deferred.push(index);
      readAheadOf(index);
      return;
    }
    scan(index);
  });
  for (const index of deferred) scan(index);
  post({ results: batch, done: true });
} catch (error) {
  // A user's error keeps both its languages, its reason and details: the main thread throws it again as it was.
  const userError: PostedUserError | undefined = error instanceof QmsError ? { text: error.text, reason: error.reason, details: error.details } : undefined;
  post({ error: (error as Error).message, ...(userError ? { userError } : {}), done: true });
}
