/** The change set since the base: changed controlled documents and register entries, read as they were at the base, moves paired as renames. */
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { documentReadContext } from '../model/reading.js';
import { readControlledDocument } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { readBlobs } from '../git/blobs.js';
import { changedFiles, type ChangedFile as GitChangedFile, type ChangeSide } from '../git/changes.js';
import { classifyFiles, registerFilesOf } from '../config/file-sets.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { QmsConfig } from '../config/types.js';
import type { ChangedFile, ChangeSet } from '../model/change-set.js';

/** A changed file as git names it, sorted: a controlled document or a register entry, paths from the root. */
export type ClassifiedChange = ChangedFile & { kind: 'document' | 'legal' };

/**
 * The changed controlled documents and register entries since the base, as git names them (nothing
 * read yet). Paths reported by git (from the top level) become root-relative. A document moved out
 * of the controlled set (or out of the root) is a deletion.
 */
export function classifyChanges(root: string, config: QmsConfig, topLevel: string, base: string, side: ChangeSide, changed: readonly GitChangedFile[] = changedFiles(topLevel, base, side)): ClassifiedChange[] {
  const prefix = rootPrefix(topLevel, root);
  const inRoot = (path: string): string | null => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null);
  const kindOf = (path: string | null): 'document' | 'legal' | null => {
    if (path === null) return null;
    const sorted = classifyFiles([path], config.documents, registerFilesOf(config));
    return sorted.legal.length > 0 ? 'legal' : sorted.documents.length > 0 ? 'document' : null;
  };
  const entries: ClassifiedChange[] = [];
  for (const change of changed) {
    const path = inRoot(change.path);
    const basePath = inRoot(change.basePath);
    const kind = kindOf(path);
    const baseKind = change.status === 'added' ? null : kindOf(basePath);
    if (change.status !== 'deleted' && kind !== null && path !== null) {
      // A file that was not a controlled document at the base (or was elsewhere) is new here.
      const status = baseKind === kind ? change.status : 'added';
      entries.push({ kind, status, file: path, baseFile: status === 'added' ? path : basePath! });
    } else if (baseKind !== null && basePath !== null) {
      entries.push({ kind: baseKind, status: 'deleted', file: basePath, baseFile: basePath });
    }
  }
  return entries;
}

/** The root's path from the git top level ('' when they are the same folder). */
function rootPrefix(topLevel: string, root: string): string {
  return relative(realpathSync(topLevel), realpathSync(root)).split(sep).join('/');
}

/**
 * Reads the changed controlled documents and register entries at the base, for comparison with
 * the repository as checked (`entries`: classifyChanges's, when the caller has them already). A
 * deletion and an addition of the same code (a move git did not pair, as in an unstaged move) are one rename.
 */
export function buildChangeSet(
  repository: RepositoryIndex,
  topLevel: string,
  base: string,
  ref: string,
  side: ChangeSide,
  entries: readonly ClassifiedChange[] = classifyChanges(repository.root, repository.config, topLevel, base, side),
): ChangeSet {
  const prefix = rootPrefix(topLevel, repository.root);
  const spec = (path: string): string => `${base}:${prefix === '' ? '' : `${prefix}/`}${path}`;
  const texts = readBlobs(topLevel, entries.filter((e) => e.status !== 'added').map((e) => spec(e.baseFile)));
  const context = documentReadContext(repository.config, repository.register);
  const set: ChangeSet = { base, ref, side, documents: [], legal: [] };
  for (const { kind, ...entry } of entries) {
    const text = entry.status === 'added' ? null : texts.get(spec(entry.baseFile));
    if (kind === 'document') {
      // The change rules compare the base by front matter and content: its citations are not searched.
      if (text) entry.baseDocument = readControlledDocument(entry.baseFile, text, context, { citations: false });
      set.documents.push(entry);
    } else {
      if (text) entry.baseLegal = readLegalEntry(entry.baseFile, text);
      set.legal.push(entry);
    }
  }
  set.documents = pairMoves(set.documents, repository);
  // The change rules read each changed document as it is now, as read here: in one batch, which for a
  // commit or the index is one git process, not one per document.
  repository.readMany(set.documents.filter((change) => change.status !== 'deleted').map((change) => change.file), { citations: false });
  return set;
}

/** Joins a deletion and an addition that carry the same code into one rename. */
function pairMoves(changes: ChangedFile[], repository: RepositoryIndex): ChangedFile[] {
  const added = new Map<string, ChangedFile>();
  for (const change of changes) {
    // Only the added documents' codes are wanted: read those, not every summary.
    const code = change.status === 'added' ? repository.read(change.file, { contentHashes: false })?.code?.value : undefined;
    if (code !== undefined) added.set(code.normalize('NFC'), change);
  }
  const paired = new Set<ChangedFile>();
  const result: ChangedFile[] = [];
  for (const change of changes) {
    const code = change.status === 'deleted' ? change.baseDocument?.code?.value.normalize('NFC') : undefined;
    const partner = code === undefined ? undefined : added.get(code);
    if (partner && !paired.has(partner)) {
      paired.add(partner);
      result.push({ ...change, status: 'renamed', file: partner.file });
    } else if (!paired.has(change)) result.push(change);
  }
  return result.filter((change) => !paired.has(change));
}
