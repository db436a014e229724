/** Reading documents on worker threads: how many workers to use (QMS_WORKERS), the jobs and results, waiting for them synchronously. */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { QmsConfig } from '../config/types.js';
import type { Bilingual } from '../i18n/language.js';
import type { CachedDocument } from './cache.js';
import type { ControlledDocument } from '../model/document.js';
import type { TthcRecord } from '../model/tthc.js';
import { QmsError } from '../util/errors.js';
import { otherEndOpen } from '../util/port.js';
import { both } from '../i18n/messages/index.js';
import { REGISTER_STAGE } from './register-stage.js';

/** Below this many documents to read, starting workers costs more than it saves. */
export const PARALLEL_THRESHOLD = 300;

/** What a worker needs: the config, the register, the day, and its share of the files. */
export interface WorkerJob {
  root: string;
  config: QmsConfig;
  /** Given at the start to a worker that replaces one that died; the others are sent it as it is read (see readInParallel). */
  register?: WorkerInbox;
  today: string;
  files: WorkItem[];
  /** Send the full readings back (a whole-repository load), not only what the cache keeps. */
  keepDocuments: boolean;
  /** A cache will keep the results: record each file's state when it is read. */
  cache: boolean;
}

/** A register entry's file and text, as workers take it (they parse it again: entries are few). */
export interface RegisterEntryText {
  file: string;
  text: string;
}

/** How the main thread reads the register for the workers: the entries' texts first (fast), then the TTHC records. */
export interface RegisterForWorkers {
  legal(): RegisterEntryText[];
  tthc(): TthcRecord[];
}

/**
 * A worker's messages from the main thread: the register's entries, then the TTHC records, cloned
 * to each worker and not parsed again there (there may be thousands); anything else, such as
 * otherEndOpen's probe, is not for it.
 */
export interface WorkerInbox {
  legal?: RegisterEntryText[];
  tthc?: TthcRecord[];
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

/**
 * A QmsError a worker met, as it posts it: its text in both languages (with its catalogue id and
 * data), its reason and details, so the main thread refuses with the same error in the run's language.
 */
export interface PostedUserError {
  text: Bilingual;
  reason: string;
  details: Record<string, unknown>;
}

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
workerData.port.postMessage({ started: true });
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
  if (!/^\d{1,2}$/.test(value)) throw new QmsError(both('parallel.workers-variable', { value }));
  return Number(value);
}

/**
 * The old-generation heap limit of each worker thread, in MB, unless QMS_WORKER_HEAP_MB says
 * otherwise. Not to stop a worker (a worker holds about 55 MB live at 10,000 procedures): V8 lets
 * a heap grow to four times what survived its last full collection when the limit is large, and
 * to about 1.4 times under this one. Measured at 10,000 procedures (messy shape), a cold check's
 * peak RSS went from 649 to 519 MB with no more CPU time. A worker that does run out is replaced.
 */
export const WORKER_HEAP_MB = 256;

/**
 * The young generation of each worker thread, in MB (V8's default is larger). A worker's
 * allocations are short-lived (a document's text and reading, gone once its summary is posted), so
 * a small nursery collects as much, more often. 16 MB makes half as many young collections as 8 MB,
 * each about as costly (a worker of a messy cold check: 208 against 403, 0.88 s against 0.98–1.08 s
 * of pauses, promoting as much). Measured at 10,000 procedures (interleaved, /usr/bin/time, MB of
 * 10^6 bytes), 8 → 16 MB, once documents no longer outlived their reading (util/when-read.ts):
 * messy cold check 9.9–11.1 → 9.3–9.6 s, user 16.1–17.1 → 15.0–15.5 s, peak RSS 292–297 → 316–321
 * MB; impact --no-cache 4.5–5.3 → 4.3–4.4 s; at 50,000 procedures peak RSS 538 → 529 MB (messy),
 * 470 → 499 MB (standard). (Before that fix, 16 → 8 MB had saved 30 MB of RSS for about 3% more
 * CPU, and 32 MB had not helped.)
 */
