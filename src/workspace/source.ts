/** Where the repository's files are read from: the work tree, a commit (`--head`) or the git index (`--staged`). */
import type { FileSet } from '../config/types.js';
import { readBlobs } from '../git/blobs.js';
import { QmsError } from '../util/errors.js';
import { git } from '../git/run.js';
import { listFiles, listRepositoryFiles } from './files.js';
import type { Stats } from 'node:fs';
import { MAX_DOCUMENT_BYTES, readListedFile, readListedFileHead, readRepositoryFile, UnsafeFileError, unsafeFileText } from './safe-read.js';
import { splitFrontMatter } from '../document/split.js';
import { both } from '../i18n/messages/index.js';
import { classifyFiles, sharedRegisterIndex, type RegisterFileSet, type RepositoryFiles } from '../config/file-sets.js';

/**
 * Where the repository's files are read from: the work tree (the default), a commit (`--head`:
 * HEAD as CI checks it out) or the git index (`--staged`: what a pre-commit hook is about to commit).
 */
export interface FileSource {
  /** For messages: "the work tree", "HEAD", "the index". */
  readonly label: string;
  /** Set for the work tree: files can be read by path from other threads. */
  readonly workTree?: string;
  list(documents: FileSet, legal: RegisterFileSet): RepositoryFiles;
  /** Reads files (paths relative to the root); the work tree reads each on demand, git in one batch. */
  readAll(files: readonly string[]): { get(file: string): string | undefined };
  /**
   * A commit's or the index's files (paths relative to the root) with git's object id of each
   * one's content, which is what the cache's content hash is (contentHash): a cached document whose
   * id is unchanged need not be read. The work tree has none (its files' state tells instead).
   */
  blobIds?(): ReadonlyMap<string, string>;
}

export function workTreeSource(root: string): FileSource {
  return {
    label: 'the work tree',
    workTree: root,
    list: (documents, legal) => listRepositoryFiles(root, documents, legal),
    // One file at a time, so the texts of a large repository are never all in memory. Only files
    // the listing found are asked for (its walk follows no link: see readListedFile).
    readAll: () => ({ get: (file) => readListedDocument(root, file).text }),
  };
}

/**
 * Files of a commit (`treeish` = HEAD, a sha) or of the index (`treeish` = null), under `root`.
 * Shared registers are read from the work tree: a git submodule's files are not in the agency's
 * tree, and a shared register is pinned by its checkout, not reviewed with the agency's changes.
 */
export function gitSource(root: string, treeish: string | null): FileSource {
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  let ids: Map<string, string> | undefined;
  const idsNow = (): Map<string, string> => (ids ??= blobIdsOf(root, treeish));
  // A commit's files are asked for by object id: git finds `<commit>:<path>` by walking the tree,
  // which for a folder of thousands of files took 6.9 s for 7,670 TTHC records (the index's
  // `:<path>` is a sorted look-up, fast as it is).
  const spec = (file: string): string => (treeish === null ? `:${prefix}${file}` : (idsNow().get(file) ?? `${treeish}:${prefix}${file}`));
  let shared: readonly string[] = [];
  return {
    label: treeish === null ? 'the index' : treeish,
    list: (documents, legal) => {
      shared = legal.shared ?? [];
      const args = treeish === null ? ['ls-files', '-z', '--cached'] : ['ls-tree', '-r', '-z', '--name-only', treeish];
      const tracked = git(root, args).split('\0').filter((file) => file !== '' && sharedRegisterIndex(file, shared) < 0);
      return classifyFiles([...tracked, ...shared.flatMap((folder) => listFiles(root, folder))], documents, legal);
    },
    readAll: (files) => {
      const fromGit = files.filter((file) => sharedRegisterIndex(file, shared) < 0);
      const blobs = readBlobs(root, fromGit.map(spec));
      const texts = new Map(fromGit.map((file) => [file, blobs.get(spec(file)) ?? '']));
      return { get: (file) => texts.get(file) ?? (sharedRegisterIndex(file, shared) >= 0 ? readWorkTreeFile(root, file) : undefined) };
    },
    blobIds: idsNow,
  };
}

