/** The files changed since a base on the checked side (work tree, HEAD or index), with renames, from `git diff --name-status`. */
import type { ChangeSide } from '../model/change-set.js';
import { git } from './run.js';

/** Which side of a comparison with the base is checked (defined with the change set). */
export type { ChangeSide } from '../model/change-set.js';

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path at the checked side (relative to the git top level, with `/`). */
  path: string;
  /** Path at the base, for renamed and deleted files. */
  basePath: string;
}

/** The git commands changedFiles runs (arguments after `git`): the diff, and for the work tree the untracked files. */
export function changedFilesCommands(base: string, side: ChangeSide): { diff: string[]; untracked?: string[] } {
  const diff = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base];
  if (side === 'head') diff.push('HEAD');
  if (side === 'staged') diff.push('--cached');
  return side === 'worktree' ? { diff, untracked: ['ls-files', '--others', '--exclude-standard', '-z'] } : { diff };
}

/**
 * Files that differ between `base` and the checked side: `git diff --name-status` with rename
 * detection, plus untracked files for the work tree (a new document not yet added is a change too).
 */
export function changedFiles(topLevel: string, base: string, side: ChangeSide): ChangedFile[] {
  const commands = changedFilesCommands(base, side);
  return parseChangedFiles(git(topLevel, commands.diff), commands.untracked ? git(topLevel, commands.untracked) : undefined);
}

/** changedFiles from the output of its commands (changedFilesCommands), however they were run. */
export function parseChangedFiles(diffOutput: string, untrackedOutput: string | undefined): ChangedFile[] {
  const fields = diffOutput.split('\0');
  const result: ChangedFile[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const code = fields[i++]!;
    if (code.startsWith('R') || code.startsWith('C')) {
      const from = fields[i++]!;
      const to = fields[i++]!;
      result.push({ status: code.startsWith('R') ? 'renamed' : 'added', path: to, basePath: from });
    } else {
      const path = fields[i++]!;
      const status = code === 'A' ? 'added' : code === 'D' ? 'deleted' : 'modified';
      result.push({ status, path, basePath: path });
    }
  }
  for (const path of untrackedOutput?.split('\0') ?? []) {
    if (path) result.push({ status: 'added', path, basePath: path });
  }
  return result;
}
