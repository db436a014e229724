/**
 * Writes several files as one change: every file or none. Each new content goes to a temporary file
 * beside its target (same folder, so a rename never crosses file systems and is atomic), every
 * target is checked against what was read when the change was planned, and only then are the temps
 * renamed into place, with backups to restore if a rename fails half-way.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  chmodSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { notUtf8Error } from '../util/errors.js';
import { failureOf } from './failure.js';

/** One file to write. */
export interface PlannedWrite {
  /** Absolute path of the file (a relative path is taken from the root). */
  path: string;
  /** The content read when planning (text, or bytes for a binary output); null when the file must not exist yet. */
  expected: string | Uint8Array | null;
  /** The new content: text is written as UTF-8, bytes as they are. */
  content: string | Uint8Array;
}

/** A file changed on disk after it was read, so writing would lose someone's change. Nothing was written. */
export class ChangedOnDiskError extends Error {
  override readonly name = 'ChangedOnDiskError';
  constructor(readonly path: string) {
    super(`${path} changed on disk since it was read; nothing was written`);
  }
}

/** A path is outside the repository root, or reaches out of it through a symbolic link. Nothing was written. */
export class OutsideRootError extends Error {
  override readonly name = 'OutsideRootError';
}

/** Test hooks. */
export interface WriteHooks {
  /** Test hook: throw after this many files were renamed into place. */
  failAfterRenames?: number;
}

interface Target {
  write: PlannedWrite;
  /** The file's real path: its parent folder's real path and its name. */
  file: string;
  dir: string;
  name: string;
  mode: number;
  temp?: string;
  backup?: string;
  /** Set once the temp has been renamed over (or linked as) the target. */
  placed?: boolean;
}

/**
 * Writes every file or none. Refuses (OutsideRootError) a path outside the real path of `root` or a
 * symbolic link file; throws ChangedOnDiskError, with nothing changed, if a file no longer has its
 * expected content (compared byte for byte), and a QmsError (reason `not-utf8`) if it is not UTF-8. Leftovers of a
 * killed earlier run (temporary and backup files of a process no longer alive) are removed first. If putting a file in place fails, the files already replaced are restored and
 * new ones removed before the error is rethrown. No temporary or backup file is left behind. A write
 * the system refuses (full disk, quota, read-only, permission) is rethrown as a WriteFailedError
 * naming the file.
 */
export function writeFilesAtomically(root: string, writes: readonly PlannedWrite[], hooks: WriteHooks = {}): void {
  // The file being worked on, so a refusal of the system (a full disk …) names it.
  const at = { path: root };
  try {
    writeAll(root, writes, hooks, at);
  } catch (error) {
    throw failureOf(error, at.path);
  }
}

function writeAll(root: string, writes: readonly PlannedWrite[], hooks: WriteHooks, at: { path: string }): void {
  const realRoot = realpathSync(resolve(root));
  const targets = writes.map((write) => locate(realRoot, root, write));
  const seen = new Set<string>();
  for (const target of targets) {
    if (seen.has(target.file)) throw new Error(`${target.write.path} is written twice in one change`);
    seen.add(target.file);
  }
  removeLeftovers(targets);
  const tag = `qms-${process.pid}-${randomBytes(6).toString('hex')}`;
  try {
    for (const target of targets) {
      at.path = target.write.path;
      writeTemp(target, tag);
    }
    // Checked after the temps are written, as late as possible before the renames.
    for (const target of targets) checkExpected(target);
    for (const target of targets) {
      at.path = target.write.path;
      target.backup = backUp(target, tag);
    }
    try {
      let renamed = 0;
      for (const target of targets) {
        if (hooks.failAfterRenames === renamed) throw new Error(`test hook: failing after ${renamed} renames`);
        at.path = target.write.path;
        place(target);
        renamed++;
      }
    } catch (error) {
      rollBack(targets);
      throw error;
    }
    for (const dir of new Set(targets.map((t) => t.dir))) syncFolder(dir);
  } finally {
    for (const target of targets) {
      removeQuietly(target.temp);
      removeQuietly(target.backup);
    }
  }
}

