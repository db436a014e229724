// ImpactGit: the branch and the commit of `qms impact --apply`, through src/git/run.ts.
import { git, GitError } from './run.js';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/**
 * The git side of `qms impact --apply`: checks that the repository can take a branch and a
 * commit, then makes them. git runs synchronously through src/git/run.ts: every value is an
 * argument (file paths after `--`, read literally, never as patterns), no shell is involved.
 */
export class ImpactGit {
  private previous: string | null = null;

  constructor(private readonly root: string) {}

  /** Refuses (QmsError) outside a repository, on a dirty tree, without a commit, or on an existing branch. */
  ensureReady(branch: string): void {
    if (this.tryGit(['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') throw new QmsError(both('git.apply-needs-repository', {}));
    if (this.tryGit(['rev-parse', '--verify', '--quiet', 'HEAD']) === null) throw new QmsError(both('git.apply-no-commit', {}));
    // Untracked files are not committed, and qms's own cache is no change of the user's.
    const dirty = changedPaths(git(this.root, ['status', '--porcelain', '-z', '--untracked-files=all'])).filter((path) => !/(^|\/)\.qms\//.test(path));
    if (dirty.length > 0) throw new QmsError(both('git.apply-uncommitted', { files: dirty.slice(0, 5), more: Math.max(0, dirty.length - 5) }));
    if (this.tryGit(['check-ref-format', '--branch', branch]) === null) throw new QmsError(both('git.branch-name-invalid', { branch }));
    if (this.tryGit(['show-ref', '--verify', '--quiet', `refs/heads/${branch}`]) !== null) throw new QmsError(both('git.branch-exists', { branch }));
    // Where abandon returns: the current branch, or the commit on a detached HEAD.
    this.previous = (this.tryGit(['symbolic-ref', '--quiet', '--short', 'HEAD']) ?? git(this.root, ['rev-parse', 'HEAD'])).trim();
  }

  /** Creates the branch from HEAD and switches to it. */
  createBranch(branch: string): void {
    git(this.root, ['checkout', '--quiet', '-b', branch]);
  }

  /**
   * Stages exactly `files` and commits them. When that fails (a hook refuses, say), `files` are
   * unstaged again and the Error's message is what git said.
   * @returns the commit hash
   */
  commit(files: readonly string[], message: string): string {
    const paths = ['--', ...files];
    let step = 'add';
    try {
      git(this.root, ['--literal-pathspecs', 'add', ...paths]);
      step = 'commit';
      git(this.root, ['--literal-pathspecs', 'commit', '--quiet', '-m', message, ...paths]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      this.tryGit(['--literal-pathspecs', 'reset', '--quiet', 'HEAD', ...paths]);
      throw new Error(error.stderr.trim() || `git ${step} gave no reason`);
    }
    return git(this.root, ['rev-parse', 'HEAD']).trim();
  }

  /** Undoes createBranch after a failure: back to where the command started, branch deleted. */
  abandon(branch: string): void {
    if (this.previous === null) return;
    git(this.root, ['checkout', '--quiet', this.previous, '--']);
    git(this.root, ['branch', '-D', branch]);
  }

  /** git's output, or null when git fails. */
  private tryGit(args: readonly string[]): string | null {
    try {
      return git(this.root, args);
    } catch (error) {
      if (error instanceof GitError) return null;
      throw error;
    }
  }
}

/** The paths `git status --porcelain -z` lists, untracked ones left out; a rename or copy by its new path. */
function changedPaths(status: string): string[] {
  const paths: string[] = [];
  const fields = status.split('\0');
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? '';
    if (field.length < 4) continue;
    const code = field.slice(0, 2);
    if (code[0] === 'R' || code[0] === 'C') i++; // the next field is the old path
    if (code !== '??') paths.push(field.slice(3));
  }
  return paths;
}
