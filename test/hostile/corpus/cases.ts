/**
 * The hostile corpus as the tests run it: the cases (a folder of corpus/ laid over `_base/`, or one
 * of generated.ts and round-two.ts), the repository each is run on, what a run must show, and the
 * describe blocks that run them. The corpus is run by several test files (corpus*.test.ts), each
 * with its share of the cases, so that vitest can spread the runs over every worker: see
 * docs/security.md.
 */
import { chmodSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { legalEntry, runMain, TODAY } from '../../helpers/index.js';
import { CHECK, endingProblems, findingsOf, isOneLineRefusal, runQms, snapshot, tempFolder, type Finding, type Run } from '../support.js';
import { generatedCases, type Expectation, type GeneratedCase } from './generated.js';
import { roundTwoCases } from './round-two.js';

export const CORPUS = fileURLToPath(new URL('.', import.meta.url));

export type Case = Expectation & Pick<GeneratedCase, 'name' | 'build' | 'uid'>;

/** The cases committed as folders (each with its case.json and repo/). */
export function folderCases(): Case[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => ({
      name: entry.name,
      ...(JSON.parse(readFileSync(join(CORPUS, entry.name, 'case.json'), 'utf8')) as Expectation),
      build: (root: string) => cpSync(join(CORPUS, entry.name, 'repo'), root, { recursive: true }),
    }));
}

export { generatedCases, roundTwoCases };

/** Every case of the corpus: the folders, then generated.ts, then round-two.ts. */
export function allCases(): Case[] {
  return [...folderCases(), ...generatedCases(), ...roundTwoCases()];
}

/** A new repository: `_base/`, then the case's files. */
export function repositoryOf(c: Case): string {
  const root = tempFolder();
  cpSync(join(CORPUS, '_base'), root, { recursive: true });
  c.build(root);
  if (c.uid !== undefined) openFolders(root);
  return root;
}

/** Lets another user walk the folders (mkdtemp makes them private); files keep their modes. */
function openFolders(folder: string): void {
  chmodSync(folder, 0o755);
  for (const entry of readdirSync(folder, { withFileTypes: true })) if (entry.isDirectory()) openFolders(join(folder, entry.name));
}

const show = (findings: readonly Finding[]): string =>
  findings.map((f) => `${JSON.stringify(f.file)}:${f.line}:${f.column} ${f.ruleId} ${f.message.slice(0, 140)}`).join('\n  ') || '(none)';

const matches = (expected: NonNullable<Expectation['findings']>[number], finding: Finding): boolean =>
  ([] as string[]).concat(expected.file).includes(finding.file) && ([] as number[]).concat(expected.line).includes(finding.line) && expected.ruleId === finding.ruleId;

