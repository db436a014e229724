import { simpleGit, type SimpleGit } from 'simple-git';
import { QmsError } from '../util/errors.js';

/**
 * The git side of `qms impact --apply`: checks that the repository can take a branch and a
 * commit, then makes them. simple-git passes every value as an argument; no shell is involved.
 */
export class ImpactGit {
  private readonly git: SimpleGit;
  private previous: string | null = null;

  constructor(root: string) {
    this.git = simpleGit({ baseDir: root });
  }

  /** Refuses (QmsError) outside a repository, on a dirty tree, without a commit, or on an existing branch. */
  async ensureReady(branch: string): Promise<void> {
    if (!(await this.git.checkIsRepo())) throw new QmsError('--apply works in a git repository (it makes a branch and a commit): run git init, commit, and try again');
    try {
      await this.git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']);
    } catch {
      throw new QmsError('the repository has no commit yet: commit the documents first, then run --apply');
    }
    const status = await this.git.status();
    // Untracked files are not committed, and qms's own cache is no change of the user's.
    const dirty = status.files
      .filter((file) => (file.index !== '?' || file.working_dir !== '?') && !/(^|\/)\.qms\//.test(file.path))
      .map((file) => file.path);
    if (dirty.length > 0) {
      const list = dirty.slice(0, 5).join(', ') + (dirty.length > 5 ? ` and ${dirty.length - 5} more` : '');
      throw new QmsError(`the working tree has uncommitted changes (${list}): commit or stash them first, so the impact branch holds only qms's changes`);
    }
    try {
      await this.git.raw(['check-ref-format', '--branch', branch]);
    } catch {
      throw new QmsError(`"${branch}" is not a valid branch name`);
    }
    const branches = await this.git.branchLocal();
    if (branches.all.includes(branch)) throw new QmsError(`branch ${branch} already exists: delete it (git branch -D ${branch}) or choose another with --branch`);
    this.previous = status.current ?? (await this.git.revparse(['HEAD']));
  }

  /** Creates the branch from HEAD and switches to it. */
  async createBranch(branch: string): Promise<void> {
    await this.git.checkoutLocalBranch(branch);
  }

  /** Stages exactly `files` and commits them. */
  async commit(files: string[], message: string): Promise<string> {
    await this.git.add(files);
    const result = await this.git.commit(message, files);
    return result.commit;
  }

  /** Undoes createBranch after a failure: back to where the command started, branch deleted. */
  async abandon(branch: string): Promise<void> {
    if (this.previous === null) return;
    await this.git.checkout(this.previous);
    await this.git.deleteLocalBranch(branch, true);
  }
}
