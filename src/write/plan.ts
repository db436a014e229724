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

/**
 * One output file of `qms export` / `qms site`, text or bytes (DOCX, PDF): pure data like a
 * FileChange, written by the same writer. `before` is what the file held when planning (null: it
 * must not exist yet), so a file changed meanwhile is refused rather than overwritten.
 */
export interface OutputChange {
  /** Path from the output root, with `/`. */
  file: string;
  before: string | Uint8Array | null;
  after: string | Uint8Array;
}

/** Whether an output changes its file (bytes compared, so text and bytes compare alike). */
export function outputChanges(change: OutputChange): boolean {
  if (change.before === null) return true;
  return !bytesOf(change.before).equals(bytesOf(change.after));
}

/** The `--dry-run` preview of outputs: one line per file that would be written, with its size. */
export function previewOutputs(changes: readonly OutputChange[]): string {
  return changes
    .filter(outputChanges)
    .map((change) => `${change.before === null ? 'create' : 'update'} ${change.file} (${bytesOf(change.after).length} bytes)\n`)
    .join('');
}

function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}
