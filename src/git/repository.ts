// A new repository's git side for `qms init` (its branch, its first commit) and the default branch `qms init --ci` triggers on, through src/git/run.ts.
import { git, GitError } from './run.js';

/** Whether `name` is a valid branch name (git check-ref-format --branch). */
export function isValidBranchName(cwd: string, name: string): boolean {
  try {
    git(cwd, ['check-ref-format', '--branch', name]);
    return !name.startsWith('-');
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

/** `git init` in `root` with its first branch named `branch` (git of any version: no `init -b`). */
export function initRepository(root: string, branch: string): void {
  git(root, ['init', '--quiet']);
  git(root, ['symbolic-ref', 'HEAD', `refs/heads/${branch}`]);
}

/**
 * Stages exactly `files` (paths read literally) and makes a commit of them.
 * @returns the short hash, or what git said when it could not commit (no identity configured, a hook)
 */
export function commitFiles(root: string, files: readonly string[], message: string): { commit: string } | { failure: string } {
  try {
    git(root, ['--literal-pathspecs', 'add', '--', ...files]);
    git(root, ['--literal-pathspecs', 'commit', '--quiet', '-m', message, '--', ...files]);
    return { commit: git(root, ['rev-parse', '--short', 'HEAD']).trim() };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return { failure: error.stderr.trim().split('\n').filter((line) => line.trim() !== '').slice(0, 3).join(' ') };
  }
}

/**
 * The branch CI should guard in the repository at `root`: the remote's default (`origin/HEAD`), else
 * the branch checked out, else null (a detached HEAD with no remote default).
 */
export function defaultBranch(root: string): string | null {
  for (const args of [['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], ['symbolic-ref', '--quiet', '--short', 'HEAD']]) {
    try {
      const ref = git(root, args).trim();
      if (ref !== '') return ref.replace(/^origin\//, '');
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
    }
  }
  return null;
}
