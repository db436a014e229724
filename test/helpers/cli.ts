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

/** Runs a command with the real CLI, `--json` and TODAY, and returns its parsed output too ({} when it is not JSON). */
export function runBinJson(root: string, args: string[], env: Record<string, string> = {}): CliResult & { json: Record<string, unknown> } {
  const result = runBin([...args, '--json', '--today', TODAY], root, env);
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(result.stdout) as Record<string, unknown>;
  } catch {
    // not JSON: the assertions on code and stderr say why
  }
  return { ...result, json };
}

/** A finding as `qms check --format json` prints it: with its message in the run's language. */
export type JsonFinding = Finding & { message: string };

/** `qms check <file> --format json` with the real CLI on `today`: its findings and exit code. */
export function checkJson(root: string, file: string, today = TODAY): { code: number; findings: JsonFinding[] } {
  const result = runBin(['check', file, '--format', 'json', '--today', today], root);
  return { code: result.code, findings: JSON.parse(result.stdout) as JsonFinding[] };
}

/** Asserts that `qms check` reports nothing for the file (no error, no warning) and exits 0. */
export function expectClean(root: string, file: string, today = TODAY): void {
  const { code, findings } = checkJson(root, file, today);
  expect(findings.map((f) => `${f.line} ${f.ruleId} ${f.message}`), `qms check ${file}`).toEqual([]);
  expect(code).toBe(0);
}
