/**
 * The cache recalls the findings of every repository rule but those marked `comparesWithBase`
 * (their findings depend on the base too): a rule that reads the change set must be marked, and
 * a marked one must read it, or a recalled finding could be stale.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { RULES } from '../../src/lint/catalogue.js';
import type { ChangeSet } from '../../src/model/change-set.js';
import { loadRepository } from '../../src/workspace/read-full.js';
import { copyDemoAgency, TODAY } from '../helpers/index.js';

describe('rules that compare with a base', () => {
  it('are exactly the repository rules that read the change set', () => {
    const root = copyDemoAgency();
    const repository = loadRepository(root, loadConfig(root), TODAY);
    const change: ChangeSet = { base: 'base', ref: 'main', side: 'worktree', documents: [{ status: 'modified', file: repository.documents[0]!.file, baseFile: repository.documents[0]!.file }], legal: [] };
    const readers: string[] = [];
    for (const rule of RULES) {
      if (!rule.checkRepository) continue;
      let read = false;
      const index = Object.create(repository, { change: { get: () => ((read = true), change) } }) as typeof repository;
      rule.checkRepository({ repository: index, report: () => undefined });
      if (read) readers.push(rule.meta.id);
    }
    const marked = RULES.filter((rule) => rule.meta.comparesWithBase === true).map((rule) => rule.meta.id);
    expect(readers.sort()).toEqual(marked.sort());
    expect(marked.length).toBeGreaterThan(0);
  });
});
