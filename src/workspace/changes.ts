/** Comparing a check run with its base (`--base`, a CI pull request's base, HEAD for `--staged`), the `--changed-only` report scope, and the reading such a scope allows. */
import { baseRefFromEnvironment, mergeBase } from '../git/base.js';
import { changedFilesCommands, parseChangedFiles, type ChangedFile, type ChangeSide } from '../git/changes.js';
import { runGitInBackground } from '../git/background.js';
import { gitTopLevel } from '../git/run.js';
import type { QmsConfig } from '../config/types.js';
import type { RepositoryIndex } from '../model/repository.js';
import { QmsError } from '../util/errors.js';
import { both } from '../i18n/messages/index.js';
import { buildChangeSet, classifyChanges, type ClassifiedChange } from './change-set.js';
import { changedLegalImpacts } from '../change/legal-impact.js';
import { enabledRules } from '../lint/run.js';
import { outOfScopeReading } from '../rules/rule.js';

export interface ChangeOptions {
  base?: string;
  side: ChangeSide;
  changedOnly: boolean;
  env: Record<string, string | undefined>;
}

/** The base a run compares with, and what git says changed since it (before any document is read). */
export interface ComparedBase {
  topLevel: string;
  ref: string;
  /** The merge base commit. */
  base: string;
  changes: ClassifiedChange[];
}

/**
 * A `--changed-only` run that knows its scope before reading: the documents changed since the base
 * get the document rules' findings, the others are read for their front matter only.
 */
export interface ScopedReading {
  compared: ComparedBase;
  findings: (file: string) => boolean;
  frontMatterOnly: (file: string) => boolean;
}

/**
 * The reading a `--changed-only` run of the work tree can do, decided from git alone: when no
 * register entry changed (a changed one widens the scope to the documents citing it, found from
 * every document's citations) and every enabled repository rule needs no more than the front
 * matter of the documents outside the scope (RuleMeta.outOfScope). Undefined when the run reads
 * every document in full; `compared` then still spares attachChanges asking git again.
 */
export function planScopedReading(root: string, config: QmsConfig, options: ChangeOptions): ScopedReading | { compared: ComparedBase } | undefined {
  if (!options.changedOnly || options.side !== 'worktree') return undefined;
  const compared = compareWithBase(root, config, options);
  if (compared === null) return undefined;
  const registerChanged = compared.changes.some((change) => change.kind === 'legal' && change.status !== 'deleted');
  if (registerChanged || outOfScopeReading(enabledRules(config).map(({ rule }) => rule)) === 'summary') return { compared };
  const inScope = new Set(compared.changes.filter((change) => change.kind === 'document' && change.status !== 'deleted').map((change) => change.file));
  return { compared, findings: (file) => inScope.has(file), frontMatterOnly: (file) => !inScope.has(file) };
}

/**
 * Compares the repository with its base when one is asked for (`--base`, a CI pull request, or
 * `--staged`, whose base is HEAD): sets `repository.change` and, for `--changed-only`, returns the
 * files to report on — those changed since the base and those affected by changed register entries.
 * `compared`: planScopedReading's, when the run asked git already.
 */
export function attachChanges(repository: RepositoryIndex, options: ChangeOptions, compared?: ComparedBase, pending?: PendingComparison): ((file: string) => boolean) | undefined {
  const found = compared ?? compareWithBase(repository.root, repository.config, options, pending);
  if (found === null) return undefined;
  repository.change = buildChangeSet(repository, found.topLevel, found.base, found.ref, options.side, found.changes);
  if (!options.changedOnly) return undefined;
  const scope = new Set<string>();
  for (const change of [...repository.change.documents, ...repository.change.legal]) scope.add(change.file);
  for (const { open } of changedLegalImpacts(repository)) for (const affected of open) scope.add(affected.file);
  return (file) => scope.has(file);
}

/**
 * The ref a run compares with: `--base`, a CI pull request's base, HEAD for `--staged`; null for
 * none, which `--changed-only` refuses (before any document is read).
 */
function baseRefOf(options: ChangeOptions): string | null {
  const ref = baseRefFromEnvironment({ ...(options.base !== undefined ? { ref: options.base } : {}), env: options.env }) ?? (options.side === 'staged' ? 'HEAD' : null);
  if (ref === null && options.changedOnly) throw new QmsError(both('usage.changed-only-base', {}), { reason: 'usage' });
  return ref;
}

/** The git half of compareWithBase, started on a worker thread (compareInBackground). */
export interface PendingComparison {
  root: string;
  ref: string;
  side: ChangeSide;
  /** The top level, the merge base and the changed files; undefined when git failed there (the run then asks git itself). */
  take(): { topLevel: string; base: string; changed: ChangedFile[] } | undefined;
}

/**
 * Starts asking git what compareWithBase asks (the top level, the merge base, the changed files),
 * on a worker thread, so that git works while this thread reads the repository (a warm check:
 * statting every file). Undefined when no base is asked for (an error for `--changed-only`, as
 * compareWithBase says). The commands are compareWithBase's;
 * a shallow clone missing the base, or any failure, leaves the asking to compareWithBase.
 */
export function compareInBackground(root: string, options: ChangeOptions): PendingComparison | undefined {
  const ref = baseRefOf(options);
  if (ref === null) return undefined;
  const topLevel = { output: 0 };
  const placeholder = '\u0000base';
  const { diff, untracked } = changedFilesCommands(placeholder, options.side);
  const withBase = (args: readonly string[]): Array<string | { output: number }> => args.map((arg) => (arg === placeholder ? { output: 1 } : arg));
  const running = runGitInBackground([
    { args: ['rev-parse', '--show-toplevel'], cwd: root },
    { args: ['merge-base', ref, 'HEAD'], cwd: topLevel },
    { args: withBase(diff), cwd: topLevel },
    ...(untracked ? [{ args: untracked, cwd: topLevel }] : []),
  ]);
  return {
    root,
    ref,
    side: options.side,
    take() {
      const outputs = running.take();
      if (outputs === undefined) return undefined;
      const [top, base, diffOutput, untrackedOutput] = outputs.map((output) => output.toString('utf8'));
      return { topLevel: top!.trim(), base: base!.trim(), changed: parseChangedFiles(diffOutput!, untrackedOutput) };
    },
  };
}

/**
 * The base asked for, its merge base and the files changed since; null when no base is asked for.
 * `pending`: compareInBackground's, for the same root and options, when the run started it.
 */
function compareWithBase(root: string, config: QmsConfig, options: ChangeOptions, pending?: PendingComparison): ComparedBase | null {
  const ref = baseRefOf(options);
  if (ref === null) return null;
  const asked = pending !== undefined && pending.root === root && pending.ref === ref && pending.side === options.side ? pending.take() : undefined;
  if (asked !== undefined) return { topLevel: asked.topLevel, ref, base: asked.base, changes: classifyChanges(root, config, asked.topLevel, asked.base, options.side, asked.changed) };
  const topLevel = gitTopLevel(root);
  if (topLevel === null) throw new QmsError(both('git.base-needs-repository', { root }));
  const source = options.base !== undefined ? 'option' : options.side === 'staged' && ref === 'HEAD' ? 'head' : 'pull-request';
  const base = mergeBase(topLevel, ref, source);
  return { topLevel, ref, base, changes: classifyChanges(root, config, topLevel, base, options.side) };
}
