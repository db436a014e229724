/**
 * The hostile corpus, end to end through the real CLI: every case (a folder of test/hostile/corpus
 * laid over `_base/`, or a generated one from corpus/generated.ts and corpus/round-two.ts) is checked with
 * `qms check --today 2026-11-27 --format json --no-cache` and must end in findings that name the
 * file, the line and the rule — or in a refusal (exit 2, one line) — without hanging (killed past
 * HANG_LIMIT_MS, far above any idle run), without a stack
 * trace, without executing anything and without writing a byte.
 *
 * This file runs the folder cases; corpus-generated.test.ts, corpus-round-two.test.ts and
 * corpus-commands.test.ts run the rest (one file each, so that vitest spreads them over its
 * workers). The cases and what a run must show are in corpus/cases.ts.
 */
import { cpSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleDocument, TODAY } from '../helpers/index.js';
import { allCases, checkEach, CORPUS, folderCases, repositoryOf } from './corpus/cases.js';
import { CHECK, endingProblems, runQms, spawnQms, STACK, tempFolder } from './support.js';

const FOLDER_CASES = folderCases();

describe('the corpus', () => {
  it('holds at least 45 cases, each with files and an expectation', () => {
    const cases = allCases();
    expect(cases.length).toBeGreaterThanOrEqual(45);
    for (const c of FOLDER_CASES) {
      expect(statSync(join(CORPUS, c.name, 'repo')).isDirectory(), c.name).toBe(true);
      expect(c.description, c.name).toBeTruthy();
      expect(c.findings !== undefined || c.refusal !== undefined, c.name).toBe(true);
    }
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });
});

checkEach(FOLDER_CASES);

describe('a reader that stops early (qms check | head)', () => {
  it('a closed stdout ends the run quietly: no unhandled EPIPE, no stack trace', async () => {
    const root = tempFolder();
    cpSync(join(CORPUS, '_base'), root, { recursive: true });
    // About 0.5 MB of report, eight times a pipe's buffer: the run is still writing when the pipe closes.
    const body = Array.from({ length: 2_000 }, (_, i) => `Theo Nghị định số ${i + 1}/2020/NĐ-CP.`).join('\n');
    mkdirSync(join(root, 'procedures'));
    writeFileSync(join(root, 'procedures/QT-A-01.md'), sampleDocument({ body }));
    const child = spawnQms(CHECK, root);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Like head: read the first chunk, then close the pipe.
    child.stdout!.once('data', () => child.stdout!.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    expect(stderr).not.toMatch(STACK);
    expect(stderr).not.toMatch(/Unhandled 'error' event/);
    expect(code === 0 || code === 1 || code === null, `exit ${code}`).toBe(true);
  });
});

describe('what a document says cannot forge the report', () => {
  const controlChars = FOLDER_CASES.find((c) => c.name === 'code-control-chars')!;
  it.each(['stylish', 'github'])('the %s format passes no control character of a document through (no terminal escapes, no forged lines)', (format) => {
    const root = repositoryOf(controlChars);
    const run = runQms(['check', '--today', TODAY, '--no-cache', '--format', format], root);
    expect(endingProblems(run)).toEqual([]);
    expect(run.code).toBe(1);
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout.split('\n').filter((line) => /^\s*procedures\/QT-A-01\.md:1:1\s+error\s+forged/.test(line))).toEqual([]);
  });
});
