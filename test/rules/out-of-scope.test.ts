/**
 * RuleMeta.outOfScope held to its word: every repository rule, run on a scoped repository whose
 * documents outside the scope are read only as the rule declares (front matter only, or left out),
 * reports in the scope exactly what it reports there on the whole repository read in full. Over
 * every rule fixture (fixtures/rules, change fixtures with their base) and the demo agency, with
 * each document alone as the scope, and the change set as the scope of a change fixture.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { readControlledDocument } from '../../src/document/read-document.js';
import { RULES } from '../../src/lint/catalogue.js';
import { runRepositoryRules } from '../../src/lint/run.js';
import { frontMatterSummary } from '../../src/lint/planned.js';
import { summarizeDocument } from '../../src/model/document.js';
import { documentReadContext, indexByCode } from '../../src/model/reading.js';
import type { Finding, Repository, RepositoryIndex } from '../../src/model/repository.js';
import { codeDuplicate } from '../../src/rules/code/duplicate.js';
import { outOfScopeReading, ruleMeta, type OutOfScopeNeed, type Rule } from '../../src/rules/rule.js';
import { attachChanges, planScopedReading } from '../../src/workspace/changes.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { isChangeFixture, materializeChangeFixture, TODAY } from '../helpers/index.js';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(PROJECT, 'fixtures', 'rules');
const CHANGE = { base: 'main', side: 'worktree', changedOnly: true, env: {} } as const;

interface Subject {
  name: string;
  repository: Repository;
  /** The scopes to compare on: each document alone, and a change fixture's change set. */
  scopes: Array<ReadonlySet<string>>;
  /** A changed register entry widens the scope: such a run reads every document in full. */
  registerChanged: boolean;
}

/** A fixture folder as a repository: a change fixture's base/ committed on main, its work tree made head/. */
function subject(name: string, folder: string): Subject {
  const change = isChangeFixture(folder);
  const root = change ? materializeChangeFixture(folder) : folder;
  const repository = loadRepository(root, loadConfig(root), TODAY);
  const scopes: Array<ReadonlySet<string>> = repository.documents.map((d) => new Set([d.file]));
  let registerChanged = false;
  if (change) {
    attachChanges(repository, { ...CHANGE, changedOnly: false });
    scopes.push(new Set(repository.change!.documents.filter((c) => c.status !== 'deleted').map((c) => c.file)));
    registerChanged = repository.change!.legal.some((c) => c.status !== 'deleted');
    // The planner agrees: it reads lightly exactly when no register entry changed.
    const planned = planScopedReading(root, repository.config, CHANGE);
    expect(planned !== undefined && 'frontMatterOnly' in planned, name).toBe(!registerChanged);
  }
  return { name, repository, scopes, registerChanged };
}

function subjects(): Subject[] {
  const found: Subject[] = [subject('demo-agency', join(PROJECT, 'fixtures', 'demo-agency'))];
  for (const group of readdirSync(FIXTURES)) {
    if (!statSync(join(FIXTURES, group)).isDirectory()) continue;
    for (const name of readdirSync(join(FIXTURES, group))) {
      for (const variant of ['pass', 'fail']) found.push(subject(`${group}/${name}/${variant}`, join(FIXTURES, group, name, variant)));
    }
  }
  return found;
}

/** The repository as a scoped run sees it: documents in the scope summarised in full, the others as `need` says. */
function scopedIndex(repository: Repository, scope: ReadonlySet<string>, need: OutOfScopeNeed | 'summary'): RepositoryIndex {
  const context = documentReadContext(repository.config, repository.register);
  const documents = repository.documents.flatMap((document) => {
    if (need === 'summary' || scope.has(document.file)) return [summarizeDocument(document)];
    if (need === 'nothing') return [];
    // The narrowest view of a document's front matter any path gives a rule (impact --apply's plan
    // check, lint/planned.ts) taken from the light reading `check --changed-only` makes: a
    // declaration holds for both.
    return [frontMatterSummary(summarizeDocument(readControlledDocument(document.file, repository.texts.get(document.file)!, context, { frontMatterOnly: true })))];
  });
  return { ...repository, documents, byCode: indexByCode(documents) };
}

function run(index: RepositoryIndex, rule: Rule, scope: ReadonlySet<string>): Finding[] {
  return runRepositoryRules(index, [{ rule, setting: rule.meta.severity }], (file) => scope.has(file));
}

