/**
 * The one way qms reads a file of a repository (documents, register, config, templates, cache): only
 * a regular file whose real path lies inside the repository's real root, opened without blocking
 * (a FIFO cannot hang the open) and without following a link swapped in, checked with fstat on the
 * open descriptor, and refused when larger than its cap before a byte is read.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import type { Bilingual } from '../i18n/language.js';
import { both } from '../i18n/messages/index.js';

/** The largest document or register entry read (a 20 MB procedure is read; 200 MB is refused). */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** The largest qms.config.yaml or template file read. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** The largest cache file read (a province of 10,000 procedures keeps a few tens of MB). */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** Why a file was not read. */
export type UnsafeReason = 'not-regular' | 'outside' | 'too-large';

/** A file qms refuses to read; `message` says why in one line (English; callers word it for people). */
/** Why a file was refused, as people read it (the catalogue's usage.unsafe-file). */
export function unsafeFileText(error: UnsafeFileError, limit: number): Bilingual {
  const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));
  return both('usage.unsafe-file', { file: error.file, why: error.why, megabytes: megabytes(error.size ?? 0), limit: megabytes(limit) });
}

export class UnsafeFileError extends Error {
  constructor(
    readonly file: string,
    readonly why: UnsafeReason,
    readonly size?: number,
  ) {
    super(
      why === 'not-regular'
        ? `${file} is not a regular file (a device, a pipe or a folder)`
        : why === 'outside'
          ? `${file} is a link to a place outside the repository`
          : `${file} is ${size} bytes, more than qms reads`,
    );
  }
}

const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync.native(root)));
  return real;
}

/**
 * The bytes of `file` (relative to `root`), or null when it does not exist (a dangling link too).
 * @throws UnsafeFileError when it is not a regular file inside the root, or larger than `maxBytes`;
 *   other errors (EACCES …) as the file system gives them.
 */
export function readRepositoryFile(root: string, file: string, maxBytes: number): Buffer | null {
  let real: string;
  try {
    // The native realpath: one call, where realpathSync walks the path in JavaScript with an lstat per folder.
    real = realpathSync.native(join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
    throw error;
  }
  const inside = relative(realRoot(root), real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) throw new UnsafeFileError(file, 'outside');
  return readRegularFile(real, file, maxBytes);
}

/**
 * The bytes of the regular file at `path` (already resolved), capped at `maxBytes`; `label` names it
 * in errors. For files qms keeps outside any repository, such as the cache's signing key.
 */
export function readRegularFile(path: string, label: string, maxBytes: number): Buffer {
  return readOpened(path, label, maxBytes).bytes;
}

/**
 * A file the repository's listing found (listFiles: a walk that follows no link, so no folder on
 * its path is a link), with its state as it was opened: the walk already proved what realpath
 * would, so the file is only opened without following a link and checked on its descriptor —
 * two system calls fewer per file on every cold read of a large repository.
 * @throws UnsafeFileError as readRepositoryFile; ENOENT when it is gone.
 */
export function readListedFile(root: string, file: string, maxBytes: number): { bytes: Buffer; stats: Stats } {
  return readOpened(join(root, file), file, maxBytes);
}

/**
 * The first `headBytes` bytes of a file the listing found (all of it when it is no longer), opened
 * and checked as readListedFile; `whole` says whether they are the whole file.
 */
export function readListedFileHead(root: string, file: string, maxBytes: number, headBytes: number): { bytes: Buffer; stats: Stats; whole: boolean } {
  const { bytes, stats } = readOpened(join(root, file), file, maxBytes, headBytes);
  return { bytes, stats, whole: bytes.length >= stats.size };
}

/**
 * Bytes `start` to `end` (exclusive; the end of the file at most) of the regular file at `path`,
 * opened and checked as readRegularFile opens it, with its state as it was opened: a caller reading
 * a file in parts tells by that state whether each part comes from the same file.
 */
export function readRegularFilePart(path: string, label: string, maxBytes: number, start: number, end: number): { bytes: Buffer; stats: Stats } {
  return readOpened(path, label, maxBytes, end, start);
}

function readOpened(path: string, label: string, maxBytes: number, upTo = Infinity, from = 0): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new UnsafeFileError(label, 'not-regular');
    if (stats.size > maxBytes) throw new UnsafeFileError(label, 'too-large', stats.size);
    const buffer = Buffer.allocUnsafe(Math.max(0, Math.min(stats.size, upTo) - from));
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, from + read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: read === buffer.length ? buffer : buffer.subarray(0, read), stats };
  } finally {
    closeSync(fd);
  }
}
