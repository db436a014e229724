/** Reading documents on worker threads: how many workers to use (QMS_WORKERS), the jobs and results, waiting for them synchronously. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { QmsConfig } from '../config/types.js';
import type { CachedDocument } from './cache.js';
import type { ControlledDocument } from '../model/document.js';
import type { TthcRecord } from '../model/tthc.js';
import { QmsError } from '../util/errors.js';

/** Below this many documents to read, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 300;

/** What a worker needs: the config, the register's texts, the day, and its share of the files. */
export interface WorkerJob {
  root: string;
  config: QmsConfig;
  legal: Array<{ file: string; text: string }>;
  /** The TTHC records as the register read them: cloned to each worker, not parsed again there (there may be thousands). */
  tthc: TthcRecord[];
  today: string;
  files: WorkItem[];
  /** Send the full readings back (a whole-repository load), not only what the cache keeps. */
  keepDocuments: boolean;
  /** A cache will keep the results: record each file's state when it is read. */
  cache: boolean;
}

/** One file to check. */
export interface WorkItem {
  file: string;
  /** The content hash of a cached entry that would do: a file that still has it is not read again. */
  cachedHash?: string;
  /** Run the document rules on it. */
  findings: boolean;
  /** Read its front matter only (see ScanOptions.frontMatterOnly). */
  frontMatterOnly?: true;
}

/**
 * One file's outcome: still the cached content (with its state now), or checked afresh.
 * Workers post these as structured clones, not JSON: front matter may hold values JSON cannot (.inf).
 */
export type WorkerResult = { file: string; hit: true; stat: string | null } | { file: string; hit: false; entry: CachedDocument; document?: ControlledDocument; text?: string };

// scripts/build.mjs bundles qms and names the worker's bundle here; from sources there is none.
declare const QMS_WORKER_BUNDLE: string | undefined;
const WORKER = fileURLToPath(new URL(typeof QMS_WORKER_BUNDLE === 'string' ? QMS_WORKER_BUNDLE : './worker.js', import.meta.url));

/**
 * What each worker thread runs: it imports the worker's module and, when that module cannot be
 * loaded (a rebuild removed it, a broken bundle), says so through the port and the signal the
 * worker itself would use — the synchronous wait in readInParallel never sees a Worker's 'error' event.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(${JSON.stringify(pathToFileURL(WORKER).href)}).catch((error) => {
  workerData.port.postMessage({ error: 'cannot load ' + ${JSON.stringify(WORKER)} + ': ' + (error && error.message), done: true });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
});
`;

/** How many worker threads to read `files` documents with here (see chooseWorkers). */
export function workerCount(files: number, forced?: number): number {
  return chooseWorkers(files, { forced, cores: availableParallelism(), compiledWorker: existsSync(WORKER) });
}

/**
 * How many worker threads to read with: 0 (this thread) below PARALLEL_THRESHOLD documents, on
 * one core, or without the compiled worker; else one per core, up to 8, at least 100 files each.
 * `forced` (from QMS_WORKERS) overrides the count and the cores, not the need for a compiled worker:
 * tests and benchmarks use it to choose the path they exercise, whatever the machine.
 */
export function chooseWorkers(files: number, machine: { forced?: number | undefined; cores: number; compiledWorker: boolean }): number {
  if (files === 0 || !machine.compiledWorker) return 0;
  if (machine.forced !== undefined) return Math.min(machine.forced, files);
  if (files < PARALLEL_THRESHOLD || machine.cores < 2) return 0;
  return Math.min(machine.cores, 8, Math.ceil(files / 100));
}

/** QMS_WORKERS: a whole number of worker threads (0 = read on the main thread), or unset. */
export function parseWorkersVariable(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,2}$/.test(value)) throw new QmsError(`QMS_WORKERS must be a whole number of worker threads from 0 to 99, not "${value}"`);
  return Number(value);
}

/**
 * Reads documents on worker threads, one share per core, and waits for them synchronously
 * (Atomics.wait + receiveMessageOnPort) so the repository loader stays a plain function.
 */
export function readInParallel(job: Omit<WorkerJob, 'files'>, files: readonly WorkItem[], count: number, onProgress?: (done: number, total: number) => void): WorkerResult[] {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  const shared = { ...job, tthc: job.tthc.map(forDocumentRules) };
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    const share = files.filter((_, index) => index % count === i);
    workers.push(new Worker(BOOTSTRAP, { eval: true, workerData: { job: { ...shared, files: share }, signal, port: port2 }, transferList: [port2] }));
    ports.push(port1);
  }
  const results: WorkerResult[] = [];
  let finished = 0;
  try {
    while (finished < count) {
      const seen = Atomics.load(signal, 0);
      for (const port of ports) {
        for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
          const data = message.message as { results?: WorkerResult[]; done?: true; error?: string; userError?: boolean };
          if (data.error) throw data.userError ? new QmsError(data.error) : new Error(`reading documents failed in a worker: ${data.error}`);
          if (data.results) results.push(...data.results);
          if (data.done) finished++;
        }
      }
      onProgress?.(results.length, files.length);
      if (finished < count) Atomics.wait(signal, 0, seen, 1000);
    }
  } finally {
    for (const worker of workers) void worker.terminate();
    for (const port of ports) port.close();
  }
  return results;
}

/**
 * What reading and the document rules need of a TTHC record: not its front matter as parsed (the
 * values with every position and raw scalar) nor its problems, which only tthc/schema reports, on
 * the main thread. Each worker holds its own copy of every record, so this halves their memory.
 */
function forDocumentRules(record: TthcRecord): TthcRecord {
  return { ...record, frontMatter: null, problems: [] };
}
