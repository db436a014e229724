/**
 * The plain plan every writing command produces: file changes `{file, before, after}`, and its
 * preview as a unified diff (the same `--dry-run` output everywhere).
 */
import { unifiedDiff } from './diff.js';

/** One file's change: pure data, made by a planner and handed to the one writer (write/apply.ts). */
export interface FileChange {
  /** Path from the repository root, with `/`. */
  file: string;
  /** The text read when planning; null when the file must not exist yet (a new file). */
  before: string | null;
  /** The text to write. */
  after: string;
}

/** The changes that change something. */
export function effectiveChanges<C extends FileChange>(changes: readonly C[]): C[] {
  return changes.filter((change) => change.before !== change.after);
}

/** The plan as a unified diff, git's way (`--- /dev/null` for a new file); '' when nothing changes. */
export function previewChanges(changes: readonly FileChange[]): string {
  return effectiveChanges(changes)
    .map((change) => {
      const diff = unifiedDiff(change.before ?? '', change.after, change.file);
      return change.before === null ? diff.replace(/^--- a\/[^\n]*\n/, '--- /dev/null\n') : diff;
    })
    .join('');
}