export const WORKER_YOUNG_GENERATION_MB = 16;

/**
 * The least heap limit QMS_WORKER_HEAP_MB may set: enough for a worker to start (load its bundle
 * and its job). A worker that dies before it took its port cannot be told from a slow one.
 */
export const MIN_WORKER_HEAP_MB = 32;

/** QMS_WORKER_HEAP_MB: a worker thread's heap limit in MB (MIN_WORKER_HEAP_MB or more), or unset. */
export function parseWorkerHeapVariable(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d{1,6}$/.test(value) || Number(value) < MIN_WORKER_HEAP_MB) throw new QmsError(both('parallel.worker-heap-variable', { value, min: MIN_WORKER_HEAP_MB }));
  return Number(value);
}

/** How readInParallel runs its workers, and what it tells of them. */
export interface ParallelOptions {
  /** Called as results come in (for a progress line). */
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Each worker's heap limit in MB (WORKER_HEAP_MB when absent). */
  heapMb?: number | undefined;
  /** Called when a worker that died is replaced (for QMS_DEBUG). */
  onReplaced?: () => void;
  /** Work of this thread's own, done once the workers have the register (see readInParallel). */
  meanwhile?: () => void;
  /**
   * Read every TTHC record while the workers read, even when they need none (the default: the run
   * asks for them later, as qms impact does). `false`: only when the workers need them.
   */
  tthcMeanwhile?: boolean;
}

/** A worker thread at work on its share, and what it has not yet sent back. */
interface Running {
  worker: Worker;
  port: MessagePort;
  /** The files of its share not yet sent back, by name. */
  unfinished: Map<string, WorkItem>;
  done: boolean;
  /** It said it started: its end of the port is its own, so the port closes when it stops. */
  started: boolean;
  /** When it last posted (performance.now()), or when it was last found alive. */
  heard: number;
  /** Started without a heap limit: a replacement for one that died. */
  unbounded: boolean;
}

/** How long a worker may stay silent before the wait asks whether it still runs. */
const SILENCE_MS = 500;

/**
 * Reads documents on worker threads, one share per core, and waits for them synchronously
 * (Atomics.wait + receiveMessageOnPort) so the repository loader stays a plain function. Each
 * worker's heap is bounded (`heapMb`, WORKER_HEAP_MB by default); a worker that dies (out of that
 * memory, or killed) is noticed by the wait itself, and its unfinished documents are read by a
 * fresh worker without the limit, so the results are those of a run where none died.
 *
 * `register` is called once the workers are started: they load their code and read their first
 * files (worker.ts) while this thread reads the register, then take it from their port.
 * `take` is given each result as it comes in (in no set order), so that what a caller keeps of it
 * is all that stays alive. Measured at 50,000 procedures (standard shape, summaries kept compact,
 * sampled RSS): a cold check peaked at 789 MB with the results held to the end, at 605 MB taken so.
 */
