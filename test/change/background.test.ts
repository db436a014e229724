/**
 * git on a worker thread while a check reads the repository (git/background.ts): the same outputs
 * as git run here, and, through compareInBackground, the same top level, merge base and changed
 * files as compareWithBase's own commands, on a real repository with renames, deletions, untracked
 * and staged files and Vietnamese paths. A failure there leaves the asking to the caller.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeBase } from '../../src/git/base.js';
import { runGitInBackground } from '../../src/git/background.js';
import { changedFiles } from '../../src/git/changes.js';
import { git as gitHere, gitTopLevel } from '../../src/git/run.js';
import { compareInBackground, type ChangeOptions } from '../../src/workspace/changes.js';
import { commitAll, git, makeRepo } from '../helpers/index.js';

function repository(): string {
  const root = makeRepo({
    'qms.config.yaml': 'language: vi\n',
    'procedures/QT-01.md': '# một\n',
    'procedures/QT-02.md': '# hai\n',
    'procedures/Quy trình cũ.md': '# cũ\n',
    'legal/nd-61.md': '# 61\n',
  });
  commitAll(root);
  git(root, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(root, 'procedures/QT-01.md'), '# một, sửa\n');
  git(root, 'commit', '-q', '-am', 'sửa');
  renameSync(join(root, 'procedures/Quy trình cũ.md'), join(root, 'procedures/Quy trình mới.md'));
  rmSync(join(root, 'legal/nd-61.md'));
  git(root, 'add', '-A');
  mkdirSync(join(root, 'forms'));
  writeFileSync(join(root, 'forms/Biểu mẫu'.normalize('NFD') + '.md'), '# mẫu\n');
  writeFileSync(join(root, 'procedures/QT-02.md'), '# hai, chưa thêm\n');
  return root;
}

describe('git on a worker thread', () => {
  it('gives what git gives here, an earlier output standing in for an argument or a folder', () => {
    const root = repository();
    const outputs = runGitInBackground([
      { args: ['rev-parse', '--show-toplevel'], cwd: root },
      { args: ['merge-base', 'main', 'HEAD'], cwd: { output: 0 } },
      { args: ['diff', '--name-status', '-z', { output: 1 }], cwd: { output: 0 } },
    ]).take();
    const top = gitHere(root, ['rev-parse', '--show-toplevel']);
    const base = gitHere(root, ['merge-base', 'main', 'HEAD']);
    expect(outputs?.map((output) => output.toString('utf8'))).toEqual([top, base, gitHere(root, ['diff', '--name-status', '-z', base.trim()])]);
  });

  it('gives nothing when a command fails, and the caller asks git itself', () => {
    const root = repository();
    expect(runGitInBackground([{ args: ['merge-base', 'no-such-branch', 'HEAD'], cwd: root }]).take()).toBeUndefined();
    expect(runGitInBackground([{ args: ['status'], cwd: join(root, 'no-such-folder') }]).take()).toBeUndefined();
  });
});

describe('the comparison with the base, started before the repository is read', () => {
  it('finds the top level, the merge base and the changed files compareWithBase finds, on every side', () => {
    const root = repository();
    for (const side of ['worktree', 'staged', 'head'] as const) {
      const options: ChangeOptions = { base: 'main', side, changedOnly: true, env: {} };
      const pending = compareInBackground(root, options)!;
      expect(pending.ref).toBe('main');
      const taken = pending.take()!;
      const topLevel = gitTopLevel(root)!;
      const base = mergeBase(topLevel, 'main');
      expect(taken, side).toEqual({ topLevel, base, changed: changedFiles(topLevel, base, side) });
      expect(taken.changed.length, side).toBeGreaterThan(0);
    }
    // Untracked, renamed and deleted files are there (the work tree).
    const worktree = compareInBackground(root, { base: 'main', side: 'worktree', changedOnly: true, env: {} })!.take()!;
    expect(worktree.changed.map((c) => c.status).sort()).toEqual(['added', 'deleted', 'modified', 'modified', 'renamed']);
  });

  it('is not started without a base, and gives nothing for a base git does not know', () => {
    const root = repository();
    expect(compareInBackground(root, { side: 'worktree', changedOnly: false, env: {} })).toBeUndefined();
    expect(compareInBackground(root, { base: 'no-such-branch', side: 'worktree', changedOnly: true, env: {} })!.take()).toBeUndefined();
  });
});
