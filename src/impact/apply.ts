// applyPlan: writes a materialised impact plan on a new git branch and commits it, all or nothing.
import { join } from 'node:path';
import { ChangedOnDiskError, OutsideRootError, writeFilesAtomically } from '../write/atomic.js';
import { QmsError } from '../util/errors.js';
import { ImpactGit } from '../git/branch.js';
import type { FileOutcome } from './materialize.js';
import type { ImpactPlan } from './plan.js';

/**
 * Writes a materialised plan on a new branch and commits it: the effect half of
 * `qms impact --apply`. All or nothing: when writing or committing fails, the files are restored,
 * the previous branch checked out and the new branch deleted. git runs synchronously (src/git/run.ts);
 * the function stays async so that its callers' contract (a Promise, failures as rejections) holds.
 * @returns the commit hash
 */
export async function applyPlan(root: string, plan: ImpactPlan, outcomes: readonly FileOutcome[]): Promise<string> {
  const git = new ImpactGit(root);
  git.ensureReady(plan.branch);
  git.createBranch(plan.branch);
  const changed = outcomes.filter((o) => o.after !== o.before);
  try {
    writeFilesAtomically(
      root,
      changed.map((o) => ({ path: join(root, o.file), expected: o.before, content: o.after })),
    );
  } catch (error) {
    git.abandon(plan.branch);
    // NotUtf8Error is a QmsError already: one line, exit 2.
    if (error instanceof ChangedOnDiskError) throw new QmsError(`${error.message}: run the command again`);
    if (error instanceof OutsideRootError) throw new QmsError(`${error.message}; nothing was written`);
    throw error;
  }
  try {
    return git.commit(
      changed.map((o) => o.file),
      plan.commitMessage,
    );
  } catch (error) {
    writeFilesAtomically(
      root,
      changed.map((o) => ({ path: join(root, o.file), expected: o.after, content: o.before })),
    );
    git.abandon(plan.branch);
    throw new QmsError(`git commit failed, nothing was changed: ${(error as Error).message.split('\n')[0]}`);
  }
}