export function readInParallel(job: Omit<WorkerJob, 'files' | 'register'>, register: RegisterForWorkers, files: readonly WorkItem[], count: number, take: (result: WorkerResult) => void, options: ParallelOptions = {}): void {
  const heapMb = options.heapMb ?? WORKER_HEAP_MB;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  // The stage of the register posted to every worker (REGISTER_STAGE; a worker waiting for it waits on this).
  const registerPosted = new Int32Array(new SharedArrayBuffer(4));
  // Once posted, the workers' copy of the register is not kept here (it is made again for a worker
  // that replaces one that died): it would stay alive as long as the workers run.
  let posted = false;
  // Only the document rules read TTHC records: a run that checks no document sends none.
  const withRules = files.some((item) => item.findings);
  const forWorkers = (): WorkerInbox => ({ legal: register.legal(), ...(withRules ? { tthc: register.tthc().map(forDocumentRules) } : {}) });
  const postStage = (inbox: WorkerInbox | undefined, stage: number): void => {
    if (inbox) for (const run of running) run.port.postMessage(inbox);
    Atomics.store(registerPosted, 0, stage);
    Atomics.notify(registerPosted, 0);
  };
  const start = (share: readonly WorkItem[], unbounded: boolean): Running => {
    const { port1, port2 } = new MessageChannel();
    const young = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
    const resourceLimits = unbounded ? young : { maxOldGenerationSizeMb: heapMb, ...young };
    const workerJob: WorkerJob = { ...job, files: [...share], ...(posted ? { register: forWorkers() } : {}) };
    const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { job: workerJob, signal, registerPosted, port: port2 }, transferList: [port2], resourceLimits });
    // Its death is noticed by the wait (otherEndOpen); the event would only end the process later.
    worker.on('error', () => {});
    return { worker, port: port1, unfinished: new Map(share.map((item) => [item.file, item])), done: false, started: false, heard: performance.now(), unbounded };
  };
  const running: Running[] = [];
  for (let i = 0; i < count; i++) running.push(start(files.filter((_, index) => index % count === i), false));
  let received = 0;
  const takeCounted = (result: WorkerResult): void => {
    received++;
    take(result);
  };
  try {
    // The entries first, so that the workers read documents (only what their front matter cites
    // needs the register) while this thread reads the TTHC records: thousands of them took about
    // a second at 10,000 procedures, which the workers spent waiting.
    postStage({ legal: register.legal() }, REGISTER_STAGE.legal);
    // Unless the run says it will not want them, read whether or not the workers need them: the
    // run's register holds them (read now, alongside the workers).
    const tthc = withRules || options.tthcMeanwhile !== false ? register.tthc() : [];
    if (withRules) postStage({ tthc: tthc.map(forDocumentRules) }, REGISTER_STAGE.tthc);
    else postStage(undefined, REGISTER_STAGE.noTthc);
    posted = true;
    // This thread's own share, read while the workers read theirs (their results wait in the ports).
    options.meanwhile?.();
    while (running.some((run) => !run.done)) {
      const seen = Atomics.load(signal, 0);
      for (let i = 0; i < running.length; i++) {
        const run = running[i]!;
        if (run.done) continue;
        receive(run, takeCounted);
        if (run.done || !run.started || performance.now() - run.heard < SILENCE_MS) continue;
        if (otherEndOpen(run.port)) {
          run.heard = performance.now();
          continue;
        }
        // What it posted before it stopped is already queued ahead of the port's closing.
        receive(run, takeCounted);
        if (run.done) continue;
        if (run.unbounded) throw new Error(`reading documents failed in a worker: it stopped before reading ${[...run.unfinished.keys()][0]}`);
        options.onReplaced?.();
        void run.worker.terminate();
        run.port.close();
        running[i] = start([...run.unfinished.values()], true);
      }
      options.onProgress?.(received, files.length);
      if (running.some((run) => !run.done)) Atomics.wait(signal, 0, seen, 1000);
    }
  } finally {
    for (const run of running) {
      void run.worker.terminate();
      run.port.close();
    }
  }
}

/** Takes what a worker posted so far: its results, its end, or its error (thrown). */
function receive(run: Running, take: (result: WorkerResult) => void): void {
  for (let message = receiveMessageOnPort(run.port); message; message = receiveMessageOnPort(run.port)) {
    const data = message.message as { started?: true; results?: WorkerResult[]; done?: true; error?: string; userError?: PostedUserError };
    if (data.error) {
      const user = data.userError;
      throw user ? new QmsError(user.text, { reason: user.reason, details: user.details }) : new Error(`reading documents failed in a worker: ${data.error}`);
    }
    run.heard = performance.now();
    if (data.started) run.started = true;
    for (const result of data.results ?? []) {
      run.unfinished.delete(result.file);
      take(result);
    }
    if (data.done) run.done = true;
  }
}

/**
 * What reading and the document rules need of a TTHC record: not its problems (in reading it, and
 * against its shape), which only tthc/schema reports, on the main thread. Each worker holds its own
 * copy of every record; the records share their positions (readTthcRecord), and a structured
 * clone sends a shared object once.
 */
function forDocumentRules(record: TthcRecord): TthcRecord {
  return { ...record, problems: [], shapeProblems: [] };
}
