/** The change set since the base: changed controlled documents and register entries, read as they were at the base, moves paired as renames. */
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { documentReadContext } from '../model/reading.js';
import { readControlledDocument } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { readBlobs } from '../git/blobs.js';
import { changedFiles, type ChangeSide } from '../git/changes.js';
import { classifyFiles, registerFilesOf } from '../config/file-sets.js';
import type { RepositoryIndex } from '../model/repository.js';
import type { ChangedFile, ChangeSet } from '../model/change-set.js';

/**
 * Reads the changed controlled documents and register entries at the base, for comparison with
 * the repository as checked. Paths reported by git (from the top level) become root-relative.
 * A document moved out of the controlled set (or out of the root) is a deletion; a deletion and an
 * addition of the same code (a move git did not pair, as in an unstaged move) are one rename.
 */
export function buildChangeSet(repository: RepositoryIndex, topLevel: string, base: string, ref: string, side: ChangeSide): ChangeSet {
  const prefix = relative(realpathSync(topLevel), realpathSync(repository.root)).split(sep).join('/');
  const inRoot = (path: string): string | null => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null);
  const kindOf = (path: string | null): 'document' | 'legal' | null => {
    if (path === null) return null;
    const sorted = classifyFiles([path], repository.config.documents, registerFilesOf(repository.config));
    return sorted.legal.length > 0 ? 'legal' : sorted.documents.length > 0 ? 'document' : null;
  };
  const spec = (path: string): string => `${base}:${prefix === '' ? '' : `${prefix}/`}${path}`;

  const entries: Array<ChangedFile & { kind: 'document' | 'legal' }> = [];
  for (const change of changedFiles(topLevel, base, side)) {
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
  const texts = readBlobs(topLevel, entries.filter((e) => e.status !== 'added').map((e) => spec(e.baseFile)));
  const context = documentReadContext(repository.config, repository.register);
  const set: ChangeSet = { base, ref, side, documents: [], legal: [] };
  for (const { kind, ...entry } of entries) {
    const text = entry.status === 'added' ? null : texts.get(spec(entry.baseFile));
    if (kind === 'document') {
      if (text) entry.baseDocument = readControlledDocument(entry.baseFile, text, context);
      set.documents.push(entry);
    } else {
      if (text) entry.baseLegal = readLegalEntry(entry.baseFile, text);
      set.legal.push(entry);
    }
  }
  set.documents = pairMoves(set.documents, repository);
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
