/**
 * Git commands run on a worker thread while this thread goes on (a check stats every file of the
 * repository meanwhile), their output taken later without the event loop. The worker runs git as
 * git() does (same options, environment, never through a shell); whatever goes wrong there, the
 * caller is told nothing came and runs the commands itself, so its errors and messages stay its own.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { GIT_OPTIONS, gitEnvironment } from './run.js';
import { otherEndOpen } from '../util/port.js';

/**
 * One command: its arguments (after the common options) and the folder it runs in. An argument or
 * a folder `{ output: i }` is the trimmed output of command i (an earlier one).
 */
export interface BackgroundCommand {
  args: ReadonlyArray<string | { output: number }>;
  cwd: string | { output: number };
}

/** Commands running on a worker: `take()` waits for their outputs (undefined when one failed or the worker stopped). */
export interface BackgroundGit {
  take(): Buffer[] | undefined;
}

// CommonJS, evaluated by the worker: it must not load the bundle (that would cost more than git).
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { execFileSync } = require('node:child_process');
const { commands, options, env, port, signal } = workerData;
const outputs = [];
const valueOf = (part) => (typeof part === 'string' ? part : outputs[part.output].toString('utf8').trim());
let message;
try {
  for (const command of commands) {
    const args = [...options, ...command.args.map(valueOf)];
    outputs.push(execFileSync('git', args, { cwd: valueOf(command.cwd), env, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] }));
  }
  message = { outputs };
} catch {
  message = { failed: true };
}
port.postMessage(message);
Atomics.store(signal, 0, 1);
Atomics.notify(signal, 0);
`;

/** Starts `commands` (in order, each after the one before) on a worker thread. */
export function runGitInBackground(commands: readonly BackgroundCommand[]): BackgroundGit {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { commands, options: GIT_OPTIONS, env: gitEnvironment(), port: port2, signal }, transferList: [port2] });
  } catch {
    return { take: () => undefined };
  }
  // It must never keep the process alive, nor end it: a run that fails before taking the output exits as it would.
  worker.unref();
  worker.on('error', () => {});
  let taken: { outputs?: Uint8Array[] } | undefined;
  return {
    take() {
      if (!taken) {
        taken = waitFor(port1, signal);
        port1.close();
      }
      return taken.outputs?.map((output) => Buffer.from(output.buffer, output.byteOffset, output.byteLength));
    },
  };
}

/** The worker's message, waited for without the event loop; `{}` when it stopped without one. */
function waitFor(port: MessagePort, signal: Int32Array): { outputs?: Uint8Array[] } {
  for (;;) {
    const message = receiveMessageOnPort(port);
    if (message) return message.message as { outputs?: Uint8Array[] };
    // A worker that stopped (killed, out of memory) sets no signal: ask whether it still runs.
    if (Atomics.wait(signal, 0, 0, 200) === 'timed-out' && !otherEndOpen(port)) return receiveMessageOnPort(port)?.message ?? {};
  }
}

