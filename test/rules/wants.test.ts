/**
 * RuleContext.wants held to: a repository rule told which files' findings are wanted (a run
 * reporting on some files) reports in them exactly what it reports there when it sees every file
 * wanted. Over the demo agency and every rule fixture, with each document alone as the scope.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/catalogue.js';
import { runRepositoryRules } from '../../src/lint/run.js';
import type { Rule } from '../../src/rules/rule.js';
import { fixtureRepositories } from '../helpers/index.js';

const REPOSITORY_RULES = RULES.filter((rule) => rule.checkRepository);

describe('RuleContext.wants', () => {
  const all = fixtureRepositories();

  it.each(REPOSITORY_RULES.map((rule) => [rule.meta.id, rule] as const))('%s: the same findings in the wanted files as on the whole repository', (_id, rule: Rule) => {
    const differing: string[] = [];
    let found = 0;
    for (const [name, repository] of all) {
      const rules = [{ rule, setting: rule.meta.severity }];
      const whole = runRepositoryRules(repository, rules);
      for (const document of repository.documents) {
        const only = (file: string): boolean => file === document.file;
        const expected = whole.filter((f) => only(f.file));
        found += expected.length;
        if (JSON.stringify(runRepositoryRules(repository, rules, only)) !== JSON.stringify(expected)) differing.push(`${name}: ${document.file}`);
      }
    }
    expect(differing).toEqual([]);
    if (['ref/unknown', 'ref/obsolete'].includes(rule.meta.id)) expect(found).toBeGreaterThan(0);
  });
});
