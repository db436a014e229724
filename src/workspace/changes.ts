/** Comparing a check run with its base (`--base`, a CI pull request's base, HEAD for `--staged`) and the `--changed-only` report scope. */
import { baseRefFromEnvironment, mergeBase } from '../git/base.js';
import type { ChangeSide } from '../git/changes.js';
import { gitTopLevel } from '../git/run.js';
import type { RepositoryIndex } from '../model/repository.js';
import { QmsError } from '../util/errors.js';
import { buildChangeSet } from './change-set.js';
import { changedLegalImpacts } from '../change/legal-impact.js';

export interface ChangeOptions {
  base?: string;
  side: ChangeSide;
  changedOnly: boolean;
  env: Record<string, string | undefined>;
}

/**
 * Compares the repository with its base when one is asked for (`--base`, a CI pull request, or
 * `--staged`, whose base is HEAD): sets `repository.change` and, for `--changed-only`, returns the
 * files to report on — those changed since the base and those affected by changed register entries.
 */
export function attachChanges(repository: RepositoryIndex, options: ChangeOptions): ((file: string) => boolean) | undefined {
  const ref = baseRefFromEnvironment({ ...(options.base !== undefined ? { ref: options.base } : {}), env: options.env }) ?? (options.side === 'staged' ? 'HEAD' : null);
  if (ref === null) {
    if (options.changedOnly) throw new QmsError('--changed-only needs a base to compare with: give --base <branch> (found automatically in GitHub and GitLab pull request pipelines)');
    return undefined;
  }
  const topLevel = gitTopLevel(repository.root);
  if (topLevel === null) throw new QmsError(`--base needs a git repository, and ${repository.root} is not in one`);
  const label = options.base !== undefined ? `--base ${ref}` : options.side === 'staged' && ref === 'HEAD' ? 'HEAD' : `the pull request's base ${ref}`;
  const base = mergeBase(topLevel, ref, label);
  repository.change = buildChangeSet(repository, topLevel, base, ref, options.side);
  if (!options.changedOnly) return undefined;
  const scope = new Set<string>();
  for (const change of [...repository.change.documents, ...repository.change.legal]) scope.add(change.file);
  for (const { open } of changedLegalImpacts(repository)) for (const affected of open) scope.add(affected.file);
  return (file) => scope.has(file);
}