/** The scopes of a subject where `rule`, reading out-of-scope documents as `need` says, reports otherwise than on the whole repository. */
function differences(subject: Subject, rule: Rule, need: OutOfScopeNeed): string[] {
  if (subject.registerChanged) return [];
  const found: string[] = [];
  for (const scope of subject.scopes) {
    const whole = run(scopedIndex(subject.repository, scope, 'summary'), rule, scope);
    const scoped = run(scopedIndex(subject.repository, scope, need), rule, scope);
    if (JSON.stringify(scoped) !== JSON.stringify(whole)) found.push(`${subject.name} [${[...scope].join(', ')}]`);
  }
  return found;
}

const REPOSITORY_RULES = RULES.filter((rule) => rule.checkRepository);

describe('RuleMeta.outOfScope', () => {
  const all = subjects();

  it.each(REPOSITORY_RULES.map((rule) => [rule.meta.id, rule] as const))('%s: the declared reading gives the findings of the whole repository in every scope', (_id, rule) => {
    const need = rule.meta.outOfScope;
    if (need === undefined) return; // read in full: nothing to prove
    expect(all.flatMap((s) => differences(s, rule, need))).toEqual([]);
  });

  it.each(REPOSITORY_RULES.map((rule) => [rule.meta.id, rule] as const))('%s: told which files are reported (RuleContext.reports), reports in them what it reports on the whole repository', (_id, rule) => {
    const rules = [{ rule, setting: rule.meta.severity }];
    const found = all.flatMap((subject) =>
      subject.scopes.flatMap((scope) => {
        const index = scopedIndex(subject.repository, scope, 'summary');
        const only = (file: string): boolean => scope.has(file);
        const told = runRepositoryRules(index, rules, only);
        const whole = runRepositoryRules(index, rules).filter((finding) => only(finding.file));
        return JSON.stringify(told) === JSON.stringify(whole) ? [] : [`${subject.name} [${[...scope].join(', ')}]`];
      }),
    );
    expect(found).toEqual([]);
  });

  it('tells a repository rule the files a scoped run reports, and nothing when it reports on every file', () => {
    const told: Array<((file: string) => boolean) | undefined> = [];
    const spy: Rule = { meta: codeDuplicate.meta, checkRepository: ({ reports }) => void told.push(reports) };
    const index = scopedIndex(all[0]!.repository, new Set(), 'summary');
    const only = (file: string): boolean => file === 'a.md';
    runRepositoryRules(index, [{ rule: spy, setting: 'error' }], only);
    runRepositoryRules(index, [{ rule: spy, setting: 'error' }]);
    expect(told).toEqual([only, undefined]);
  });

  it('catches a declaration too light: code/duplicate without the other documents, a rule reading other documents\' bodies with their front matter', () => {
    const blind: Rule = { ...codeDuplicate, meta: { ...codeDuplicate.meta, outOfScope: 'nothing' } };
    expect(all.flatMap((s) => differences(s, blind, 'nothing')).length).toBeGreaterThan(0);
    // Reports on each document the codes other documents mention: their bodies, not their front matter.
    const mentionedBy: Rule = {
      meta: ruleMeta({ id: 'ref/unknown', severity: 'error', isoClause: '7.5.3.1', outOfScope: 'front-matter' }),
      checkRepository({ repository, report }) {
        for (const document of repository.documents) {
          const code = document.code?.value;
          if (!code) continue;
          const by = repository.documents.filter((other) => other !== document && other.mentions.some((m) => m.code === code)).map((other) => other.file);
          if (by.length > 0) report({ file: document.file, position: document.code!.position, messageId: 'ref/unknown', data: { code, source: by.join(','), hint: '' } });
        }
      },
    };
    expect(all.flatMap((s) => differences(s, mentionedBy, 'front-matter')).length).toBeGreaterThan(0);
  });

  it('the lightest reading serving every rule: the least any one needs, in full when one does not say', () => {
    const rule = (outOfScope?: OutOfScopeNeed): Rule => ({ meta: ruleMeta({ id: 'ref/unknown', severity: 'error', isoClause: '', ...(outOfScope ? { outOfScope } : {}) }), checkRepository: () => undefined });
    expect(outOfScopeReading([rule('nothing'), rule('nothing')])).toBe('nothing');
    expect(outOfScopeReading([rule('nothing'), rule('front-matter')])).toBe('front-matter');
    expect(outOfScopeReading([rule('front-matter'), rule()])).toBe('summary');
    // Document rules see their own documents only.
    expect(outOfScopeReading([{ meta: codeDuplicate.meta, checkDocuments: () => undefined }])).toBe('nothing');
    expect(outOfScopeReading(RULES)).toBe('front-matter');
  });
});
