/**
 * A controlled document's revisions as git recorded them. `git log --follow` walks the file back
 * through renames; every version is read in one `git cat-file --batch`; a version whose `revision`
 * differs from the one before it starts a revision. git runs without a shell (src/git/run.ts).
 */
import { readFrontMatterBlock } from '../document/frontmatter.js';
import { readBlobs } from './blobs.js';
import { git, GitError, gitTopLevel } from './run.js';
import { QmsError } from '../util/errors.js';
import { type Language } from '../i18n/labels.js';
import { t } from '../i18n/messages/index.js';


/** The document as one commit left it. */
export interface DocumentVersion {
  commit: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  author: string;
  email: string;
  subject: string;
  /** The file at that commit, relative to the repository root (the folder of qms.config.yaml). */
  file: string;
  text: string;
  revision: number | null;
  /** The history row of `revision` in that version's front matter. */
  row: HistoryRowView | null;
}

export interface HistoryRowView {
  date: string | null;
  summary: string | null;
  trigger: string | null;
}

/** A commit that changed the document's revision (or first recorded it). */
export interface RevisionChange extends Omit<DocumentVersion, 'text'> {
  /** The revision before; null for the first commit of the file. */
  previous: number | null;
  /** The file's previous path when this commit renamed it. */
  renamedFrom: string | null;
}

/**
 * Every committed version of the file (path relative to `root`) from HEAD back, oldest first,
 * following renames. Empty when the file was never committed.
 */
export function documentVersions(root: string, file: string, language: Language): DocumentVersion[] {
  const top = gitTopLevel(root);
  if (top === null) throw new QmsError(t(language, 'history.git-repository-revision-history', { root }));
  const prefix = git(root, ['rev-parse', '--show-prefix']).trim();
  let output: string;
  try {
    output = git(root, ['log', '--follow', '-M', '-z', '--name-status', '--format=%x1e%H%x1f%aI%x1f%an%x1f%ae%x1f%s', 'HEAD', '--', file]);
  } catch (error) {
    // A repository without any commit yet.
    if (error instanceof GitError) return [];
    throw error;
  }
  const records: Array<Omit<DocumentVersion, 'text' | 'revision' | 'row'> & { path: string }> = [];
  // Newest first: a commit whose name-status is missing (a merge) keeps the path of the one after it.
  let path = `${prefix}${file}`;
  for (const record of output.split('\x1e').slice(1)) {
    const headerEnd = record.indexOf('\0');
    const header = headerEnd >= 0 ? record.slice(0, headerEnd) : record.trim();
    const [commit = '', date = '', author = '', email = '', subject = ''] = header.split('\x1f');
    const status = headerEnd >= 0 ? record.slice(headerEnd + 1).replace(/^\n/, '').split('\0').filter(Boolean) : [];
    if (status.length >= 2) path = status[status.length - 1]!;
    records.push({ commit, date, author, email, subject, path, file: '' });
    // Before a rename the file had its old name.
    if (status.length >= 3 && /^[RC]/.test(status[0]!)) path = status[1]!;
  }
  const specs = records.map((r) => `${r.commit}:${r.path}`);
  const blobs = readBlobs(root, specs);
  const versions: DocumentVersion[] = [];
  for (const record of records.reverse()) {
    const text = blobs.get(`${record.commit}:${record.path}`);
    if (text === null || text === undefined) continue;
    const { revision, row } = readRevision(text);
    const { path: recordPath, ...rest } = record;
    versions.push({ ...rest, file: recordPath.startsWith(prefix) ? recordPath.slice(prefix.length) : recordPath, text, revision, row });
  }
  return versions;
}

/** The revision a text declares and its history row. */
export function readRevision(text: string): { revision: number | null; row: HistoryRowView | null } {
  const data = readFrontMatterBlock(text).frontMatter?.data;
  const revision = typeof data?.revision === 'number' && Number.isInteger(data.revision) ? data.revision : null;
  let row: HistoryRowView | null = null;
  if (revision !== null && Array.isArray(data?.history)) {
    const found = (data.history as unknown[]).find((item) => item !== null && typeof item === 'object' && (item as { revision?: unknown }).revision === revision) as Record<string, unknown> | undefined;
    if (found) {
      const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null);
      row = { date: text(found.date), summary: text(found.summary), trigger: text(found.trigger) };
    }
  }
  return { revision, row };
}

/** The commits that changed the revision, oldest first (the first version always counts). */
export function revisionChanges(versions: readonly DocumentVersion[]): RevisionChange[] {
  const changes: RevisionChange[] = [];
  let previous: DocumentVersion | undefined;
  for (const version of versions) {
    if (!previous || version.revision !== previous.revision) {
      const { text: _text, ...rest } = version;
      changes.push({ ...rest, previous: previous?.revision ?? null, renamedFrom: previous && previous.file !== version.file ? previous.file : null });
    }
    previous = version;
  }
  return changes;
}

/** The last committed version with `revision`: the text the revision ended with. */
export function versionOfRevision(versions: readonly DocumentVersion[], revision: number): DocumentVersion | undefined {
  for (let i = versions.length - 1; i >= 0; i--) if (versions[i]!.revision === revision) return versions[i];
  return undefined;
}
