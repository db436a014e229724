// The one git layer of qms: git run synchronously, with arguments and optional stdin, never through a shell.
import { execFileSync } from 'node:child_process';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';

/** A failed git command, with what git said. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed: ${stderr.trim().split('\n')[0] ?? ''}`);
  }
}

/**
 * Runs git with arguments (never through a shell) in `cwd` and returns stdout. Git reads paths
 * and refs as arguments, so codes, branch names and Vietnamese file names pass through as they are.
 */
export function git(cwd: string, args: readonly string[], input?: string | Buffer): string {
  return gitBuffer(cwd, args, input).toString('utf8');
}

/** What every git command qms runs is given before its own arguments: paths as they are, not quoted. */
export const GIT_OPTIONS: readonly string[] = ['-c', 'core.quotepath=off'];

/** The environment every git command runs in: no prompt for credentials, messages in English. */
export function gitEnvironment(): Record<string, string | undefined> {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' };
}

export function gitBuffer(cwd: string, args: readonly string[], input?: string | Buffer): Buffer {
  try {
    return execFileSync('git', [...GIT_OPTIONS, ...args], {
      cwd,
      input,
      maxBuffer: 1 << 30,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: gitEnvironment(),
    });
  } catch (error) {
    const failure = error as { code?: string; stderr?: Buffer };
    if (failure.code === 'ENOENT') throw new QmsError(both('git.not-installed', {}));
    throw new GitError(args, failure.stderr?.toString('utf8') ?? String(error));
  }
}

/** The top folder of the work tree holding `root`, or null outside a repository (or without git). */
export function gitTopLevel(root: string): string | null {
  try {
    return git(root, ['rev-parse', '--show-toplevel']).trim();
  } catch (error) {
    if (error instanceof GitError || error instanceof QmsError) return null;
    throw error;
  }
}