/**
 * Each file's object id in a commit (`ls-tree`: `<mode> <type> <id>\t<path>`) or in the index
 * (`ls-files -s`: `<mode> <id> <stage>\t<path>`), paths relative to `root` as `list` gives them.
 * A file in a merge conflict (stages 1–3, no stage 0) has none: it is read.
 */
function blobIdsOf(root: string, treeish: string | null): Map<string, string> {
  const ids = new Map<string, string>();
  const output = git(root, treeish === null ? ['ls-files', '-s', '-z'] : ['ls-tree', '-r', '-z', treeish]);
  for (const entry of output.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, second, third] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (treeish === null ? third === '0' : second === 'blob') ids.set(path, (treeish === null ? second : third)!);
  }
  return ids;
}

/** A file of the work tree as text; an unreadable one is a clear error, not a crash. */
export function readWorkTreeFile(root: string, file: string): string {
  return readWorkTreeBytes(root, file).toString('utf8');
}

/**
 * A file of the work tree as bytes: a regular file inside the repository, at most
 * MAX_DOCUMENT_BYTES (a larger one is refused before it is read); else a one-line QmsError.
 */
export function readWorkTreeBytes(root: string, file: string): Buffer {
  let bytes: Buffer | null;
  try {
    bytes = readRepositoryFile(root, file, MAX_DOCUMENT_BYTES);
  } catch (error) {
    throw unreadable(file, error);
  }
  if (bytes === null) throw new QmsError(both('usage.cannot-read', { file, reason: 'ENOENT' }), { reason: 'unreadable', details: { file } });
  return bytes;
}

/**
 * A controlled document the work tree's listing found, as text, with its state just before it was
 * read (`readAt`) and as it was opened: a change in between leaves the recorded state older than
 * the content, so the next run reads the file again, never the reverse. See readListedFile.
 */
export function readListedDocument(root: string, file: string): { text: string; stats: Stats; readAt: number } {
  const readAt = Date.now();
  try {
    const { bytes, stats } = readListedFile(root, file, MAX_DOCUMENT_BYTES);
    return { text: bytes.toString('utf8'), stats, readAt };
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** How much of a document is read first for its front matter alone: enough for almost every one. */
export const FRONT_MATTER_HEAD_BYTES = 4096;

/**
 * The opening of a listed document that holds its whole front matter (the whole text when the
 * opening cannot show where the front matter ends): what a front-matter-only reading needs
 * (ReadOptions.frontMatterOnly), without reading and decoding the body. See frontMatterIsWhole.
 */
export function readListedFrontMatter(root: string, file: string, headBytes = FRONT_MATTER_HEAD_BYTES): string {
  try {
    const head = readListedFileHead(root, file, MAX_DOCUMENT_BYTES, headBytes);
    const text = head.bytes.toString('utf8');
    if (head.whole || frontMatterIsWhole(text)) return text;
  } catch (error) {
    throw unreadable(file, error);
  }
  return readListedDocument(root, file).text;
}

/**
 * Whether `head`, the first bytes of a longer file, decides its front matter as the whole text
 * would: a closing fence whose line ends inside the head (a fence line cut at the head's end could
 * read `----` in full), or a first line that ends inside it and opens no front matter. A character
 * cut at the end decodes as U+FFFD there, past the front matter.
 */
export function frontMatterIsWhole(head: string): boolean {
  const start = head.charCodeAt(0) === 0xfeff ? 1 : 0;
  const split = splitFrontMatter(head, start);
  if (split.kind === 'ok') return split.bodyStart < head.length;
  if (split.kind === 'unterminated') return false;
  return /[\r\n]/.test(head.slice(start));
}

function unreadable(file: string, error: unknown): QmsError {
  if (error instanceof UnsafeFileError) return new QmsError(unsafeFileText(error, MAX_DOCUMENT_BYTES), { reason: 'unreadable', details: { file } });
  return new QmsError(both('usage.cannot-read', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }), { reason: 'unreadable', details: { file } });
}

