/** The base a change is compared with: `--base` or the CI pull request's target, and its merge base with HEAD (deepening shallow clones). */
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';
import type { BaseSource } from '../i18n/messages/git.js';
import { git, GitError } from './run.js';

/** Where the base of a change comes from. */
export interface BaseRequest {
  /** `--base <ref>`; when absent, the CI's own variables are used. */
  ref?: string;
  env: Record<string, string | undefined>;
}

/**
 * The base ref a pull request is compared with: `--base`, else the target branch of a GitHub
 * Actions pull_request event (GITHUB_BASE_REF) or of a GitLab merge request pipeline
 * (CI_MERGE_REQUEST_DIFF_BASE_SHA, CI_MERGE_REQUEST_TARGET_BRANCH_NAME). Null when none applies.
 */
export function baseRefFromEnvironment({ ref, env }: BaseRequest): string | null {
  if (ref) return ref;
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_BASE_REF) return `origin/${env.GITHUB_BASE_REF}`;
  if (env.GITLAB_CI === 'true') {
    if (env.CI_MERGE_REQUEST_DIFF_BASE_SHA) return env.CI_MERGE_REQUEST_DIFF_BASE_SHA;
    if (env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME) return `origin/${env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME}`;
  }
  return null;
}

const DEEPEN_STEPS = [50, 200, 1000];

/**
 * The merge base of `ref` and HEAD. In a shallow clone (as CI checks out) it deepens the history
 * from `origin` step by step; when that cannot find it, the message says what to change.
 * `source`: where the base was named (`--base`, HEAD for `--staged`, a CI pull request), for the messages.
 */
export function mergeBase(topLevel: string, ref: string, source: BaseSource = 'option'): string {
  const attempt = (): string | null => {
    try {
      git(topLevel, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
      return git(topLevel, ['merge-base', ref, 'HEAD']).trim();
    } catch (error) {
      if (error instanceof GitError) return null;
      throw error;
    }
  };
  let found = attempt();
  if (found) return found;
  const shallow = isShallow(topLevel);
  if (shallow) {
    // A shallow clone may lack the base commit itself, or the history joining it to HEAD.
    for (const depth of DEEPEN_STEPS) {
      try {
        git(topLevel, ['fetch', '--quiet', `--deepen=${depth}`, 'origin']);
      } catch {
        break;
      }
      found = attempt();
      if (found) return found;
    }
  }
  // A remote ref gets the git fetch that brings it; a shallow clone, how to check out the full history.
  if (!refExists(topLevel, ref)) throw new QmsError(both('git.base-not-found', { ref, source, shallow }));
  if (shallow) throw new QmsError(both('git.shallow-merge-base', { ref }));
  throw new QmsError(both('git.no-common-history', { ref, source }));
}

function refExists(topLevel: string, ref: string): boolean {
  try {
    git(topLevel, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    return true;
  } catch (error) {
    if (error instanceof GitError) return false;
    throw error;
  }
}

function isShallow(topLevel: string): boolean {
  return git(topLevel, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
}
