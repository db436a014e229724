/**
 * A plan written on a new git branch and committed (`qms impact --apply`): the branch is made,
 * the one writer writes, git commits. All or nothing: when writing or committing fails, the files
 * are restored, the previous branch checked out and the new branch deleted.
 */
import { ImpactGit } from '../git/branch.js';
import type { Language } from '../i18n/language.js';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';
import { applyChanges } from './apply.js';
import { effectiveChanges, type FileChange } from './plan.js';

/** Writes `changes` on the new branch `branch` and commits them with `message`; returns the commit hash. */
export function applyOnBranch(root: string, changes: readonly FileChange[], commit: { branch: string; message: string }, language: Language): string {
  const git = new ImpactGit(root);
  git.ensureReady(commit.branch);
  git.createBranch(commit.branch);
  const changed = effectiveChanges(changes);
  try {
    applyChanges(root, changed, language);
  } catch (error) {
    git.abandon(commit.branch);
    throw error;
  }
  try {
    return git.commit(
      changed.map((change) => change.file),
      commit.message,
    );
  } catch (error) {
    // Put back what was read: the reverse plan, through the same writer.
    applyChanges(
      root,
      changed.map((change) => ({ file: change.file, before: change.after, after: change.before ?? '' })),
      language,
    );
    git.abandon(commit.branch);
    throw new QmsError(both('write.commit-failed', { message: (error as Error).message.split('\n')[0] ?? '' }), { reason: 'git' });
  }
}