/** Everything wrong with a run of `qms check` on a case; empty when it behaved. */
export function judge(c: Expectation, run: Run): string[] {
  const ending = endingProblems(run);
  if (ending.length > 0) return ending;
  if (c.refusal !== undefined || (c.orRefusal !== undefined && run.code === 2)) {
    const pattern = new RegExp(c.refusal ?? c.orRefusal!);
    return isOneLineRefusal(run, pattern) ? [] : [`expected exit 2 with one line on stderr matching ${pattern}; got exit ${run.code}, stderr ${JSON.stringify(run.stderr.slice(0, 500))}, stdout ${JSON.stringify(run.stdout.slice(0, 300))}`];
  }
  if (run.code === 2) return [`refused where findings were expected: ${JSON.stringify(run.stderr.trim())}`];
  let findings: Finding[];
  try {
    findings = findingsOf(run);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  for (const finding of findings) {
    if (typeof finding.file !== 'string' || finding.file === '' || !(finding.line >= 1) || !(finding.column >= 1) || !/^[a-z]+\/[a-z-]+$/.test(finding.ruleId)) {
      problems.push(`a finding without a proper file, line, column or rule id: ${JSON.stringify(finding)}`);
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (run.code !== (errors > 0 ? 1 : 0)) problems.push(`exit ${run.code} with ${errors} errors`);
  for (const expected of c.findings ?? []) {
    if (!findings.some((finding) => matches(expected, finding))) problems.push(`missing ${JSON.stringify(expected)}; reported:\n  ${show(findings)}`);
  }
  if (c.message !== undefined) {
    const first = findings.find((finding) => matches(c.findings![0]!, finding));
    if (first && !new RegExp(c.message).test(first.message)) problems.push(`message ${JSON.stringify(first.message)} does not match /${c.message}/`);
  }
  if (c.exactly) {
    const extra = findings.filter((finding) => !(c.findings ?? []).some((expected) => matches(expected, finding)));
    if (extra.length > 0) problems.push(`unexpected findings:\n  ${show(extra)}`);
  }
  return problems;
}

/** Paths whose entry differs between two snapshots. */
export function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((path) => before.get(path) !== after.get(path)).map((path) => `${path}: ${before.get(path) ?? '(absent)'} → ${after.get(path) ?? '(absent)'}`);
}

/** Runs `qms check` on each case: findings or a clean refusal, never a crash, a hang or a write. */
export function checkEach(cases: readonly Case[]): void {
  describe('qms check on hostile input: a finding or a clean refusal, never a crash, a hang or a write', () => {
    for (const c of cases) {
      it(`${c.name}: ${c.description}`, () => {
        const root = repositoryOf(c);
        const skip = c.cache ? { skip: (path: string) => path === '.qms' || path === '.qms/cache' || path.startsWith('.qms/cache/') } : {};
        const before = snapshot(root, skip);
        const run = runQms(c.cache ? CHECK.filter((arg) => arg !== '--no-cache') : CHECK, root, c.uid !== undefined ? { uid: c.uid } : {});
        expect(judge(c, run)).toEqual([]);
        expect(changes(before, snapshot(root, skip))).toEqual([]);
        for (const path of c.absent ?? []) expect(existsSync(join(root, path)), `${path} was written`).toBe(false);
      });
    }
  });
}

/** Runs `qms render --check` and `qms impact --apply --dry-run` on each case that asks for it. */
export function commandsOnEach(cases: readonly Case[]): void {
  describe('render --check and impact --apply --dry-run on hostile repositories: no crash, no write', () => {
    for (const c of cases.filter((k) => k.commands)) {
      it(c.name, () => {
        const root = repositoryOf(c);
        // Something for impact to do: 61/2018/NĐ-CP amended.
        writeFileSync(join(root, 'legal/nd-107-2021-nd-cp.md'), legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }));
        const before = snapshot(root);
        const render = runQms(['render', '--check', '--today', TODAY], root);
        expect(endingProblems(render)).toEqual([]);
        expect(render.code === 0 || render.code === 1 || isOneLineRefusal(render), render.stderr).toBe(true);
        const impact = runQms(['impact', '61/2018/NĐ-CP', '--apply', '--dry-run', '--today', TODAY, '--date', TODAY, '--no-cache'], root);
        expect(endingProblems(impact)).toEqual([]);
        expect(impact.code === 0 || isOneLineRefusal(impact), impact.stderr).toBe(true);
        expect(changes(before, snapshot(root))).toEqual([]);
        for (const path of c.absent ?? []) expect(existsSync(join(root, path)), `${path} was written`).toBe(false);
      });
    }
  });
}

/** Runs check, render and impact in-process on each case that asks for it: Object.prototype stays untouched. */
export function inProcessOnEach(cases: readonly Case[]): void {
  describe('prototype keys, in-process', () => {
    for (const c of cases.filter((k) => k.inProcess)) {
      it(`${c.name}: check, render and impact leave Object.prototype untouched, and check reports what the CLI does`, async () => {
        const root = repositoryOf(c);
        writeFileSync(join(root, 'legal/nd-107-2021-nd-cp.md'), legalEntry('107/2021/NĐ-CP', { signed: '2021-12-06', effective: '2022-02-21', amends: '[61/2018/NĐ-CP]' }));
        const names = Object.getOwnPropertyNames(Object.prototype).sort();
        const check = await runMain(CHECK, root, { QMS_LANG: 'en' });
        await runMain(['render', '--check', '--today', TODAY], root);
        await runMain(['impact', '61/2018/NĐ-CP', '--apply', '--dry-run', '--today', TODAY, '--no-cache'], root);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(names);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect({}.constructor).toBe(Object);
        const cli = runQms(CHECK, root);
        expect({ code: check.code, stdout: check.stdout }).toEqual({ code: cli.code, stdout: cli.stdout });
      });
    }
  });
}
