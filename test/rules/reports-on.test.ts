/**
 * RuleMeta.reportsOn held to its word: a repository rule that says it reports on the register
 * reports, on every rule fixture and the demo agency, on register entries and TTHC records only,
 * never on a controlled document (a plan's check leaves it out: lint/planned.ts).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/catalogue.js';
import { runRepositoryRules } from '../../src/lint/run.js';
import { fixtureRepositories } from '../helpers/index.js';

const ON_REGISTER = RULES.filter((rule) => rule.meta.reportsOn === 'register');

describe('RuleMeta.reportsOn', () => {
  const all = fixtureRepositories();

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
