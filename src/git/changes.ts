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

/**
 * Files that differ between `base` and the checked side: `git diff --name-status` with rename
 * detection, plus untracked files for the work tree (a new document not yet added is a change too).
 */
export function changedFiles(topLevel: string, base: string, side: ChangeSide): ChangedFile[] {
  const args = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', base];
  if (side === 'head') args.push('HEAD');
  if (side === 'staged') args.push('--cached');
  const fields = git(topLevel, args).split('\0');
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
  if (side === 'worktree') {
    for (const path of git(topLevel, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
      if (path) result.push({ status: 'added', path, basePath: path });
    }
  }
  return result;
}
