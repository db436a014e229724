/**
 * One pair of mini repositories per rule (fixtures/rules/<ruleId>/pass and /fail):
 * the pass repository gives no finding at all, of any rule (no false positives), and the fail
 * repository gives exactly the findings of its rule listed in expected.json.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/config/types.js';
import { RULES } from '../../src/rules/catalogue.js';
import type { Finding } from '../../src/rules/types.js';
import { checkFolder } from '../helpers/repo.js';

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

function describeFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`;
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

  describe.each(IDS)('%s', (id) => {
    it('pass/: a complete repository with no finding of any rule', () => {
      const folder = fixture(id, 'pass');
      expect(existsSync(join(folder, 'qms.config.yaml')), `${folder}/qms.config.yaml`).toBe(true);
      const findings = checkFolder(folder);
      expect(findings.map(describeFinding)).toEqual([]);
    });

    it('fail/: exactly the findings of expected.json', () => {
      const folder = fixture(id, 'fail');
      expect(existsSync(join(folder, 'qms.config.yaml')), `${folder}/qms.config.yaml`).toBe(true);
      const expected = readExpected(folder);
      const findings = checkFolder(folder).filter((f) => f.ruleId === id);
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
