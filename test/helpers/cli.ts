/**
 * The command line under test: the real built CLI (bin/qms) as a child process, without a shell,
 * and main() in-process; plus the forms the lifecycle suites run them in (JSON, on TODAY).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Finding } from '../../src/model/repository.js';
import { TODAY } from './today.js';

/** The built CLI's entry point (it runs dist/qms.js, built once before the suite). */
export const BIN = fileURLToPath(new URL('../../bin/qms', import.meta.url));

/** What a run of the CLI gave. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real built CLI (bin/qms) as a child process; no shell is involved; colours off. */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI in-process through main(argv, io), capturing its output. */
export async function runMain(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd,
    env,
  });
  return { code, stdout, stderr };
}

/** Runs the command line in-process on TODAY, the locale variables cleared unless `env` sets them. */
export async function runMainToday(root: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  return runMain([...args, '--today', TODAY], root, { QMS_LANG: undefined, LANG: undefined, LC_ALL: undefined, ...env });
}

/** A run's result with its stdout parsed ({} when it is not JSON: the assertions on code and stderr say why). */
function withJson(result: CliResult): CliResult & { json: Record<string, unknown> } {
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(result.stdout) as Record<string, unknown>;
  } catch {
    // not JSON
  }
  return { ...result, json };
}

/** Runs a command with the real CLI, `--json` and TODAY, and returns its parsed output too ({} when it is not JSON). */
export function runBinJson(root: string, args: string[], env: Record<string, string> = {}): CliResult & { json: Record<string, unknown> } {
  return withJson(runBin([...args, '--json', '--today', TODAY], root, env));
}

/** runBinJson in-process (main(argv, io)): for the steps of a test whose subject is not the process itself. */
export async function runMainJson(root: string, args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult & { json: Record<string, unknown> }> {
  return withJson(await runMainToday(root, [...args, '--json'], env));
}

/** A finding as `qms check --format json` prints it: with its message in the run's language. */
export type JsonFinding = Finding & { message: string };

/** The arguments of `qms check <file> --format json` on `today`. */
const checkArgs = (file: string, today: string): string[] => ['check', file, '--format', 'json', '--today', today];

/** A check run's findings and exit code. */
function checked(result: CliResult): { code: number; findings: JsonFinding[] } {
  return { code: result.code, findings: JSON.parse(result.stdout) as JsonFinding[] };
}

/** `qms check <file> --format json` with the real CLI on `today`: its findings and exit code. */
export function checkJson(root: string, file: string, today = TODAY): { code: number; findings: JsonFinding[] } {
  return checked(runBin(checkArgs(file, today), root));
}

/** checkJson in-process (main(argv, io)), for the checks between the steps of a test. */
export async function checkJsonMain(root: string, file: string, today = TODAY): Promise<{ code: number; findings: JsonFinding[] }> {
  return checked(await runMain(checkArgs(file, today), root));
}

/** Asserts that a check found nothing in the file (no error, no warning) and exited 0. */
function expectNoFindings(file: string, { code, findings }: { code: number; findings: JsonFinding[] }): void {
  expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`), `qms check ${file}`).toEqual([]);
  expect(code).toBe(0);
}

/** Asserts that `qms check` (the real CLI) reports nothing for the file (no error, no warning) and exits 0. */
export function expectClean(root: string, file: string, today = TODAY): void {
  expectNoFindings(file, checkJson(root, file, today));
}

/** expectClean in-process (main(argv, io)), for the checks between the steps of a test. */
export async function expectCleanMain(root: string, file: string, today = TODAY): Promise<void> {
  expectNoFindings(file, await checkJsonMain(root, file, today));
}
