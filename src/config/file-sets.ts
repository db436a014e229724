/** Which paths are controlled documents and which register entries, by the config's globs (pure). */
import picomatch from 'picomatch';
import type { FileSet } from './types.js';

/** Folders never searched for documents. */
export const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.qms']);

export interface RepositoryFiles {
  documents: string[];
  legal: string[];
}

/** Sorts paths (relative to the root, with `/`) into documents and register entries by the config's globs. */
export function classifyFiles(paths: readonly string[], documents: FileSet, legal: FileSet): RepositoryFiles {
  const isDocument = matcher(documents);
  const isLegal = matcher(legal);
  const result: RepositoryFiles = { documents: [], legal: [] };
  for (const path of paths) {
    if (path.split('/').some((part) => SKIPPED_FOLDERS.has(part))) continue;
    if (isLegal(path)) result.legal.push(path);
    else if (isDocument(path)) result.documents.push(path);
  }
  result.documents.sort();
  result.legal.sort();
  return result;
}

function matcher(set: FileSet): (path: string) => boolean {
  const include = picomatch(set.include, { dot: false });
  const exclude = set.exclude.length > 0 ? picomatch(set.exclude, { dot: true }) : () => false;
  return (path) => include(path) && !exclude(path);
}
