/** Which paths are controlled documents and which register entries, by the config's globs (pure). */
import picomatch from 'picomatch';
import type { FileSet, QmsConfig } from './types.js';

/** The register's files: the agency's own globs, the folders of registers shared with it, and the TTHC records' folder. */
export interface RegisterFileSet extends FileSet {
  shared?: readonly string[];
  /** Folder of the TTHC records (`tthc.folder`): its `.md` files (README.md aside) are records, never documents. */
  tthc?: string;
}

/** The register's file set of a config, with the TTHC folder. */
export function registerFilesOf(config: Pick<QmsConfig, 'legal' | 'tthc'>): RegisterFileSet {
  return { ...config.legal, tthc: config.tthc.folder };
}

/** Folders never searched for documents. */
export const SKIPPED_FOLDERS = new Set(['.git', 'node_modules', '.qms']);
/** A path with a folder of SKIPPED_FOLDERS in it. */
const SKIPPED_PATH = new RegExp(`(?:^|/)(?:${[...SKIPPED_FOLDERS].map((folder) => folder.replace(/\./g, '\\.')).join('|')})(?:/|$)`);

export interface RepositoryFiles {
  documents: string[];
  legal: string[];
  /** TTHC records (docs/tthc.md). */
  tthc: string[];
}

/**
 * Sorts paths (relative to the root, with `/`) into documents and register entries by the config's
 * globs. Every `.md` file under a shared register folder (README.md aside) is a register entry and
 * never a document. The agency's own entries come first, then each shared register's in the
 * config's order: where two registers hold one document, the first entry is the one used.
 */
export function classifyFiles(paths: readonly string[], documents: FileSet, legal: RegisterFileSet): RepositoryFiles {
  const isDocument = matcher(documents);
  const isLegal = matcher(legal);
  const shared = legal.shared ?? [];
  const sharedFiles = shared.map((): string[] => []);
  const result: RepositoryFiles = { documents: [], legal: [], tthc: [] };
  for (const path of paths) {
    if (SKIPPED_PATH.test(path)) continue;
    const register = sharedRegisterIndex(path, shared);
    if (legal.tthc !== undefined && path.startsWith(`${legal.tthc}/`)) {
      if (isSharedEntryName(path)) result.tthc.push(path);
    } else if (register >= 0) {
      if (isSharedEntryName(path)) sharedFiles[register]!.push(path);
    } else if (isLegal(path)) result.legal.push(path);
    else if (isDocument(path)) result.documents.push(path);
  }
  result.documents.sort();
  result.legal.sort();
  result.tthc.sort();
  for (const files of sharedFiles) result.legal.push(...files.sort());
  return result;
}

/** The shared register folder a path lies in (its index in `shared`), or -1 for the agency's own files. */
export function sharedRegisterIndex(path: string, shared: readonly string[]): number {
  return shared.findIndex((folder) => path.startsWith(`${folder}/`));
}

/** A `.md` file other than README.md. */
function isSharedEntryName(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md';
}

function matcher(set: FileSet): (path: string) => boolean {
  const include = anyGlob(set.include, { dot: false });
  const exclude = anyGlob(set.exclude, { dot: true });
  return (path) => include(path) && !exclude(path);
}

/**
 * Whether a path matches any of `globs`, as picomatch's own matcher decides it (a glob equal to
 * the path, else its regular expression) without the result object that matcher makes for every
 * path: a repository of 10,000 procedures has some 32,000 paths to sort at every run.
 */
export function anyGlob(globs: readonly string[], options: { dot: boolean }): (path: string) => boolean {
  const patterns = globs.map((glob) => ({ glob, regex: picomatch.makeRe(glob, options) }));
  return (path) => path !== '' && patterns.some(({ glob, regex }) => path === glob || regex.test(path));
}
