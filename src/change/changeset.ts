import { relative, sep } from 'node:path';
import { documentReadContext } from '../check/load.js';
import type { ControlledDocument, LegalEntry } from '../document/model.js';
import { readControlledDocument } from '../document/read-document.js';
import { readLegalEntry } from '../document/read-legal.js';
import { readBlobs } from '../git/blobs.js';
import { changedFiles, type ChangeSide } from '../git/changes.js';
import { classifyFiles } from '../repo/files.js';
import type { Repository } from '../rules/types.js';

/** One controlled document or register entry changed since the base. */
export interface FileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path relative to the repository root at the checked side (the base path for a deleted file). */
  file: string;
  /** Path relative to the repository root at the base. */
  baseFile: string;
  /** The document as it was at the base (absent for an added file). */
  baseDocument?: ControlledDocument;
  baseLegal?: LegalEntry;
}

/** What changed in the repository since the base: the subject of the change/* rules. */
export interface ChangeSet {
  /** The merge base commit. */
  base: string;
  /** The ref it came from (`--base`, or the CI's target branch). */
  ref: string;
  side: ChangeSide;
  documents: FileChange[];
  legal: FileChange[];
}

/**
 * Reads the changed controlled documents and register entries at the base, for comparison with
 * the repository as checked. Paths reported by git (from the top level) become root-relative;
 * files outside the root are not the repository's.
 */
export function buildChangeSet(repository: Repository, topLevel: string, base: string, ref: string, side: ChangeSide): ChangeSet {
  const prefix = relative(topLevel, repository.root).split(sep).join('/');
  const inRoot = (path: string): string | null => (prefix === '' ? path : path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null);
  const { documents: documentSet, legal: legalSet } = repository.config;
  const changes = changedFiles(topLevel, base, side)
    .map((change) => ({ ...change, path: inRoot(change.path), basePath: inRoot(change.basePath) }))
    .filter((change): change is typeof change & { path: string; basePath: string } => change.path !== null && change.basePath !== null);
  const isOfSet = (path: string): 'document' | 'legal' | null => {
    const sorted = classifyFiles([path], documentSet, legalSet);
    return sorted.legal.length > 0 ? 'legal' : sorted.documents.length > 0 ? 'document' : null;
  };
  const relevant = changes.filter((c) => isOfSet(c.path) !== null || isOfSet(c.basePath) !== null);
  const baseTexts = readBlobs(
    topLevel,
    relevant.filter((c) => c.status !== 'added').map((c) => `${base}:${prefix === '' ? '' : `${prefix}/`}${c.basePath}`),
  );
  const baseText = (change: { basePath: string }): string | null | undefined => baseTexts.get(`${base}:${prefix === '' ? '' : `${prefix}/`}${change.basePath}`);
  const context = documentReadContext(repository.config, repository.register);
  const set: ChangeSet = { base, ref, side, documents: [], legal: [] };
  for (const change of relevant) {
    const kind = isOfSet(change.status === 'deleted' ? change.basePath : change.path) ?? isOfSet(change.basePath);
    const entry: FileChange = { status: change.status, file: change.status === 'deleted' ? change.basePath : change.path, baseFile: change.basePath };
    const text = change.status === 'added' ? null : baseText(change);
    if (kind === 'document') {
      if (text) entry.baseDocument = readControlledDocument(change.basePath, text, context);
      set.documents.push(entry);
    } else if (kind === 'legal') {
      if (text) entry.baseLegal = readLegalEntry(change.basePath, text);
      set.legal.push(entry);
    }
  }
  return set;
}
