import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import type { FileSet } from '../config/types.js';

/** Folders never searched for documents. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.qms']);

export interface RepositoryFiles {
  documents: string[];
  legal: string[];
}

/**
 * Lists the repository's controlled documents and register entries (paths relative to the root,
 * with `/`, sorted). Symbolic links are not followed. A file in both sets is a register entry.
 */
export function listRepositoryFiles(root: string, documents: FileSet, legal: FileSet): RepositoryFiles {
  const paths: string[] = [];
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const relative = prefix + entry.name;
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) walk(join(folder, entry.name), `${relative}/`);
      } else if (entry.isFile()) {
        paths.push(relative);
      }
    }
  };
  walk(root, '');
  return classifyFiles(paths, documents, legal);
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
