/**
 * Every file's size, times and inode, taken on a worker thread while this thread goes on: a warm
 * run of 10,000 procedures stats some 24,000 documents (about 0.1 s of system calls on the bench
 * machine), which the second core does while this one stats the register and parses the cache.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { otherEndOpen } from '../util/port.js';
import type { FileState } from './signature.js';

/** Below this many files, starting a thread (some 20 ms) costs more than it saves: they are stat-ed here. */
export const STAT_AHEAD_MIN_FILES = 2000;

/** The state of one file of the list (by its index there): null when it cannot be stat-ed (gone, unreadable). */
export type StateOf = (index: number) => FileState | null;

/** The thread tells how many files it has done every this many files. */
const STRIDE = 256;

// CommonJS, evaluated by the worker: it must not load the bundle (that would cost more than the stats).
// Each file is four numbers (size, mtimeMs, ctimeMs, ino; NaN size: no state); `done[0]` counts the files done.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const { join } = require('node:path');
const { root, files, values, done } = workerData;
for (let i = 0; i < files.length; i++) {
  let stats;
  try {
    stats = statSync(join(root, files[i]), { throwIfNoEntry: false });
  } catch {
    stats = undefined;
  }
  if (stats) {
    values[4 * i] = stats.size;
    values[4 * i + 1] = stats.mtimeMs;
    values[4 * i + 2] = stats.ctimeMs;
    values[4 * i + 3] = stats.ino;
  } else {
    values[4 * i] = NaN;
  }
  if ((i + 1) % ${STRIDE} === 0 || i + 1 === files.length) {
    Atomics.store(done, 0, i + 1);
    Atomics.notify(done, 0);
  }
}
`;

/** The reader of the files' states, and whether a thread takes them (else they are taken here, as asked for). */
export interface StatsAhead {
  stateOf: StateOf;
  threaded: boolean;
}

/**
 * Starts stat-ing `files` (paths from `root`) on a worker thread, in order. The reader waits for
 * its file when the thread has not come to it; if the thread cannot start or stops, the files it
 * did not do are stat-ed here. Files are stat-ed as `statSync` does (links followed).
 */
export function statAhead(root: string, files: readonly string[]): StatsAhead {
  const here: StatsAhead = { stateOf: (index) => stateHere(root, files[index]!), threaded: false };
  if (files.length < STAT_AHEAD_MIN_FILES) return here;
  const values = new Float64Array(new SharedArrayBuffer(files.length * 4 * Float64Array.BYTES_PER_ELEMENT));
  const done = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  try {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { root, files, values, done, port: port2 }, transferList: [port2] });
    // It must never keep the process alive, nor end it: whatever it did not do is done here.
    worker.unref();
    worker.on('error', () => {});
    port1.unref();
  } catch {
    return here;
  }
  let stopped = false;
  const stateOf: StateOf = (index) => {
    while (!stopped && Atomics.load(done, 0) <= index) {
      // A stopped worker (killed, out of memory) notifies nothing: ask whether it still runs.
      if (Atomics.wait(done, 0, Atomics.load(done, 0), 200) === 'timed-out' && !otherEndOpen(port1)) stopped = Atomics.load(done, 0) <= index;
    }
    if (Atomics.load(done, 0) <= index) return here.stateOf(index);
    const at = 4 * index;
    const size = values[at]!;
    return Number.isNaN(size) ? null : { size, mtimeMs: values[at + 1]!, ctimeMs: values[at + 2]!, ino: values[at + 3]! };
  };
  return { stateOf, threaded: true };
}

function stateHere(root: string, file: string): FileState | null {
  try {
    return statSync(join(root, file), { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}
