/**
 * Helpers of the hostile-input tests: run the real CLI with a time limit, snapshot a repository's
 * bytes, and judge what came out (findings, a clean one-line refusal, never a crash or a hang).
 * Repositories, git and register entries come from ../helpers; tempFolder, sampleDocument and the
 * three-argument legalEntry stay here for corpus/generated.ts, which imports them from this file.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, HANG_LIMIT_MS, legalEntry as entry, tempFolder as sharedTempFolder, TODAY } from '../helpers/index.js';

export { sampleDocument } from '../helpers/index.js';

/** The arguments every hostile `qms check` runs with. */
export const CHECK = ['check', '--today', TODAY, '--format', 'json', '--no-cache'];
/** A run longer than this is a hang (a generous limit: see HANG_LIMIT_MS). */
export const TIME_LIMIT_MS = HANG_LIMIT_MS;
/** A stack trace line, as Node prints them. */
export const STACK = /\bat .+:\d+:\d+/;

export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

export interface Run {
  /** Exit code; null when killed. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Killed at the time limit. */
  timedOut: boolean;
  ms: number;
}

/** A new temporary folder (qms-hostile-… by default), removed after the test file. */
export function tempFolder(prefix = 'qms-hostile-'): string {
  return sharedTempFolder(prefix);
}

/** A copy of `source` (a folder) in a new temporary folder. */
export function copyOf(source: string): string {
  const root = tempFolder();
  cpSync(source, root, { recursive: true, verbatimSymlinks: true });
  return root;
}

/** Runs bin/qms (no shell) in `cwd`, killed with SIGKILL at the time limit; `uid` runs it as that user (root only). */
export function runQms(args: readonly string[], cwd: string, options: { timeoutMs?: number; env?: Record<string, string>; uid?: number } = {}): Run {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // The corpus' expected messages are English: the language is fixed, whatever the machine's locale.
    env: { ...process.env, NO_COLOR: '1', QMS_LANG: 'en', ...options.env },
    timeout: options.timeoutMs ?? TIME_LIMIT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 28,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.uid } : {}),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT' || result.signal === 'SIGKILL';
  return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut, ms: Date.now() - started };
}

/** Runs bin/qms asynchronously, for a test that kills it part-way. */
export function spawnQms(args: readonly string[], cwd: string): ReturnType<typeof spawn> {
  return spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', QMS_LANG: 'en' }, stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * Every entry under `root` (folders, files, symbolic links) with what it holds: a file by the hash
 * of its bytes and its mode, a link by its target. Two equal snapshots mean nothing was written.
 */
export function snapshot(root: string, options: { skip?: (relative: string) => boolean } = {}): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (folder: string, prefix: string): void => {
    for (const name of readdirSync(folder).sort()) {
      const relative = prefix + name;
      if (options.skip?.(relative)) continue;
      const path = join(folder, name);
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) entries.set(relative, `link ${readlinkSync(path)}`);
      else if (stat.isFIFO()) entries.set(relative, 'fifo'); // reading it would block
      else if (stat.isDirectory()) {
        entries.set(relative, 'folder');
        walk(path, `${relative}/`);
      } else {
        let content: string;
        try {
          content = createHash('sha256').update(readFileSync(path)).digest('hex');
        } catch (error) {
          content = `unreadable ${(error as NodeJS.ErrnoException).code ?? ''}`;
        }
        entries.set(relative, `file ${(stat.mode & 0o7777).toString(8)} ${stat.size} ${content}`);
      }
    }
  };
  walk(root, '');
  return entries;
}

/** The findings of a `--format json` run, or a test failure saying what came out instead. */
export function findingsOf(run: Run): Finding[] {
  try {
    const parsed = JSON.parse(run.stdout) as unknown;
    if (!Array.isArray(parsed)) throw new Error('not an array');
    return parsed as Finding[];
  } catch {
    throw new Error(`expected a JSON array of findings on stdout; exit ${run.code}, stdout ${JSON.stringify(run.stdout.slice(0, 400))}, stderr ${JSON.stringify(run.stderr.slice(0, 400))}`);
  }
}

/** What is wrong with how a run ended, whatever its result: a hang, a crash, a stack trace. */
export function endingProblems(run: Run): string[] {
  const problems: string[] = [];
  if (run.timedOut) problems.push(`did not finish within ${TIME_LIMIT_MS / 1000} s (killed after ${run.ms} ms)`);
  else if (run.code === null) problems.push('was killed by a signal');
  else if (![0, 1, 2].includes(run.code)) problems.push(`exit code ${run.code}`);
  if (STACK.test(run.stderr) || STACK.test(run.stdout)) problems.push(`printed a stack trace: ${run.stderr.slice(0, 300)}`);
  if (/internal error/.test(run.stderr)) problems.push(`reported an internal error: ${run.stderr.trim()}`);
  return problems;
}

/** Whether a run is a clean refusal: exit 2 and one line on stderr starting with "qms: ". */
export function isOneLineRefusal(run: Run, pattern?: RegExp): boolean {
  const lines = run.stderr.trimEnd().split('\n');
  return run.code === 2 && lines.length === 1 && lines[0]!.startsWith('qms: ') && (pattern === undefined || pattern.test(lines[0]!)) && endingProblems(run).length === 0;
}

/**
 * A register entry in the call shape corpus/generated.ts uses: raw `extra` lines after the dates.
 * Tests use legalEntry(id, fields) of ../helpers, which this writes through.
 */
export function legalEntry(id: string, extra = '', dates = { signed: '2018-04-23', effective: '2018-06-21' }): string {
  return entry(id, { signed: dates.signed, effective: dates.effective }).replace(/---\n$/, `${extra}---\n`);
}
