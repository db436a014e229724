import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { QmsConfig } from '../config/types.js';
import type { CachedDocument } from '../cache/document-cache.js';
import type { ControlledDocument } from '../document/model.js';
import { QmsError } from '../util/errors.js';

/** Below this many documents to read, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 300;

/** What a worker needs: the config, the register's texts, the day, and its share of the files. */
export interface WorkerJob {
  root: string;
  config: QmsConfig;
  legal: Array<{ file: string; text: string }>;
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
}

/**
 * One file's outcome: still the cached content (with its state now), or checked afresh.
 * Workers post these as structured clones, not JSON: front matter may hold values JSON cannot (.inf).
 */
export type WorkerResult = { file: string; hit: true; stat: string | null } | { file: string; hit: false; entry: CachedDocument; document?: ControlledDocument };

// scripts/build.mjs bundles qms and names the worker's bundle here; from sources there is none.
declare const QMS_WORKER_BUNDLE: string | undefined;
const WORKER = fileURLToPath(new URL(typeof QMS_WORKER_BUNDLE === 'string' ? QMS_WORKER_BUNDLE : './worker.js', import.meta.url));

/** Whether reading can use worker threads here (the compiled worker exists; more than one core). */
export function canReadInParallel(count: number): boolean {
  return count >= PARALLEL_THRESHOLD && availableParallelism() > 1 && existsSync(WORKER);
}

/**
 * Reads documents on worker threads, one share per core, and waits for them synchronously
 * (Atomics.wait + receiveMessageOnPort) so the repository loader stays a plain function.
 */
export function readInParallel(job: Omit<WorkerJob, 'files'>, files: readonly WorkItem[], onProgress?: (done: number, total: number) => void): WorkerResult[] {
  const count = Math.min(availableParallelism(), 8, Math.ceil(files.length / 100));
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    const share = files.filter((_, index) => index % count === i);
    workers.push(new Worker(WORKER, { workerData: { job: { ...job, files: share }, signal, port: port2 }, transferList: [port2] }));
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