function locate(realRoot: string, root: string, write: PlannedWrite): Target {
  const absolute = resolve(root, write.path);
  const name = basename(absolute);
  let dir: string;
  try {
    dir = realpathSync(dirname(absolute));
  } catch {
    throw new Error(`cannot write ${write.path}: its folder does not exist`);
  }
  const inside = relative(realRoot, dir);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside) || name === '' || name === '.' || name === '..') {
    throw new OutsideRootError(`refusing to write ${write.path}: it is outside the repository ${realRoot}`);
  }
  const file = join(dir, name);
  const stat = lstatOrNull(file);
  if (stat?.isSymbolicLink()) throw new OutsideRootError(`refusing to write ${write.path}: it is a symbolic link`);
  if (stat && !stat.isFile()) throw new Error(`cannot write ${write.path}: it is not a regular file`);
  return { write, file, dir, name, mode: stat ? stat.mode & 0o7777 : 0o644 };
}

function writeTemp(target: Target, tag: string): void {
  const temp = join(target.dir, `.${target.name}.${tag}.tmp`);
  const fd = openSync(temp, 'wx', 0o600);
  // Recorded at once, so the temp is removed even if writing it fails.
  target.temp = temp;
  try {
    const content = target.write.content;
    if (typeof content === 'string') writeSync(fd, content, null, 'utf8');
    else writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(temp, target.mode);
}

function checkExpected(target: Target): void {
  const stat = lstatOrNull(target.file);
  if (target.write.expected === null) {
    if (stat) throw new ChangedOnDiskError(target.write.path);
    return;
  }
  if (!stat?.isFile()) throw new ChangedOnDiskError(target.write.path);
  // Bytes, not text: a file that is not UTF-8 would read as text with U+FFFD in place of its bytes.
  const current = readFileSync(target.file);
  if (typeof target.write.expected !== 'string') {
    if (!Buffer.from(target.write.expected).equals(current)) throw new ChangedOnDiskError(target.write.path);
    return;
  }
  if (!Buffer.from(current.toString('utf8'), 'utf8').equals(current)) throw notUtf8Error(target.write.path);
  if (!Buffer.from(target.write.expected, 'utf8').equals(current)) throw new ChangedOnDiskError(target.write.path);
}

/** `.NAME.qms-PID-HEX.tmp` / `.bak`: the temporary and backup names of writeTemp and backUp. */
const LEFTOVER = /^\.(.+)\.qms-(\d+)-[0-9a-f]+\.(?:tmp|bak)$/;

/**
 * Removes the temporary and backup files a killed earlier run left beside the targets: only names
 * of the exact pattern, for a target being written, made by a process that is no longer alive.
 */
function removeLeftovers(targets: readonly Target[]): void {
  const names = new Map<string, Set<string>>();
  for (const target of targets) {
    const set = names.get(target.dir) ?? new Set<string>();
    set.add(target.name);
    names.set(target.dir, set);
  }
  for (const [dir, wanted] of names) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const match = LEFTOVER.exec(entry);
      if (!match || !wanted.has(match[1]!)) continue;
      const pid = Number(match[2]);
      if (!Number.isSafeInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
      const path = join(dir, entry);
      if (lstatOrNull(path)?.isFile()) removeQuietly(path);
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, owned by someone else.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** A hard link keeps the old file (content and mode) under a second name at no cost; a copy if links fail. */
function backUp(target: Target, tag: string): string | undefined {
  if (target.write.expected === null) return undefined;
  const backup = join(target.dir, `.${target.name}.${tag}.bak`);
  try {
    linkSync(target.file, backup);
  } catch {
    copyFileSync(target.file, backup, constants.COPYFILE_EXCL);
  }
  return backup;
}

function place(target: Target): void {
  const temp = target.temp as string;
  if (target.write.expected === null) {
    // link fails if the file appeared meanwhile, where rename would silently replace it.
    linkSync(temp, target.file);
    target.placed = true;
    unlinkSync(temp);
  } else {
    renameSync(temp, target.file);
    target.placed = true;
  }
}

/** Puts back every file already replaced (renaming its backup over it) and removes new ones. */
function rollBack(targets: readonly Target[]): void {
  for (const target of [...targets].reverse()) {
    if (!target.placed) continue;
    try {
      if (target.backup) {
        renameSync(target.backup, target.file);
        target.backup = undefined;
      } else unlinkSync(target.file);
    } catch {
      // Keep restoring the others; the caller gets the original error.
    }
  }
}

function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a folder; the renames are done either way.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function removeQuietly(path: string | undefined): void {
  if (path === undefined) return;
  try {
    unlinkSync(path);
  } catch {
    // Already renamed into place, or never created.
  }
}
