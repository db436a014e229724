/** Listing the repository's files from disk (without following links), sorted into documents and register entries. */
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FileSet } from '../config/types.js';
import { classifyFiles, SKIPPED_FOLDERS, type RegisterFileSet, type RepositoryFiles } from '../config/file-sets.js';
import { QmsError } from '../util/errors.js';
import { type Language } from '../i18n/language.js';
import { both } from '../i18n/messages/index.js';

/**
 * Lists the repository's controlled documents and register entries (paths relative to the root,
 * with `/`, sorted). Symbolic links are not followed. A file in both sets is a register entry.
 */
export function listRepositoryFiles(root: string, documents: FileSet, legal: RegisterFileSet): RepositoryFiles {
  return classifyFiles(listFiles(root, ''), documents, legal);
}

/** Every file under `folder` (relative to the root, '' for all), without following links. */
export function listFiles(root: string, folder: string): string[] {
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
  walk(folder === '' ? root : join(root, folder), folder === '' ? '' : `${folder}/`);
  return paths;
}

/**
 * Refuses a shared register folder that is not a folder of the work tree: most often a git submodule
 * not checked out yet, which would otherwise read as an empty register and hide every finding.
 */
export function requireSharedFolders(root: string, shared: readonly string[], language: Language): void {
  for (const folder of shared) {
    let isFolder = false;
    try {
      isFolder = lstatSync(join(root, folder)).isDirectory();
    } catch {
      isFolder = false;
    }
    if (!isFolder) {
      throw new QmsError(
        both('files.shared-register-folder-legal', { folder }),
        { reason: 'config', language },
      );
    }
  }
}
