/** Listing the repository's files from disk (without following links), sorted into documents and register entries. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSet } from '../config/types.js';
import { classifyFiles, SKIPPED_FOLDERS, type RepositoryFiles } from '../config/file-sets.js';

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
