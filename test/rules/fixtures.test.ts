/**
 * One pair of mini repositories per rule (fixtures/rules/<ruleId>/pass and /fail):
 * the pass repository gives no finding at all, of any rule (no false positives), and the fail
 * repository gives exactly the findings of its rule listed in expected.json.
 *
 * A fixture folder holding `base/` and `head/` is a change fixture (the change/* rules): `base/` is
 * committed on `main` in a new git repository, the work tree is then made equal to `head/`, and the
 * work tree is checked with the change since `main` attached, as `qms check --base main` does.
 */
import { findingText } from '../../src/i18n/messages/findings.js';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attachChanges } from '../../src/workspace/changes.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { openRepository } from '../../src/workspace/read-indexed.js';
import { checkOpened, runRules } from '../../src/lint/run.js';
import { loadConfig } from '../../src/config/load.js';
import type { Severity } from '../../src/config/types.js';
import { RULES } from '../../src/lint/catalogue.js';
import type { Finding, RepositoryIndex } from '../../src/model/repository.js';
import { checkFolder, isChangeFixture, makeRepo, materializeChangeFixture, TODAY } from '../helpers/index.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(PROJECT, 'fixtures', 'rules');
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const IDS = RULES.map((rule) => rule.meta.id);

interface ExpectedFinding {
  file: string;
  line: number;
  severity?: Severity;
}

function fixture(id: string, variant: 'pass' | 'fail'): string {
  return join(FIXTURES, ...id.split('/'), variant);
}

/**
 * Commits `base/` on main in a new repository, makes the work tree equal to `head/` (copied over
 * it; files of base absent from head deleted, nothing staged) and checks the work tree compared
 * with main, in-process.
 */
function checkChangeFixture(folder: string): Finding[] {
  const root = materializeChangeFixture(folder);
  const change = { base: 'main', side: 'worktree', changedOnly: false, env: {} } as const;
  const repository = loadRepository(root, loadConfig(root), TODAY);
  attachChanges(repository, change);
  const findings = runRules(repository);
  expect(checkOpenedWays(root, (index) => attachChanges(index, change))).toEqual(Array(4).fill(findings));
  return findings;
}

/**
 * The findings of `qms check`'s own path (openRepository): the document rules run while reading or
 * on demand afterwards, without a cache, with a cold one and with a warm one.
 */
function checkOpenedWays(root: string, prepare: (index: RepositoryIndex) => void = () => undefined): Finding[][] {
  const cacheFolder = join(makeRepo({}), 'cache');
  const ways = [{ findings: 'all' }, { findings: 'none' }, { findings: 'all', cacheFolder }, { findings: 'none', cacheFolder }] as const;
  return ways.map((options) => {
    const opened = openRepository(root, loadConfig(root), TODAY, undefined, options);
    prepare(opened.index);
    return checkOpened(opened);
  });
}

/** The findings of a fixture folder: a plain repository, or the head of a change fixture. */
function checkFixture(folder: string): Finding[] {
  if (isChangeFixture(folder)) return checkChangeFixture(folder);
  const findings = checkFolder(folder, TODAY);
  expect(checkOpenedWays(folder)).toEqual(Array(4).fill(findings));
  return findings;
}

/** The config a fixture is checked with (in head/ for a change fixture). */
function configOf(folder: string): string {
  return join(folder, ...(isChangeFixture(folder) ? ['head'] : []), 'qms.config.yaml');
}

function describeFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${findingText('en', f)}`;
}

/** Reads and validates expected.json: a non-empty list of { file, line, severity? }. */
function readExpected(folder: string): ExpectedFinding[] {
  const data = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as unknown;
  if (!Array.isArray(data) || data.length === 0) throw new Error(`${folder}/expected.json must be a non-empty array`);
  return data.map((item: unknown, index) => {
    const entry = item as Partial<ExpectedFinding> & Record<string, unknown>;
    const keys = Object.keys(entry).filter((key) => !['file', 'line', 'severity'].includes(key));
    if (typeof entry.file !== 'string' || !Number.isInteger(entry.line) || (entry.line as number) < 1 || keys.length > 0) {
      throw new Error(`${folder}/expected.json[${index}] must be { file, line, severity? }`);
    }
    if (entry.severity !== undefined && !SEVERITIES.includes(entry.severity)) {
      throw new Error(`${folder}/expected.json[${index}]: severity must be one of ${SEVERITIES.join(', ')}`);
    }
    return entry as ExpectedFinding;
  });
}

/**
 * `file:line`, with `:severity` where expected.json gives one for that file and line. Entries for
 * one file and line must agree on whether they give a severity.
 */
function compare(expected: ExpectedFinding[], actual: Finding[]): { expected: string[]; actual: string[] } {
  const withSeverity = new Map<string, boolean>();
  for (const entry of expected) {
    const key = `${entry.file}:${entry.line}`;
    const has = entry.severity !== undefined;
    if (withSeverity.has(key) && withSeverity.get(key) !== has) throw new Error(`expected.json: ${key} gives a severity for some entries only`);
    withSeverity.set(key, has);
  }
  const format = (file: string, line: number, severity: Severity | undefined): string => `${file}:${line}${severity ? `:${severity}` : ''}`;
  return {
    expected: expected.map((e) => format(e.file, e.line, e.severity)).sort(),
    actual: actual.map((f) => format(f.file, f.line, withSeverity.get(`${f.file}:${f.line}`) ? f.severity : undefined)).sort(),
  };
}

describe('rule fixtures', () => {
  it('has a fixture folder for every rule and none for rules that do not exist', () => {
    const found: string[] = [];
    for (const group of readdirSync(FIXTURES)) {
      if (!statSync(join(FIXTURES, group)).isDirectory()) continue;
      for (const name of readdirSync(join(FIXTURES, group))) found.push(`${group}/${name}`);
    }
    expect(found.sort()).toEqual([...IDS].sort());
  });

  it('has change fixtures (base/ and head/) for the change/* rules, which see nothing without a change', () => {
    for (const id of IDS.filter((i) => i.startsWith('change/'))) {
      for (const variant of ['pass', 'fail'] as const) expect(isChangeFixture(fixture(id, variant)), `${id}/${variant}`).toBe(true);
    }
  });

  describe.each(IDS)('%s', (id) => {
    it('pass/: a complete repository with no finding of any rule', () => {
      const folder = fixture(id, 'pass');
      expect(existsSync(configOf(folder)), configOf(folder)).toBe(true);
      const findings = checkFixture(folder);
      expect(findings.map(describeFinding)).toEqual([]);
    });

    it('fail/: exactly the findings of expected.json', () => {
      const folder = fixture(id, 'fail');
      expect(existsSync(configOf(folder)), configOf(folder)).toBe(true);
      const expected = readExpected(folder);
      const findings = checkFixture(folder).filter((f) => f.ruleId === id);
      const { expected: wanted, actual } = compare(expected, findings);
      expect(actual, `findings of ${id}:\n${findings.map(describeFinding).join('\n')}`).toEqual(wanted);
    });
  });
});

// Written by another person at the same time as these fixtures: may fail until the pages exist.
describe('rule docs', () => {
  it.each(IDS)('docs/rules/%s.md exists', (id) => {
    const rule = RULES.find((r) => r.meta.id === id);
    expect(rule?.meta.docs).toBe(`docs/rules/${id}.md`);
    expect(existsSync(join(PROJECT, 'docs', 'rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
  });
});
