/** What identifies a file's state without reading it (size, times, inode), as git's index records it. */
import type { Stats } from 'node:fs';

/** What a signature is made of (a file's `Stats` has it, and so does a state taken on another thread: see stat-ahead.ts). */
export type FileState = Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>;

/** How long after a change a file's size and times are taken as proof (coarse file system clocks). */
const SETTLED_MS = 2000;

/**
 * What identifies a file's state without reading it: size, modification and change times, inode.
 * Null when the file was modified less than two seconds before `readAt`: a later edit within the
 * same clock tick could keep all four (git calls such entries racy), so such a file is hashed
 * again next time. Any later write sets the modification time to its own time, which differs.
 */
export function statSignature(stat: FileState, readAt: number): string | null {
  if (readAt - stat.mtimeMs < SETTLED_MS) return null;
  return currentSignature(stat);
}

/** The signature of a file as it is now, to compare with a recorded one. */
export function currentSignature(stat: FileState): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}
