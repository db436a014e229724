/**
 * RuleMeta.reportsOn held to its word: a repository rule that says it reports on the register
 * reports, on every rule fixture and the demo agency, on register entries and TTHC records only,
 * never on a controlled document (a plan's check leaves it out: lint/planned.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { RULES } from '../../src/lint/catalogue.js';
import { runRepositoryRules } from '../../src/lint/run.js';
import type { Repository } from '../../src/model/repository.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { isChangeFixture, TODAY } from '../helpers/index.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(PROJECT, 'fixtures', 'rules');

/** The demo agency and every rule fixture but the change fixtures (register rules need no base). */
function repositories(): Array<[string, Repository]> {
  const found: Array<[string, Repository]> = [];
  const add = (name: string, root: string): void => {
    if (!isChangeFixture(root)) found.push([name, loadRepository(root, loadConfig(root), TODAY)]);
  };
  add('demo-agency', join(PROJECT, 'fixtures', 'demo-agency'));
  for (const group of readdirSync(FIXTURES)) {
    if (!statSync(join(FIXTURES, group)).isDirectory()) continue;
    for (const name of readdirSync(join(FIXTURES, group))) for (const variant of ['pass', 'fail']) add(`${group}/${name}/${variant}`, join(FIXTURES, group, name, variant));
  }
  return found;
}

const ON_REGISTER = RULES.filter((rule) => rule.meta.reportsOn === 'register');

describe('RuleMeta.reportsOn', () => {
  const all = repositories();

  it('is said of the register and TTHC rules, and of no rule reporting on documents', () => {
    expect(ON_REGISTER.map((rule) => rule.meta.id).sort()).toEqual(
      ['frontmatter/parse', 'register/conflict', 'register/cycle', 'register/dates', 'register/duplicate', 'register/id', 'register/schema', 'register/target', 'tthc/schema'].sort(),
    );
  });

  it.each(ON_REGISTER.map((rule) => [rule.meta.id, rule] as const))('%s reports on register entries and TTHC records only', (_id, rule) => {
    let reported = 0;
    const onDocuments: string[] = [];
    for (const [name, repository] of all) {
      const documents = new Set(repository.documents.map((d) => d.file));
      for (const finding of runRepositoryRules(repository, [{ rule, setting: rule.meta.severity }])) {
        reported++;
        if (documents.has(finding.file)) onDocuments.push(`${name}: ${finding.file}`);
      }
    }
    expect(onDocuments).toEqual([]);
    // Every such rule has a failing fixture: the check saw it report.
    expect(reported).toBeGreaterThan(0);
  });
});
