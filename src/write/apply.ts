/**
 * The one writer: applies a plan of file changes, every file or none, refusing when a file
 * changed on disk since it was read. Every writing command (render, the lifecycle, legal,
 * impact --apply) ends here, and only here are write errors turned into refusals.
 */
import { mkdirSync, rmdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { type Language } from '../i18n/language.js';
import { QmsError } from '../util/errors.js';
import { ChangedOnDiskError, OutsideRootError, writeFilesAtomically, type WriteHooks } from './atomic.js';
import { failureOf, WriteFailedError } from './failure.js';
import { both } from '../i18n/messages/index.js';
import { effectiveChanges, outputChanges, type FileChange, type OutputChange } from './plan.js';

/**
 * Writes the changes that change something. New files get their folders (removed again if the
 * write fails). Refuses with a QmsError — reason `changed-on-disk` (a file is not what was read),
 * `exists` (a new file appeared meanwhile), `outside-root` or `write-failed` (the system refused:
 * a full disk, a quota, a read-only file system, no permission) — and then nothing was written.
 */
export function applyChanges(root: string, changes: readonly FileChange[], language: Language, hooks: WriteHooks = {}): void {
  writeAll(root, effectiveChanges(changes), language, hooks);
}

/**
 * Writes the outputs of `qms export` and `qms site` (text or bytes) under `root`, the output
 * folder: the same all-or-nothing writer and the same refusals as applyChanges; outputs whose
 * bytes are unchanged are not written.
 */
export function applyOutputs(root: string, changes: readonly OutputChange[], language: Language, hooks: WriteHooks = {}): void {
  writeAll(root, changes.filter(outputChanges), language, hooks);
}

function writeAll(root: string, writes: ReadonlyArray<FileChange | OutputChange>, language: Language, hooks: WriteHooks): void {
  if (writes.length === 0) return;
  const madeFolders: Array<{ first: string; deepest: string }> = [];
  try {
    for (const change of writes) {
      if (change.before !== null) continue;
      const folder = dirname(join(root, change.file));
      let first: string | undefined;
      try {
        first = mkdirSync(folder, { recursive: true });
      } catch (error) {
        throw failureOf(error, join(root, change.file));
      }
      if (first !== undefined) madeFolders.push({ first, deepest: folder });
    }
    writeFilesAtomically(
      root,
      writes.map((change) => ({ path: join(root, change.file), expected: change.before, content: change.after })),
      hooks,
    );
  } catch (error) {
    for (const made of madeFolders.reverse()) removeEmptyFolders(made.first, made.deepest);
    throw refusalOf(error, root, writes, language);
  }
}

/** A write error as the refusal people read; anything else unchanged. */
function refusalOf(error: unknown, root: string, writes: ReadonlyArray<FileChange | OutputChange>, language: Language): unknown {
  if (error instanceof ChangedOnDiskError) {
    const file = shownPath(root, error.path);
    const isNew = writes.some((change) => change.file === file && change.before === null);
    return isNew
      ? new QmsError(both('apply.appeared-meanwhile-nothing-was', { file }), { reason: 'exists', language, details: { file } })
      : new QmsError(both('apply.changed-disk-since-was', { file }), {
          reason: 'changed-on-disk',
          language,
          details: { file },
        });
  }
  if (error instanceof WriteFailedError) {
    const file = shownPath(root, error.path);
    return new QmsError(both('write.failed', { file, code: error.code }), { reason: 'write-failed', language, details: { file, code: error.code } });
  }
  if (error instanceof OutsideRootError) return new QmsError(both('apply.nothing-was-written', { message: error.message }), { reason: 'outside-root', language });
  return error;
}

/** A written path as a refusal names it: relative to the root, with '/'. */
function shownPath(root: string, path: string): string {
  return relative(root, path).split('\\').join('/') || path;
}

/** Removes the folders mkdirSync created (from `deepest` up to `first`), if they are still empty. */
function removeEmptyFolders(first: string, deepest: string): void {
  let folder = deepest;
  for (;;) {
    try {
      rmdirSync(folder);
    } catch {
      return;
    }
    if (folder === first || relative(first, folder).startsWith('..')) return;
    folder = dirname(folder);
  }
}
